import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { expectAttribution as expectCase, type AttributionCase } from "../helpers.js";

// Sentences written for these tests (no evaluation data is copied here).
// "CONTENT, X said <where or when>": whatever follows the cue before the sentence ends (a place of
// publication, a programme's quoted title, a time, a dash or a semicolon) tells where or when it was said;
// what was said is the clause before the speaker.
type Case = AttributionCase;

const CASES: Case[] = [
  {
    text: "The harvest failed across the valley last spring, Mr. Halvorsen said in his 2014 memoir, “Dry Years.”",
    cue: "said",
    content: "The harvest failed across the valley last spring",
    speaker: "Mr. Halvorsen",
  },
  {
    text: "The bridge will stay closed until March, the mayor said Wednesday morning on Radio North's “Morning Show.”",
    cue: "said",
    content: "The bridge will stay closed until March",
    speaker: "the mayor",
  },
  {
    text: "The ferry service will end this year, the port authority reported on Tuesday -- a blow to the island towns.",
    cue: "reported",
    content: "The ferry service will end this year",
    speaker: "the port authority",
  },
  {
    text: "The tax is a relic of the old regime, as Maria Olsen noted in The Ledger.",
    cue: "noted",
    content: "The tax is a relic of the old regime",
    speaker: "Maria Olsen",
  },
  {
    text: "Cutting the budget also carries risks, as the council's own auditors point out.",
    cue: "point out",
    content: "Cutting the budget also carries risks",
    speaker: "the council's own auditors",
  },
  {
    // the clause after a semicolon goes on with what was said
    text: "The convoy was never in danger, the colonel insisted; the shots came from a wedding party.",
    cue: "insisted",
    content: "The convoy was never in danger, the colonel insisted; the shots came from a wedding party",
    speaker: "the colonel",
  },
  {
    text: "As Olsen wrote in the Ledger, the tax is a relic of the old regime.",
    cue: "wrote",
    content: "the tax is a relic of the old regime",
    speaker: "Olsen",
  },
];

// A one-word quote after the comma is still what was said; a participle's own quote is its own content.
const QUOTED: Case[] = [
  {
    text: "Asked whether the truce would hold, the envoy said: “Probably.”",
    cue: "said",
    content: "“Probably.”",
    speaker: "the envoy",
  },
  {
    text: "“The talks are over,” Okafor said on Radio North, adding, “We will not return to Geneva.”",
    cue: "said",
    content: "“The talks are over,”",
    speaker: "Okafor",
  },
  {
    text: "“Every time you say that,” Okafor said, referring to the ceasefire, “you hand the rebels a gift.”",
    cue: "said",
    content: "“Every time you say that,” Okafor said, referring to the ceasefire, “you hand the rebels a gift.”",
    speaker: "Okafor",
  },
];

describe("a circumstance after the cue leaves the clause before the speaker as content", () => {
  it.each(CASES.map((c) => [c.text, c] as const))("%s", (_, c) => expectCase(c));
});

describe("quotes after the cue", () => {
  it.each(QUOTED.map((c) => [c.text, c] as const))("%s", (_, c) => expectCase(c));
});

// "said on Sunday they had ...": the time of the saying opens no content; "said Sunday's attack" keeps it.
const SAYING_TIME: { text: string; content: string }[] = [
  { text: "Police said on Sunday they had arrested three suspects.", content: "they had arrested three suspects" },
  { text: "Officials said last week the border would reopen.", content: "the border would reopen" },
  { text: "The governor said Tuesday night, the curfew would be lifted.", content: "the curfew would be lifted" },
  { text: "The minister said Sunday's attack was a provocation.", content: "Sunday's attack was a provocation" },
];

describe("the time of the saying", () => {
  it.each(SAYING_TIME.map((c) => [c.text, c] as const))("%s", (_, c) => {
    const doc = extract(c.text);
    expect(doc.quotes.map((q) => q.text)).toEqual([c.content]);
  });
});

describe("a time alone after the cue", () => {
  it.each(["He said Tuesday.", "Officials said on Sunday night."])("is no content: %s", (text) => {
    expect(extract(text).quotes).toEqual([]);
  });
});

// "..., fundraising documents show.": between a comma and a cue closing the sentence stands its subject,
// named or not; a subordinate clause before it, or a phrase that is no noun phrase, reports nothing.
describe("an unnamed subject between a comma and the closing cue", () => {
  it.each([
    [
      "The general had to borrow fuel from the militia last month, fundraising documents show.",
      "The general had to borrow fuel from the militia last month",
      "fundraising documents",
    ],
    [
      "The convoy was hit twice, satellite images taken on Sunday night revealed.",
      "The convoy was hit twice",
      "satellite images taken on Sunday night",
    ],
  ])("%s", (text, content, speaker) => {
    const doc = extract(text);
    expect(doc.quotes.map((q) => [q.text, doc.text.slice(q.speaker!.start, q.speaker!.end)])).toEqual([
      [content, speaker],
    ]);
  });
  it.each(["But because of the vote, many villages suffer.", "The shelling went on, as it does."])(
    "reads nothing into: %s",
    (text) => expect(extract(text).quotes).toEqual([]),
  );
});

// A cue whose sentence ends on a comma (a paragraph cut after "said,", a feed that truncates) reads no
// further than the text: the stage must not fail on it.
describe("a sentence ending on a comma after the cue", () => {
  it.each([
    "He said,",
    "The minister said,\n\nWe will not leave the town.",
    "The minister said in Berlin,\n\n“We will not leave.”",
    "BERLIN (Reuters) - The minister said,",
  ])("is read without error: %j", (text) => {
    expect(() => extract(text)).not.toThrow();
  });
});
