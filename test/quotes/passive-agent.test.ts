import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

// Sentences written for these tests (no evaluation data is copied here).
// A passive with its agent ("rebuked by opponents for ...", "mocked by the press and fans as ..."):
// what the subject is blamed for or taken as is said of it too, and the agent ends where that reason opens.
describe("a passive's agent and the reason after it", () => {
  it.each([
    {
      text: "The senator has been scolded by neighbours for his plan to fence the common.",
      cue: "scolded",
      content: "The senator has been scolded by neighbours for his plan to fence the common",
      speaker: "neighbours",
    },
    {
      text: "Lopez was quickly dismissed by the press and rivals as an amateur.",
      cue: "dismissed",
      content: "Lopez was quickly dismissed by the press and rivals as an amateur",
      speaker: "the press",
    },
    {
      text: "He was criticized by the Department of Justice for his remarks.",
      cue: "criticized",
      content: "He was criticized by the Department of Justice for his remarks",
      speaker: "the Department of Justice",
    },
    // a second verb after "and" is no second agent
    {
      text: "The bill was backed by Democrats and opposed by Republicans.",
      cue: "backed",
      content: "The bill",
      speaker: "Democrats",
    },
  ])("$text", (c) => {
    const doc = extract(c.text);
    const q = doc.quotes.find((x) => x.cue?.text === c.cue);
    expect(q, JSON.stringify(doc.quotes.map((x) => [x.cue?.text, x.text]))).toBeDefined();
    expect(q!.text).toBe(c.content);
    expect(doc.text.slice(q!.speaker!.start, q!.speaker!.end)).toBe(c.speaker);
  });
});
