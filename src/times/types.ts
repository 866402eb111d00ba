import type { Time } from "../document/schema.js";
import type { Day } from "./calendar.js";

export type Grain = Time["grain"];

/** Which way an expression without its own year or direction leans (lean.ts); "neutral": the nearest. */
export type Lean = "past" | "neutral" | "future";

/** One sentence as the parsers see it: its text, where it starts in the document, the anchor day. */
export interface SentenceContext {
  text: string;
  offset: number;
  anchor: Day;
  lean: Lean;
}

/** A time expression a parser proposes; offsets are into the document. */
export interface Candidate {
  start: number;
  end: number;
  value: string;
  grain: Grain;
  /** the parser that proposed it, to let refiners prefer one over another */
  rule: string;
  /**
   * Set for an expression measured from the time under discussion ("a year earlier", "the previous
   * day"): the shift, applied by the discourse refiner to the latest time before it, else the anchor.
   */
  shift?: { unit: "Y" | "M" | "W" | "D"; n: number; weekday?: number };
  /** "the 1988 period": the period under discussion (the latest quarter named), in that year */
  inYear?: number;
  /** the matched words, kept for refiners that read them */
  text?: string;
}

export type Parser = (s: SentenceContext) => Candidate[];

/** Runs a global regex over a sentence and maps each match to a candidate (or none). */
export function scan(
  s: SentenceContext,
  re: RegExp,
  make: (m: RegExpExecArray) => (Omit<Candidate, "start" | "end"> & { lead?: number }) | null,
): Candidate[] {
  const out: Candidate[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const c = make(m);
    if (!c) continue;
    // `lead`: characters of the match that belong to the words around the time, not to it (negative:
    // words before the match that belong to the time)
    const { lead = 0, ...cand } = c;
    const start = m.index + lead;
    out.push({
      ...cand,
      start: s.offset + start,
      end: s.offset + m.index + m[0].length,
      text: s.text.slice(start, m.index + m[0].length),
    });
  }
  return out;
}
