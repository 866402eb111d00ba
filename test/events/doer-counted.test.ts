import { describe, expect, it } from "vitest";
import { tolls } from "../helpers.js";

describe("the doer told dead or alive after his deed", () => {
  it.each<[string, string, string, [number | null, number | null]]>([
    [
      "a role noun before a name and an age is still the role: the suspect killed adds one",
      "2 killed in tavern shooting",
      "A gunman killed two people at a tavern on Friday night. Officers said the suspect, Lyle Brandt, 41, was also killed.",
      [3, 0],
    ],
    [
      "a capitalised role, a name, an age and a home set off by commas: still the suspect",
      "2 killed in tavern shooting",
      "A gunman killed two people at a tavern on Friday night. The suspect, Lyle Brandt, 41, of Millbrook, was also killed.",
      [3, 0],
    ],
    [
      "'identified as' before the name and age: still the shooter",
      "2 killed in tavern shooting",
      "A gunman killed two people at a tavern on Friday night. Deputies said the shooter, identified as Lyle Brandt, 41, was also killed.",
      [3, 0],
    ],
    [
      "one told alive right after turning the gun on himself is hurt, one more than those he shot",
      "Shooting at a park",
      "A man shot two people at a park on Sunday, then turned the gun on himself. He is in critical condition, police said.",
      [0, 3],
    ],
    [
      "the doer told alive by his role is hurt, not dead, beside the victims he killed",
      "Shooting at a park",
      "A man shot and killed two people at a park on Sunday, then turned the gun on himself. The gunman is in stable condition.",
      [2, 1],
    ],
    [
      "a woman told alive right after turning the gun on herself is none of the dead",
      "Shooting at a home",
      "A woman shot her husband on Sunday, then turned the gun on herself. She was listed in critical condition and he was pronounced dead.",
      [1, 1],
    ],
    [
      "his role told dead right after turning the gun on himself is the doer again, no second dead",
      "Shooting at a park",
      "A man shot two people at a park on Sunday, then turned the gun on himself. The suspect died at a hospital.",
      [1, 2],
    ],
    [
      "with no word of his state after, turning the gun on himself is still read as his death",
      "Shooting at a park",
      "A man shot two people at a park on Sunday, then turned the gun on himself, police said.",
      [1, 2],
    ],
  ])("%s", (_, title, text, want) => {
    expect(tolls(text, title)).toEqual(want);
  });
});

describe("a count after a verb of motion and 'up to'", () => {
  it("is the number of people the mover reached and shot, not an upper bound", () => {
    expect(
      tolls(
        "A man walked up to two teens outside a laundromat on Elm Road and shot them, deputies said.",
        "Shooting outside laundromat",
      ),
    ).toEqual([0, 2]);
  });
});
