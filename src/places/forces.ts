import type { SitrepDocument } from "../document/schema.js";
import { loadData } from "../util/data.js";
import { overlapsAny } from "../util/ranges.js";
import type { Feature, Gazetteer } from "./gazetteer/index.js";
import { escapeRegExp } from "../util/regexp.js";

interface ForceEntry {
  names: string[];
  place?: string;
  region?: string;
  country: string;
  state?: string;
}

/** A police force's name in the text and the place it serves. */
export interface ForceMention {
  name: string;
  start: number;
  sentence: number;
  feature: Feature;
}

let compiled: { re: RegExp; serves: Map<string, ForceEntry> } | null = null;

function table(): { re: RegExp; serves: Map<string, ForceEntry> } {
  if (compiled) return compiled;
  const { forces } = loadData<{ forces: ForceEntry[] }>("places/police-forces.json");
  const serves = new Map<string, ForceEntry>();
  for (const f of forces) for (const n of f.names) serves.set(n, f);
  // longest first, so that a full name wins over a shorter one inside it
  const names = [...serves.keys()].sort((a, b) => b.length - a.length);
  const alt = names.map(escapeRegExp).join("|");
  compiled = { re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`, "gu"), serves };
  return compiled;
}

/** Forces named by one word ("OPP", "NYPD"): after a place's name they make it the force's area ("Brant OPP"). */
export function forceWord(word: string): boolean {
  const { serves } = table();
  return !word.includes(" ") && serves.has(word);
}

const resolved = new Map<string, Feature | null>();

/** The feature a force serves: its town (in its state), its first-order division, or its country. */
function served(e: ForceEntry, g: Gazetteer): Feature | null {
  const key = `${e.place ?? ""}|${e.region ?? ""}|${e.country}|${e.state ?? ""}`;
  if (resolved.has(key)) return resolved.get(key)!;
  let f: Feature | null = null;
  if (e.place) {
    const admin1 = e.state ? g.postalCode(e.state)?.admin1 : undefined;
    let best = -1;
    for (const h of g.lookup(e.place)) {
      const x = h.feature;
      if (h.alternate || x.kind !== "city" || x.country !== e.country) continue;
      if (admin1 !== undefined && x.admin1 !== admin1) continue;
      if (x.population > best) [f, best] = [x, x.population];
    }
  } else if (e.region) {
    f = g.lookup(e.region).find((h) => h.feature.kind === "admin1" && h.feature.country === e.country)?.feature ?? null;
  } else {
    f = g.country(e.country);
  }
  resolved.set(key, f);
  return f;
}

/**
 * The police forces the body names ("Brant OPP", "the NYPD"), with the place each serves: evidence of
 * where the story is set, which a force's name gives as a division named beside it would.
 */
export function forceMentions(doc: SitrepDocument, g: Gazetteer): ForceMention[] {
  const { re, serves } = table();
  const out: ForceMention[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlapsAny({ start, end }, doc.boilerplate)) continue;
    const sentence = doc.sentences.findIndex((s) => s.start <= start && end <= s.end);
    if (sentence < 0) continue;
    const feature = served(serves.get(m[0])!, g);
    if (feature) out.push({ name: m[0], start, sentence, feature });
  }
  return out;
}
