/**
 * Where the report comes from, as a hint for the state or province of its events: the region written
 * in the dateline ("FELTON, Minn. --"), else the one a station names after its headline ("... - WMC
 * Action News 5 - Memphis, Tennessee"). A hint only: the filing place is never the event place
 * (CONTRACT.md), but a town named in the story is far likelier the one in the filing state than a
 * namesake elsewhere, and a story whose place is unknown happened, at least, in that region.
 */
import type { Place, SitrepDocument } from "../document/schema.js";
import { forceMentions } from "../places/forces.js";
import { distanceKm } from "../places/geo.js";
import { type Feature, gazetteer } from "../places/gazetteer/index.js";
import { creditedRegion, publisherRegion, publisherTown } from "../places/publisher.js";
import { escapeRegExp } from "../util/regexp.js";

/** A first-order division named by an AP abbreviation ("Minn.", "Fla."), a postal code ("FL") or in full. */
export function regionFeature(name: string | null | undefined): Feature | null {
  if (!name) return null;
  const g = gazetteer();
  const t = name.trim().replace(/[.,;:]+$/, "");
  const abbr = g.abbreviation(t) ?? g.abbreviation(t + ".") ?? (/^[A-Z]{2}$/.test(t) ? g.postalCode(t) : null);
  if (abbr) return abbr;
  const hits = g.lookup(t).filter((h) => h.feature.kind === "admin1" && !h.alternate);
  return hits.length === 1 ? hits[0]!.feature : null;
}

/** "Headline - Station - Memphis, Tennessee": the tail after the headline proper, when there is one. */
export function headlineSplit(title: string): { headline: string; tail: string | null } {
  const m = /\s(?:-|–|—|\|)\s/.exec(title.slice(20));
  if (!m) return { headline: title, tail: null };
  const at = 20 + m.index;
  return { headline: title.slice(0, at), tail: title.slice(at + m[0].length) };
}

/** Where the report was filed: its region, and the filing town's coordinates when known. */
export interface FilingHint {
  region: Feature;
  regionName: string;
  town: { lat: number; lon: number } | null;
  /**
   * "stated": the dateline writes the region; "resolved": its town was resolved to one; "station": a
   * headline's tail names it; "publisher": the site's address does (wlky.com, nbcconnecticut.com)
   */
  source: "stated" | "resolved" | "station" | "publisher";
  /**
   * The town local news comes from, when the site's address ("miamiherald.com") or a station's tail
   * ("WMC Action News 5 - Memphis, Tennessee") names one; the dateline's town only when the story
   * names that town's own police ("INDIANAPOLIS — ... IMPD is investigating").
   */
  local: Feature | null;
}

/**
 * The dateline's region ("Minn."), else the region its place resolved to (a US dateline "HOUSTON -"),
 * else a "City, Region" in the headline's tail; the town is the dateline's, re-read inside its region.
 */
export function filingHint(doc: SitrepDocument): FilingHint | null {
  const g = gazetteer();
  const dl = doc.places.find((p) => p.role === "dateline" && p.lat !== null && p.lon !== null);
  let region = regionFeature(doc.dateline?.region);
  let source: FilingHint["source"] = "stated";
  let town: FilingHint["town"] = null;
  // "(WMC) -", "MANSFIELD (WCMH) —": the station that wrote the story serves its state (and its neighbours)
  if (!region) {
    region = creditedRegion(doc.dateline, doc.title, g);
    if (region) source = "station";
  }
  if (dl) {
    const inRegion = !region || (dl.country === region.country && dl.admin1 === g.admin1Name(region));
    if (inRegion) town = { lat: dl.lat!, lon: dl.lon! };
    else if (doc.dateline?.place) {
      const f = namesakeIn(doc.dateline.place, region!);
      if (f) town = { lat: f.lat, lon: f.lon };
    }
    // a town written alone ("HOUSTON -") names its region; a county ("MONTGOMERY COUNTY --") may have
    // resolved to a namesake: trusted when a place of the story lies in the same region, or it names none
    const corroborated =
      dl.precision === 1 ||
      !doc.places.some((p) => p.role === undefined && p.lat !== null) ||
      doc.places.some((p) => p.role === undefined && p.country === dl.country && p.admin1 === dl.admin1);
    if (!region && dl.country === "US" && dl.admin1 && corroborated) {
      region = regionFeature(dl.admin1);
      source = "resolved";
    }
  }
  const tail = doc.title ? headlineSplit(doc.title).tail : null;
  // "Memphis, Tennessee", "Columbia, S", "WALB.com, South Georgia News": a region named in the tail
  let tailRegion: Feature | null = null;
  if (tail) {
    // a postal code only right after "City," ("Mobile, AL"): "IN", "OK", "ME" are words too
    const ws = (tail.match(/[A-Z][A-Za-z.]{0,15}/g) ?? []).filter((w) => !/^[A-Z]{2}$/.test(w));
    for (let i = 0; i < ws.length && !tailRegion; i++)
      tailRegion = (i + 1 < ws.length ? regionFeature(`${ws[i]} ${ws[i + 1]}`) : null) ?? regionFeature(ws[i]);
    tailRegion ??= regionFeature(/,\s{0,3}([A-Z]{2})\b/.exec(tail)?.[1]);
  }
  if (!region && tailRegion) {
    region = tailRegion;
    source = "station";
  }
  const local = localTown(doc, tail, tailRegion) ?? policedTown(doc, dl);
  if (!region) {
    region = publisherRegion(doc.url, g) ?? (local && local.country ? g.admin1(local.country, local.admin1) : null);
    source = "publisher";
  }
  if (!region) return null;
  const regionName = g.admin1Name(region);
  return regionName ? { region, regionName, town, source, local } : null;
}

/**
 * The town a local site is named after ("miamiherald.com", "news4jax.com"), else the one a station
 * writes after its headline ("WMC Action News 5 - Memphis, Tennessee": the town before the region).
 */
function localTown(doc: SitrepDocument, tail: string | null, tailRegion: Feature | null): Feature | null {
  const g = gazetteer();
  const site = publisherTown(doc.url, g);
  if (site) return site;
  if (!tail || !tailRegion) return null;
  const m = /(?:^|[-–|]\s{1,3})([A-Z][a-z]{2,20}(?:\s[A-Z][a-z]{2,20}){0,2}),\s{0,3}[A-Z]/.exec(tail);
  return m ? namesakeIn(m[1]!, tailRegion) : null;
}

/** How far from the middle of a force's city a town it polices may lie. */
const POLICED_KM = 25;

/**
 * The dateline's town when the story names that town's own police ("IMPD", "the Indianapolis Police
 * Department"): a town's police work in the town, so the story most likely happened there too.
 */

function policedTown(doc: SitrepDocument, dl: Place | undefined): Feature | null {
  if (!dl || dl.lat === null || dl.lon === null || !doc.dateline) return null;
  const g = gazetteer();
  const f = g
    .lookup(dl.name)
    .find((h) => h.feature.kind === "city" && h.feature.lat === dl.lat && h.feature.lon === dl.lon)?.feature;
  if (!f) return null;
  // (a town inside the force's city counts: "BROOKLYN — ... the NYPD said")
  if (
    forceMentions(doc, g).some(
      (m) =>
        m.feature === f ||
        (m.feature.kind === "city" && distanceKm(m.feature.lat, m.feature.lon, f.lat, f.lon) <= POLICED_KM),
    )
  )
    return f;
  const name = escapeRegExp(f.name);
  return new RegExp(`(?<!\\p{L})${name} (?:Metro(?:politan)? )?[Pp]olice`, "u").test(doc.text.slice(doc.dateline.end))
    ? f
    : null;
}

/** The place a name denotes inside a region, the most populous of its namesakes there. */
export function namesakeIn(name: string, region: Feature): Feature | null {
  let best: Feature | null = null;
  for (const h of gazetteer().lookup(name)) {
    const f = h.feature;
    if (f.country !== region.country || f.admin1 !== region.admin1 || f.kind === "admin1") continue;
    if (f.kind !== "city" && f.kind !== "admin2") continue;
    if (!best || f.population > best.population) best = f;
  }
  return best;
}
