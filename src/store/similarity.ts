import { distanceKm } from "../places/geo.js";
import { cardinalValue } from "../casualties/numbers.js";
import { loadData } from "../util/data.js";
import { parseNames, sharedNames } from "./names.js";
import type { EventRow } from "./rows.js";
import { escapeRegExp } from "../util/regexp.js";

/*
 * How strongly two events from different articles look like reports of one incident: a sum of points from
 * independent pieces of evidence, each named so an analyst can see why two rows were merged. No single
 * field is trusted alone, because each is often read wrongly from one article (a date off by a day, a
 * town resolved to its namesake in another state); agreeing evidence from several fields is what counts.
 */
export interface Signal {
  /** which evidence: "place", "mentions", "date", "names", "counts", "type", "victims" */
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

/**
 * The most two reports score with no place, mention or person's name in common (same day, same tally):
 * never one incident by themselves. Blocking (blocking.ts) relies on it to skip such pairs.
 */
export const UNSHARED_MAX = 3;

/** Precomputed per row once, not per pair. */
export interface Features {
  /** the days the event may have happened on, first and last (day numbers since 1970) */
  days: [number, number] | null;
  /** a day either side of `days` may still be meant: a date "over the weekend" (precision 2) */
  slack: number;
  /** `days` only bounds it by its article's publication: reports follow an incident within days */
  inferred: boolean;
  names: string[][];
  location: string | null;
  /** lower-cased place names the article mentions */
  mentions: Set<string>;
}

function dayNumber(date: string | null | undefined): number | null {
  if (!date) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  return m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!) / 86_400_000 : null;
}

/** How many days before its article an event is assumed to have happened, when the article gives no date. */
const REPORTED_WITHIN = 3;

/**
 * The days an ACLED date names: the day itself, or the whole ISO week or range written. A month says too
 * little to tell one incident from the next.
 */
export function eventDays(value: string | null, precision: number | null): [number, number] | null {
  if (!value || precision === null || precision > 2) return null;
  const week = /^(\d{4})-W(\d{2})$/.exec(value);
  if (week) {
    // ISO week 1 holds January 4th; its Monday starts the count.
    const jan4 = Date.UTC(+week[1]!, 0, 4) / 86_400_000;
    const monday = jan4 - ((new Date(jan4 * 86_400_000).getUTCDay() + 6) % 7) + (+week[2]! - 1) * 7;
    return [monday, monday + 6];
  }
  const [from, to] = value.split("/");
  const first = dayNumber(from);
  if (first === null) return null;
  const last = to === undefined ? first : dayNumber(to);
  if (last === null || last < first) return null;
  return [first, last];
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();

let sharedPlace: RegExp | undefined;
/** A hospital, police station or court: where many incidents of one city end up, so no sign of one. */
function isSharedPlace(name: string): boolean {
  sharedPlace ??= new RegExp(
    `\\b(?:${loadData<{ words: string[] }>("store/shared-places.json").words.map(escapeRegExp).join("|")})\\b`,
  );
  return sharedPlace.test(name);
}

export function features(r: EventRow): Features {
  const days = eventDays(r.event_date, r.time_precision);
  const published = dayNumber(r.published);
  return {
    days: days ?? (published === null ? null : [published - REPORTED_WITHIN, published]),
    slack: days !== null && days[0] === days[1] && r.time_precision === 2 ? 1 : 0,
    inferred: days === null,
    names: parseNames(r.persons),
    location: r.location ? norm(r.location) : null,
    mentions: new Set(
      (r.places ?? "")
        .split(";")
        .map(norm)
        .filter((m) => m && !isSharedPlace(m)),
    ),
  };
}

/**
 * The same place name counts even where the gazetteer chose different namesakes ("Bastrop" in Texas and in
 * Louisiana): both articles wrote it. Nearby coordinates count; so, more weakly, does one article's place
 * written somewhere in the other, or the same province or state when one article names no finer place.
 * Two towns each placed exactly (geo precision 1) and far apart are two places: that counts against.
 */
function placeSignal(a: EventRow, b: EventRow, fa: Features, fb: Features): Signal | null {
  if (fa.location !== null && fa.location === fb.location)
    return { signal: "place", points: 2, detail: `both in ${a.location}` };
  const located = a.latitude !== null && a.longitude !== null && b.latitude !== null && b.longitude !== null;
  const km = located ? distanceKm(a.latitude!, a.longitude!, b.latitude!, b.longitude!) : Infinity;
  if (km <= 25) return { signal: "place", points: 2, detail: `${Math.round(km)} km apart` };
  if (fa.location !== null && fb.mentions.has(fa.location))
    return { signal: "place", points: 1, detail: `${a.location} named in both` };
  if (fb.location !== null && fa.mentions.has(fb.location))
    return { signal: "place", points: 1, detail: `${b.location} named in both` };
  const exact = located && a.geo_precision === 1 && b.geo_precision === 1;
  if (exact && km > 50) return { signal: "place", points: -1, detail: `${a.location} / ${b.location}` };
  if (!exact && km <= 50) return { signal: "place", points: 1, detail: `${Math.round(km)} km apart` };
  // A place known only to its state ("in Georgia") fits any town of that state; two named towns do not.
  const regional = a.geo_precision === 3 || b.geo_precision === 3;
  if (regional && a.admin1 !== null && a.admin1 === b.admin1 && a.country === b.country)
    return { signal: "place", points: 1, detail: `both in ${a.admin1}` };
  return null;
}

/**
 * Other places both articles mention besides the incident's town and state (a street, a neighbourhood, the
 * next town): a detail two reports of one shooting share, when their places were read differently. Within
 * one city, articles on different shootings share its hospitals, districts and county too, so this adds
 * nothing to places that already agree.
 */
function mentionsSignal(a: EventRow, b: EventRow, fa: Features, fb: Features, place: Signal | null): Signal | null {
  if (place !== null && place.points >= 2) return null;
  const known = new Set([fa.location, fb.location, a.admin1, b.admin1].filter((x) => x !== null).map(norm));
  const shared = [...fa.mentions].filter((m) => fb.mentions.has(m) && !known.has(m));
  if (!shared.length) return null;
  return { signal: "mentions", points: 1, detail: `both mention ${shared.join(", ")}` };
}

/**
 * Dates a few days apart are two incidents, unless one was misread; farther apart they count against. A
 * date known only from when the article came out can agree but never disagree.
 */
function dateSignal(fa: Features, fb: Features): Signal | null {
  if (fa.days === null || fb.days === null || (fa.inferred && fb.inferred)) return null;
  const gap = Math.max(0, fb.days[0] - fa.days[1], fa.days[0] - fb.days[1]);
  const apart = Math.max(0, gap - Math.min(1, fa.slack + fb.slack));
  if (fa.inferred || fb.inferred) {
    if (apart > 0) return null;
    // An undated report most often tells of the day it came out or the day before.
    const [undated, dated] = fa.inferred ? [fa.days, fb.days] : [fb.days, fa.days];
    return dated[1] >= undated[1] - 1
      ? { signal: "date", points: 2, detail: "reported the day of the other or the next" }
      : { signal: "date", points: 1, detail: "reported within days of the other" };
  }
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

/** The age an actor's description gives ("a 6-year-old boy", "two-year-old boy", "an 8-month-old"), in years. */
export function statedAge(actor: string | null): number | null {
  const m = /\b([a-z]+(?:-[a-z]+)?|\d{1,3})[- ](year|month)s?[- ]old\b/i.exec(actor ?? "");
  if (!m) return null;
  const n = cardinalValue(m[1]!);
  if (n === null) return null;
  return m[2]!.toLowerCase() === "month" ? n / 12 : n;
}

/**
 * The victim each report names by age: a 6-year-old and a 2-year-old killed a day apart in neighbouring
 * towns are two incidents, however alike the rest. Reports may differ by a year (a birthday, a misprint).
 */
function victimSignal(a: EventRow, b: EventRow): Signal | null {
  const x = statedAge(a.actor2);
  const y = statedAge(b.actor2);
  if (x === null || y === null || Math.abs(x - y) <= 1) return null;
  return { signal: "victims", points: -2, detail: `${a.actor2} / ${b.actor2}` };
}

export function similarity(a: EventRow, b: EventRow, fa = features(a), fb = features(b)): Similarity {
  const place = placeSignal(a, b, fa, fb);
  const signals = [
    place,
    mentionsSignal(a, b, fa, fb, place),
    dateSignal(fa, fb),
    namesSignal(fa, fb),
    countsSignal(a, b),
    typeSignal(a, b),
    victimSignal(a, b),
  ].filter((s): s is Signal => s !== null);
  return { score: signals.reduce((t, s) => t + s.points, 0), signals };
}
