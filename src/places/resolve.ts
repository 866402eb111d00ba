import type { Place, SitrepDocument } from "../document/schema.js";
import type { Candidate } from "./candidate.js";
import { DocContext } from "./context.js";
import { isMetonymy, relativeCue } from "./cues.js";
import { nameKey, type Feature, type Gazetteer, type NameHit } from "./gazetteer/index.js";
import { forceMentions } from "./forces.js";
import { distanceKm } from "./geo.js";
import { lexicon } from "./lexicon.js";
import { quarterOf } from "./quarter.js";
import { creditedRegion, publisherCountry, publisherRegion, publisherTown } from "./publisher.js";
import { bestHit, contextScore, inside, priorScore } from "./score.js";

interface Reading {
  cand: Candidate;
  key: string;
  hits: NameHit[];
  feature: Feature | null;
  /** a word taken for no place at all ("Metro police") */
  dropped?: boolean;
}

/** ACLED geo precision of a resolved feature: 1 the place itself, 3 only the region it lies in. */
export function precisionOf(f: Feature): 1 | 2 | 3 {
  if (f.kind === "city") return 1;
  if (f.kind === "admin2") return 2;
  return 3;
}

/** What a reading adds to the article's picture of where it is. */
function contribution(f: Feature | null, margin: number): number {
  if (!f) return 0;
  if (f.kind === "country" || f.kind === "admin1") return 1;
  if (f.kind === "city") return margin >= 2 || f.population >= 100_000 ? 0.5 : 0.2;
  return 0.3;
}

/** Readings of every candidate in context: two rounds, each scoring against the previous round's picture. */
export function resolveCandidates(doc: SitrepDocument, cands: Candidate[], g: Gazetteer): Reading[] {
  const readings: Reading[] = cands.map((cand) => {
    const hits = lookupCandidate(cand, g);
    return { cand, key: nameKey(cand.text), hits, feature: null };
  });
  const byStart = new Map<number, Reading>();
  for (const r of readings) byStart.set(r.cand.start, r);

  const demonyms: [string, string][] = [];
  for (const t of doc.tokens) {
    if (!/^\p{Lu}/u.test(t.text)) continue;
    const c = g.demonym(t.text);
    if (c) demonyms.push([nameKey(t.text), c]);
  }

  // A publisher's country-code domain (cbc.ca, bbc.co.uk, abc.net.au) tells where its readers are:
  // as much as a country named twice (a local paper names its own country seldom).
  const publisher = publisherCountry(doc.url, g);
  // A local publisher named after its town ("miamiherald.com") reports mostly on that town's area.
  const town = publisherTown(doc.url, g);
  // A local station or paper named after its state (wlky.com, nbcconnecticut.com) reports mostly on
  // that state: as much as a town of it named three times, so that a story's own places outvote it.
  // A station credited in the dateline or the headline's tail ("(WMC) -") wrote the story: its state first.
  const region = creditedRegion(doc.dateline, doc.title, g) ?? publisherRegion(doc.url, g);
  // "Brant OPP", "the NYPD": a police force's name says where it serves, as a division named there would
  const forces = forceMentions(doc, g);
  /** The article's picture before its places: its demonyms and its publisher's country, town and (`withRegion`) state. */
  const seeded = (withRegion: boolean): DocContext => {
    const c = new DocContext();
    for (const [name, country] of demonyms) c.addCountry(name, country, 0.5);
    if (publisher) c.addCountry("\u0000publisher", publisher, 2);
    if (town) c.add("\u0000town", town, 1);
    if (withRegion && region) c.add("\u0000region", region, REGION_WEIGHT);
    for (const m of forces) c.add(`\u0000force ${m.name}`, m.feature, contribution(m.feature, 2), m.sentence);
    return c;
  };

  // "Hugo, Oklahoma": the second name is read as the region that holds the first, not as a town.
  const containers = new Set(cands.flatMap((c) => (c.container ? [c.container.start] : [])));
  const containerOf = (r: Reading): Feature | null =>
    r.cand.container ? (byStart.get(r.cand.container.start)?.feature ?? null) : null;

  const nests = nesting(readings);

  let ctx = new DocContext();
  for (let round = 0; round < 3; round++) {
    const listKinds = round > 0 ? kindsByList(readings) : null;
    const next = seeded(true);
    for (const r of readings) {
      const container = containerOf(r);
      // "Philadelphia" is Amman's old name in GeoNames: a place known by the name only through another
      // name of its own gives way to a place whose own name it is, unless much more is said for it
      // (a short form of its own name is no other name: "West Valley" of West Valley City)
      const ownName = r.hits.some((h) => !h.alternate);
      // (a division by its own name stays ahead: "New York" is no short form of New York City here)
      const ownDivision = r.hits.some((h) => !h.alternate && h.feature.kind !== "city");
      const score = (h: NameHit): number => {
        let s = priorScore(h, r.cand);
        if (h.alternate && ownName && !shortForm(r.key, h.feature)) s -= OWN_NAME;
        if (h.alternate && !ownDivision && riverForm(r.cand.text, h.feature)) s += RIVER_FORM;
        if (round > 0) s += contextScore(h, ctx, r.key, r.cand.sentence);
        if (container) s += inside(h.feature, container) ? 8 : -4;
        else if (nests(h, r.key)) s += NESTED;
        if (containers.has(r.cand.start) && h.feature.kind === "city") s -= 4;
        if (listKinds && r.cand.list !== undefined && !r.cand.container)
          s += listBonus(h.feature, r, listKinds.get(r.cand.list));
        return s;
      };
      const best = bestHit(r.hits, score);
      r.feature = best?.hit.feature ?? null;
      const weight = contribution(r.feature, best?.margin ?? 0) * (r.cand.source === "dateline" ? 1.5 : 1);
      next.add(r.key, r.feature, weight, r.cand.sentence);
    }
    ctx = next;
  }
  // "Suba, Migori": a town the text places in a region where the gazetteer has no town of that
  // name is a place it lacks (the Subas it knows lie in Fiji and the Philippines): it borrows an anchor.
  for (const r of readings) {
    const container = containerOf(r);
    if (!r.feature || !container || r.feature.kind !== "city" || inside(r.feature, container)) continue;
    // only a division nests a town for sure: "Toronto, Vancouver" and "Kampala, Ivory Coast" are lists
    if (container.kind !== "admin1" && container.kind !== "admin2") continue;
    r.feature = null;
    r.cand.unknown = true;
  }
  // One sense per article: "London, Ont." settles what a later bare "London" means.
  const settled = new Map<string, Feature>();
  for (const r of readings)
    if (r.cand.container && r.feature && containerOf(r) && inside(r.feature, containerOf(r)!))
      settled.set(r.key, r.feature);
  for (const r of readings) {
    const f = settled.get(r.key);
    // (the bare name's own readings may leave out a small town named after a country: "Lebanon, Pa.")
    if (
      f &&
      !r.cand.container &&
      (r.hits.some((h) => h.feature === f) || g.lookup(r.cand.text).some((h) => h.feature === f))
    )
      r.feature = f;
  }
  // The dateline means the place the body names by that name ("PLYMOUTH CO." is the Plymouth
  // County the story's towns lie in), whatever the two spellings.
  const inBody = new Map<Feature, number>();
  for (const r of readings)
    if (r.feature && r.cand.source !== "dateline") inBody.set(r.feature, (inBody.get(r.feature) ?? 0) + 1);
  for (const r of readings) {
    if (r.cand.source !== "dateline" || !r.feature || inBody.has(r.feature)) continue;
    let best: Feature | null = null;
    for (const h of r.hits)
      if (inBody.has(h.feature) && (!best || inBody.get(h.feature)! > inBody.get(best)!)) best = h.feature;
    if (best) r.feature = best;
  }
  // The country the article is about, by the names that can only mean one country: a town name
  // found in several countries ("York", "Manchester") does not vote, lest its readings abroad vouch
  // for each other.
  const named = seeded(false);
  for (const r of readings) {
    const f = r.feature;
    if (!f) continue;
    const elsewhere = r.hits.some(
      (h) => !h.alternate && h.feature.country !== f.country && h.feature.kind !== "country",
    );
    if (f.kind === "city" && elsewhere && f.code !== "PPLC" && f.population < METROPOLIS) continue;
    named.add(r.key, f, 1);
  }
  const home = named.topCountry();
  if (home && home[1] >= HOME) {
    const state = ctx.topAdmin1()?.key;
    // A town abroad that nothing else in the article points to, while the article is plainly about
    // another country that has a town of the name ("York" and "Lebanon" in a Pennsylvania story): the
    // home namesake. A world capital or metropolis yields only to a namesake in the article's own
    // state ("Belgrade" in a Montana story, but "Paris" stays in France in a Washington story).
    const namesakeAtHome = (r: Reading): Feature | undefined => {
      const f = r.feature;
      if (!f || f.kind !== "city" || !f.country || f.country === home[0] || r.cand.container) return undefined;
      if (r.cand.source === "dateline") return undefined;
      const there = r.hits
        .filter(
          (h) =>
            !h.alternate && h.feature.country === home[0] && (h.feature.kind === "city" || h.feature.kind === "admin2"),
        )
        .map((h) => h.feature)
        .sort((a, b) => b.population - a.population);
      const local = there.find((h) => `${h.country}.${h.admin1}` === state);
      const famous = f.code === "PPLC" || f.population >= METROPOLIS;
      return local ?? (famous ? undefined : there[0]);
    };
    for (const r of readings) {
      const pick = namesakeAtHome(r);
      if (!pick || named.countryWeight(r.feature!.country, r.key) > 0) continue;
      // nor when the other names, ambiguous ones included, lean abroad ("London" among Ontario's towns)
      if (ctx.countryWeight(r.feature!.country, r.key) >= ctx.countryWeight(home[0], r.key)) continue;
      r.feature = pick;
    }
  }
  neighbourhoods(doc.text, readings, town);
  const top = ctx.topCountry();
  // A minor place in a country nothing else in the article names, while the article is plainly
  // about another country ("Nyanza Province" in a Kenyan story resolves only to Rwanda's): the
  // gazetteer lacks the intended place. Keep the name and let it borrow an anchor instead.
  // Such names do not vouch for each other ("Nyanza", "Rift Valley Province" and "Eastern Province"
  // all found only in Rwanda): their country must be named by something else.
  if (top && top[1] >= DOMINANT) {
    const suspect = (r: Reading): boolean => {
      const f = r.feature;
      return (
        !!f && !!f.country && f.country !== top[0] && r.cand.source !== "dateline" && !r.cand.container && isMinor(f)
      );
    };
    const firm = seeded(false);
    for (const r of readings) if (!suspect(r)) firm.add(r.key, r.feature, 1);
    for (const r of readings) {
      const f = r.feature;
      if (!f || !suspect(r) || firm.countryWeight(f.country, r.key) > 0) continue;
      // a town reading the finder proposed needs the words around to say "place" ("in Piccadilly"):
      // capitalized words that merely match a foreign village are names and words ("Walsh", "Mercury")
      if (f.kind === "city" && r.cand.source === "finder" && !locativeBefore(doc.text, r.cand.start)) continue;
      r.feature = null;
      r.cand.unknown = true;
    }
  }
  // Likewise inside one country: a small town or a county in a state nothing else in the article
  // names, while the article is plainly about another state ("Woodlawn" in a Chicago story resolves
  // to New York's), is that state's namesake of the article's place, or a neighbourhood the
  // gazetteer lacks.
  const state = ctx.topAdmin1();
  // a local publisher's own state needs less: its small towns are what it reports on
  // (and the article names a place of that state itself: a syndicated story names only its own)
  const local =
    !!state &&
    [region, town].some((f) => f && `${f.country}.${f.admin1}` === state.key) &&
    ctx.admin1Weight(...(state.key.split(".") as [string, string]), "\u0000region") >
      (town && `${town.country}.${town.admin1}` === state.key ? 1 : 0);
  // (a nation within a country is no such state: Edmonton, London is no namesake of a Welsh story's town)
  if (
    state &&
    !lexicon().nationDivisions.has(state.key) &&
    state.weight >= (local ? LOCAL_STATE : DOMINANT_STATE) &&
    state.weight >= 2 * state.next
  ) {
    const inState = (f: Feature): boolean => `${f.country}.${f.admin1}` === state.key;
    const suspect = (r: Reading): boolean => {
      const f = r.feature;
      if (!f || r.cand.container || r.cand.source === "dateline" || inState(f)) return false;
      if (f.country !== state.key.split(".")[0]) return false;
      return f.kind === "admin2" || (f.kind === "city" && f.population < 100_000 && f.code !== "AIRP");
    };
    // such names do not vouch for each other ("Miami" and "Liberty City" both found in Texas)
    const firm = new DocContext();
    if (town) firm.add("\u0000town", town, 1);
    if (region) firm.add("\u0000region", region, REGION_WEIGHT);
    for (const r of readings) if (!suspect(r)) firm.add(r.key, r.feature, 1);
    for (const r of readings) {
      const f = r.feature;
      if (!f || !suspect(r)) continue;
      if (firm.admin1Weight(f.country, f.admin1, r.key) > 0) continue;
      const home = r.hits.find((h) => !h.alternate && h.feature.kind === f.kind && inState(h.feature));
      if (home) r.feature = home.feature;
      else {
        r.feature = null;
        r.cand.unknown = true;
      }
    }
  }
  // Brands and common words ("a Toyota", "Metro police", "MAN") are places only when the words
  // around say so: a locative before, its state after, or its state named elsewhere in the article.
  for (const r of readings) {
    const f = r.feature;
    if (!f || r.cand.container || r.cand.source === "dateline") continue;
    if (f.kind !== "city" && f.kind !== "admin2" && !(f.kind === "admin1" && f.population < METROPOLIS)) continue;
    if (!weakName(r.cand.text) || locativeBefore(doc.text, r.cand.start)) continue;
    if (ctx.admin1Weight(f.country, f.admin1, r.key) > 0) continue;
    r.feature = null;
    r.dropped = true;
  }
  // Small places the finder proposed with nothing in the article pointing to their country are
  // more likely words or names that happen to be villages somewhere.
  for (const r of readings) {
    const f = r.feature;
    if (!f || r.cand.source !== "finder" || f.kind !== "city" || f.population >= 5000 || f.code === "AIRP") continue;
    if (ctx.countryWeight(f.country, r.key) === 0) r.feature = null;
  }
  return readings;
}

/** Per list, how many members each reading kind has ("admin1" 5, "city" 1). */
function kindsByList(readings: Reading[]): Map<number, Map<string, number>> {
  const out = new Map<number, Map<string, number>>();
  for (const r of readings) {
    if (r.cand.list === undefined || !r.feature) continue;
    let m = out.get(r.cand.list);
    if (!m) out.set(r.cand.list, (m = new Map()));
    m.set(r.feature.kind, (m.get(r.feature.kind) ?? 0) + 1);
  }
  return out;
}

/** Listed names are peers: a reading of the kind most other members have ("Ohio, Oregon, Utah" are states) is favoured. */
function listBonus(f: Feature, r: Reading, kinds: Map<string, number> | undefined): number {
  if (!kinds || (f.kind !== "admin1" && f.kind !== "country")) return 0;
  let others = 0;
  let same = 0;
  for (const [k, n] of kinds) {
    const own = r.feature && r.feature.kind === k ? 1 : 0;
    others += n - own;
    if (k === f.kind) same += n - own;
  }
  return others > 0 && same * 2 > others ? 4 : 0;
}

/** A one-word name that is a brand or a word that opens names ("Metro", "Toyota"). */
function weakName(text: string): boolean {
  if (/\s/.test(text.trim())) return false;
  const low = text.toLowerCase();
  const lex = lexicon();
  return lex.weak.has(low);
}

/** The word before `start` is a locative preposition ("in", "near", "at"). */
function locativeBefore(text: string, start: number): boolean {
  const m = /(\p{L}+)\s{1,2}(?:the\s{1,2})?$/u.exec(text.slice(Math.max(0, start - 24), start));
  // "according to Metro police" names a source, not a direction
  if (m && /according\s{1,2}to\s{1,2}(?:the\s{1,2})?$/i.test(text.slice(Math.max(0, start - 24), start))) return false;
  return m !== null && lexicon().locative.has(m[1]!.toLowerCase());
}

/** Weight from which the article's most named first-order division is its setting (a state named twice, or its towns). */
const DOMINANT_STATE = 2;

/**
 * "the Roseland neighborhood", "the Juniata section of Philadelphia", "the city's South Side",
 * "Chicago's Austin neighborhood": a name the text calls a part of a city lies in one of the cities
 * the article names (or its publisher's town; a named owner first), not in a town of that name
 * elsewhere: the namesake near such a city, else a place the gazetteer lacks, which then borrows an
 * anchor. One sense per article: the name's bare mentions ("in Austin") mean the same part.
 */
function neighbourhoods(text: string, readings: Reading[], town: Feature | null): void {
  const lex = lexicon();
  const byEnd = new Map<number, Reading>();
  for (const r of readings) byEnd.set(r.cand.end, r);
  const settled = new Map<string, Feature | null>();
  const perKey = new Map<string, number>();
  for (const r of readings) perKey.set(r.key, (perKey.get(r.key) ?? 0) + 1);
  for (const r of readings) {
    const f = r.feature;
    if (r.cand.container || r.cand.source === "dateline") continue;
    const after = /^(?:[-–]\p{Lu}[\p{L}'’]{1,20})?\s{1,2}(\p{Ll}+)/u.exec(text.slice(r.cand.end, r.cand.end + 40));
    const owner = /(?:\b(\p{Ll}{2,10})|\p{L})['’]s\s{1,2}$/u.exec(
      text.slice(Math.max(0, r.cand.start - 16), r.cand.start),
    );
    const ownerNoun = owner?.[1] !== undefined && lex.neighbourhoodOwners.has(owner[1]);
    // "Chicago's": the owner is the name ending at the possessive's letter
    const ownerCity = owner && !owner[1] ? byEnd.get(r.cand.start - owner[0].length + 1) : undefined;
    const owned = ownerCity?.feature?.kind === "city" && ownerCity.feature.population >= NEIGHBOURHOOD_CITY;
    const called = !!after && lex.neighbourhoodAfter.has(after[1]!);
    if (!called && !ownerNoun && !owned) continue;
    // "the city's South Side" that the gazetteer lacks: a part of the owner, or of the publisher's town
    if (!f) {
      const home = owned ? ownerCity!.feature! : ownerNoun && !r.dropped ? town : null;
      if (home) {
        r.feature = home;
        r.cand.unknown = false;
      }
      continue;
    }
    // "the California neighborhood": a division's or country's name before it names the neighbourhood
    // ("Toronto's Ontario health-card holders": an owner's province is the province)
    if (f.kind !== "city") {
      if (!called) continue;
      r.feature = null;
      r.cand.unknown = true;
      settled.set(r.key, null);
      continue;
    }
    // each city once (a long text names its cities hundreds of times), in the order first named
    const cities = owned
      ? [ownerCity!.feature!]
      : [
          ...new Set(
            readings
              .filter(
                (o) => o.key !== r.key && o.feature?.kind === "city" && o.feature.population >= NEIGHBOURHOOD_CITY,
              )
              .map((o) => o.feature!),
          ),
        ];
    if (town && !owned) cities.push(town);
    if (!cities.length) continue;
    const near = (h: Feature): boolean => cities.some((c) => distanceKm(h.lat, h.lon, c.lat, c.lon) <= CITY_RADIUS_KM);
    const namesake = near(f) ? null : r.hits.find((h) => h.feature.kind === "city" && near(h.feature));
    if (namesake) r.feature = namesake.feature;
    // "in the St. Augustine neighborhood" on a Jacksonville site: a town of the city's own state a short
    // drive away is that town's quarter, not a part of the city the gazetteer lacks
    else if (!owned && cities.some((c) => sameRegionNear(f, c))) continue;
    // a part the gazetteer lacks lies in its city: the owner, the publisher's town, else the city the article names most
    else if (!near(f)) r.feature = owned ? ownerCity!.feature! : (town ?? mostNamedCity(readings, cities));
    // "in the Miami neighborhood" of a story set in Miami: the name's other mentions are the city
    const named = namedCounts(readings);
    if (perKey.get(r.key)! <= Math.max(...cities.map((c) => named.get(c) ?? 0))) settled.set(r.key, r.feature);
  }
  for (const r of readings) {
    if (!settled.has(r.key) || r.dropped || r.cand.container || r.cand.source === "dateline") continue;
    r.feature = settled.get(r.key)!;
    if (!r.feature) r.cand.unknown = true;
  }
}

/** How many readings have each feature now: one pass, not one per city asked about. */
function namedCounts(readings: readonly Reading[]): Map<Feature | null, number> {
  const n = new Map<Feature | null, number>();
  for (const o of readings) n.set(o.feature, (n.get(o.feature) ?? 0) + 1);
  return n;
}

function mostNamedCity(readings: Reading[], cities: Feature[]): Feature {
  const counts = namedCounts(readings);
  const named = (c: Feature): number => counts.get(c) ?? 0;
  return cities.reduce((a, b) => (named(b) > named(a) ? b : a));
}

/** Within this of a city, a town of its state named a "neighborhood" is itself meant. */
const NEIGHBOUR_TOWN_KM = 80;

function sameRegionNear(f: Feature, c: Feature): boolean {
  return (
    f.country === c.country && f.admin1 === c.admin1 && distanceKm(f.lat, f.lon, c.lat, c.lon) <= NEIGHBOUR_TOWN_KM
  );
}

/** Population from which a city has neighbourhoods a story names. */
const NEIGHBOURHOOD_CITY = 100_000;
/** How far from a city's centre its neighbourhoods lie. */
const CITY_RADIUS_KM = 30;

/** The name as written is its own name cut short ("Fairview" of Fairview Park, "Lawndale" of North Lawndale). */
function shortForm(key: string, f: Feature): boolean {
  return ` ${nameKey(f.name)} `.includes(` ${key} `);
}

/**
 * The name is the town's own name without the river or sea that tells it from its namesakes
 * ("Newcastle" of Newcastle upon Tyne, "Frankfurt" of Frankfurt am Main): the qualifier opens with a
 * word in lower case, unlike a name's own last word ("Jefferson City").
 */
function riverForm(text: string, f: Feature): boolean {
  const name = text.trim();
  return f.name.length > name.length && f.name.startsWith(name) && /^[\s-]\p{Ll}/u.test(f.name.slice(name.length));
}

/** What a town known by its name without its river or sea gains back of what an alternate name loses. */
const RIVER_FORM = 1;

/** What a reading known only by another of its names loses beside a reading whose own name it is. */
const OWN_NAME = 3;

/** What a reading gains from a county of the article holding it, or a town of the article lying in it. */
const NESTED = 3;

function countyKey(f: Feature): string | null {
  return f.country === "US" && f.admin2 && (f.kind === "city" || f.kind === "admin2")
    ? `${f.country}.${f.admin1}.${f.admin2}`
    : null;
}

/**
 * "in Paulding County ... on Camp Circle in Dallas": a town and a county the article names, whose
 * readings nest (Dallas, Georgia lies in Paulding County, Georgia), mean those readings, whatever a
 * bigger namesake (Dallas, Texas) or a namesake county elsewhere (Ohio's) would say alone. US
 * counties only: GeoNames' second-order codes elsewhere are not named in news the same way.
 */
function nesting(readings: Reading[]): (h: NameHit, key: string) => boolean {
  const counties = new Map<string, Set<string>>();
  const towns = new Map<string, Set<string>>();
  for (const r of readings)
    for (const h of r.hits) {
      const k = h.alternate ? null : countyKey(h.feature);
      if (!k) continue;
      const m = h.feature.kind === "admin2" ? counties : towns;
      let names = m.get(k);
      if (!names) m.set(k, (names = new Set()));
      names.add(r.key);
    }
  // a name other than `key` among those filed under `k`
  const other = (m: Map<string, Set<string>>, k: string, key: string): boolean => {
    const names = m.get(k);
    return names !== undefined && names.size > (names.has(key) ? 1 : 0);
  };
  return (h, key) => {
    const k = h.alternate ? null : countyKey(h.feature);
    if (!k) return false;
    return h.feature.kind === "admin2" ? other(towns, k, key) : other(counties, k, key);
  };
}

/** Weight from which the state of a local publisher that the article names most is its setting. */
const LOCAL_STATE = 1;

/** What a publisher's state weighs in the article's picture of where it is. */
const REGION_WEIGHT = 1.5;

/** Weight from which the article's most named country is home to a town abroad's namesake. */
const HOME = 1;

/** Weight from which the article's most named country is its setting. */
const DOMINANT = 3;

/** Places too small to be named in passing from abroad. */
function isMinor(f: Feature): boolean {
  if (f.kind === "admin2") return true;
  if (f.kind === "admin1") return f.population < 1_000_000;
  return f.kind === "city" && f.population < 100_000;
}

/** Population from which a city outranks the same-named division it lies in. */
const METROPOLIS = 1_000_000;
/** How many times its namesake town's population a division's towns must hold for the name to mean the division. */
const DWARFS = 10;

function lookupCandidate(c: Candidate, g: Gazetteer): NameHit[] {
  if (c.unknown) return [];
  if (c.elided) return g.lookup(c.elided).filter((h) => !h.alternate && h.feature.kind !== "city");
  const abbr =
    g.abbreviation(c.text) ??
    (c.source === "dateline" ? g.abbreviation(`${c.text}.`) : null) ??
    (c.text.length === 2 ? g.postalCode(c.text) : null);
  if (abbr) return [{ feature: abbr, alternate: false }];
  // "an east London hospital": a compass word in lower case is no part of the name (East London is in South Africa)
  const lower = /^(\p{Ll}{4,9})\s{1,2}(\p{Lu}.{1,40})$/u.exec(c.text);
  const cased = lower ? lower[1]![0]!.toUpperCase() + lower[1]!.slice(1) : "";
  let hits = lower && lexicon().quarterWords.has(cased) ? g.lookup(lower[2]!) : g.lookup(c.text);
  if (!hits.length) hits = quarterOf(c.text, g);
  if (!hits.length && c.division) {
    // "Fars Province", "Karak district": the name without its division word
    const bare = c.text.replace(/\s+\S+$/, "");
    hits = g.lookup(bare);
  }
  // A country's own name is not outweighed by a town that merely has it as an alternate name ("Mexico").
  const country = hits.find((h) => h.feature.kind === "country" && !h.alternate)?.feature;
  if (country) {
    // "Mexico" is the country, not the State of México inside it (unless the text says "state").
    hits = hits.filter(
      (h) => !h.alternate && (c.division || h.feature.kind === "country" || h.feature.country !== country.country),
    );
  }
  // "California", "Oregon": a town named after its own country's division yields to the division,
  // unless it is a city in its own right ("New York", "Washington") or the text names its state.
  const divisions = hits.filter((h) => h.feature.kind === "admin1" && !h.alternate).map((h) => h.feature);
  if (divisions.length && !c.container) {
    hits = hits.filter(
      (h) =>
        h.feature.kind !== "city" ||
        h.feature.population >= 100_000 ||
        !divisions.some((d) => d.country === h.feature.country),
    );
  }
  // Likewise a small town anywhere named after a country or a populous division ("China", Texas;
  // "England", Arkansas; "Florida", New York) needs its container in the text to be read.
  if (
    !c.container &&
    hits.some(
      (h) =>
        !h.alternate &&
        (h.feature.kind === "country" || (h.feature.kind === "admin1" && h.feature.population >= 1_000_000)),
    )
  ) {
    hits = hits.filter((h) => h.feature.kind !== "city" || h.feature.population >= 100_000);
  }
  // A division named after its own city: news means the city when it is a metropolis ("São Paulo",
  // "Dar es Salaam"), the division when the division dwarfs the town ("Quebec" is the province,
  // "Quebec City" the town); otherwise ("Homs", "Idlib") the readings compete as usual.
  if (divisions.length && !c.division) {
    const namesake = hits.find(
      (h) =>
        !h.alternate &&
        h.feature.kind === "city" &&
        divisions.some((d) => h.feature.country === d.country && h.feature.admin1 === d.admin1),
    );
    const division = namesake
      ? divisions.find((d) => namesake.feature.country === d.country && namesake.feature.admin1 === d.admin1)
      : undefined;
    if (namesake && division) {
      if (namesake.feature.population >= METROPOLIS) hits = hits.filter((h) => h.feature !== division);
      else if (!c.container && division.population >= DWARFS * namesake.feature.population)
        hits = hits.filter((h) => h !== namesake);
    }
  }
  // "Pacific", "Americas": a sea or a world region by its own name outweighs any small town called so.
  if (
    !c.container &&
    hits.some((h) => !h.alternate && ["sea", "river", "region", "continent"].includes(h.feature.kind))
  ) {
    hits = hits.filter((h) => h.feature.kind !== "city" || h.feature.population >= 100_000);
  }
  // Alternate names of small towns are mostly other towns' names, nicknames and words ("Google", "June");
  // a container named after it ("Clacton, Essex") vouches for the name.
  // An NER mention of several words is held to the same floor ("the city's West Side" is no
  // alternate name of East Brooklyn, Connecticut).
  if ((c.source === "finder" || /\s/.test(c.text.trim())) && !c.container) {
    const oneWord = !/\s/.test(c.text.trim());
    const floor = oneWord ? 100_000 : 20_000;
    hits = hits.filter(
      (h) =>
        !h.alternate ||
        h.feature.kind !== "city" ||
        (h.feature.population >= floor && !(oneWord && lexicon().givenNames.has(c.text.toLowerCase()))),
    );
  }
  return hits;
}

/** Places for the readings: resolved ones carry their feature; unknown names wait for an anchor. */
export function toPlaces(doc: SitrepDocument, readings: Reading[], g: Gazetteer): Place[] {
  const lex = lexicon();
  const out: Place[] = [];
  for (const r of readings) {
    const { cand, feature: f } = r;
    if (r.dropped || (!f && cand.source === "finder" && !cand.unknown)) continue;
    // "Special Agent In Charge": a lone dictionary word none of whose namesakes holds is a word
    // "Special Agent In Charge", "IDENTIFIED THE BOY AS BENTLEY": a lone dictionary word, or a word in
    // capitals, none of whose namesakes holds is a word
    if (!f && !cand.unknown && /^\p{Lu}\p{Ll}+$/u.test(cand.text) && lex.common.has(cand.text.toLowerCase())) continue;
    if (!f && cand.source !== "dateline" && /^[\p{Lu}\s.'’-]+$/u.test(cand.text) && /\p{Lu}{2}/u.test(cand.text))
      continue;
    const place: Place = {
      start: cand.start,
      end: cand.end,
      text: cand.text,
      name: f ? f.name : cand.text,
      country: f?.country ?? null,
      admin1: f ? g.admin1Name(f) : null,
      lat: f ? round5(f.lat) : null,
      lon: f ? round5(f.lon) : null,
      precision: f ? precisionOf(f) : null,
      geonameid: f?.id ?? null,
    };
    if (cand.source === "dateline") place.role = "dateline";
    else if (f && isMetonymy(doc.text, cand.start, cand.end, f, lex)) place.role = "actor";
    if (cand.source !== "dateline") {
      const rel = relativeCue(doc.text, cand.start, cand.end, lex);
      if (rel) {
        place.relative = rel;
        if (place.precision === 1) place.precision = 2;
      }
    }
    out.push(place);
  }
  return out;
}

function round5(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}
