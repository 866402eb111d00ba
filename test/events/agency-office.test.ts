import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

function eventPlace(text: string) {
  return extract(text, {}).events[0]?.place ?? null;
}

describe("an agency office's town is where the agency sits, not where the event was", () => {
  it.each([
    ["The FBI's Tampa field office said a man was shot and killed at a Lakeland gas station on Tuesday.", "Lakeland"],
    ["A man was shot dead on Friday, the ATF's Houston office said. Deputies in Conroe are investigating.", "Conroe"],
    [
      "The Dade County Coroner's Office has identified the man killed in a shooting on Friday. He was shot on Elm Street in Millbrook.",
      "Millbrook",
    ],
    // a town written plainly is still the event's
    ["A man was shot and killed Tuesday outside a bar in Tampa, police said.", "Tampa"],
  ])("%j happened in %s", (text, town) => {
    expect(eventPlace(text)?.name).toBe(town);
  });
});
