import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { expectAttribution as expectCase, type AttributionCase } from "../helpers.js";

// Sentences written for these tests (no evaluation data is copied here).
// "His remarks angered the growers": an object-experiencer verb in the active has its object as the
// holder of the reaction (the source) and its subject as what they react to (the content) (issue #7).
const EXPERIENCER: AttributionCase[] = [
  {
    text: "The mayor's answer to the flood report angered the county board.",
    cue: "angered",
    content: "The mayor's answer to the flood report",
    speaker: "the county board",
  },
  {
    text: "His silence has rattled many growers in the valley.",
    cue: "rattled",
    content: "His silence",
    speaker: "many growers",
  },
  {
    text: "That frustrates the engineers, who wanted a second study.",
    cue: "frustrates",
    content: "That",
    speaker: "the engineers",
  },
];

describe("an object-experiencer verb: the object reacts to the subject", () => {
  it.each(EXPERIENCER.map((c) => [c.text, c] as const))("%s", (_, c) => expectCase(c));
  it.each([
    ["a passive", "The growers were angered by the vote.", "angered"],
    ["a modifier", "A crowd of angered growers met outside.", "angered"],
    ["a relative pronoun", "The tax was a move that has angered growers across the county.", "angered"],
    ["an infinitive", "The ruling seemed to have baffled the clerk.", "baffled"],
  ])("leaves %s alone", (_, text, cue) => {
    expect(extract(text).quotes.find((x) => x.cue?.text === cue)).toBeUndefined();
  });
});
