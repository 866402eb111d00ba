/**
 * The place of an event, from the places stage: the most specific place of its lead evidence's clause,
 * sentence, paragraph, then the article's dominant place; never the dateline, never a metonymic
 * "Tehran deployed".
 */
import type { PlaceRef, Range, SitrepDocument } from "../document/schema.js";
import { eventPlace as placeOf } from "../places/event-place.js";

export function eventPlace(
  doc: SitrepDocument,
  evidence: readonly Range[],
  sentences: readonly Range[],
): PlaceRef | null {
  const first = evidence[0] ?? sentences[0];
  return first ? placeOf(doc, first) : null;
}
