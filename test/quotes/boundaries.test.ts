import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { objectEnd } from "../../src/quotes/boundary.js";
import { sentenceTokens } from "../../src/quotes/tokens.js";

// Sentences written in wire style for these tests (no evaluation data is copied here).
// An object content (the noun phrase after an np cue) ends where the sentence goes on in a clause of its own.
const CASES: { text: string; cue: string; content: string }[] = [
  // a contrast after a comma
  {
    text: "The governor condemned the shelling of the market, but the army did not say who fired.",
    cue: "condemned",
    content: "the shelling of the market",
  },
  // a non-restrictive relative clause, here with a cue of its own
  {
    text: "The minister criticized the rebels for the attack, which he believes will end the talks.",
    cue: "criticized",
    content: "the rebels for the attack",
  },
  // "and" before a new subject
  {
    text: "The mayor praised the rescue teams, and they returned to the ruins at dawn.",
    cue: "praised",
    content: "the rescue teams",
  },
  // "and" before a name opening a clause of its own
  {
    text: "The colonel later recanted the claim, and Reuters published his letter in full.",
    cue: "recanted",
    content: "the claim",
  },
  // a dash before the contrast
  {
    text: "The envoy welcomed the ceasefire — but the shelling resumed within hours.",
    cue: "welcomed",
    content: "the ceasefire",
  },
];

// ...while a list, a restrictive clause, a that-clause and quoted words run on.
const KEPT: { text: string; cue: string; content: string }[] = [
  {
    text: "The council condemned attacks on Aleppo, Homs, and Idlib.",
    cue: "condemned",
    content: "attacks on Aleppo, Homs, and Idlib",
  },
  {
    text: "The minister criticized the commanders who ordered the retreat.",
    cue: "criticized",
    content: "the commanders who ordered the retreat",
  },
  {
    text: "The army said that the town had fallen, but that the road stayed open.",
    cue: "said",
    content: "that the town had fallen, but that the road stayed open",
  },
];

describe("where an object content ends", () => {
  it.each(CASES.map((c) => [c.text, c] as const))("%s", (_, c) => {
    const doc = extract(c.text);
    const q = doc.quotes.find((x) => x.cue?.text === c.cue);
    expect(q, JSON.stringify(doc.quotes.map((x) => [x.cue?.text, x.text]))).toBeDefined();
    expect(q!.text).toBe(c.content);
  });

  it.each(KEPT.map((c) => [c.text, c] as const))("runs on: %s", (_, c) => {
    const doc = extract(c.text);
    const q = doc.quotes.find((x) => x.cue?.text === c.cue);
    expect(q, JSON.stringify(doc.quotes.map((x) => [x.cue?.text, x.text]))).toBeDefined();
    expect(q!.text).toBe(c.content);
  });

  it("never cuts inside quoted words", () => {
    const text = "The general praised “the brave men, but also the women” of the brigade.";
    const doc = extract(text);
    const toks = sentenceTokens(doc)[0]!;
    const s = toks.findIndex((t) => t.text === "“");
    const quotes = [{ start: text.indexOf("“"), end: text.indexOf("”") + 1, closed: true }];
    expect(objectEnd(toks, s, toks.length - 1, quotes)).toBe(toks.length - 1);
    expect(objectEnd(toks, s, toks.length - 1, [])).toBe(toks.findIndex((t) => t.text === ","));
  });
});
