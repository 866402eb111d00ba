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
      "INNISFAIL - Nine-year-old Georgia Stevens is lacing her skates for success.\nThe skater returned from Australia. " +
        "Georgia began skating at the age of four, said her father, Cory Stevens.\n" +
        "Much of that success has come from Georgia's hard work, he said. " +
        '"I was in hockey, but to Georgia\'s credit, she was very dedicated," said Cory Stevens.',
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
      "GEORGETOWN, Ky. (WKYT) - Dr. Angela Maggard is an Obstetrician-Gynecologist at Pikeville Medical Women's Care Center.",
      "Obstetrician-Gynecologist",
    ],
  ])("%j has no place %s", (text, name) => {
    expect(mentions(text, name)).toEqual([]);
  });
});
