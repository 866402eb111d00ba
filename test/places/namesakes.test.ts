import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import type { Place } from "../../src/document/schema.js";

function place(text: string, mention: string, url?: string): Place | undefined {
  return extract(text, url ? { url } : {}).places.find((p) => p.text === mention);
}

describe("a name that goes on into a street's name is the street, not the town", () => {
  it.each([
    ["Birmingham police said a 15-year-old was shot in the 600 block of Cambridge Street in Alabama.", "Cambridge"],
    ["The crash closed Toledo Avenue near the bridge.", "Toledo"],
    ["Police blocked off Memphis Road after the shooting.", "Memphis"],
  ])("%j has no place %s", (text, name) => {
    expect(place(text, name)).toBeUndefined();
  });

  it.each([
    // a lower-case word after the name is no street's name
    ["Police in Chicago said the road was closed.", "Chicago", "US"],
    ["The convoy drove from Memphis toward Nashville.", "Memphis", "US"],
  ])("%j still names %s", (text, name, country) => {
    expect(place(text, name)?.country).toBe(country);
  });
});
