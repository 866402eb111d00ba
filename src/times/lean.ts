/**
 * Which way an expression leans: news reports the past, so "Friday" or "In April" is the latest one,
 * unless a marker of the future (will, is expected to, plans to...) comes shortly before it.
 */
import { alternation, lexicon } from "./lexicon.js";
import type { Lean } from "./types.js";

let cueRe: RegExp | undefined;
const WINDOW = 60;

function cues(): RegExp {
  return (cueRe ??= new RegExp(`(?:^|[^\\w'’])(?:${alternation(lexicon().lex.future_cues)})(?![\\w])`, "gi"));
}

/** End offsets (in the sentence) of the future markers it holds; empty for most sentences. */
export function futureCues(sentence: string): number[] {
  const re = cues();
  re.lastIndex = 0;
  const ends: number[] = [];
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) ends.push(m.index + m[0].length);
  return ends;
}

/** The lean at offset `at` of a sentence, given its future markers. */
export function leanAt(cueEnds: readonly number[], at: number): Lean {
  for (const e of cueEnds) if (e <= at + 1 && at - e <= WINDOW) return "future";
  return "past";
}
