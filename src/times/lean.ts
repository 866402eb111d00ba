/**
 * Which way an expression leans: a marker of the future shortly before it ("will", "is expected to")
 * points ahead; otherwise the nearest date is meant, with the past preferred (resolve.ts). Past-tense
 * verbs are no cue: "extended to Nov. 20", "declared a dividend payable Dec. 15" look ahead.
 */
import { alternation, lexicon } from "./lexicon.js";
import type { Lean } from "./types.js";

export interface Cue {
  start: number;
  end: number;
}

const BEFORE = 60;
const PAST_PLAN = /\b(?:had(?:\s+been)?|previously|originally)\s+$/i;
let re: RegExp | undefined;

/** The future markers of a sentence, with document offsets (`offset` = where the sentence starts). */
export function findCues(sentence: string, offset: number): Cue[] {
  re ??= new RegExp(`(?<![\\w'’])(?:${alternation(lexicon().lex.future_cues)})(?![\\w])`, "gi");
  re.lastIndex = 0;
  const cues: Cue[] = [];
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    // "next to the embassy" is a place
    if (/^next$/i.test(m[0]) && /^\s+to\b/i.test(sentence.slice(re.lastIndex))) continue;
    // "had been due to expire Friday", "as previously planned": a plan told in the past, its day maybe past too
    if (PAST_PLAN.test(sentence.slice(Math.max(0, m.index - 20), m.index))) continue;
    cues.push({ start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return cues;
}

/** The lean of an expression starting at `start`, given its sentence's cues. */
export function leanAt(cues: readonly Cue[], start: number): Lean {
  for (const c of cues) if (c.end <= start + 1 && start - c.end <= BEFORE) return "future";
  return "neutral";
}
