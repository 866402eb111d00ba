import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

// Sentences written for these tests (no evaluation data is copied here).
// A quote that opens in lowercase goes on with the writer's words before it in its sentence: the content
// is the whole sentence (mixed quotation), unless those words hold a cue of their own.
describe("a mixed quotation is reported whole", () => {
  it.each([
    {
      text: "The vote came late. That makes him a leader to whom the miners can “bring their anger about the closed pits,” she said.",
      cue: "said",
      content: "That makes him a leader to whom the miners can “bring their anger about the closed pits,”",
    },
    {
      text: "If they plant one false story, the smugglers are “throwing away the trust they built for years,” he added.",
      cue: "added",
      content: "If they plant one false story, the smugglers are “throwing away the trust they built for years,”",
    },
    // the words before hold a cue of their own, whose attribution the quote is
    { text: "Olsen called it “a farce,” she said.", cue: "said", content: "“a farce,”" },
    // a quote opening in capitals, or set off by a dash, stands alone
    {
      text: "The river is rising. “It is faster than ever,” she said.",
      cue: "said",
      content: "“It is faster than ever,”",
    },
  ])("$text", (c) => {
    const doc = extract(c.text);
    const q = doc.quotes.find((x) => x.cue?.text === c.cue);
    expect(q, JSON.stringify(doc.quotes.map((x) => [x.cue?.text, x.text]))).toBeDefined();
    expect(q!.text).toBe(c.content);
  });
});
