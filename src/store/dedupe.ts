import type { EventRow } from "./rows.js";
import { candidatePairs } from "./blocking.js";
import { features, SAME_INCIDENT, similarity, UNSHARED_MAX } from "./similarity.js";

/*
 * Several articles report one incident. Two events from different articles are judged one incident when
 * the evidence they share scores enough (similarity.ts: place, date, people named, tallies, type);
 * incidents are the connected components of that relation, found with union-find. Only events whose days
 * lie within `days` of each other and that share a place or a name are compared (blocking.ts), so the work
 * stays near linear in the number of events; an event's day is its own date, or, when that is unknown or
 * only a month, a few days before its article was published (reports follow an incident within days).
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
  for (const [i, j] of candidatePairs(rows, feats, days, threshold <= UNSHARED_MAX)) {
    if (rows[i]!.doc_id === rows[j]!.doc_id) continue;
    const ri = find(i);
    const rj = find(j);
    if (ri === rj || similarity(rows[i]!, rows[j]!, feats[i], feats[j]).score < threshold) continue;
    parent[Math.max(ri, rj)] = Math.min(ri, rj);
  }
  return rows.map((_, i) => {
    const root = rows[find(i)]!;
    return `${root.doc_id}#${root.idx + 1}`;
  });
}
