import { loadData } from "../util/data.js";
import type { QuoteSpan } from "./marks.js";
import type { Tok } from "./tokens.js";

interface BoundaryFile {
  contrasts: string[];
  newClause: string[];
  subjects: string[];
  marks: string[];
}

let sets: { contrasts: Set<string>; newClause: Set<string>; subjects: Set<string>; marks: Set<string> } | null = null;
function words() {
  if (sets) return sets;
  const f = loadData<BoundaryFile>("quotes/boundaries.json");
  sets = {
    contrasts: new Set(f.contrasts),
    newClause: new Set(f.newClause),
    subjects: new Set(f.subjects),
    marks: new Set(f.marks),
  };
  return sets;
}

function quoted(quotes: readonly QuoteSpan[], t: Tok): boolean {
  for (const q of quotes) if (q.start < t.start && t.end < q.end) return true;
  return false;
}

/**
 * The end (exclusive token index) of an object content read from s to e: "called out his rival for
 * alienating Hispanics, which he believes will ..." stops before the relative clause, "stopped the
 * practice, but Cook did not say when" before the contrast, "a propaganda victory, and now they could"
 * before the new clause. Quoted words are never cut.
 */
export function objectEnd(toks: readonly Tok[], s: number, e: number, quotes: readonly QuoteSpan[]): number {
  const w = words();
  for (let i = s + 1; i < e - 1; i++) {
    const t = toks[i]!;
    if (!w.marks.has(t.text) || quoted(quotes, t)) continue;
    const n = toks[i + 1]!;
    const cut = w.contrasts.has(n.lower) || (w.newClause.has(n.lower) && w.subjects.has(toks[i + 2]?.lower ?? ""));
    if (cut) return i;
  }
  return e;
}
