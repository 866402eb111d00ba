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

describe("a description with a place or count after it, then an aside, before the cue", () => {
  it.each([
    ["The teacher from Kyiv, a volunteer, said the school was shelled.", "The teacher from Kyiv"],
    ["The mother of two, a nurse, said the bridge had been destroyed.", "The mother of two"],
    [
      "One driver from the convoy, who gave only his first name, said the road was mined.",
      "One driver from the convoy",
    ],
  ])("%s", (text, speaker) => {
    const qs = quotesOf(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]![0]).toBe("said");
    expect(qs[0]![2]).toBe(speaker);
  });
  it("a phrase inside an opening adverbial stays no subject", () => {
    expect(quotesOf("At a depot near Kharkiv, the driver, a volunteer, said the road was mined.")).toEqual([
      ["said", "the road was mined", "the driver"],
    ]);
  });
});

describe("a time phrase opening the sentence with no comma before its subject", () => {
  it.each([
    ["Two days later the mayor reversed herself and said the bridge would reopen.", "the mayor"],
    ["A week ago the brigade pulled back and said the road was mined.", "the brigade"],
    ["Last month the governor toured the front and said the shelling had eased.", "the governor"],
  ])("%s", (text, speaker) => {
    const said = quotesOf(text).find((q) => q[0] === "said");
    expect(said?.[2]).toBe(speaker);
  });
});

describe("a subject pronoun coordinated before the speaker phrase of a cue closing the sentence", () => {
  it("joins the phrase, so the clause before the comma is what was said", () => {
    expect(quotesOf("The convoy turned back at the river, she and another driver said.")).toEqual([
      ["said", "The convoy turned back at the river", "another driver"],
    ]);
  });
});

describe("a sentence opening on the cue, with a 'who' clause about the speaker before the quote", () => {
  it("reports the quote after the clause", () => {
    const qs = quotesOf("Said Olena Kovalenko, who grew up in the village, “We will rebuild the school.”");
    expect(qs).toHaveLength(1);
    expect(qs[0]![1]).toBe("“We will rebuild the school.”");
    expect(qs[0]![2]).toContain("Olena Kovalenko");
  });
});

describe("an inverted speaker's bare title run joined by an office's 'of' or by 'and'", () => {
  it.each([
    ["“Welcome to the harvest fair,” said master of ceremonies Dana Whitlock.", "Dana Whitlock"],
    [
      "The mill will close in March, said lobbyist and former senator Ray Collins, a friend of the owner.",
      "Ray Collins",
    ],
  ])("%s", (text, name) => {
    const qs = quotesOf(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]![0]).toBe("said");
    expect(qs[0]![2]).toContain(name);
  });
});

describe("an inverted speaker whose noun ends in -ing or -ed after its determiner", () => {
  it.each([
    ["“A county cannot redraw its map in secret,” said the ruling.", "the ruling"],
    ["The county must redraw its map by June, said the ruling, which the judge signed on Friday.", "the ruling"],
  ])("%s", (text, speaker) => {
    const qs = quotesOf(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]![0]).toBe("said");
    expect(qs[0]![2]).toBe(speaker);
  });
});
