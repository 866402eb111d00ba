import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { objectEnd } from "../../src/quotes/boundary.js";
import { insideQuote, type QuoteSpan } from "../../src/quotes/marks.js";
import type { Tok } from "../../src/quotes/tokens.js";
import { loadData } from "../../src/util/data.js";

// objectEnd finds its cuts once per sentence; this is the rule as it reads, a scan from the content's
// start, and the two must agree wherever the content starts and ends.
const lists = loadData<{ marks: string[]; contrasts: string[]; newClause: string[]; subjects: string[] }>(
  "quotes/boundaries.json",
);
const [MARKS, CONTRASTS, NEW_CLAUSE, SUBJECTS] = [lists.marks, lists.contrasts, lists.newClause, lists.subjects].map(
  (l) => new Set(l),
) as [Set<string>, Set<string>, Set<string>, Set<string>];
function scanEnd(toks: readonly Tok[], s: number, e: number, quotes: readonly QuoteSpan[]): number {
  for (let i = s + 1; i < e - 1; i++) {
    const t = toks[i]!;
    if (!MARKS.has(t.text) || insideQuote(quotes, t)) continue;
    const n = toks[i + 1]!;
    const m = toks[i + 2];
    if (CONTRASTS.has(n.lower)) return i;
    if (NEW_CLAUSE.has(n.lower) && SUBJECTS.has(m?.lower ?? "")) return i;
    // a name after ", and" only at the content's first unquoted comma ("Aleppo, Homs, and Idlib" is a list)
    if (t.text === "," && NEW_CLAUSE.has(n.lower) && m?.cap && !m.punct) {
      let first = true;
      for (let j = s; j < i; j++) if (toks[j]!.text === "," && !insideQuote(quotes, toks[j]!)) first = false;
      if (first) return i;
    }
  }
  return e;
}

const WORDS = [",", "—", "and", "but", "which", "he", "they", "Homs", "Dale", "the", "report", "said", "won", "“", "”"];
function toTokens(words: string[]): Tok[] {
  let at = 0;
  return words.map((w) => {
    const t = {
      start: at,
      end: at + w.length,
      text: w,
      lower: w.toLowerCase(),
      punct: !/\w/.test(w),
      cap: /^[A-Z]/.test(w),
    };
    at += w.length + 1;
    return t;
  });
}

describe("objectEnd", () => {
  it.each([
    ["the report , but he won", 0, 2],
    ["the report , and Dale won", 0, 2],
    ["Homs , Dale , and Homs won", 0, 7],
  ])("%j from %i ends at %i", (words, s, end) => {
    const toks = toTokens(words.split(" "));
    expect(objectEnd(toks, s, toks.length, [])).toBe(end);
  });

  it("cuts where a scan from the content's start cuts, for any start and end", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 40 }),
        fc.nat(),
        fc.nat(),
        fc.option(fc.tuple(fc.nat(), fc.nat())),
        (words, a, b, q) => {
          const toks = toTokens(words);
          const s = a % toks.length;
          const e = s + 1 + (b % (toks.length - s));
          const last = toks[toks.length - 1]!.end;
          const quotes: QuoteSpan[] = q ? [{ start: q[0] % last, end: (q[0] % last) + (q[1] % 30), closed: true }] : [];
          expect(objectEnd(toks, s, e, quotes)).toBe(scanEnd(toks, s, e, quotes));
        },
      ),
      { numRuns: 500 },
    );
  });
});
