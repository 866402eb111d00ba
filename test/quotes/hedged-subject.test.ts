import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

// Sentences written for these tests (no evaluation data is copied here).
// The subject of a hedged or passive verb ("is expected to", "were deemed", "seemed to") is part of what
// is reported, all of it: a quantifier, a time phrase or a relative clause inside it, back to where its
// clause opens, but not a phrase opening the sentence before a comma.
describe("the whole subject of a hedged or passive report", () => {
  it.each([
    {
      text: "Roughly two of every ten pupils next term are expected to need a bus pass.",
      cue: "expected",
      content: "Roughly two of every ten pupils next term are expected to need a bus pass",
    },
    {
      text: "The same tests were run, and no samples were deemed unsafe.",
      cue: "deemed",
      content: "no samples were deemed unsafe",
    },
    {
      text: "Most of the 9 buyers, who all flew in from Asia, seemed to care little for the old mill.",
      cue: "seemed",
      content: "Most of the 9 buyers, who all flew in from Asia, seemed to care little for the old mill",
    },
    {
      text: "Most of the wells have now been declared unsafe, after the inspectors tested them.",
      cue: "declared",
      content: "Most of the wells have now been declared unsafe, after the inspectors tested them",
    },
    {
      text: "The council's changing accounts of the lost ballots appear to raise doubts among residents.",
      cue: "appear",
      content: "The council's changing accounts of the lost ballots appear to raise doubts among residents",
    },
    {
      text: "In Iowa, the senator is expected to win easily.",
      cue: "expected",
      content: "the senator is expected to win easily",
    },
  ])("$text", (c) => {
    const doc = extract(c.text);
    const q = doc.quotes.find((x) => x.cue?.text === c.cue);
    expect(q, JSON.stringify(doc.quotes.map((x) => [x.cue?.text, x.text]))).toBeDefined();
    expect(q!.text).toBe(c.content);
    expect(q!.speaker).toBeNull();
  });
});
