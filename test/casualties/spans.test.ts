import { describe, expect, it } from "vitest";
import { Document } from "../../src/document/schema.js";
import { extract } from "../../src/index.js";
import { readJsonl } from "../helpers.js";

interface Rec {
  text: string;
  title: string;
  published: string;
}

describe("casualties and events on real reports", () => {
  const docs = readJsonl<Rec>("eval/casualties/dev.jsonl")
    .slice(0, 60)
    .map((r) => extract(r.text, { published: r.published, title: r.title }));

  it("keeps every casualty span exact, inside a body sentence and outside boilerplate", () => {
    for (const d of docs)
      for (const c of d.casualties) {
        expect(d.text.slice(c.start, c.end)).toBe(c.text);
        expect(d.boilerplate.some((b) => c.start < b.end && b.start < c.end)).toBe(false);
        expect(d.sentences.some((s) => s.start <= c.start && c.end <= s.end)).toBe(true);
      }
  });

  it("gives every event a count range with low <= best <= high and evidence inside the text", () => {
    for (const d of docs)
      for (const e of d.events) {
        for (const n of [e.fatalities, e.injured]) {
          if (!n) continue;
          if (n.low !== null && n.best !== null) expect(n.low).toBeLessThanOrEqual(n.best);
          if (n.best !== null && n.high !== null) expect(n.best).toBeLessThanOrEqual(n.high);
        }
        for (const r of e.evidence) expect(r.end).toBeLessThanOrEqual(d.text.length);
      }
  });

  it("produces documents the published schema accepts", () => {
    for (const d of docs) expect(Document.safeParse(d).success).toBe(true);
  });
});
