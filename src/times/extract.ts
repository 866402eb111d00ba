/**
 * Finds and normalizes the time expressions of a document's sentences against an anchor day.
 * Parsers produce candidates; refiners then clean the document's list.
 */
import type { Range, Time } from "../document/schema.js";
import { indexAt, overlapsAny } from "../util/ranges.js";
import type { Day } from "./calendar.js";
import { type Cue, findCues, leanAt } from "./lean.js";
import { chronoDates } from "./parsers/chrono.js";
import { dayRanges } from "./parsers/day-ranges.js";
import { durations } from "./parsers/durations.js";
import { holidays } from "./parsers/holidays.js";
import { quarters } from "./parsers/quarters.js";
import { refs } from "./parsers/refs.js";
import { relative } from "./parsers/relative.js";
import { years } from "./parsers/years.js";
import {
  attachModifiers,
  daysFromDay,
  dropRefBeforeTime,
  resolveShifts,
  seasonOfYear,
  selectLongest,
  weekOf,
} from "./refine.js";
import type { Candidate, Lean, Parser } from "./types.js";

/** The sentence-level parsers (chrono runs once per document). */
export const PARSERS: readonly Parser[] = [dayRanges, years, quarters, relative, refs, durations, holidays];

/** Parsers that never read `lean`: a sentence leaning one way runs only the others again. */
export const LEAN_FREE: ReadonlySet<Parser> = new Set([years, refs, durations]);

const key = (c: Candidate) => `${c.start}:${c.end}:${c.rule}`;

/** Candidates of one sentence, each resolved in the direction its own position leans. */
function sentenceCandidates(
  doc: string,
  text: string,
  offset: number,
  anchor: Day,
  cuesOf: () => readonly Cue[],
): Candidate[] {
  const byParser = PARSERS.map((p) => p({ text, offset, anchor, lean: "neutral" }));
  const neutral = byParser.flat();
  if (neutral.length === 0) return neutral;
  const cues = cuesOf();
  if (cues.length === 0) return neutral;
  // what the parsers propose when the sentence leans that way, in the order they propose it
  const run = (lean: Lean) =>
    PARSERS.flatMap((p, i) => (LEAN_FREE.has(p) ? byParser[i]! : p({ text, offset, anchor, lean })));
  const other = new Map<Lean, Map<string, Candidate>>();
  return neutral.map((c) => {
    const lean = leanAt(cues, c.start, doc, c.end);
    if (lean === "neutral") return c;
    let m = other.get(lean);
    if (!m) other.set(lean, (m = new Map(run(lean).map((x) => [key(x), x]))));
    return m.get(key(c)) ?? c;
  });
}

/** The times of a document: sentence text only, never boilerplate. */
export function extractTimes(
  text: string,
  sentences: readonly Range[],
  boilerplate: readonly Range[],
  anchor: Day,
): Time[] {
  const body = sentences.filter((s) => !overlapsAny(s, boilerplate));
  // most sentences hold no time: their future markers are looked for only when one is asked about
  const cues: (Cue[] | undefined)[] = [];
  const cuesOf = (i: number) => (cues[i] ??= findCues(text.slice(body[i]!.start, body[i]!.end), body[i]!.start));
  let cands: Candidate[] = [];
  body.forEach((s, i) =>
    cands.push(...sentenceCandidates(text, text.slice(s.start, s.end), s.start, anchor, () => cuesOf(i))),
  );
  const cueAt = (at: number) => {
    const i = indexAt(body, at);
    return i >= 0 ? cuesOf(i) : [];
  };
  // a wire dateline's date ("HAVANA, August 7 (Xinhua) --") is kept: TimeML marks it like any date
  cands.push(...chronoDates(text, body, anchor, (at, end) => leanAt(cueAt(at), at, text, end)));
  attachModifiers(text, cands);
  weekOf(text, cands);
  daysFromDay(text, cands);
  cands = resolveShifts(dropRefBeforeTime(text, selectLongest(seasonOfYear(text, cands))), anchor);
  return cands
    .filter((c) => c.value && c.end > c.start)
    .map((c) => ({
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      value: c.value,
      grain: c.grain,
    }));
}
