import { loadData } from "../util/data.js";
import type { Feature, Gazetteer } from "./gazetteer/index.js";
import { lexicon } from "./lexicon.js";

interface PublishersFile {
  usBroadcaster: string[];
  genericTlds: string[];
  genericCountryCodes: string[];
  hostPrefixes: string[];
  notCallSigns: string[];
  townNicknames: Record<string, string>;
  hostWords: string[];
}

interface Publishers {
  notCallSigns: string[];
  usBroadcaster: RegExp[];
  genericTlds: Set<string>;
  genericCountryCodes: Set<string>;
  hostPrefixes: Set<string>;
  townNicknames: Record<string, string>;
  /** what else a label holding a city's short name may be made of ("today", "news4") */
  hostWord: RegExp;
}

let pubs: Publishers | null = null;

function publishers(): Publishers {
  if (pubs) return pubs;
  const p = loadData<PublishersFile>("places/publishers.json");
  pubs = {
    usBroadcaster: p.usBroadcaster.map((s) => new RegExp(s)),
    genericTlds: new Set(p.genericTlds),
    genericCountryCodes: new Set(p.genericCountryCodes),
    hostPrefixes: new Set(p.hostPrefixes),
    notCallSigns: p.notCallSigns,
    townNicknames: p.townNicknames,
    hostWord: new RegExp(`^(?:${p.hostWords.join("|")})?\\d{0,3}(?:${p.hostWords.join("|")})?$`),
  };
  return pubs;
}

/** A story's own address, read through an archive copy ("web.archive.org/web/2016.../http://wlky.com/..."). */
function storyUrl(url: string | null | undefined): URL | null {
  if (!url) return null;
  let u = url.trim();
  const archived = /^(?:https?:\/\/)?web\.archive\.org\/web\/[0-9a-z_*]{1,24}\/(.{1,2000})$/i.exec(u);
  if (archived) u = archived[1]!;
  if (!/^[a-z]{2,8}:\/\//i.test(u)) u = `http://${u}`;
  try {
    return new URL(u);
  } catch {
    return null;
  }
}

/** The host a story was published on. */
export function publisherHost(url: string | null | undefined): string | null {
  return storyUrl(url)?.hostname.toLowerCase().replace(/\.$/, "") ?? null;
}

/** The host's own name: "wlky" for m.wlky.com, "chicago.suntimes" parts without prefixes and top-level domain. */
function hostLabels(host: string): { labels: string[]; tld: string } {
  const parts = host.split(".");
  const tld = parts.pop() ?? "";
  const p = publishers();
  while (parts.length > 1 && p.hostPrefixes.has(parts[0]!)) parts.shift();
  return { labels: parts, tld };
}

/**
 * The country of the publisher: a country-code domain ("uk" is GB), or the US for a US broadcaster's
 * call sign (wlky.com, kare11.com) on a generic domain; null for .com, .org and the like otherwise.
 */
export function publisherCountry(url: string | null | undefined, g: Gazetteer): string | null {
  const host = publisherHost(url);
  if (!host) return null;
  const { labels, tld } = hostLabels(host);
  const p = publishers();
  if (/^[a-z]{2}$/.test(tld)) {
    const code = tld === "uk" ? "GB" : tld.toUpperCase();
    // some ccTLDs are sold as generic names (.tv, .io, .co, .me, .ly, .fm, .ai)
    if (!p.genericCountryCodes.has(code)) return g.country(code) ? code : null;
  }
  if (!p.genericTlds.has(tld)) return null;
  const name = labels[labels.length - 1] ?? "";
  // "wikinews" is a word, "king5" a station: a channel number after the word makes it a call sign
  const word = p.notCallSigns.some((w) => name.startsWith(w) && !/^\d/.test(name.slice(w.length)));
  if (!word && p.usBroadcaster.some((re) => re.test(name))) return "US";
  return null;
}

let bigTowns: Map<string, Feature | null> | null = null;

/**
 * Towns of 20,000 or more by their name without spaces or punctuation ("kansascity"); null for a
 * name several such towns of comparable size share ("athens", "springfield", "portsmouth"; not
 * "lasvegas", whose namesakes are a tenth its size or less), or for a town under 100,000
 * ("trenton"): the host alone cannot tell which, and a small town's name is kept only so that it
 * outranks a big town's name inside it ("trentonian" is Trenton's paper, not Trento's). A word of
 * a division's name ("carolina" of the Carolinas, "jersey" of New Jersey) names no town.
 */
function townsByCompactName(g: Gazetteer): Map<string, Feature | null> {
  if (bigTowns) return bigTowns;
  bigTowns = new Map();
  const divisionWords = new Set<string>();
  for (const c of ["US", "CA", "AU", "GB", "IN"])
    for (const d of g.admin1sOf(c)) {
      const words = d.name.split(/\s+/);
      if (words.length > 1) for (const w of words) divisionWords.add(compact(w));
    }
  const byName = new Map<string, Feature[]>();
  for (const f of g.citiesOver(NAMESAKE_POPULATION)) {
    const k = compact(f.name);
    // short names turn up inside words ("Ede", "Rome")
    if (k.length < MIN_NAME || divisionWords.has(k)) continue;
    byName.set(k, [...(byName.get(k) ?? []), f]);
  }
  for (const [k, fs] of byName) {
    fs.sort((a, b) => b.population - a.population);
    // a city ten times its namesakes' size is the one a site is named after ("lasvegassun.com")
    const [top, next] = fs;
    bigTowns.set(k, !next || top!.population >= DOMINANT_NAMESAKE * next.population ? top! : null);
  }
  return bigTowns;
}

/** How many times bigger than its namesakes a town must be to own its name in a host. */
const DOMINANT_NAMESAKE = 10;
/** Towns from this size count as namesakes that make a host's town name ambiguous. */
const NAMESAKE_POPULATION = 20_000;
const TOWN_POPULATION = 100_000;
/** Shortest town name read at either end of a host label ("miami" in miamiherald). */
const MIN_NAME = 5;
/** Shortest town name read anywhere inside a host label. */
const LONG_NAME = 8;

function compact(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "");
}

/**
 * The town a local publisher is named after ("miamiherald.com", "chicago.suntimes.com",
 * "fox13memphis.com", "kansascity.com"): local news is mostly about its own town's area.
 */
export function publisherTown(url: string | null | undefined, g: Gazetteer): Feature | null {
  const host = publisherHost(url);
  if (!host) return null;
  const { labels } = hostLabels(host);
  const towns = townsByCompactName(g);
  let best: Feature | null = null;
  // a key is its town's compact name, so its length is that name's
  let bestLength = 0;
  const consider = (k: string): void => {
    const f = towns.get(k);
    if (f && (!best || k.length > bestLength)) {
      best = f;
      bestLength = k.length;
    }
  };
  // a town's name opening or closing a label ("miamiherald", "fox13memphis", "chicago.suntimes"),
  // or a long one anywhere in it; the longest wins ("kansascity" over "kansas")
  for (const label of labels) {
    const name = label.replace(/[^a-z]/g, "");
    for (let n = MIN_NAME; n <= Math.min(name.length, 24); n++) {
      consider(name.slice(0, n));
      consider(name.slice(name.length - n));
    }
    for (let i = 1; i + LONG_NAME < name.length; i++)
      for (let j = i + LONG_NAME; j < Math.min(name.length, i + 24); j++) consider(name.slice(i, j));
  }
  if (best) return (best as Feature).population >= TOWN_POPULATION ? best : null;
  // "stltoday", "news4jax", "philly": a city's short name opening or closing a label
  const { townNicknames, hostWord } = publishers();
  for (const label of labels)
    for (const [short, town] of Object.entries(townNicknames))
      if (
        (label.startsWith(short) && hostWord.test(label.slice(short.length))) ||
        (label.endsWith(short) && hostWord.test(label.slice(0, label.length - short.length)))
      )
        return nicknamed(town, g);
  return null;
}

/** "St. Louis, MO": the most populous town of the name in the state. */
function nicknamed(town: string, g: Gazetteer): Feature | null {
  const [name, code] = town.split(/,\s*/);
  const state = g.postalCode(code ?? "");
  let best: Feature | null = null;
  for (const h of g.lookup(name ?? ""))
    if (
      h.feature.kind === "city" &&
      state &&
      h.feature.country === state.country &&
      h.feature.admin1 === state.admin1 &&
      (!best || h.feature.population > best.population)
    )
      best = h.feature;
  return best;
}

let stationStates: Map<string, string> | null = null;

function stations(): Map<string, string> {
  stationStates ??= new Map(
    Object.entries(loadData<{ stations: Record<string, string> }>("places/stations.json").stations),
  );
  return stationStates;
}

/** What may follow a call sign in a station's address: "tv", "actionnews", a channel number ("kare11", "wistv"). */
const CALL_SIGN_SUFFIX = /^(?:-?tv|-?am|-?fm|radio|actionnews|news|now)?\d{0,2}(?:-?tv|news)?$/;

/** The call sign a station's address opens with: the split whose rest is a plain suffix ("wsbtv" is WSB, not WSBT). */
function callSign(name: string): string | null {
  const table = stations();
  for (const n of [4, 3]) {
    const call = name.slice(0, n);
    if (table.has(call) && CALL_SIGN_SUFFIX.test(name.slice(n))) return call;
  }
  return null;
}

let paperStates: Map<string, string> | null = null;

function newspapers(): Map<string, string> {
  paperStates ??= new Map(
    Object.entries(loadData<{ newspapers: Record<string, string> }>("places/newspapers.json").newspapers),
  );
  return paperStates;
}

let states: [string, Feature][] | null = null;

/** US states by their name without spaces, long enough to read in a host, once. */
function stateNames(g: Gazetteer): [string, Feature][] {
  if (states) return states;
  states = [];
  for (const f of g.admin1sOf("US")) {
    const k = compact(f.name);
    if (k.length < MIN_NAME) continue;
    // "washingtonpost.com" is the capital's paper: a big town of the name outside the state wins
    const elsewhere = g
      .lookup(f.name)
      .some(
        (h) =>
          !h.alternate &&
          h.feature.kind === "city" &&
          h.feature.population >= TOWN_POPULATION &&
          h.feature.admin1 !== f.admin1,
      );
    if (!elsewhere) states.push([k, f]);
  }
  return states;
}

/**
 * The US state a local publisher serves: a TV station's by its call sign (wlky.com is Louisville's,
 * Kentucky), a known newspaper's by its name (newspapers.json), or a state named in the address ("nbcconnecticut.com", "delawareonline.com"; the
 * longest name wins: "westvirginia" is not Virginia). Null for anything else.
 */
export function publisherRegion(url: string | null | undefined, g: Gazetteer): Feature | null {
  const host = publisherHost(url);
  if (!host) return null;
  const { labels, tld } = hostLabels(host);
  const p = publishers();
  if (!p.genericTlds.has(tld)) return null;
  const name = (labels[labels.length - 1] ?? "").replace(/[^a-z0-9-]/g, "");
  const call = callSign(name);
  if (call) return g.postalCode(stations().get(call)!.toUpperCase());
  // a paper's name seldom says its state ("ajc.com" is Atlanta's, "dailycall.com" Piqua's)
  const paper = newspapers().get(name);
  if (paper) return g.postalCode(paper);
  let best: Feature | null = null;
  const letters = name.replace(/[^a-z]/g, "");
  for (const [k, f] of stateNames(g)) {
    // "kansascity.com" is a town's paper, not the state's
    if (letters.includes(`${k}city`)) continue;
    const at = letters.startsWith(k) || letters.endsWith(k) || (k.length >= LONG_NAME && letters.includes(k));
    if (at && (!best || k.length > compact(best.name).length)) best = f;
  }
  return best;
}

/**
 * The state of the station that wrote the story, credited in its dateline ("(WMC) -", "MANSFIELD
 * (WCMH) —") or named in its headline's tail ("... - FOX10 News | WALA"): stations share stories, and
 * the one that wrote it (WMC, Memphis) tells where better than the site that reposted it (walb.com,
 * Albany, Georgia).
 */
export function creditedRegion(
  dateline: { text: string } | null | undefined,
  title: string | null | undefined,
  g: Gazetteer,
): Feature | null {
  const table = stations();
  const credited = dateline ? /\(([KW][A-Z]{2,3})(?:-(?:TV|DT|AM|FM))?\)/.exec(dateline.text) : null;
  let call = credited && table.has(credited[1]!.toLowerCase()) ? credited[1]!.toLowerCase() : null;
  if (!call && title) {
    // only in the tail after the headline proper: a headline's own capitals may be a word ("WAVE")
    const m = /\s[-–—|]\s/.exec(title.slice(20));
    const tail = m ? title.slice(20 + m.index) : "";
    for (const w of tail.match(/\b[KW][A-Z]{2,3}\b/g) ?? [])
      if (table.has(w.toLowerCase())) {
        call = w.toLowerCase();
        break;
      }
  }
  return call ? g.postalCode(table.get(call)!.toUpperCase()) : null;
}

/** Smallest town a story's address is read for inside the site's region ("springdale-teen-hurt-at-bus-stop"). */
const ADDRESS_TOWN_POPULATION = 5_000;

/**
 * A town the story's address names in its path ("/news/towns/fort-worth/story77.html",
 * ".../boy-shot-by-uncle-in-east-atlanta-home/"): local sites file stories under
 * the town and write it into the headline's slug, which outlives a body that is only a sign-up wall.
 * Inside `region` the most populous namesake of 5,000 or more; without one only a big town that owns
 * its name (Fort Worth, not Springfield); never a state's name ("/new-york/"). Of several, the longest name, then the last: the slug comes
 * after the sections. A single word must be no common word or given name ("mobile", "tyler").
 */
export function addressTown(url: string | null | undefined, g: Gazetteer, region: Feature | null): Feature | null {
  const story = storyUrl(url);
  if (!story) return null;
  let path: string;
  try {
    path = decodeURIComponent(story.pathname).toLowerCase();
  } catch {
    // a stray "%" in the address: no town to read
    return null;
  }
  const { common, givenNames } = lexicon();
  const big = townsByCompactName(g);
  let best: { f: Feature; words: number; at: number } | null = null;
  const segments = path.split("/");
  let at = 0;
  for (const seg of segments) {
    const words = seg.replace(/\.[a-z]{2,5}$/, "").split(/[-_+.]+/);
    for (let i = 0; i < words.length; i++, at++)
      for (let n = Math.min(3, words.length - i); n >= 1; n--) {
        const ws = words.slice(i, i + n);
        if (ws.some((w) => !/^[a-z]{2,}$/.test(w))) continue;
        if (n === 1 && (ws[0]!.length < 4 || common.has(ws[0]!) || givenNames.has(ws[0]!))) continue;
        const f = region ? townIn(g, ws.join(" "), region) : big.get(ws.join(""));
        if (!f || f.kind !== "city" || f.population < ADDRESS_TOWN_POPULATION) continue;
        // "patch.com/new-york/bed-stuy/...": a state's name files the story under the state, not its town
        if (g.lookup(ws.join(" ")).some((h) => h.feature.kind === "admin1" && !h.alternate)) continue;
        if (region === null && compact(f.name) !== ws.join("")) continue;
        if (!best || n > best.words || (n === best.words && at >= best.at)) best = { f, words: n, at };
      }
  }
  return best?.f ?? null;
}

/** The most populous town of a name inside a region. */
function townIn(g: Gazetteer, name: string, region: Feature): Feature | null {
  let best: Feature | null = null;
  for (const h of g.lookup(name)) {
    const f = h.feature;
    if (f.country !== region.country || f.admin1 !== region.admin1 || f.kind !== "city") continue;
    if (!best || f.population > best.population) best = f;
  }
  return best;
}
