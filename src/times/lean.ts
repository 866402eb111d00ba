/**
 * Which way an expression leans: a marker of the future shortly before it ("will", "is expected to")
 * points ahead; otherwise the nearest date is meant, with the past preferred (resolve.ts). Past-tense
 * verbs are no cue: "extended to Nov. 20", "declared a dividend payable Dec. 15" look ahead.
 */
import { alternation, lexicon } from "./lexicon.js";
import { isPast } from "./tense.js";
import type { Lean } from "./types.js";

export interface Cue {
  start: number;
  end: number;
}

const BEFORE = 120;
const AFTER_DEED = /\b(?:after|since)\s+[a-z]{2,}ing\b/i;
const PAST_PLAN = /\b(?:had(?:\s+been)?|previously|originally)\s+$/i;
const GOING_TO_BE = /(?:\b(?:am|is|are|was|were|be|been|being|not)|['’](?:s|re|m))\s+$/i;
let re: RegExp | undefined;

/** The future markers of a sentence, with document offsets (`offset` = where the sentence starts). */
export function findCues(sentence: string, offset: number): Cue[] {
  re ??= new RegExp(`(?<![\\w'’])(?:${alternation(lexicon().lex.future_cues)})(?![\\w])`, "gi");
  re.lastIndex = 0;
  const cues: Cue[] = [];
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    // "next to the embassy" is a place; "where she arrived next," an order of events
    if (/^next$/i.test(m[0]) && /^(?:\s+to\b|\s*[,.;:])/i.test(sentence.slice(re.lastIndex))) continue;
    // "would have been": a past that did not happen; "would often meet": a habit of the past
    if (
      /^would$/i.test(m[0]) &&
      /^\s+(?:have|not\s+have|often|usually|always|never)\b/i.test(sentence.slice(re.lastIndex))
    )
      continue;
    // "drivers going to fetch their trucks Monday": without a form of "be" before it, "going to" is a walk
    if (/^going\s+to$/i.test(m[0]) && !GOING_TO_BE.test(sentence.slice(Math.max(0, m.index - 12), m.index))) continue;
    // "had been due to expire Friday", "as previously planned": a plan told in the past, its day maybe past too
    if (PAST_PLAN.test(sentence.slice(Math.max(0, m.index - 20), m.index))) continue;
    cues.push({ start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return cues;
}

/**
 * The lean of the expression at [start, end) of `text`, given its sentence's cues. A cue does not reach
 * into a clause told in the past tense after a comma ("they would challenge the ruling, handed down
 * Tuesday"). Reported speech ("would") looks ahead of the saying, not of the events it names: a time
 * that modifies a noun ("would get around Wednesday's ruling", "hoped she would help where the Aug. 7
 * blasts killed 257") names one already told ("will observe a silence before Saturday's games" does not).
 */
export function leanAt(cues: readonly Cue[], start: number, text?: string, end?: number): Lean {
  for (const c of cues) {
    if (!(c.end <= start + 1 && start - c.end <= BEFORE)) continue;
    if (text !== undefined) {
      const between = text.slice(c.end, start);
      const comma = between.lastIndexOf(",");
      if (comma >= 0 && isPast(between.slice(comma))) continue;
      // "would pay a price after killing 13 soldiers on May 6": the deed after "after" came first
      if (AFTER_DEED.test(between)) continue;
      const reported = /^would$/i.test(text.slice(c.start, c.end));
      if (reported && end !== undefined && /^['’]s\b/.test(text.slice(end, end + 3))) continue;
      if (
        reported &&
        end !== undefined &&
        /\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start)) &&
        /^\s+[a-z]{3,}/.test(text.slice(end, end + 12)) &&
        !/^\s+(?:and|or|to|through|until|at|in|on|of|for|when|with|by|was|were|is|are|will|would)\b/i.test(
          text.slice(end, end + 12),
        )
      )
        continue;
    }
    return "future";
  }
  return "neutral";
}
