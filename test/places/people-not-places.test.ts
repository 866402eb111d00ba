import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

function mentions(text: string, name: string): string[] {
  return extract(text, {})
    .places.filter((p) => p.text.replace(/['’]s$/, "") === name)
    .map((p) => text.slice(p.start - 12, p.end));
}

describe("a given name that is also a place, once the article gives it a surname, is the person", () => {
  it.each([
    [
      "INNISFAIL - Ten-year-old Georgia Pettigrew is sharpening her blades for the finals.\nThe skater came back from Australia. " +
        "Georgia took up skating at the age of five, said her father, Wade Pettigrew.\n" +
        "Most of that progress comes from Georgia's own effort, he said. " +
        '"I played ringette, but to Georgia\'s credit, she never gave up," said Wade Pettigrew.',
      "Georgia",
    ],
  ])("%j has no place %s", (text, name) => {
    expect(mentions(text, name)).toEqual([]);
  });

  it.each([
    // the state after a preposition stays a place when no possessive follows
    ["Georgia Stevens, 9, skates every day. Her father Cory Stevens moved the family to Georgia last year.", "Georgia"],
  ])("%j still names %s", (text, name) => {
    expect(mentions(text, name)).toHaveLength(1);
  });
});

describe("a capitalized job after 'a' or 'an' is no place the gazetteer lacks", () => {
  it.each([
    [
      "GEORGETOWN, Ky. (WKYT) - Dr. Helen Rusk is an Obstetrician-Gynecologist at Bluegrass Regional Women's Clinic.",
      "Obstetrician-Gynecologist",
    ],
  ])("%j has no place %s", (text, name) => {
    expect(mentions(text, name)).toEqual([]);
  });
});
