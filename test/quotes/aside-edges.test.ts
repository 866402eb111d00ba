import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

// Edges of asides and phrases around a report (issue #7): a source set off by a dash, a hyphenated word before a
// short quote in a "said of" phrase, an adverb after the subject. Sentences invented for these tests.

/** [cue, content, speaker text or null] of every quote of a text */
function quotesOf(text: string): [string | undefined, string, string | null][] {
  const doc = extract(text);
  return doc.quotes.map((q) => [q.cue?.text, q.text, q.speaker ? text.slice(q.speaker.start, q.speaker.end) : null]);
}

describe("a source inside an aside closed by a spaced dash names the speaker; the content runs around the aside", () => {
  it.each([
    [
      "Most farmers, 70 percent, according to the study - still plant corn every spring.",
      "Most farmers, 70 percent, according to the study - still plant corn every spring",
      "the study",
    ],
    [
      "Many drivers - according to the report - still ignore the new speed limit.",
      "Many drivers - according to the report - still ignore the new speed limit",
      "the report",
    ],
  ])("%s", (text, content, speaker) => {
    expect(quotesOf(text)).toEqual([["according to", content, speaker]]);
  });
});

describe("a hyphenated word before a short scare quote is part of the phrase a quote was said of", () => {
  it.each([
    [
      "“It was a waste,” the senator said of the so-called “road to nowhere.”",
      "the senator",
      "“It was a waste,” the senator said of the so-called “road to nowhere.”",
    ],
    [
      "“It is unfair,” she said of the long-awaited “reform” bill.",
      "she",
      "“It is unfair,” she said of the long-awaited “reform” bill",
    ],
  ])("%s", (text, speaker, content) => {
    expect(quotesOf(text)).toEqual([["said", content, speaker]]);
  });
});

describe("an -ly adverb after the subject's noun is no part of the speaker; one inside the noun phrase is", () => {
  it.each([
    ["The governor sharply cut the budget, saying it was too large.", "The governor"],
    ["Ann Ruiz quickly sold the farm, saying it was too large.", "Ann Ruiz"],
    ["The newly elected governor sharply cut the budget, saying it was too large.", "The newly elected governor"],
    ["A highly placed aide quietly left the room, saying it was too large.", "A highly placed aide"],
  ])("%s", (text, speaker) => {
    expect(quotesOf(text)).toEqual([["saying", "it was too large", speaker]]);
  });
});
