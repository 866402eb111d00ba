import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createDocument } from "../../src/document/create.js";
import { extract } from "../../src/index.js";
import { STAGES } from "../../src/pipeline.js";
import type { SitrepDocument } from "../../src/document/schema.js";
import { overlaps } from "../../src/util/ranges.js";
import { readJsonl } from "../helpers.js";

/** Every span-carrying annotation of a document, with the field it came from. */
function spans(doc: SitrepDocument): { field: string; start: number; end: number; text?: string }[] {
  const out: { field: string; start: number; end: number; text?: string }[] = [];
  const add = (field: string, xs: readonly { start: number; end: number; text?: string }[]) => {
    for (const x of xs) out.push({ field, ...x });
  };
  add("sentences", doc.sentences);
  add("tokens", doc.tokens);
  add("boilerplate", doc.boilerplate);
  if (doc.dateline) add("dateline", [doc.dateline]);
  add("entities", doc.entities);
  add("times", doc.times);
  add("places", doc.places);
  add("casualties", doc.casualties);
  add("quotes", doc.quotes);
  for (const q of doc.quotes) {
    if (q.cue) add("quotes.cue", [q.cue]);
    if (q.speaker) add("quotes.speaker", [q.speaker]);
  }
  return out;
}

/** The broken invariants of one document, as readable lines (empty when all hold). */
function violations(doc: SitrepDocument): string[] {
  const bad: string[] = [];
  for (const s of spans(doc)) {
    if (s.start < 0 || s.end > doc.text.length || s.start > s.end)
      bad.push(`${doc.id}: ${s.field} [${s.start},${s.end}) out of bounds`);
    else if (s.text !== undefined && doc.text.slice(s.start, s.end) !== s.text)
      bad.push(`${doc.id}: ${s.field} text differs at ${s.start}`);
    if (s.field !== "boilerplate") {
      for (const b of doc.boilerplate)
        if (overlaps(s, b)) bad.push(`${doc.id}: ${s.field} inside boilerplate "${b.text}"`);
    }
  }
  return bad;
}

function checkInvariants(doc: SitrepDocument): void {
  expect(violations(doc)).toEqual([]);
}

describe("offsets round-trip on every GVA dev article", () => {
  const records = readJsonl<{ id: string; text: string; published: string }>("eval/casualties/dev.jsonl");
  it(`holds for all ${records.length} articles`, async () => {
    let boilerplate = 0;
    const bad: string[] = [];
    for (const [i, r] of records.entries()) {
      // Let the test worker answer vitest's RPC now and then: a minute of unbroken work trips its timeout.
      if (i % 50 === 49) await new Promise((done) => setImmediate(done));
      const doc = extract(r.text, { id: r.id, published: r.published });
      bad.push(...violations(doc));
      boilerplate += doc.boilerplate.length;
    }
    expect(bad.slice(0, 20)).toEqual([]);
    // The GVA pages carry real page furniture (captcha, share lines, copyright): it must be found.
    expect(boilerplate).toBeGreaterThan(200);
  });
});

describe("arbitrary text", () => {
  it("never breaks the offset invariants", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (s) => {
        checkInvariants(extract(s));
      }),
      { numRuns: 200 },
    );
  });
});

describe("hostile input finishes (bounded time per article, no catastrophic backtracking)", () => {
  // Not a timing test: each case would take minutes or hang with a backtracking regex.
  const cases: [string, string][] = [
    ["a 1 MB single line", "word, ".repeat(150_000) + "BEIRUT — ".repeat(20_000)],
    ["100k repeated short tokens", "killed 5 ".repeat(50_000)],
    ["thousands of unmatched quotes", '"He said “ '.repeat(5_000)],
    ["a dateline-like run of capitals", "A".repeat(50_000) + " — x"],
    ["boilerplate-like lines", "SEE ALSO: ".repeat(40_000) + "\n" + "©".repeat(100_000)],
  ];
  it.each(cases)("%s", async (_name, text) => {
    // Stage by stage, as extract() runs them, letting the test worker answer vitest's RPC in between: on a
    // loaded machine a minute of unbroken work trips its timeout and fails a run whose tests all passed.
    let doc = createDocument({ id: "hostile", text });
    for (const stage of STAGES) {
      await new Promise((done) => setImmediate(done));
      doc = stage.run(doc);
    }
    expect(doc.text).toBe(text);
    checkInvariants(doc);
  });
});
