import type { EventRow } from "./rows.js";
import type { Features } from "./similarity.js";

/*
 * Which pairs of events are worth scoring. Comparing every event with every other in a week grows with the
 * square of a busy week; but two reports can only reach the threshold if they share some place (a name
 * written, coordinates within 50 km, a state when one knows no finer place) or a person's given or family
 * name spelt alike (names.ts): date and tally alone score too little (similarity.ts, UNSHARED_MAX). So each
 * event is filed under keys for those, and only events sharing a key within the day window are paired.
 */

/** Width of a cell of the 3-D grid on the earth's surface: the farthest two events still counted near. */
const CELL_KM = 50;
const EARTH_KM = 6371;

/**
 * Cells of a grid in 3-D space (not latitude and longitude, whose cells shrink toward the poles): two
 * points within 50 km along the surface are within 50 km in a straight line, so in the same or an
 * adjacent cell.
 */
function cell(lat: number, lon: number): [number, number, number] {
  const φ = (lat * Math.PI) / 180;
  const λ = (lon * Math.PI) / 180;
  return [
    Math.floor((EARTH_KM * Math.cos(φ) * Math.cos(λ)) / CELL_KM),
    Math.floor((EARTH_KM * Math.cos(φ) * Math.sin(λ)) / CELL_KM),
    Math.floor((EARTH_KM * Math.sin(φ)) / CELL_KM),
  ];
}

/**
 * Keys an event is filed under and keys it looks under; for any pair that can score enough, each finds
 * the other, so whichever comes first in row order pairs them.
 */
function blockingKeys(r: EventRow, f: Features): { file: string[]; look: string[] } {
  const file: string[] = [];
  const look: string[] = [];
  const both = (k: string) => (file.push(k), look.push(k));
  if (f.location !== null) both(`p:${f.location}`);
  for (const m of f.mentions) both(`p:${m}`);
  for (const n of f.names) {
    both(`n:${n[0]}`);
    both(`n:${n[n.length - 1]}`);
  }
  if (r.latitude !== null && r.longitude !== null) {
    const [x, y, z] = cell(r.latitude, r.longitude);
    file.push(`g:${x},${y},${z}`);
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++) for (let dz = -1; dz <= 1; dz++) look.push(`g:${x + dx},${y + dy},${z + dz}`);
  }
  if (r.admin1 !== null) {
    // A place known only to its state meets every event of that state; two finer places never meet here.
    const state = `${r.country}/${r.admin1}`;
    file.push(`a:${state}`);
    if (r.geo_precision === 3) {
      file.push(`r:${state}`);
      look.push(`a:${state}`);
    } else look.push(`r:${state}`);
  }
  return { file, look };
}

/**
 * Pairs `[i, j]` (i < j) of events whose days lie within `days` and that share a key; with `all`, every
 * pair within the window (for a threshold that date and tally alone can reach).
 */
export function* candidatePairs(
  rows: readonly EventRow[],
  feats: readonly Features[],
  days: number,
  all = false,
): Generator<[number, number]> {
  const anchor = feats.map((f) => f.days?.[0] ?? null);
  const keys = rows.map((r, i) => (all ? { file: ["*"], look: ["*"] } : blockingKeys(r, feats[i]!)));
  const index = new Map<string, { day: number; i: number }[]>();
  keys.forEach(({ file }, i) => {
    const day = anchor[i];
    if (day === null || day === undefined) return;
    for (const k of new Set(file)) {
      let list = index.get(k);
      if (!list) index.set(k, (list = []));
      list.push({ day, i });
    }
  });
  for (const list of index.values()) list.sort((a, b) => a.day - b.day || a.i - b.i);
  for (let i = 0; i < rows.length; i++) {
    const day = anchor[i];
    if (day === null || day === undefined) continue;
    const seen = new Set<number>();
    for (const k of keys[i]!.look) {
      const list = index.get(k);
      if (!list) continue;
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid]!.day < day - days) lo = mid + 1;
        else hi = mid;
      }
      for (let e = lo; e < list.length && list[e]!.day <= day + days; e++) {
        const j = list[e]!.i;
        if (j <= i || seen.has(j)) continue;
        seen.add(j);
        yield [i, j];
      }
    }
  }
}
