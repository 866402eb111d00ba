import { describe, expect, it } from "vitest";
import { sentenceFacts } from "../../src/casualties/facts.js";

/** [kind, best, rule] of each fact a sentence states, in order. */
function facts(s: string): [string, number | null, string][] {
  return sentenceFacts(s, { start: 0, end: s.length }, 0).map((f) => [f.kind, f.negated ? 0 : f.best, f.rule]);
}

describe("a gunshot wound in the words local news varies", () => {
  it.each<[string, [string, number | null, string][]]>([
    // a wound said not to threaten life: someone hurt who lives
    [
      "The woman, Maria Lopez, 22, suffered a non-life threatening gunshot wound to her left foot, police said.",
      [["injured", 1, "named"]],
    ],
    ["Two men are being treated for gunshot wounds at Mercy Hospital.", [["injured", 2, "exact"]]],
    ["A 19-year-old was recovering from a gunshot wound to the arm.", [["injured", 1, "singular"]]],
    // a wound alone says someone was hit, not whether they lived
    ["A 24-year-old man suffered several gunshot wounds to the torso and legs.", [["shot", 1, "singular"]]],
    ["A 30-year-old man sustained an apparent gunshot wound to the hip.", [["shot", 1, "singular"]]],
    // the condition a hospital lists, in its usual variants
    ["The teen was listed in serious but stable condition.", [["injured", 1, "definite"]]],
    ["The suspect is in guarded condition at Harborview.", [["injured", 1, "definite"]]],
    // a bullet that grazes someone hurts them
    ["Witnesses said a bullet grazed him as he ran.", [["injured", 1, "pronoun"]]],
  ])("%s", (s, expected) => {
    expect(facts(s)).toEqual(expected);
  });
});

describe("who was wounded", () => {
  it.each<[string, [string, number | null, string][]]>([
    // the one found with the wound, whatever names them
    ["Officers found the teen with a gunshot wound to his thigh.", [["shot", 1, "definite"]]],
    ["Deputies found Harris with a gunshot wound to the head.", [["shot", 1, "named"]]],
    ["Officers found a 30-year-old man bleeding from a gunshot wound to the thigh.", [["shot", 1, "singular"]]],
    // "X being wounded": the object of the preposition, not the head of the clause
    [
      "A gunfight between deputies and a gunman at a trailer park ended with a deputy being wounded and a 30-year-old man being killed.",
      [
        ["injured", 1, "singular"],
        ["killed", 1, "singular"],
      ],
    ],
  ])("%s", (s, expected) => {
    expect(facts(s)).toEqual(expected);
  });
});
