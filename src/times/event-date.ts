/**
 * The date of an event, for the events stage: the time expression of the event's own clause or
 * sentence, else the publication date, with ACLED time precision (1 the day, 2 a range within a week
 * or so, 3 a month or coarser).
 */
import type { Range, SitrepDocument, Time } from "../document/schema.js";
import { sentenceAt } from "../util/ranges.js";
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
 * The date the text states for an event whose evidence is `range` (a clause or a sentence): the time
 * inside it, else the nearest in its sentence. Null when the sentence names no usable time.
 */
export function statedEventDate(doc: SitrepDocument, range: Range): EventDate | null {
  const sentence = sentenceAt(doc.sentences, range.start) ?? range;
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
  return best ? { value: best.t.value, precision: best.p } : null;
}

/**
 * When the story does not say the day, the publication date at precision 2: news tells of the days
 * before it.
 */
export function publicationDate(doc: SitrepDocument): EventDate | null {
  return parseDay(doc.published) ? { value: doc.published!.slice(0, 10), precision: 2 } : null;
}

/** The stated date of the event, else the publication date. */
export function eventDate(doc: SitrepDocument, range: Range): EventDate | null {
  return statedEventDate(doc, range) ?? publicationDate(doc);
}
