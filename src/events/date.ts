/**
 * Seam to the times stage: the date of an event. The times stage will export `eventDate(doc, range)`;
 * until it is merged this reads `doc.times` (a day-grain time in the evidence sentence first), and
 * falls back to the publication date with ACLED time precision 2 ("about a week").
 */
import type { Range, SitrepDocument } from "../document/schema.js";

export interface EventDate {
  value: string;
  precision: 1 | 2 | 3;
}

const PRECISION: Record<string, 1 | 2 | 3> = {
  day: 1,
  week: 2,
  range: 2,
  month: 3,
  year: 3,
  duration: 3,
};

export function eventDate(
  doc: SitrepDocument,
  evidence: readonly Range[],
  sentences: readonly Range[],
): EventDate | null {
  const inside = (t: Range, rs: readonly Range[]): boolean =>
    rs.some((r) => t.start >= r.start && t.end <= r.end);
  const later = doc.published ? doc.published.slice(0, 10) : null;
  const usable = doc.times.filter(
    (t) => t.grain !== "duration" && (!later || t.value.slice(0, 10) <= later),
  );
  for (const pool of [evidence, sentences]) {
    const hits = usable.filter((t) => inside(t, pool));
    const best = hits.find((t) => t.grain === "day") ?? hits[0];
    if (best)
      return { value: best.value, precision: PRECISION[best.grain] ?? 3 };
  }
  if (later) return { value: later, precision: 2 };
  return null;
}
