import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { speakerOf } from "../helpers.js";

// Sentences written in wire style for these tests (no evaluation data is copied here).
describe("a possessive 'her' heads the phrase it opens", () => {
  it.each([
    [
      "The mayor is losing support, while her main rival has gained ground by saying the city needs new roads.",
      "her main rival",
    ],
    // the name set off by commas after the subject is the subject named
    [
      "The mayor is losing support, while her main rival, Tom Lane, has gained ground by saying the city needs new roads.",
      "Tom Lane",
    ],
  ])("%s", (text, speaker) => {
    expect(speakerOf(text, "saying")).toBe(speaker);
  });
});

describe("a speaker phrase read leftward never crosses a finite verb", () => {
  it.each([
    // "and" before a finite verb joins two verbs, not two names
    ["The senator met Putin and came away convinced, saying the talks had failed.", "saying", "The senator"],
    // a curly "n’t" sits between subject and verb like the straight one
    ["The mayor isn’t saying what the city will do.", "saying", "The mayor"],
  ])("%s", (text, cue, speaker) => {
    expect(speakerOf(text, cue)).toBe(speaker);
  });
  it.each([
    "Nurses were far less divided over the matter of masks.",
    "Some economists are finding agreement that the tax works.",
    // a participle after the object of a passive: the subject's phrase stops before "are"
    "Visitors are given printed tickets telling them to wait.",
  ])("%s", (text) => {
    for (const q of extract(text, {}).quotes) {
      const speaker = q.speaker ? text.slice(q.speaker.start, q.speaker.end) : "";
      expect(speaker).not.toMatch(/\b(?:are|were)\b/);
    }
  });
});
