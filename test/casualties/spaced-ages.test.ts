import { describe, expect, it } from "vitest";
import { sentenceFacts } from "../../src/casualties/facts.js";

/** [kind, best, age] of each fact a body sentence states, in order. */
function facts(s: string): [string, number | null, number | null][] {
  return sentenceFacts(s, { start: 0, end: s.length }, 0).map((f) => [f.kind, f.negated ? 0 : f.best, f.age]);
}

describe("ages written with spaces for hyphens", () => {
  it.each<[string, [string, number | null, number | null][]]>([
    // an age compound without its hyphens is the same person as the hyphenated one
    ["Deputies said a 3 year-old was wounded in the crossfire.", [["injured", 1, 3]]],
    ["Officers said 16 year old Dorian Pike was killed near the park.", [["killed", 1, 16]]],
    ["The 41-year old driver was killed at the light.", [["killed", 1, 41]]],
    ["Police said a man shot a 30 year old outside the bar.", [["shot", 1, 30]]],
  ])("%s", (s, expected) => {
    expect(facts(s)).toEqual(expected);
  });

  it.each<[string, [string, number | null]]>([
    // a list of names with their ages before them
    ["Officers found 70-year-old Ruth Dale, 12-year-old Nia Dale and 9-year-old Eli Dale dead.", ["killed", 3]],
    // ages that share one age word count one person each, with or without the suspended hyphens
    ["A 15, 17 and 20 year old were shot outside the store.", ["shot", 3]],
    ["A 15-, 17- and 20-year-old were shot outside the store.", ["shot", 3]],
    ["Police said a 15 and 17-year-old were wounded.", ["injured", 2]],
    ["The 4-, 6- and 8-year-old boys were killed in the crossfire.", ["killed", 3]],
    // kin nouns in the plural name the people the ages count
    ["Her 6- and 9-year-old nephews were shot on the porch.", ["shot", 2]],
    ["His 7- and 11-year-old nieces were wounded in the yard.", ["injured", 2]],
    ["Their 5- and 8-year-old grandsons were killed in the crossfire.", ["killed", 2]],
  ])("a list of ages: %s", (s, expected) => {
    expect(facts(s).map(([k, n]) => [k, n])).toEqual([expected]);
  });

  it.each<[string, [string, number | null, number | null][]]>([
    // "years old" is a predicate after a name, and "a 12 year sentence" tells of no one's age
    ["Dorian Pike, 16 years old, was killed near the park.", [["killed", 1, 16]]],
    ["The gunman was given a 12 year sentence after the shooting.", []],
  ])("not an age compound: %s", (s, expected) => {
    expect(facts(s)).toEqual(expected);
  });
});
