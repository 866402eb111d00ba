import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

// Sentences written in wire style for these tests (no evaluation data is copied here).
type Reading = { content: string; cue: string; speaker: string | null };

function readings(text: string): Reading[] {
  return extract(text, {}).quotes.map((q) => ({
    content: text.slice(q.start, q.end),
    cue: q.cue ? text.slice(q.cue.start, q.cue.end) : "",
    speaker: q.speaker ? text.slice(q.speaker.start, q.speaker.end) : null,
  }));
}

// a linking word opening the sentence leaves an inverted cue as the sentence's own report, and the
// report before ends at its sentence
const LEAD_IN: [text: string, first: Reading, second: Reading][] = [
  [
    "The warden said the prison was calm. But, said Alvarez, “nobody sleeps at night.”",
    { content: "the prison was calm", cue: "said", speaker: "The warden" },
    { content: "“nobody sleeps at night.”", cue: "said", speaker: "Alvarez" },
  ],
  [
    "The ferry company said the crossing was safe. Still, says Lindqvist, “the boats are too old.”",
    { content: "the crossing was safe", cue: "said", speaker: "The ferry company" },
    { content: "“the boats are too old.”", cue: "says", speaker: "Lindqvist" },
  ],
  [
    "The coach said the team was ready. And, added Okafor, “we have trained all winter.”",
    { content: "the team was ready", cue: "said", speaker: "The coach" },
    { content: "“we have trained all winter.”", cue: "added", speaker: "Okafor" },
  ],
  [
    "The council said the plan was sound. But said Moreau, “the money is not there.”",
    { content: "the plan was sound", cue: "said", speaker: "The council" },
    { content: "“the money is not there.”", cue: "said", speaker: "Moreau" },
  ],
  // the words after the speaker's comma are the content unquoted too, past a clause about the speaker
  [
    "The port authority said the cranes were working. However, said Brandt, the ships are still waiting.",
    { content: "the cranes were working", cue: "said", speaker: "The port authority" },
    { content: "the ships are still waiting", cue: "said", speaker: "Brandt" },
  ],
  [
    "The airline said the flights were on time. But, says Nakamura, who flies the route weekly, the planes are always late.",
    { content: "the flights were on time", cue: "said", speaker: "The airline" },
    { content: "the planes are always late", cue: "says", speaker: "Nakamura" },
  ],
];

describe("an inverted cue after a sentence-opening linking word", () => {
  it.each(LEAD_IN)("%s", (text, first, second) => {
    expect(readings(text)).toEqual([first, second]);
  });
});

// a work's quoted name after a verb of making it, in a clause about its maker, is no reported content
const WORK_TITLES: [text: string, only: Reading][] = [
  [
    "Jones, who wrote “The Long Road,” said the war was lost.",
    { content: "the war was lost", cue: "said", speaker: "Jones" },
  ],
  [
    "Halvorsen, who also published “The Harbor Report,” said the paper would close.",
    { content: "the paper would close", cue: "said", speaker: "Halvorsen" },
  ],
  [
    "Ruiz, who starred in “Blue Harbor,” said the series was over.",
    { content: "the series was over", cue: "said", speaker: "Ruiz" },
  ],
];

describe("a work's title after a verb of making it", () => {
  it.each(WORK_TITLES)("%s", (text, only) => {
    expect(readings(text)).toEqual([only]);
  });
});
