import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { speakerOf } from "../helpers.js";

// Sentences written in wire style for these tests (no evaluation data is copied here).
const CONNECTIVES: [text: string, cue: string, speaker: string][] = [
  // a sentence adverb or connective before the subject is no speaker: the subject follows it
  [
    "Indeed, the ministry issued a statement on Sunday, saying that the strikes had hit a hospital.",
    "saying",
    "the ministry",
  ],
  [
    "Even so, the commander released a statement, insisting that the convoy had been hit.",
    "insisting",
    "the commander",
  ],
  ["Meanwhile, the rebels put out a video, claiming that the airport was theirs.", "claiming", "the rebels"],
  ["Then the governor went on television, saying that the river would flood.", "saying", "the governor"],
  [
    "Likewise, the opposition sent a letter to the council, demanding that the vote be delayed.",
    "demanding",
    "the opposition",
  ],
  // an adverb before an appositive-looking subject is not a name the description belongs to
  ["Significantly, the judge said that the fine would not be paid.", "said", "the judge"],
  // a capitalized connective opens no noun phrase: the bare plural after it is the subject
  ["But aid workers say that the camp has no water.", "say", "aid workers"],
];

const DATELINES: [text: string, cue: string, speaker: string][] = [
  // a wire dateline names where the story was filed, never who spoke
  [
    "Rebels shell Aleppo district.\n\nBEIRUT (AP) — Syrian rebels shelled a government-held district on Tuesday, saying that the attack avenged a massacre.",
    "saying",
    "Syrian rebels",
  ],
  [
    "Army retakes town.\n\nBAGHDAD, May 4 (Reuters) — The Iraqi army raised its flag over the town, saying that the siege was over.",
    "saying",
    "The Iraqi army",
  ],
  [
    "Ministry warns of strikes.\n\nWashington (AFP) – The State Department issued a travel warning, saying that more attacks were likely.",
    "saying",
    "The State Department",
  ],
];

describe("a connective opening a sentence is not the speaker", () => {
  it.each(CONNECTIVES)("%s", (text, cue, speaker) => {
    expect(speakerOf(text, cue)).toBe(speaker);
  });
});

describe("a dateline is not the speaker", () => {
  it.each(DATELINES)("%s", (text, cue, speaker) => {
    expect(speakerOf(text, cue)).toBe(speaker);
  });
});

// a bare verb form after "a" and a modifier is a noun ("a snappy retort"), never a verb with that subject
const NOUN_USE: [text: string, fragment: string][] = [
  ["The mayor delivered a snappy retort to the council on Monday.", "a snappy"],
  ["The colonel gave a blunt reply to the question on Monday.", "a blunt"],
];

describe("a cue word used as a noun gives no speaker", () => {
  it.each(NOUN_USE)("%s", (text, fragment) => {
    const speakers = extract(text, {}).quotes.map((q) =>
      q.speaker ? text.slice(q.speaker.start, q.speaker.end) : null,
    );
    expect(speakers).not.toContain(fragment);
  });
  it.each([
    ["A majority of voters say that the economy is weak.", "say", "A majority of voters"],
    ["A spokesman for the ministry said that the road was closed.", "said", "A spokesman for the ministry"],
  ])("%s", (text, cue, speaker) => {
    expect(speakerOf(text, cue)).toBe(speaker);
  });
});
