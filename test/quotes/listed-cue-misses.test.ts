import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { expectAttribution as expectCase, type AttributionCase } from "../helpers.js";

// Sentences written for these tests (no evaluation data is copied here).
// Attributions whose cue the lexicons list but that the rules read as nothing (issue #7).
type Case = AttributionCase;

// A quote inside a participle phrase opening the sentence is that participle's object; the "that" after
// the main verb (and its addressee) opens what the main verb reports.
const OPENING_PHRASE_QUOTES: Case[] = [
  {
    text: "Citing “pressing family matters,” the governor’s press secretary told WKRN that she will skip the parade.",
    cue: "told",
    content: "that she will skip the parade",
    speaker: "the governor’s press secretary",
  },
  {
    text: "Citing “pressing family matters,” the governor’s press secretary told WKRN that she will skip the parade.",
    cue: "Citing",
    content: "“pressing family matters,”",
    speaker: "the governor’s press secretary",
  },
  {
    text: "Citing “a lack of funds,” the mayor said that the pool would stay shut.",
    cue: "said",
    content: "that the pool would stay shut",
    speaker: "the mayor",
  },
];

describe("a quote in an opening participle phrase is the participle's", () => {
  it.each(OPENING_PHRASE_QUOTES.map((c) => [`${c.cue}: ${c.text}`, c] as const))("%s", (_, c) => expectCase(c));
  it("a quote opening the sentence stays the content of the verb after it", () =>
    expectCase({
      text: "“We will rebuild,” the mayor told reporters that day.",
      cue: "told",
      content: "“We will rebuild,”",
      speaker: "the mayor",
    }));
});

// "and" between two names joins objects inside the content: the description after the comma, right
// before the verb, is the whole subject. After ", and" a name opens a clause and keeps its appositive.
const DESCRIPTION_AFTER_COMMA: Case[] = [
  {
    text: "The claim will be reviewed by inspectors at the EPA and the Interior Department, a former official said.",
    cue: "said",
    content: "The claim will be reviewed by inspectors at the EPA and the Interior Department",
    speaker: "a former official",
  },
  {
    text: "Budgets are drafted by staff at the Treasury and the Commerce Department, the senior official said.",
    cue: "said",
    content: "Budgets are drafted by staff at the Treasury and the Commerce Department",
    speaker: "the senior official",
  },
];

describe("a description after a name joined by 'and' is the subject", () => {
  it.each(DESCRIPTION_AFTER_COMMA.map((c) => [c.text, c] as const))("%s", (_, c) => expectCase(c));
  it("a name after ', and' keeps its appositive", () =>
    expectCase({
      text: "The bridge is safe, and Ada Brennan, the port director said it would reopen.",
      cue: "said",
      content: "it would reopen",
      speaker: "Ada Brennan",
    }));
});

// The verb of a comparison's "as" reports the clause before it; what follows the verb, however long, is
// when, where or how it was said, unless it has a "that", a quote or a subject of its own.
const COMPARISON_CIRCUMSTANCE: Case[] = [
  {
    text: "The levy is a relic, as the host said in April while promoting his new documentary film about the long history of taxes.",
    cue: "said",
    content: "The levy is a relic",
    speaker: "the host",
  },
  {
    text: "The plan is “a giveaway to the rich,” as the senator said on Monday while touring a steel plant.",
    cue: "said",
    content: "The plan is “a giveaway to the rich,”",
    speaker: "the senator",
  },
];

describe("what follows the verb of an 'as' comparison is its circumstance", () => {
  it.each(COMPARISON_CIRCUMSTANCE.map((c) => [c.text, c] as const))("%s", (_, c) => expectCase(c));
  it("a time counted from the saying is no content of its own", () => {
    const doc = extract("The fund ran dry, as the Gazette reported a few days later.");
    expect(doc.quotes.map((q) => q.text)).not.toContain("a few days later");
  });
  it("a clause with its own subject after the verb is still its complement", () =>
    expectCase({
      text: "The crowd cheered, as the mayor said he would rebuild the bridge.",
      cue: "said",
      content: "he would rebuild the bridge",
      speaker: "the mayor",
    }));
});

// A quote closing just before a sentence that opens on its speaker and verb is that verb's content when a
// subordinate clause (the time or cause of the saying) follows the verb, however long.
const SUBORDINATE_AFTER_VERB: Case[] = [
  {
    text: "“Is it Tuesday? Wednesday?” the mayor asks as a plumber in blue overalls walks slowly across the back of the stage.",
    cue: "asks",
    content: "“Is it Tuesday? Wednesday?”",
    speaker: "the mayor",
  },
  {
    text: "“Too slick?” She tweeted when the governor closed a long televised debate with a joke about the weather in the valley.",
    cue: "tweeted",
    content: "“Too slick?”",
    speaker: "She",
  },
];

describe("a subordinate clause after the verb leaves it the quote before", () => {
  it.each(SUBORDINATE_AFTER_VERB.map((c) => [c.text, c] as const))("%s", (_, c) => expectCase(c));
});

// "by" after a study or a message names its author: the study heads the speaker phrase.
const AUTHORED_SOURCE: Case[] = [
  {
    text: "Farmers lose a fifth of their crop to frost, a study by the Valley Growers Institute found.",
    cue: "found",
    content: "Farmers lose a fifth of their crop to frost",
    speaker: "a study by the Valley Growers Institute",
  },
  {
    text: "The ferry will not run on Sunday, a statement by the harbor board said.",
    cue: "said",
    content: "The ferry will not run on Sunday",
    speaker: "a statement by the harbor board",
  },
];

describe("a study by its author is the source", () => {
  it.each(AUTHORED_SOURCE.map((c) => [c.text, c] as const))("%s", (_, c) => expectCase(c));
});

// "what", "everything" heading a relative clause with no relative pronoun stand for the cue's missing
// object: they are the content and the clause's subject the source, when a verb (not a preposition, not a
// cue) governs them.
const FREE_RELATIVE_OBJECT: Case[] = [
  {
    text: "The farmers got everything the council wanted.",
    cue: "wanted",
    content: "everything",
    speaker: "the council",
  },
  { text: "That was what the harbor master said.", cue: "said", content: "what", speaker: "the harbor master" },
];

describe("a free relative is the object of the cue inside it", () => {
  it.each(FREE_RELATIVE_OBJECT.map((c) => [c.text, c] as const))("%s", (_, c) => expectCase(c));
  it("after a preposition the free relative is no content", () => {
    const doc = extract("Despite what the mayor wrote, the bridge closed.");
    expect(doc.quotes.map((q) => q.text)).not.toContain("what");
  });
});
