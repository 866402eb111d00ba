import type { EventRow } from "./rows.js";
import { features, SAME_INCIDENT, similarity } from "./similarity.js";

/*
 * Several articles report one incident. Two events from different articles are judged one incident when
 * the evidence they share scores enough (similarity.ts: place, date, people named, tallies, type);
 * incidents are the connected components of that relation, found with union-find. Only events whose days
 * lie within `days` of each other are compared (blocking on a sorted day), so the work stays near linear in
 * the number of events; an event's day is its own date, or, when that is unknown or only a month, the day
 * its article was published (reports follow an incident within days).
 */
export interface DedupeOptions {
  /** the widest gap, in days, between two events still compared */
  days?: number;
  /** points at which two events are one incident */
  threshold?: number;
}

/** One incident id per event row (the `event_id_cnty` of the cluster's first event), in row order. */
export function incidentIds(rows: readonly EventRow[], opts: DedupeOptions = {}): string[] {
  const days = opts.days ?? 7;
  const threshold = opts.threshold ?? SAME_INCIDENT;
  const parent = rows.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const feats = rows.map(features);
  const anchored = feats
    .map((f, i) => ({ i, day: f.days?.[0] ?? null }))
    .filter((x): x is { i: number; day: number } => x.day !== null)
    .sort((a, b) => a.day - b.day);
  for (let x = 0; x < anchored.length; x++) {
    const ia = anchored[x]!.i;
    for (let y = x + 1; y < anchored.length && anchored[y]!.day - anchored[x]!.day <= days; y++) {
      const ib = anchored[y]!.i;
      const a = rows[ia]!;
      const b = rows[ib]!;
      if (a.doc_id === b.doc_id) continue;
      const ra = find(ia);
      const rb = find(ib);
      if (ra === rb || similarity(a, b, feats[ia], feats[ib]).score < threshold) continue;
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
  return rows.map((_, i) => {
    const root = rows[find(i)]!;
    return `${root.doc_id}#${root.idx + 1}`;
  });
}
