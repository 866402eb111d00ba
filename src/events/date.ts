/**
 * The date of an event, from the times stage: the first of its evidence ranges, then of its sentences,
 * that states a date; else the publication date (ACLED time precision 2).
 */
import type { Range, SitrepDocument } from "../document/schema.js";
import { type EventDate, publicationDate, statedEventDate } from "../times/event-date.js";

export type { EventDate };

export function eventDate(
  doc: SitrepDocument,
  evidence: readonly Range[],
  sentences: readonly Range[],
): EventDate | null {
  for (const r of [...evidence, ...sentences]) {
    const d = statedEventDate(doc, r);
    if (d) return d;
  }
  return publicationDate(doc);
}
