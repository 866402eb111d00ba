/**
 * The place of an event, from the places stage: the most specific place of its lead evidence's clause,
 * sentence, paragraph, then the article's dominant place; never a metonymic "Tehran deployed". Two
 * checks against the article as a whole, since a name read alone may resolve to a namesake abroad
 * ("York", "Delhi", "Bermuda"):
 *   - a place outside the country most of the article's places are in gives way to the most specific
 *     place of that country nearest the evidence;
 *   - in US local news the dateline city is the event city: a place that is only a region, or lies far
 *     from a US dateline, gives way to the dateline (precision 2: the report is filed there).
 */
import type { Place, PlaceRef, Range, SitrepDocument } from "../document/schema.js";
import { eventPlace as placeOf } from "../places/event-place.js";
import { distanceKm } from "../places/geo.js";
import { isEventCandidate, specificity } from "../places/specificity.js";

/** Beyond this a place is not the dateline city's neighbourhood or county (metro areas, counties). */
const NEAR_DATELINE_KM = 80;

function ref(p: Place, precision: 1 | 2 | 3 | null): PlaceRef {
  return { name: p.name, country: p.country, admin1: p.admin1, lat: p.lat, lon: p.lon, precision };
}

/** The country most of the article's places (and its dateline) are in, when there is a clear one. */
function mainCountry(doc: SitrepDocument): string | null {
  const n = new Map<string, number>();
  for (const p of doc.places) if (p.country && p.lat !== null) n.set(p.country, (n.get(p.country) ?? 0) + 1);
  let best: string | null = null;
  let total = 0;
  for (const [c, k] of n) {
    total += k;
    if (best === null || k > n.get(best)!) best = c;
  }
  return best && n.get(best)! * 2 > total ? best : null;
}

export function eventPlace(
  doc: SitrepDocument,
  evidence: readonly Range[],
  sentences: readonly Range[],
): PlaceRef | null {
  const first = evidence[0] ?? sentences[0];
  let place = first ? placeOf(doc, first) : null;
  const country = mainCountry(doc);
  if (place && country && place.country !== country && first) {
    let best: Place | null = null;
    const far = (p: Place) => Math.abs(p.start - first.start);
    for (const p of doc.places) {
      if (!isEventCandidate(p) || p.country !== country) continue;
      if (!best || specificity(p) > specificity(best) || (specificity(p) === specificity(best) && far(p) < far(best)))
        best = p;
    }
    if (best) place = ref(best, Math.max(best.precision ?? 2, 2) as 2 | 3);
  }
  const dateline = doc.places.find((p) => p.role === "dateline" && p.lat !== null && p.country === "US");
  if (dateline && dateline.precision === 1) {
    const away =
      !place ||
      place.precision === 3 ||
      place.lat === null ||
      place.lon === null ||
      distanceKm(place.lat, place.lon, dateline.lat!, dateline.lon!) > NEAR_DATELINE_KM;
    if (away) place = ref(dateline, 2);
  }
  return place;
}
