import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

// Sentences written in wire style for these tests (no evaluation data is copied here).
// A second cue coordinated with the first over its auxiliaries ("and has called for", "but did not
// recommend") shares the first verb's subject and reports content of its own.
const COORDINATED: [text: string, cue: string, speaker: string, content: string][] = [
  [
    "The mayor praised the dam repairs and has called for a review of the flood maps.",
    "called for",
    "The mayor",
    "a review of the flood maps",
  ],
  [
    "The governor backed the water bill but did not recommend that other states adopt it.",
    "recommend",
    "The governor",
    "that other states adopt it",
  ],
  [
    "The minister did not name the rebel groups but did note that the convoy had reached the town.",
    "note",
    "The minister",
    "that the convoy had reached the town",
  ],
  [
    "The union welcomed the offer but didn’t recommend that members accept it.",
    "recommend",
    "The union",
    "that members accept it",
  ],
];

describe("a cue coordinated over its auxiliaries is an attribution of its own", () => {
  it.each(COORDINATED)("%s", (text, cue, speaker, content) => {
    const q = extract(text, {}).quotes.find((x) => x.cue?.text === cue);
    expect(q).toBeDefined();
    expect(q!.speaker ? text.slice(q!.speaker.start, q!.speaker.end) : null).toBe(speaker);
    expect(text.slice(q!.start, q!.end)).toBe(content);
  });

  // the shared subject is a source only once the verb before reported something: "is a rural state" does not
  it("reads no coordinated cue after a verb that reports nothing", () => {
    const text = "The state is a rural state and has backed the Republican nominee since 1964.";
    expect(extract(text, {}).quotes.some((x) => x.cue?.text === "backed")).toBe(false);
  });

  // "is expected to" after the coordinator is the writer's hedge, not the subject's words
  it("leaves an evidential after the coordinator to its own reading", () => {
    const text = "Officials said the dam was safe and is expected to hold through the storm.";
    const q = extract(text, {}).quotes.find((x) => x.cue?.text === "expected");
    expect(q?.speaker ?? null).toBeNull();
  });
});

// A finite cue after a comma, with no subject of its own, continues the series of the verb reported before it.
const SERIAL: [text: string, cue: string, speaker: string, content: string][] = [
  [
    "The governor said the levee had held, called the storm “a warning” and thanked the crews.",
    "called",
    "The governor",
    "the storm “a warning” and thanked the crews",
  ],
  [
    "The envoy condemned the shelling, accused the rebels of breaking the truce and left for Geneva.",
    "accused",
    "The envoy",
    "the rebels of breaking the truce and left for Geneva",
  ],
  // the verb before need not report anything: the series still has one subject
  [
    "The governor toured the flooded towns, warned that the river would rise again and asked residents to leave.",
    "warned",
    "The governor",
    "that the river would rise again and asked residents to leave",
  ],
];

describe("a cue in a series of verb phrases shares the subject", () => {
  it.each(SERIAL)("%s", (text, cue, speaker, content) => {
    const q = extract(text, {}).quotes.find((x) => x.cue?.text === cue);
    expect(q).toBeDefined();
    expect(q!.speaker ? text.slice(q!.speaker.start, q!.speaker.end) : null).toBe(speaker);
    expect(text.slice(q!.start, q!.end)).toBe(content);
  });

  // "than, say, a flat tax": a bare form after a comma is an aside, not a verb of the series
  it("reads no series verb from a bare form after a comma", () => {
    const text = "The mayor said the levy was no worse than, say, the county's water charge.";
    expect(extract(text, {}).quotes.some((x) => x.cue?.text === "say")).toBe(false);
  });
});

// "went on to say", "going on to explain": the verb after "go on to" reports, with the subject of the series
const GOES_ON: [text: string, cue: string, speaker: string, content: string][] = [
  [
    "The envoy criticized the truce and went on to say that the talks had stalled.",
    "say",
    "The envoy",
    "that the talks had stalled",
  ],
  [
    "“It is closed,” the mayor said, going on to explain that the bridge had cracked.",
    "explain",
    "the mayor",
    "that the bridge had cracked",
  ],
];

describe("a cue after 'go on to' in a series shares the subject", () => {
  it.each(GOES_ON)("%s", (text, cue, speaker, content) => {
    const q = extract(text, {}).quotes.find((x) => x.cue?.text === cue);
    expect(q).toBeDefined();
    expect(q!.speaker ? text.slice(q!.speaker.start, q!.speaker.end) : null).toBe(speaker);
    expect(text.slice(q!.start, q!.end)).toBe(content);
  });
});

// A verb of saying or thinking no lexicon lists, joined by "and"/"but" to a reporting verb inside its
// content, in the same tense and taking an object, reports with the first verb's speaker.
const UNLISTED: [text: string, cue: string, speaker: string, content: string][] = [
  [
    "The senator said the levy plan was dead and downplayed its cost to farmers.",
    "downplayed",
    "The senator",
    "its cost to farmers",
  ],
  [
    "The coach called the loss “a bad night” and ranked the team among the league's best.",
    "ranked",
    "The coach",
    "the team among the league's best",
  ],
  [
    "The mayor says the bridge is safe but belittles the engineers who doubt it.",
    "belittles",
    "The mayor",
    "the engineers who doubt it",
  ],
];

describe("an unlisted verb of saying coordinated with a cue is an attribution of its own", () => {
  it.each(UNLISTED)("%s", (text, cue, speaker, content) => {
    const q = extract(text, {}).quotes.find((x) => x.cue?.text === cue);
    expect(q).toBeDefined();
    expect(q!.speaker ? text.slice(q!.speaker.start, q!.speaker.end) : null).toBe(speaker);
    expect(text.slice(q!.start, q!.end)).toBe(content);
  });

  // a participle with no object ("and ignored by"), another tense, or a verb of another class stays content
  it.each([
    ["The farmers said they felt squeezed and ignored by the capital.", "ignored"],
    ["The mayor said the road would close and faults the contractors for it.", "faults"],
    ["The council said the depot was old and repainted its doors.", "repainted"],
    ["The aide said he then contrasted the two plans.", "contrasted"],
  ])("%s", (text, cue) => {
    expect(extract(text, {}).quotes.some((x) => x.cue?.text === cue)).toBe(false);
  });
});

// A verb coordinated with one whose subject is a pronoun opening its clause after a comma ("..., he
// laughed and said") shares that pronoun, not the noun phrase the sentence opened with.
const PRONOUN_CLAUSE: [text: string, cue: string, speaker: string][] = [
  [
    "When Ruth Alder, the county clerk, was asked whether the count would be delayed, she smiled and said, “Not by us.”",
    "said",
    "she",
  ],
  ["The council met for six hours and he, once again, stood up and said that the ballots were missing.", "said", "he"],
];

describe("a coordinated verb shares the pronoun that opens its clause", () => {
  it.each(PRONOUN_CLAUSE)("%s", (text, cue, speaker) => {
    const q = extract(text, {}).quotes.find((x) => x.cue?.text === cue);
    expect(q).toBeDefined();
    expect(q!.speaker ? text.slice(q!.speaker.start, q!.speaker.end) : null).toBe(speaker);
  });

  // "told reporters he was tired and said": a pronoun with no comma before it opens a reported clause
  it("keeps the sentence subject when the pronoun opens a reported clause", () => {
    const text = "The clerk told reporters she was tired and said the count would resume on Monday.";
    const q = extract(text, {}).quotes.find((x) => x.cue?.text === "said");
    expect(q?.speaker ? text.slice(q.speaker.start, q.speaker.end) : null).toBe("The clerk");
  });
});

// "thanked A and said B": a plain finite "said" or "told" joined to a first report with the same subject
// opens a second attribution, and the first one's content ends before the coordinator.
const SAID_AFTER_REPORT: [text: string, cue: string, content: string][] = [
  ["The mayor thanked the volunteers and said the fair would return next summer.", "thanked", "the volunteers"],
  [
    "The harbor master praised the rescue crews, and told reporters the ferry would sail again on Friday.",
    "praised",
    "the rescue crews",
  ],
];

describe("a first report ends before a coordinated plain said", () => {
  it.each(SAID_AFTER_REPORT)("%s", (text, cue, content) => {
    const qs = extract(text, {}).quotes;
    const q = qs.find((x) => x.cue?.text === cue);
    expect(q).toBeDefined();
    expect(text.slice(q!.start, q!.end)).toBe(content);
    const said = qs.find((x) => x.cue?.text === "said" || x.cue?.text === "told");
    expect(said).toBeDefined();
  });

  // the coordinated verb is no plain report: the first content is left running over it
  it("leaves the content whole before another coordinated verb", () => {
    const text = "The senator criticized the budget cuts and predicted that schools would close.";
    const q = extract(text, {}).quotes.find((x) => x.cue?.text === "criticized");
    expect(q && text.slice(q.start, q.end)).toBe("the budget cuts and predicted that schools would close");
  });
});
