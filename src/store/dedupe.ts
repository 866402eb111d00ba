import type { EventRow } from "./rows.js";

/*
 * Several articles report one incident. Events are the same incident when they share an event type,
 * their dates lie within `days` of each other, and their places within `km` (or, lacking coordinates,
 * carry the same place name and country). Clusters are the connected components of that relation,
 * found with union-find after sorting by date so only nearby dates are compared.
 */
export interface DedupeOptions {
  days?: number;
  km?: number;
}

function distanceKm(a: EventRow, b: EventRow): number {
  const R = 6371;
  const toRad = (d: number) => (d * Math.PI) / 180;
  const dLat = toRad(b.latitude! - a.latitude!);
  const dLon = toRad(b.longitude! - a.longitude!);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.latitude!)) * Math.cos(toRad(b.latitude!)) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
}

function dayNumber(date: string | null): number | null {
  if (!date) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  return m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!) / 86_400_000 : null;
}

function samePlace(a: EventRow, b: EventRow, km: number): boolean {
  if (a.latitude !== null && a.longitude !== null && b.latitude !== null && b.longitude !== null) {
    return distanceKm(a, b) <= km;
  }
  return a.location !== null && a.location === b.location && a.country === b.country;
}

/** One incident id per event row (the `event_id_cnty` of the cluster's first event), in row order. */
export function incidentIds(rows: readonly EventRow[], opts: DedupeOptions = {}): string[] {
  const days = opts.days ?? 1;
  const km = opts.km ?? 25;
  const parent = rows.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const dated = rows
    // A week-level date ("over the weekend") can still match; a month-level one says too little.
    .map((r, i) => ({ i, day: r.time_precision !== null && r.time_precision <= 2 ? dayNumber(r.event_date) : null }))
    .filter((x): x is { i: number; day: number } => x.day !== null)
    .sort((a, b) => a.day - b.day);
  for (let x = 0; x < dated.length; x++) {
    for (let y = x + 1; y < dated.length && dated[y]!.day - dated[x]!.day <= days + 1; y++) {
      const a = rows[dated[x]!.i]!;
      const b = rows[dated[y]!.i]!;
      const slack = (a.time_precision === 2 ? 1 : 0) + (b.time_precision === 2 ? 1 : 0);
      if (dated[y]!.day - dated[x]!.day > days + Math.min(1, slack)) continue;
      if (a.doc_id === b.doc_id || a.event_type !== b.event_type || !samePlace(a, b, km)) continue;
      const ra = find(dated[x]!.i);
      const rb = find(dated[y]!.i);
      if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
  return rows.map((_, i) => {
    const root = rows[find(i)]!;
    return `${root.doc_id}#${root.idx + 1}`;
  });
}
