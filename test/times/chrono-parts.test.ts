import { describe, expect, it } from "vitest";
import { chronoDates } from "../../src/times/parsers/chrono.js";

describe("chrono over a long text", () => {
  it("finds every date at its own offset when the text is read in parts", () => {
    // some 1,600 dated sentences: well past the length read whole, so the text is cut into parts
    const lines = Array.from(
      { length: 1600 },
      (_, i) =>
        `Report ${i}: gunmen killed ${(i % 9) + 2} people on ${i % 2 ? "Sunday, May 8" : "May 5"} near the market.`,
    );
    const text = lines.join(" ");
    const sentences: { start: number; end: number }[] = [];
    let at = 0;
    for (const l of lines) {
      sentences.push({ start: at, end: at + l.length });
      at += l.length + 1;
    }
    expect(text.length).toBeGreaterThan(100_000);
    const found = chronoDates(text, sentences, { y: 2016, m: 5, d: 10 }, () => "neutral");
    expect(found.length).toBe(lines.length);
    found.forEach((c, i) => {
      expect(text.slice(c.start, c.end)).toBe(i % 2 ? "Sunday, May 8" : "May 5");
      expect(c.value).toBe(i % 2 ? "2016-05-08" : "2016-05-05");
    });
  });
});
