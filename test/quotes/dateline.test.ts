import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

// Openings written for these tests in the styles of the wire services. The cleaner marks the dateline
// (src/clean/dateline.ts); a dateline names where the story was filed, never who spoke.
const CASES: [text: string, dateline: string, speaker: string][] = [
  ["BEIRUT, May 10 (AP) — Rebels said the town had fallen.", "BEIRUT, May 10 (AP) —", "Rebels"],
  ["Kabul (AFP) – The ministry said ten soldiers died.", "Kabul (AFP) –", "The ministry"],
  ["MOSUL, Iraq ― Soldiers said the bridge was cut.", "MOSUL, Iraq ―", "Soldiers"],
];

describe("a wire dateline is never the speaker", () => {
  it.each(CASES)("%s", (text, dateline, speaker) => {
    const doc = extract(text, { published: "2016-05-10" });
    expect(doc.dateline?.text).toBe(dateline);
    expect(doc.quotes).toHaveLength(1);
    const s = doc.quotes[0]!.speaker;
    expect(s && text.slice(s.start, s.end)).toBe(speaker);
  });
});
