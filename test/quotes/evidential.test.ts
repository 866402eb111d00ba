import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

// Sentences written in wire style for these tests (no evaluation data is copied here).
// An evidential cue inside its content: the whole clause, subject included, is what is reported;
// the source is no one, or the agent after "by".
const CASES: { text: string; cue: string; content: string; speaker: string | null }[] = [
  // a hedge adverb between the subject and its verb
  {
    text: "The militia is reportedly moving heavy weapons toward the northern front.",
    cue: "reportedly",
    content: "The militia is reportedly moving heavy weapons toward the northern front",
    speaker: null,
  },
  {
    text: "In total, the gunmen have reportedly seized more than 40 villages.",
    cue: "reportedly",
    content: "the gunmen have reportedly seized more than 40 villages",
    speaker: null,
  },
  // ...or opening the sentence before its clause
  {
    text: "Reportedly, the commander had been under investigation for months.",
    cue: "Reportedly",
    content: "the commander had been under investigation for months",
    speaker: null,
  },
  // "appeared to", "appear" with a predicate, a coordinated "appeared"
  {
    text: "After the shelling, the rebel command appeared to pull its fighters back from the airport.",
    cue: "appeared",
    content: "the rebel command appeared to pull its fighters back from the airport",
    speaker: null,
  },
  {
    text: "The two militias appear ready to abandon the truce, although talks continue.",
    cue: "appear",
    content: "The two militias appear ready to abandon the truce",
    speaker: null,
  },
  {
    text: "The army held the ridge and appeared poised to retake the town.",
    cue: "appeared",
    content: "The army held the ridge and appeared poised to retake the town",
    speaker: null,
  },
  // "it appeared that": the clause is the content
  {
    text: "By nightfall, it appeared that the convoy had reached the besieged district.",
    cue: "appeared",
    content: "that the convoy had reached the besieged district",
    speaker: null,
  },
  // a passive of reputation, with and without its agent
  {
    text: "The port is widely seen as the last supply line for the besieged city.",
    cue: "seen",
    content: "The port is widely seen as the last supply line for the besieged city",
    speaker: null,
  },
  {
    text: "But the staffing change, hammered out on Sunday, was seen by some as a demotion for the minister.",
    cue: "seen",
    content: "the staffing change, hammered out on Sunday, was seen by some as a demotion for the minister",
    speaker: "some",
  },
  {
    text: "The commander is known for leading night raids on army posts.",
    cue: "known",
    content: "The commander is known for leading night raids on army posts",
    speaker: null,
  },
  // a non-restrictive relative clause ends at its comma
  {
    text: "The brigade, which is considered the best armed in the region, withdrew on Monday.",
    cue: "considered",
    content: "which is considered the best armed in the region",
    speaker: null,
  },
];

// Showing up, an aim, an adjective's adverb and a listed cue after the adverb are no such attribution.
const NONE: { text: string; cue: string }[] = [
  { text: "The governor appeared on state television on Monday night.", cue: "appeared" },
  { text: "The minister will appear before the committee next week.", cue: "appear" },
  { text: "The general wants to be seen as a peacemaker.", cue: "seen" },
  { text: "The rebels, reportedly backed by foreign fighters, took the town.", cue: "reportedly" },
];

describe("evidential attributions: the cue inside the content", () => {
  it.each(CASES)("$text", ({ text, cue, content, speaker }) => {
    const quotes = extract(text, { published: "2016-05-10" }).quotes;
    const q = quotes.find((x) => x.cue?.text === cue);
    expect(q?.text).toBe(content);
    expect(q && q.speaker ? text.slice(q.speaker.start, q.speaker.end) : null).toBe(speaker);
  });

  it.each(NONE)("$text", ({ text, cue }) => {
    const quotes = extract(text, { published: "2016-05-10" }).quotes;
    expect(quotes.find((x) => x.cue?.text === cue)).toBeUndefined();
  });

  it("leaves 'reportedly said' to the cue verb, with its speaker", () => {
    const quotes = extract("The commander reportedly said the town would fall within days.", {
      published: "2016-05-10",
    }).quotes;
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.cue?.text).toBe("said");
  });
});
