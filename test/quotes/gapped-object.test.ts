import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

// Sentences written in wire style for these tests (no evaluation data is copied here).
// A cue in a relative clause whose object is the relative pronoun, or the noun phrase summing up the
// clause before it, has that pronoun or phrase as content and the relative clause's subject as source.
const GAPPED: [text: string, cue: string, speaker: string, content: string][] = [
  ["The senator criticized the levy, which the governor has praised.", "praised", "the governor", "which"],
  ["The council dropped the toll plan (which the mayor once backed) on Monday.", "backed", "the mayor", "which"],
  [
    "The bill would raise the fuel tax, a change the trucking lobby strongly opposed.",
    "opposed",
    "the trucking lobby",
    "a change",
  ],
  [
    "The report faulted the county's flood maps - a point that state engineers have disputed.",
    "disputed",
    "state engineers",
    "a point that",
  ],
  // a bare plural subject the speaker rules leave unread after "that"
  ["The mayor said the dam was sound, a charge that engineers denied.", "denied", "engineers", "a charge that"],
];

describe("a cue whose object is a relative pronoun or a summing noun phrase", () => {
  it.each(GAPPED)("%s", (text, cue, speaker, content) => {
    const q = extract(text, {}).quotes.find((x) => x.cue?.text === cue);
    expect(q).toBeDefined();
    expect(q!.speaker ? text.slice(q!.speaker.start, q!.speaker.end) : null).toBe(speaker);
    expect(text.slice(q!.start, q!.end)).toBe(content);
  });

  // a passive's subject is the pronoun itself; a preposition governs the pronoun; an object follows the cue
  it.each([
    ["The mayor backed the levy, which was opposed by the council.", "which"],
    ["He gave a long interview, during which he praised the crews.", "which"],
    ["The plan, which critics call reckless, would pass.", "which"],
  ])("%s", (text, content) => {
    expect(extract(text, {}).quotes.some((x) => text.slice(x.start, x.end) === content)).toBe(false);
  });
});
