import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { overlaps } from "../../src/util/ranges.js";
import { readJsonl } from "../helpers.js";

const records = readJsonl<{ id: string; text: string; url?: string }>("eval/geo/dev.jsonl").slice(0, 60);

describe("places on real news articles", () => {
  it("quote the text exactly, stay out of boilerplate and carry coherent fields", () => {
    for (const r of records) {
      const doc = extract(r.text, { id: r.id, url: r.url ?? null });
      for (const p of doc.places) {
        expect(r.text.slice(p.start, p.end)).toBe(p.text);
        for (const b of doc.boilerplate) expect(overlaps(p, b)).toBe(false);
        if (p.country !== null) expect(p.country).toMatch(/^[A-Z]{2}$/);
        if (p.lat !== null) {
          expect(Math.abs(p.lat)).toBeLessThanOrEqual(90);
          expect(Math.abs(p.lon!)).toBeLessThanOrEqual(180);
          expect([1, 2, 3]).toContain(p.precision);
        }
        if (p.anchor) expect(p.precision).not.toBe(1);
        if (p.role === "dateline") expect(doc.dateline && overlaps(p, doc.dateline)).toBe(true);
      }
    }
  }, 60_000);
});
