/**
 * Seam to the places stage: where an event happened. The places stage will export
 * `eventPlace(doc, range)`; until it is merged this reads `doc.places`: the finest place named in the
 * evidence, then in the incident's sentences. The dateline is where the story was filed, never the event place.
 */
import type { PlaceRef, Range, SitrepDocument } from "../document/schema.js";

export function eventPlace(
  doc: SitrepDocument,
  evidence: readonly Range[],
  sentences: readonly Range[],
): PlaceRef | null {
  const inside = (t: Range, rs: readonly Range[]): boolean =>
    rs.some((r) => t.start >= r.start && t.end <= r.end);
  const places = doc.places.filter(
    (p) =>
      !doc.dateline ||
      p.start >= doc.dateline.end ||
      p.end <= doc.dateline.start,
  );
  for (const pool of [evidence, sentences]) {
    const hits = places.filter((p) => inside(p, pool));
    if (hits.length === 0) continue;
    const best = [...hits].sort(
      (a, b) => (a.precision ?? 4) - (b.precision ?? 4),
    )[0]!;
    return {
      name: best.name,
      country: best.country,
      admin1: best.admin1,
      lat: best.lat,
      lon: best.lon,
      precision: best.precision,
    };
  }
  return null;
}
