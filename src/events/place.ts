/**
 * The place of an event, from the places stage: the most specific place of its lead evidence's clause,
 * sentence, paragraph, then the article's dominant place; never a metonymic "Tehran deployed", never
 * the dateline (where the report was filed, CONTRACT.md). Checks against the article as a whole,
 * since a name read alone may resolve to a namesake elsewhere ("York", "Delhi", "Felton"):
 *   - a place outside the country most of the article's places are in gives way to the most specific
 *     place of that country nearest the evidence;
 *   - a town outside the region the report was filed from (dateline "FELTON, Minn.", a station's
 *     "Memphis, Tennessee") gives way to its namesake inside that region, when there is one.
 * With no place in the body, the headline's place stands in; with none there either, the filing
 * region (precision 3: only the region is known).
 */
import type { Place, PlaceRef, Range, SitrepDocument } from "../document/schema.js";
import { eventPlace as placeOf, ownEventPlace } from "../places/event-place.js";
import type { Feature } from "../places/gazetteer/index.js";
import { gazetteer } from "../places/gazetteer/index.js";
import { isEventCandidate, specificity } from "../places/specificity.js";
import { headlinePlace } from "./headline-place.js";
import { distanceKm } from "../places/geo.js";
import { type FilingHint, filingHint, namesakeIn, regionFeature } from "./region-hint.js";
import { addressTown } from "../places/publisher.js";
import { placeRef as ref } from "../places/place-ref.js";

/** A place borrowed from beyond the event's own words: at least precision 2 */
const coarseRef = (p: Place): PlaceRef => ref(p, Math.max(p.precision ?? 2, 2) as 2 | 3);

/** The country most of the article's places (and its dateline) are in, when there is a clear one. */
const mainCountries = new WeakMap<SitrepDocument, string | null>();

function mainCountry(doc: SitrepDocument): string | null {
  // once per document: the events stage asks for each of its events
  if (!mainCountries.has(doc)) mainCountries.set(doc, countMainCountry(doc));
  return mainCountries.get(doc)!;
}

function countMainCountry(doc: SitrepDocument): string | null {
  const n = new Map<string, number>();
  for (const p of doc.places) if (p.country && p.lat !== null) n.set(p.country, (n.get(p.country) ?? 0) + 1);
  let best: string | null = null;
  let total = 0;
  for (const [c, k] of n) {
    total += k;
    if (best === null || k > n.get(best)!) best = c;
  }
  return best && n.get(best)! * 2 > total ? best : null;
}

/**
 * Per article, for all its events: the filing hint, and the places without the dateline (one object, so
 * that the places stage's per-document cache holds across events).
 */
interface Article {
  hint: FilingHint | null;
  view: SitrepDocument;
  /** the story's own town, when a crossing the story names was read as a namesake far from it */
  crossingTown: PlaceRef | null;
}

const perDoc = new WeakMap<SitrepDocument, Article>();

function article(doc: SitrepDocument): Article {
  let a = perDoc.get(doc);
  if (!a) {
    const hint = filingHint(doc);
    const dl = doc.places.find((p) => p.role === "dateline" && p.lat !== null && specificity(p) >= 4);
    const home = hint?.town ?? hint?.local ?? null;
    const far = home ? doc.places.filter((p) => p.role !== "dateline" && farAddress(doc.text, p, home)) : [];
    const places = doc.places.filter((p) => p.role !== "dateline" && !far.includes(p));
    const town = hint?.town && dl ? ref(dl, 2) : hint?.local ? featureRef(hint.local, 2) : null;
    a = { hint, view: { ...doc, places }, crossingTown: far.length ? town : null };
    perDoc.set(doc, a);
  }
  return a;
}

/** Farther than this from the story's own town, a name in a street address is a namesake elsewhere. */
const ADDRESS_KM = 100;

/** "near Alamo and ...", "at the corner of ... and": the first of two names joined in an intersection */
const CROSSING_FIRST_BEFORE =
  /\b(?:(?:near|at|on)(?:\s{1,3}the\s{1,3}(?:corner|intersection)\s{1,3}of)?|(?:corner|intersection)\s{1,3}of)\s{1,3}$/i;
const CROSSING_FIRST_AFTER = /^\s{1,3}(?:and|&)\s{1,3}(?:\p{Lu}|\d)/u;
/** "... near Alamo and Cedar Hills": the second */
const CROSSING_SECOND_BEFORE =
  /\b(?:near|at|on|of)\s{1,3}(?:\p{Lu}|\d)[\p{L}\d.'’]{0,20}(?:\s{1,3}\p{Lu}[\p{L}.'’]{0,20}){0,2}\s{1,3}(?:and|&)\s{1,3}$/u;

/**
 * "A man was shot near Alamo and Cedar Hills" under a San Antonio dateline: two names joined at
 * a crossing are streets of the story's own town, not namesake towns hundreds of kilometres away.
 */
function farAddress(text: string, p: Place, home: { lat: number; lon: number }): boolean {
  if (p.lat === null || p.lon === null) return false;
  const before = text.slice(Math.max(0, p.start - 60), p.start);
  const crossing =
    (CROSSING_FIRST_BEFORE.test(before) && CROSSING_FIRST_AFTER.test(text.slice(p.end, p.end + 12))) ||
    CROSSING_SECOND_BEFORE.test(before);
  if (!crossing || distanceKm(p.lat, p.lon, home.lat, home.lon) <= ADDRESS_KM) return false;
  // "near Houston and Galveston": a big town's name is the town's, even in a pair
  const f = featureAt(p);
  return !f || f.population < STRAY_TOWN_MAX;
}

export function eventPlace(
  doc: SitrepDocument,
  evidence: readonly Range[],
  sentences: readonly Range[],
): PlaceRef | null {
  const { hint, crossingTown } = article(doc);
  const place = placeWithin(doc, evidence, sentences, hint);
  // "near Alamo and Cedar Hills" under "SAN ANTONIO —": the crossing lies in the story's town
  if (crossingTown && (!place || (place.precision === 3 && place.admin1 === crossingTown.admin1))) return crossingTown;
  return fromAddress(doc, place, hint) ?? nearLocalTown(place, hint);
}

/**
 * "Teen shot by relative" on a paper's site at /news/crime/boy-shot-by-uncle-in-east-atlanta-home/:
 * a story that names no finer place than its region, or none, happened where its address files it
 * (ACLED geo precision 2), when that town lies in the region.
 */
function fromAddress(doc: SitrepDocument, place: PlaceRef | null, hint: FilingHint | null): PlaceRef | null {
  // a county or borough known at precision 3 is finer than the address's town may be
  if (place && (place.precision !== 3 || (place.admin1 !== null && place.name !== place.admin1))) return null;
  const g = gazetteer();
  const region = place?.admin1 ? regionFeature(place.admin1) : place ? null : (hint?.region ?? null);
  if (place?.admin1 && (!region || region.country !== place.country)) return null;
  // a place known only as a country: a town of another country in the address is no finer place of it
  const town = addressTown(doc.url, g, region);
  if (!town || (place && place.country !== town.country)) return null;
  return featureRef(town, 2);
}

/**
 * "Police are investigating a shooting in the city" on a Memphis station's site: a story that names no
 * finer place than its region, or none, happened, most likely, near the town its local site serves
 * (ACLED geo precision 2: near a town) when that town lies in the region.
 */
function nearLocalTown(place: PlaceRef | null, hint: FilingHint | null): PlaceRef | null {
  const local = hint?.local;
  if (!local || (place && place.precision !== 3) || gazetteer().admin1Name(local) !== hint.regionName) return place;
  if (place && (place.country !== local.country || (place.admin1 !== null && place.admin1 !== hint.regionName)))
    return place;
  return featureRef(local, 2);
}

function placeWithin(
  doc: SitrepDocument,
  evidence: readonly Range[],
  sentences: readonly Range[],
  hint: FilingHint | null,
): PlaceRef | null {
  const first = evidence[0] ?? sentences[0];
  const { view } = article(doc);
  let place = first ? placeOf(view, first) : null;
  // the event's own clause, sentence and paragraph name no place: a town the headline names says
  // where it happened better than the place the article names most ("4-year-old shot in St. Augustine")
  // (an event known only from the headline has no clause of its own: the body's first sentence may be
  // a transcript's or a sidebar's)
  if (place && first && (!evidence.length || ownEventPlace(view, first) === null)) {
    const h = headlinePlace(doc);
    if (h && specificity(h) >= 4 && h.country === place.country && h.admin1 === place.admin1) place = coarseRef(h);
  }
  if (place && place.precision === 3 && first) place = finerWithin(view, place, evidence, first) ?? place;
  const country = mainCountry(view);
  if (place && country && place.country !== country && first) {
    let best: Place | null = null;
    const far = (p: Place) => Math.abs(p.start - first.start);
    for (const p of view.places) {
      if (!isEventCandidate(p) || p.country !== country) continue;
      if (!best || specificity(p) > specificity(best) || (specificity(p) === specificity(best) && far(p) < far(best)))
        best = p;
    }
    if (best) place = coarseRef(best);
  }
  // "Southwest Fresno shooting of 5" over a body that names only California: the headline's finer place
  const h = !place || place.precision === 3 ? headlinePlace(doc) : null;
  if (h && (!place || (specificity(h) > (place.admin1 ? 2 : 1) && within(h, place)))) place = coarseRef(h);
  // "Cameron police say fatal shooting ..." over a body that names only West Virginia: the headline's
  // town read inside that state, not a namesake elsewhere
  else if (h && place && place.admin1 && specificity(h) >= 4) place = namesakeRef(h, place) ?? place;
  // "Manson Shooting Victim Dies" over a body that names Chelan County: the headline's town inside the
  // county (or near the name that borrowed a point) says where
  else if (place && place.precision === 2 && first && ownEventPlace(view, first) !== null) {
    const t = headlinePlace(doc);
    const town = t && specificity(t) >= 4 && !t.anchor ? namesakeRef(t, place) : null;
    if (town && near(town, place)) place = town;
  }
  if (!hint) return place;
  if (place && (fits(place, hint) || writtenWithState(view, place))) return place;
  // a town outside the filing region: its namesake inside it, else a place of the story that fits (a
  // site's region yields to a state the story itself names: nbcphiladelphia.com reports Bridgeport,
  // Connecticut too)
  if (
    place &&
    place.country === hint.region.country &&
    place.precision !== 3 &&
    !(hint.source === "publisher" && namesOwnState(view, place))
  ) {
    const alt = namesakeIn(place.name, hint.region);
    if (alt) return featureRef(alt, place.precision);
  }
  // a site's own town or region stands for a small town elsewhere the story names alone, with nothing
  // else of its state ("shooting in Westwood" on a Cincinnati site, "Old Town" read as Las Vegas's
  // other name on a Chicago one): a part of the site's town the gazetteer lacks, likelier than a namesake
  // states away
  if (place && hint.source === "publisher" && strayTown(view, place, hint))
    return hint.local && gazetteer().admin1Name(hint.local) === hint.regionName
      ? featureRef(hint.local, 2)
      : regionRef(hint);
  // a station or a site serves several states: its region only picks among namesakes, or stands in for
  // a place the story does not name
  if (place && (hint.source === "station" || hint.source === "publisher")) return place;
  let best: Place | null = null;
  const at = first?.start ?? 0;
  for (const p of view.places) {
    if (!isEventCandidate(p) || !fits(p, hint)) continue;
    if (
      !best ||
      specificity(p) > specificity(best) ||
      (specificity(p) === specificity(best) && Math.abs(p.start - at) < Math.abs(best.start - at))
    )
      best = p;
  }
  if (best) return coarseRef(best);
  const hp = headlinePlace(doc);
  if (hp && fits(hp, hint)) return coarseRef(hp);
  // only the region is known
  return regionRef(hint);
}

function regionRef(hint: FilingHint): PlaceRef {
  const r = hint.region;
  return { name: hint.regionName, country: r.country, admin1: hint.regionName, lat: r.lat, lon: r.lon, precision: 3 };
}

/** Nearer than this to a site's town or region, a town of another state may well be the one it reports. */
const STRAY_TOWN_KM = 600;

/** Beyond this population a town's name is seldom a neighbourhood's elsewhere. */
const STRAY_TOWN_MAX = 100_000;

/**
 * A town outside the site's region, far from it, that the story names alone: without its state, with no other place
 * of that state (a name the gazetteer lacks, borrowing its coordinates, does not count), and small, or
 * written under another name than the town's ("Old Town" for Las Vegas).
 */
function strayTown(view: SitrepDocument, place: PlaceRef, hint: FilingHint): boolean {
  if (place.country !== hint.region.country || place.admin1 === hint.regionName || place.precision === 3) return false;
  if (writtenWithState(view, place) || place.lat === null || place.lon === null) return false;
  // a site serves its neighbouring states too (a Fargo site reports Wadena, Minnesota)
  const home = hint.local ?? hint.region;
  if (distanceKm(place.lat, place.lon, home.lat, home.lon) < STRAY_TOWN_KM) return false;
  const mentions = view.places.filter((p) => p.name === place.name && p.lat === place.lat && p.lon === place.lon);
  if (!mentions.length) return false;
  const others = view.places.some(
    (p) =>
      isEventCandidate(p) &&
      !p.anchor &&
      p.name !== place.name &&
      p.country === place.country &&
      p.admin1 === place.admin1,
  );
  if (others) return false;
  if (mentions.every((p) => p.text !== p.name)) return true;
  const f = featureAt(place);
  return !!f && f.population < STRAY_TOWN_MAX;
}

/** The gazetteer entry a resolved place stands for: its name's entry at its point. */
function featureAt(p: { name: string; lat: number | null; lon: number | null }): Feature | undefined {
  return gazetteer()
    .lookup(p.name)
    .find((h) => h.feature.lat === p.lat && h.feature.lon === p.lon)?.feature;
}

/**
 * "a birthday party in Massachusetts ... on Lincoln Street in Lowell": where the lead evidence names
 * only a region, the place a later piece of evidence names inside it, else the town of that region the
 * story names nearest the lead.
 */
function finerWithin(
  view: SitrepDocument,
  region: PlaceRef,
  evidence: readonly Range[],
  first: Range,
): PlaceRef | null {
  const inside = (p: { country: string | null; admin1: string | null }) =>
    p.country === region.country && !!p.admin1 && p.admin1 === region.admin1;
  for (const r of evidence.slice(1, 6)) {
    const p = placeOf(view, r);
    if (p && p.precision !== null && p.precision < 3 && inside(p)) return p;
  }
  let best: Place | null = null;
  for (const p of view.places) {
    if (!isEventCandidate(p) || specificity(p) < 4 || !inside(p)) continue;
    if (!best || Math.abs(p.start - first.start) < Math.abs(best.start - first.start)) best = p;
  }
  return best ? ref(best, 2) : null;
}

/** Whether a place of the story other than `place`'s own name lies in its state ("Essex County" for Newark). */
function namesOwnState(view: SitrepDocument, place: PlaceRef): boolean {
  return view.places.some(
    (p) => isEventCandidate(p) && p.name !== place.name && p.country === place.country && p.admin1 === place.admin1,
  );
}

/**
 * Whether the story writes this town with its state ("The Jackson, Tennessee, man"): a namesake in the
 * filing region (an AP story filed from Detroit) cannot be meant.
 */
function writtenWithState(view: SitrepDocument, place: PlaceRef): boolean {
  if (!place.admin1) return false;
  const ps = view.places;
  for (let i = 0; i + 1 < ps.length; i++) {
    const p = ps[i]!;
    if (p.name !== place.name || p.admin1 !== place.admin1 || p.lat !== place.lat) continue;
    const q = ps[i + 1]!;
    if (specificity(q) === 2 && q.admin1 === p.admin1 && /^,\s{0,2}$/.test(view.text.slice(p.end, q.start)))
      return true;
  }
  return false;
}

/** Within this of a county's or a borrowed point, a town the headline names is in it. */
const HEADLINE_TOWN_KM = 60;

/** A town the headline names, or its namesake, in the state of `place`. */
function namesakeRef(t: Place, place: PlaceRef): PlaceRef | null {
  if (t.country === place.country && t.admin1 === place.admin1) return coarseRef(t);
  const r = regionFeature(place.admin1);
  const alt = r && r.country === place.country ? namesakeIn(t.name, r) : null;
  return alt ? featureRef(alt, 2) : null;
}

function near(p: PlaceRef, q: PlaceRef): boolean {
  return (
    p.lat !== null &&
    p.lon !== null &&
    q.lat !== null &&
    q.lon !== null &&
    distanceKm(p.lat, p.lon, q.lat, q.lon) <= HEADLINE_TOWN_KM
  );
}

/** A place inside a region or country (`outer` of precision 3). */
function within(p: Place, outer: PlaceRef): boolean {
  return p.country === outer.country && (outer.admin1 === null || p.admin1 === outer.admin1);
}

/** Beyond this a place is not the filing town's neighbourhood, suburb or county. */
const NEAR_FILING_KM = 80;

/** A place consistent with where the report was filed: in its region, or near its town. */
function fits(p: PlaceRef, hint: FilingHint): boolean {
  if (p.lat === null || p.lon === null) return false;
  if (hint.town && distanceKm(p.lat, p.lon, hint.town.lat, hint.town.lon) <= NEAR_FILING_KM) return true;
  return p.country === hint.region.country && p.admin1 === hint.regionName && (p.precision !== 3 || !hint.town);
}

function featureRef(f: Feature, precision: PlaceRef["precision"]): PlaceRef {
  return { name: f.name, country: f.country, admin1: gazetteer().admin1Name(f), lat: f.lat, lon: f.lon, precision };
}

/** Whether the event's own clause, sentence and paragraph name no place, so that it borrows the article's. */
export function borrowsPlace(doc: SitrepDocument, evidence: readonly Range[], sentences: readonly Range[]): boolean {
  const first = evidence[0] ?? sentences[0];
  if (!first) return true;
  return ownEventPlace(article(doc).view, first) === null;
}

/** The country of a place alone, for an event known only to be in it (ACLED geo precision 3). */
export function countryOnly(place: PlaceRef): PlaceRef {
  const c = gazetteer().country(place.country);
  if (!c) return { ...place, precision: 3 };
  return { name: c.name, country: c.country, admin1: null, lat: c.lat, lon: c.lon, precision: 3 };
}
