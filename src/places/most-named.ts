import type { Place } from "../document/schema.js";

/**
 * The place named most often among `places` (the same name at the same point counts as one place; of
 * equals, the first named), each mention counting `weight` of a mention.
 */
export function mostNamed(places: readonly Place[], weight: (p: Place) => number = () => 1): Place | null {
  const counts = new Map<string, { place: Place; n: number }>();
  for (const p of places) {
    const k = `${p.name}|${p.lat}|${p.lon}`;
    const c = counts.get(k);
    if (c) c.n += weight(p);
    else counts.set(k, { place: p, n: weight(p) });
  }
  let top: { place: Place; n: number } | null = null;
  for (const c of counts.values()) if (!top || c.n > top.n) top = c;
  return top?.place ?? null;
}
