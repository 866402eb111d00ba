import { describe, expect, it } from "vitest";
import { sentenceFacts } from "../../src/casualties/facts.js";

/** [kind, best, victims?] of each fact the sentence states, in order. */
function facts(s: string): [string, number | null, string | null][] {
  return sentenceFacts(s, { start: 0, end: s.length }, 0).map((f) => [f.kind, f.negated ? 0 : f.best, f.victims]);
}

describe("casualty facts from active, passive and nominal forms", () => {
  it.each<[string, [string, number | null, string | null][]]>([
    [
      "“takfiris” would pay a “heavy price” after killing 13 IRGC members and injuring 21 others in Khan Tuman on May 6.",
      [
        ["killed", 13, "IRGC members"],
        ["injured", 21, "others"],
      ],
    ],
    [
      "One man was killed and another three, including an infant, were hospitalized when two masked gunmen began shooting.",
      [
        ["killed", 1, "man"],
        ["injured", 3, null],
      ],
    ],
    [
      "Rashad Coyle, 41, died on the porch after suffering gunshot wounds to the neck, KCPD said.",
      [["killed", 1, "Rashad Coyle"]],
    ],
    [
      // the age closes the sentence: "17." is no second victim
      "Officers were called to a stabbing Friday that ended in the death of Marcus Tolliver, 19.",
      [["killed", 1, "Marcus Tolliver"]],
    ],
    ["Her daughter passed away a few days later.", [["killed", 1, "daughter"]]],
    [
      "A 27-year-old woman and a 15-year-old girl were killed, deputies said.",
      [["killed", 2, "A 27-year-old woman and a 15-year-old girl"]],
    ],
    [
      "Police said around 4 a.m. three men, including one male thought to be a teenager, were found dead.",
      [["killed", 3, "men"]],
    ],
    [
      "Four people were shot, one fatally, in a daylight shooting.",
      [
        ["shot", 4, "people"],
        ["killed", 1, null],
      ],
    ],
    ["The death toll rose to 13 on Tuesday.", [["killed", 13, null]]],
    ["The number killed rose to four on Monday.", [["killed", 4, null]]],
    ["Police said the number of fatalities stands at three.", [["killed", 3, null]]],
    // a toll of people wounded or hit, told as "the number of people ..."
    ["Police say the number of people injured has risen to seven.", [["injured", 7, null]]],
    ["The number of people shot in the attack rose to nine on Monday.", [["casualties", 9, null]]],
    [
      "1 dead, 4 hurt in gunfire outside Orlando nightclub",
      [
        ["killed", 1, null],
        ["injured", 4, null],
      ],
    ],
    ["No one was injured.", [["injured", 0, "No one"]]],
    [
      "Two children, ages 4 and 7, and their mother have been found dead.",
      [["killed", 3, "Two children, ages 4 and 7, and their mother"]],
    ],
    [
      "A man was shot in a triple shooting on Monday.",
      [
        ["shot", 1, "man"],
        ["shot", 3, null],
      ],
    ],
    [
      "Detectives say Kessler fired a rifle from the alley into the tavern, striking five people.",
      [["shot", 5, "people"]],
    ],
    ["The fifth man was pronounced dead at Baptist Medical Center.", [["killed", 1, "fifth man"]]],
    [
      "Lt. Moreno said Curtis J. Banner Sr., 51, had shot his 6-year-old son in the left leg.",
      [["shot", 1, "6-year-old son"]],
    ],
    ["Two teenagers died late Saturday night in separate incidents in Hurst.", [["killed", 2, "teenagers"]]],
    // "them" after the verb is the group a number counted before it in the sentence
    [
      "A robber ordered two clerks to kneel behind the counter, striking them with the butt of a pistol.",
      [["shot", 2, "clerks"]],
    ],
    ["A gunman approached two young men on the corner and shot them both.", [["shot", 2, "men"]]],
    // a blow with a gun hurts as a gunshot does
    ["The robber pistol-whipped a store clerk before fleeing with cash.", [["injured", 1, "store clerk"]]],
    // a thing's noun before a person's modifies it; a measure before a person's tells an age
    ["A masked man shot two store clerks during the holdup.", [["shot", 2, "store clerks"]]],
  ])("%s", (sentence, expected) => {
    expect(facts(sentence)).toEqual(expected);
  });

  it.each([
    "The Iranian general hailed the killed Iranian soldiers.",
    "Police said the suspect fired 10 shots and fled.",
    "About 40 people were in the club's courtyard after it had closed.",
    "Investigators are interviewing about a dozen witnesses.",
    "Her 12-year-old son was at school at the time.",
  ])("states no casualty: %s", (sentence) => {
    expect(facts(sentence)).toEqual([]);
  });

  it("marks a threat as hypothetical", () => {
    const s = "The group threatened to kill 20 hostages.";
    expect(sentenceFacts(s, { start: 0, end: s.length }, 0).map((f) => f.rule)).toEqual(["hypothetical"]);
  });
});
