import { describe, expect, it } from "vitest";
import { sentenceFacts } from "../../src/casualties/facts.js";
import { extract } from "../../src/index.js";

/** [kind, best, rule, the fact's words] of each fact a body sentence states, in order. */
function facts(s: string): [string, number | null, string, string][] {
  return sentenceFacts(s, { start: 0, end: s.length }, 0).map((f) => [f.kind, f.best, f.rule, s.slice(f.start, f.end)]);
}

describe("a subject a reduced relative clause modifies is the subject of the main verb too", () => {
  it.each<[string, [string, number | null, string, string][]]>([
    [
      "The individual shot in the foot was rushed to the hospital in fair condition.",
      [
        ["shot", 1, "definite", "The individual shot"],
        ["injured", 1, "definite", "The individual shot in the foot was rushed to the hospital in fair condition"],
      ],
    ],
    [
      "A 33-year-old man shot in the neck was pronounced dead on the sidewalk.",
      [
        ["shot", 1, "singular", "A 33-year-old man shot"],
        ["killed", 1, "singular", "A 33-year-old man shot in the neck was pronounced dead"],
      ],
    ],
    [
      "The officer injured during the standoff is in stable condition.",
      [
        ["injured", 1, "definite", "The officer injured"],
        ["injured", 1, "definite", "The officer injured during the standoff is in stable condition"],
      ],
    ],
    // the agent of the reduced clause is not the one in stable condition
    [
      "The boy shot by his brother was in stable condition, police said.",
      [
        ["shot", 1, "definite", "The boy shot"],
        ["injured", 1, "definite", "The boy shot by his brother was in stable condition"],
      ],
    ],
    // with an auxiliary the first predicate is a clause of its own, as before
    [
      "The teen was shot in the foot and was rushed to the hospital in critical condition.",
      [
        ["shot", 1, "definite", "The teen was shot"],
        [
          "injured",
          1,
          "definite",
          "The teen was shot in the foot and was rushed to the hospital in critical condition",
        ],
      ],
    ],
  ])("%s", (s, expected) => {
    expect(facts(s)).toEqual(expected);
  });
});

describe("a subject a participle clause in -ing modifies", () => {
  it.each<[string, [string, number | null, string, string][]]>([
    [
      "And a man sitting in the front seat of a silver Ford Taurus driving along Linwood Boulevard was shot in the back of his head, police said.",
      [
        [
          "shot",
          1,
          "singular",
          "a man sitting in the front seat of a silver Ford Taurus driving along Linwood Boulevard was shot",
        ],
      ],
    ],
    [
      "A man driving a pickup truck was shot in the arm.",
      [["shot", 1, "singular", "A man driving a pickup truck was shot"]],
    ],
    [
      "A 58-year-old man getting ready for work was struck by a stray bullet.",
      [["shot", 1, "singular", "A 58-year-old man getting ready for work was struck by a stray bullet"]],
    ],
    // a word in -ing that is no participle opens no such clause
    ["The boy during the party was shot.", []],
    // a subject pronoun of its own: the victim is saying, the pronoun was shot
    ["He got a text from the victim saying she has been shot in her knee.", []],
  ])("%s", (s, expected) => {
    expect(facts(s)).toEqual(expected);
  });
});

describe("a relative clause closing the last member of an 'and' list", () => {
  it("leaves the whole list the subject of the main verb", () => {
    const s = "The woman and a 5-year-old boy who was grazed were treated and released.";
    const f = sentenceFacts(s, { start: 0, end: s.length }, 0).find((x) => x.rule === "conjunction");
    expect([f?.kind, f?.best]).toEqual(["injured", 2]);
  });

  it("counts the list's people as the incident's hurt", () => {
    const doc = extract("A man and a 9-year-old girl who was grazed were treated and released after the shooting.", {
      published: "2016-05-10",
    });
    expect(doc.events.map((e) => [e.fatalities?.best ?? 0, e.injured?.best ?? 0])).toEqual([[0, 2]]);
  });
});
