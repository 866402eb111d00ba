import type { Place } from "../document/schema.js";

/**
 * How finely a place pins a location, read from its own fields: 4 a town (or a name anchored to one),
 * 3 a district, 2 a first-order division, 1 a country, 0 a sea, a continent, a world region.
 */
export function specificity(p: Place): number {
  if (p.lat === null) return -1;
  if (p.precision === 1 || p.anchor || (p.relative && p.precision === 2)) return 4;
  if (p.precision === 2) return 3;
  if (p.admin1) return 2;
  if (p.country) return 1;
  return 0;
}

/** A place that can stand for where something happened: resolved, not the dateline, not a government. */
export function isEventCandidate(p: Place): boolean {
  return p.lat !== null && p.role === undefined;
}
