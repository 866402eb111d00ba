import type { Place, PlaceRef } from "../document/schema.js";

/**
 * The reference an event keeps to a resolved place, at the precision the event can claim for it: the
 * precision belongs to the event's use of the place (a town borrowed from the headline is less sure
 * than one named in the toll's own sentence), not to the place itself.
 */
export function placeRef(p: Place, precision: 1 | 2 | 3 | null): PlaceRef {
  return { name: p.name, country: p.country, admin1: p.admin1, lat: p.lat, lon: p.lon, precision };
}
