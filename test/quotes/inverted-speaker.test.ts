import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

// Sentences written in wire style for these tests (no evaluation data is copied here).
// An inverted speaker may open with lowercase words describing the name it ends in; the quote the
// attribution interrupts runs on past it.
const CASES: { text: string; speaker: string; content: string }[] = [
  {
    text: "“The road will stay open,” said pollster Frank Luntz. “Nobody wants another siege.”",
    speaker: "pollster Frank Luntz",
    content: "“The road will stay open,” said pollster Frank Luntz. “Nobody wants another siege.”",
  },
  {
    text: "“We will hold the line,” said retired Army Lt. Gen. John Allen, who led the coalition.",
    speaker: "retired Army Lt. Gen. John Allen",
    content: "“We will hold the line,”",
  },
  {
    text: "“The town has fallen,” said local commander Abu Ahmed.",
    speaker: "local commander Abu Ahmed",
    content: "“The town has fallen,”",
  },
];

describe("an inverted speaker described in lowercase before the name", () => {
  it.each(CASES)("$text", ({ text, speaker, content }) => {
    const q = extract(text, { published: "2016-05-10" }).quotes.find((x) => x.cue?.text === "said");
    expect(q?.speaker ? text.slice(q.speaker.start, q.speaker.end) : null).toBe(speaker);
    expect(q?.text).toBe(content);
  });
});
