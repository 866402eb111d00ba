import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

// Sentences written for these tests (no evaluation data is copied here).
// A cue word read both as a verb and as a noun with its preposition gave two attributions of one
// content (issue #7): the reading whose cue takes in the preposition stays, alone.
const NOUN_READINGS = [
  {
    text: "Keel's full embrace of the water plan is important since drought will dominate the session next month.",
    content: "the water plan",
  },
  {
    text: "Her quiet embrace of a higher fuel levy at last week's forum in Dover drew jeers from the farmers.",
    content: "a higher fuel levy",
  },
];

describe("one attribution per cue and content", () => {
  it.each(NOUN_READINGS.map((c) => [c.text, c] as const))("%s", (_, c) => {
    const doc = extract(c.text);
    const onEmbrace = doc.quotes.filter((q) => q.cue && /embrace/.test(q.cue.text));
    expect(onEmbrace.map((q) => [q.cue!.text, q.text])).toHaveLength(1);
    expect(onEmbrace[0]!.cue!.text).toBe("embrace of");
    expect(onEmbrace[0]!.text.startsWith(c.content)).toBe(true);
  });

  it("one cue reporting a quote before it and one after keeps both", () => {
    const doc = extract("“The dam is safe,” Ortiz said, “and the valley will stay dry all winter.”");
    expect(doc.quotes.length).toBeGreaterThanOrEqual(1);
    expect(doc.quotes.every((q) => q.cue?.text === "said")).toBe(true);
  });
});

// "saying" right before a quote that closes its clause introduces that quote, whatever the cue model
// makes of the words around it (issue #7).
describe("a participle of 'say' before a closing quote", () => {
  it("a sign saying “...” reports the sign's words", () => {
    const text =
      'Crowds waved banners and chanted "Stop the dam."\n\nMaria Lopez held up a sign saying "Farmers Against the Dam - Because We Have Seen This Before."';
    const q = extract(text).quotes.find((x) => x.cue?.text === "saying");
    expect(q?.text).toBe('"Farmers Against the Dam - Because We Have Seen This Before."');
    expect(text.slice(q!.speaker!.start, q!.speaker!.end)).toBe("a sign");
  });
});
