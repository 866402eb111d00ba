/**
 * The date of an event, for the events stage: the time expression of the event's own clause or
 * sentence, else the publication date, with ACLED time precision (1 the day, 2 a range within a week
 * or so, 3 a month or coarser).
 */
import type { Range, SitrepDocument, Time } from "../document/schema.js";
import { parseDay, toUtc } from "./calendar.js";

export interface EventDate {
  value: string;
  precision: 1 | 2 | 3;
}

const MS_DAY = 864e5;

/** ACLED time precision of a normalized value; null when it is no calendar time (a duration, "now"). */
export function timePrecision(value: string): 1 | 2 | 3 | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 1;
  if (/^\d{4}-W\d{2}$/.test(value)) return 2;
  const m = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(value);
  if (m) {
    const days = (toUtc(parseDay(m[2])!) - toUtc(parseDay(m[1])!)) / MS_DAY;
    return days <= 0 ? 1 : days <= 10 ? 2 : 3;
  }
  if (/^\d{4}(?:-\d{2})?(?:\/\d{4}(?:-\d{2})?)?$/.test(value)) return 3;
  return null;
}

/** Distance in characters from a time to a range (0 when inside it). */
function gap(t: Range, r: Range): number {
  if (t.end <= r.start) return r.start - t.end;
  if (t.start >= r.end) return t.start - r.end;
  return 0;
}

/**
 * `range` is the event's evidence (a clause or a sentence). The time inside it, else the nearest
 * in its sentence, gives the date; else the publication date at precision 2: the story did not say the
 * day, and it tells of the days before it.
 */
export function eventDate(doc: SitrepDocument, range: Range): EventDate | null {
  const sentence = doc.sentences.find((s) => s.start <= range.start && range.start < s.end) ?? range;
  const scope: Range = {
    start: Math.min(sentence.start, range.start),
    end: Math.max(sentence.end, range.end),
  };
  let best: { t: Time; p: 1 | 2 | 3; d: number } | null = null;
  for (const t of doc.times) {
    if (t.start < scope.start || t.end > scope.end) continue;
    const p = timePrecision(t.value);
    if (p === null) continue;
    const d = gap(t, range);
    // inside the evidence beats the rest of the sentence; then the nearer, then the finer
    if (!best || d < best.d || (d === best.d && p < best.p)) best = { t, p, d };
  }
  if (best) return { value: best.t.value, precision: best.p };
  const pub = parseDay(doc.published);
  if (!pub) return null;
  return { value: doc.published!.slice(0, 10), precision: 2 };
}
