import type { Range } from "../document/schema.js";
import { loadData } from "../util/data.js";
import { isQuoteTok, type Tok } from "./tokens.js";

let nouns: Set<string> | null = null;
let byNouns: Set<string> | null = null;

/** Possessives that hold a point of view of someone the article reports: not "my", "our" (a quote's own). */
const HOLDER = new Set(["his", "her", "their", "its"]);
const FINAL = new Set([".", "!", "?", ";"]);
/** the longest name before 's: "Professor Knittel's", "the Heritage Foundation's" */
const NAME_MAX = 4;

/**
 * "In Bolton's view, the deal is dead", "The harbour is safe only in her eyes", "By his own
 * account, the deal is dead": a point of view after "in" (or an account of one's own after "by") and its
 * possessor attributes the clause it is set off from to the possessor. The
 * content is the clause after the phrase when one follows its comma, else the clause before it.
 */
export function perspective(
  toks: readonly Tok[],
  inQuote: (t: Tok) => boolean,
): { content: Range; cue: Range; source: Range } | null {
  if (!nouns || !byNouns) {
    const data = loadData<{ perspective: { nouns: string[]; byNouns: string[] } }>("quotes/cues.json").perspective;
    nouns = new Set(data.nouns);
    byNouns = new Set(data.byNouns);
  }
  for (let i = 0; i + 2 < toks.length; i++) {
    const by = toks[i]!.lower === "by";
    if ((toks[i]!.lower !== "in" && !by) || inQuote(toks[i]!)) continue;
    // the possessor: "his", or a name ending in 's (or in ' after a final s)
    let n = i + 1;
    let holder: Range | null = null;
    if (HOLDER.has(toks[n]!.lower)) {
      holder = { start: toks[n]!.start, end: toks[n]!.end };
      n++;
    } else {
      let j = n;
      while (j < toks.length && j - n < NAME_MAX && toks[j]!.cap && !toks[j]!.punct) j++;
      const mark = toks[j];
      if (j > n && mark && /^(?:'s|’s|'|’)$/.test(mark.text)) {
        holder = { start: toks[n]!.start, end: toks[j - 1]!.end };
        n = j + 1;
      }
    }
    // "by her own admission": the word that stresses the possessor's own stance
    if (by && toks[n]?.lower === "own") n++;
    const noun = toks[n];
    if (!holder || !noun || !(by ? byNouns : nouns).has(noun.lower)) continue;
    // "in his view of the deal": a view of something is no point of view on the clause
    if (toks[n + 1] && /^(?:of|on|about)$/.test(toks[n + 1]!.lower)) continue;
    const content = clauseAround(toks, i, n + 1);
    if (!content) continue;
    return { content, cue: { start: toks[i]!.start, end: noun.end }, source: holder };
  }
  return null;
}

/** The clause the phrase from `a` to `b` (exclusive) is set off from, with at least three words. */
function clauseAround(toks: readonly Tok[], a: number, b: number): Range | null {
  let end = toks.length;
  while (end > 0 && (FINAL.has(toks[end - 1]!.text) || toks[end - 1]!.text === ",")) end--;
  let start = 0;
  while (start < a && toks[start]!.punct && !isQuoteTok(toks[start])) start++;
  // "In Bolton's view, X": the clause after the comma
  if (toks[b]?.text === "," && a === start) {
    const s = b + 1;
    let e = s;
    while (e < end && !FINAL.has(toks[e]!.text)) e++;
    return e - s >= 3 ? { start: toks[s]!.start, end: toks[e - 1]!.end } : null;
  }
  // "X, in his view, Y" or "X in his eyes": the sentence around the phrase
  if (end - start - (b - a) < 3) return null;
  return { start: toks[start]!.start, end: toks[end - 1]!.end };
}
