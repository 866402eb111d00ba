/**
 * Finds and normalizes the time expressions of a document's sentences against an anchor day.
 * Parsers produce candidates sentence by sentence; refiners then clean the document's list.
 */
import type { Range, Time } from "../document/schema.js";
import { overlapsAny } from "../util/ranges.js";
import type { Day } from "./calendar.js";
import { futureCues, leanAt } from "./lean.js";
import { chronoDates } from "./parsers/chrono.js";
import { durations } from "./parsers/durations.js";
import { quarters } from "./parsers/quarters.js";
import { refs } from "./parsers/refs.js";
import { relative } from "./parsers/relative.js";
import { years } from "./parsers/years.js";
import { attachModifiers, resolveShifts, selectLongest } from "./refine.js";
import type { Candidate, Parser, SentenceContext } from "./types.js";

export const PARSERS: readonly Parser[] = [chronoDates, years, quarters, relative, refs, durations];

function parseSentence(s: SentenceContext): Candidate[] {
  const out: Candidate[] = [];
  for (const p of PARSERS) out.push(...p(s));
  return out;
}

const key = (c: Candidate) => `${c.start}:${c.end}:${c.rule}`;

/** Candidates of one sentence, each resolved in the direction its own position leans. */
export function sentenceCandidates(text: string, offset: number, anchor: Day): Candidate[] {
  const past = parseSentence({ text, offset, anchor, lean: "past" });
  const cues = futureCues(text);
  if (cues.length === 0) return past;
  const future = new Map(parseSentence({ text, offset, anchor, lean: "future" }).map((c) => [key(c), c]));
  return past.map((c) => (leanAt(cues, c.start - offset) === "future" ? (future.get(key(c)) ?? c) : c));
}

/** The times of a document: sentence text only, never boilerplate. */
export function extractTimes(text: string, sentences: readonly Range[], boilerplate: readonly Range[], anchor: Day): Time[] {
  let cands: Candidate[] = [];
  for (const s of sentences) {
    if (overlapsAny(s, boilerplate)) continue;
    cands.push(...sentenceCandidates(text.slice(s.start, s.end), s.start, anchor));
  }
  attachModifiers(text, cands);
  cands = resolveShifts(selectLongest(cands), anchor);
  return cands
    .filter((c) => c.value && c.end > c.start)
    .map((c) => ({ start: c.start, end: c.end, text: text.slice(c.start, c.end), value: c.value, grain: c.grain }));
}
