/** The entity stage's knowledge files, loaded once, as lookups. Other stages use these too. */
import type { ActorType } from "../document/schema.js";
import { loadData } from "../util/data.js";

interface CountriesFile {
  countries: [code: string, name: string, aliases: string[], demonyms: string[], capital: string][];
}
interface ArmedGroup {
  name: string;
  aliases: string[];
  actorType: ActorType;
  country: string | null;
}
interface ActorNounsFile {
  descriptors: Record<ActorType, string[]>;
  heads: Partial<Record<ActorType, string[]>>;
  stateForceNouns: string[];
}
interface TitlesFile {
  titles: string[];
  pronouns: Record<string, string>;
}

export interface Knowledge {
  /** lowercased country name or alias -> ISO code */
  countryByName: Map<string, string>;
  /** lowercased demonym -> ISO code */
  countryByDemonym: Map<string, string>;
  countryName: Map<string, string>;
  /** lowercased capital -> ISO code */
  countryByCapital: Map<string, string>;
  /** lowercased name or alias -> group */
  armedGroups: Map<string, ArmedGroup>;
  /** lowercased ethnic / religious group words */
  identityGroups: Set<string>;
  /** lowercased descriptor phrase -> ACLED category */
  descriptors: Map<string, ActorType>;
  /** lowercased last word(s) of an organization name -> ACLED category */
  heads: Map<string, ActorType>;
  stateForceNouns: Set<string>;
  titles: Set<string>;
  pronouns: Map<string, string>;
}

let k: Knowledge | null = null;

export function knowledge(): Knowledge {
  if (k) return k;
  const c = loadData<CountriesFile>("entities/countries.json");
  const countryByName = new Map<string, string>();
  const countryByDemonym = new Map<string, string>();
  const countryName = new Map<string, string>();
  const countryByCapital = new Map<string, string>();
  for (const [code, name, aliases, demonyms, capital] of c.countries) {
    countryName.set(code, name);
    countryByCapital.set(capital.toLowerCase(), code);
    for (const n of [name, ...aliases]) countryByName.set(n.toLowerCase(), code);
    for (const d of demonyms) countryByDemonym.set(d.toLowerCase(), code);
  }
  const armedGroups = new Map<string, ArmedGroup>();
  for (const g of loadData<{ groups: ArmedGroup[] }>("entities/armed-groups.json").groups)
    for (const n of [g.name, ...g.aliases]) armedGroups.set(n.toLowerCase(), g);
  const identityGroups = new Set(
    loadData<{ groups: string[] }>("entities/groups.json").groups.map((g) => g.toLowerCase()),
  );
  const nouns = loadData<ActorNounsFile>("entities/actor-nouns.json");
  const descriptors = new Map<string, ActorType>();
  for (const [type, list] of Object.entries(nouns.descriptors) as [ActorType, string[]][])
    for (const d of list) if (!descriptors.has(d.toLowerCase())) descriptors.set(d.toLowerCase(), type);
  const heads = new Map<string, ActorType>();
  for (const [type, list] of Object.entries(nouns.heads) as [ActorType, string[]][])
    for (const h of list) heads.set(h.toLowerCase(), type);
  const t = loadData<TitlesFile>("entities/titles.json");
  k = {
    countryByName,
    countryByDemonym,
    countryName,
    countryByCapital,
    armedGroups,
    identityGroups,
    descriptors,
    heads,
    stateForceNouns: new Set(nouns.stateForceNouns),
    titles: new Set(t.titles),
    pronouns: new Map(Object.entries(t.pronouns)),
  };
  return k;
}

/** what strip changes besides the case: a quote mark (of a possessive), a leading "the", outer spaces */
const STRIPPED = /[’‘']|^the\s|^\s|\s$/i;

function strip(s: string): string {
  // most words are asked about as they are written, with nothing to strip but their case
  if (!STRIPPED.test(s)) return s.toLowerCase();
  return s
    .replace(/[’‘]/g, "'")
    .replace(/'s$/i, "")
    .replace(/^the\s+/i, "")
    .trim()
    .toLowerCase();
}

/** True for a nationality word ("Iranian", "Syrians"): a group of people, never a place. */
export function isDemonym(word: string): boolean {
  return knowledge().countryByDemonym.has(strip(word));
}

/** ISO code of the country a demonym belongs to ("Iranian" -> "IR"), or null. */
export function demonymCountry(word: string): string | null {
  return knowledge().countryByDemonym.get(strip(word)) ?? null;
}

/** ISO code of a country named by its name or an alias ("Iran", "the U.S."), or null. */
export function countryCode(name: string): string | null {
  return knowledge().countryByName.get(strip(name)) ?? null;
}

/** True for an ethnic, religious or national group word ("Kurds", "Shiite", "Iranian"). */
export function isGroupWord(word: string): boolean {
  const w = strip(word);
  return knowledge().identityGroups.has(w) || knowledge().countryByDemonym.has(w);
}

/** ISO code of the country whose capital this is ("Tehran" -> "IR"), or null. */
export function capitalCountry(name: string): string | null {
  return knowledge().countryByCapital.get(strip(name)) ?? null;
}
