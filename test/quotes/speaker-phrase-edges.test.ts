import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

// The edges of a speaker phrase: an adjective with its "to" inside it, a quote right after it with no comma, a
// quoted word in a "said of" phrase. Sentences invented for these tests.

/** [cue, content, speaker text or null] of every quote of a text */
function quotesOf(text: string): [string | undefined, string, string | null][] {
  const doc = extract(text);
  return doc.quotes.map((q) => [q.cue?.text, q.text, q.speaker ? text.slice(q.speaker.start, q.speaker.end) : null]);
}

describe("an adjective taking 'to' after a plural speaker noun modifies it", () => {
  it.each([
    ["Lawmakers hostile to the plan said it would fail.", "Lawmakers hostile to the plan", "it would fail"],
    ["Farmers friendly to the measure said it would pass.", "Farmers friendly to the measure", "it would pass"],
  ])("%s", (text, speaker, content) => {
    expect(quotesOf(text)).toEqual([["said", content, speaker]]);
  });
});

describe("an inverted speaker with no comma before the quote's second part", () => {
  it.each([
    ["“We will rebuild,” said the mayor “and we will do it this year.”", "the mayor"],
    ["The storm passed. “The road is open,” said Ann Ruiz “but the bridge is not.”", "Ann Ruiz"],
  ])("%s", (text, speaker) => {
    const qs = quotesOf(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]![0]).toBe("said");
    expect(qs[0]![2]).toBe(speaker);
    // both parts of the quote are the content
    expect(qs[0]![1].startsWith("“")).toBe(true);
    expect(qs[0]![1].endsWith("”")).toBe(true);
  });
});

describe("a quoted word inside the phrase a quote was said of is part of that phrase", () => {
  it.each([
    [
      "“It is a disgrace,” the mayor said of the “reform” vote.",
      "the mayor",
      "“It is a disgrace,” the mayor said of the “reform” vote",
    ],
    [
      "“She changed the party,” he said of the “Iron Lady” years.",
      "he",
      "“She changed the party,” he said of the “Iron Lady” years",
    ],
    [
      "“It was a fine year,” the coach said of the “Lucky” season. The team lost.",
      "the coach",
      "“It was a fine year,” the coach said of the “Lucky” season",
    ],
  ])("%s", (text, speaker, content) => {
    expect(quotesOf(text)).toEqual([["said", content, speaker]]);
  });
});
