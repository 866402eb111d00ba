import { parseNames, sharedNames } from "./names.js";
import type { EventRow } from "./rows.js";

/*
 * How strongly two events from different articles look like reports of one incident: a sum of points from
 * independent pieces of evidence, each named so an analyst can see why two rows were merged. No single
 * field is trusted alone, because each is often read wrongly from one article (a date off by a day, a
 * town resolved to its namesake in another state); agreeing evidence from several fields is what counts.
 */
export interface Signal {
  /** which evidence: "place", "date", "names", "counts", "type" */
  signal: string;
  points: number;
  /** what agreed or disagreed, in words */
  detail: string;
}

export interface Similarity {
  score: number;
  signals: Signal[];
}

/** Points at which two reports are judged one incident. */
export const SAME_INCIDENT = 4;

/** Precomputed per row once, not per pair. */
export interface Features {
  day: number | null;
  /** the week-level slack of a date "over the weekend" (precision 2) */
  slack: number;
  published: number | null;
  names: string[][];
  location: string | null;
}

export function dayNumber(date: string | null | undefined): number | null {
  if (!date) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  return m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!) / 86_400_000 : null;
}

export function features(r: EventRow): Features {
  // A month-level date says too little to tell one incident from the next.
  const dated = r.time_precision !== null && r.time_precision <= 2;
  return {
    day: dated ? dayNumber(r.event_date) : null,
    slack: r.time_precision === 2 ? 1 : 0,
    published: dayNumber(r.published),
    names: parseNames(r.persons),
    location: r.location ? r.location.toLowerCase().replace(/\s+/g, " ").trim() : null,
  };
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

/**
 * The same place name counts even where the gazetteer chose different namesakes ("Bastrop" in Texas and in
 * Louisiana): both articles wrote it. Nearby coordinates count; so, weakly, does the same province or state
 * when one article names no finer place. Two towns each placed exactly (geo precision 1) and far
 * apart are two places: that counts against.
 */
function placeSignal(a: EventRow, b: EventRow, fa: Features, fb: Features): Signal | null {
  if (fa.location !== null && fa.location === fb.location)
    return { signal: "place", points: 2, detail: `both in ${a.location}` };
  const located = a.latitude !== null && a.longitude !== null && b.latitude !== null && b.longitude !== null;
  const km = located ? distanceKm(a, b) : Infinity;
  if (km <= 25) return { signal: "place", points: 2, detail: `${Math.round(km)} km apart` };
  const exact = a.geo_precision === 1 && b.geo_precision === 1;
  if (exact && km > 50) return { signal: "place", points: -1, detail: `${a.location} / ${b.location}` };
  if (!exact && km <= 50) return { signal: "place", points: 1, detail: `${Math.round(km)} km apart` };
  // A place known only to its state ("in Georgia") fits any town of that state; two named towns do not.
  const regional = a.geo_precision === 3 || b.geo_precision === 3;
  if (regional && a.admin1 !== null && a.admin1 === b.admin1 && a.country === b.country)
    return { signal: "place", points: 1, detail: `both in ${a.admin1}` };
  return null;
}

/** Dates a few days apart are two incidents, unless one was misread; farther apart they count against. */
function dateSignal(fa: Features, fb: Features): Signal | null {
  if (fa.day === null || fb.day === null) return null;
  const apart = Math.max(0, Math.abs(fa.day - fb.day) - Math.min(1, fa.slack + fb.slack));
  if (apart === 0) return { signal: "date", points: 2, detail: "same day" };
  if (apart === 1) return { signal: "date", points: 1, detail: "a day apart" };
  if (apart <= 3) return null;
  return { signal: "date", points: -2, detail: `${apart} days apart` };
}

function namesSignal(fa: Features, fb: Features): Signal | null {
  const shared = sharedNames(fa.names, fb.names);
  if (!shared.length) return null;
  const words = shared.map((n) => n.join(" "));
  return { signal: "names", points: shared.length >= 2 ? 4 : 3, detail: `both name ${words.join(", ")}` };
}

/** The same tally of killed and injured; differing tallies say little, as early reports undercount. */
function countsSignal(a: EventRow, b: EventRow): Signal | null {
  const k = a.fatalities_best ?? 0;
  const i = a.injured_best ?? 0;
  if (k + i === 0 || k !== (b.fatalities_best ?? 0) || i !== (b.injured_best ?? 0)) return null;
  return { signal: "counts", points: 1, detail: `${k} killed, ${i} injured in both` };
}

/**
 * ACLED records a battle and an attack on civilians at one place and day as two events, so differing types
 * count against; yet one shooting is sometimes read as either, so people named in both can still outweigh it.
 */
function typeSignal(a: EventRow, b: EventRow): Signal | null {
  return a.event_type === b.event_type
    ? null
    : { signal: "type", points: -2, detail: `${a.event_type} / ${b.event_type}` };
}

export function similarity(a: EventRow, b: EventRow, fa = features(a), fb = features(b)): Similarity {
  const signals = [
    placeSignal(a, b, fa, fb),
    dateSignal(fa, fb),
    namesSignal(fa, fb),
    countsSignal(a, b),
    typeSignal(a, b),
  ].filter((s): s is Signal => s !== null);
  return { score: signals.reduce((t, s) => t + s.points, 0), signals };
}
