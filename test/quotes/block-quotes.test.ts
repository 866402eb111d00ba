import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

// Sentences written in wire style for these tests (no evaluation data is copied here).
// A reporting verb closing its paragraph on a colon sets off the next paragraph as a block quote, with
// or without quote marks.
describe("a paragraph after 'X added:' is the content", () => {
  const CASES: { text: string; cue: string; speaker: string; content: string }[] = [
    {
      text: "The mayor spoke to reporters on Monday.\n\nThe mayor added:\n\nIt is typical of the council. They know nothing, but they never stop talking.\n\nThe council did not reply.",
      cue: "added",
      speaker: "The mayor",
      content: "It is typical of the council. They know nothing, but they never stop talking",
    },
    {
      text: "In a speech last May, the senator said:\n\nLet nobody be fooled: this plan is a tax on farmers, and it must be stopped.\n\nOther news followed.",
      cue: "said",
      speaker: "the senator",
      content: "Let nobody be fooled: this plan is a tax on farmers, and it must be stopped",
    },
  ];
  it.each(CASES.map((c) => [c.text, c] as const))("%s", (_, c) => {
    const doc = extract(c.text);
    const q = doc.quotes.find((x) => x.cue?.text === c.cue);
    expect(q, JSON.stringify(doc.quotes.map((x) => [x.cue?.text, x.text]))).toBeDefined();
    expect(q!.text).toBe(c.content);
    expect(doc.text.slice(q!.speaker!.start!, q!.speaker!.end!)).toBe(c.speaker);
  });

  it("leaves a colon that no speaker's verb closes", () => {
    const doc = extract("The results were as follows:\n\nTen people came to the meeting and two left early.");
    expect(doc.quotes).toEqual([]);
  });
});
