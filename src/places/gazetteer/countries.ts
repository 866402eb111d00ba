import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { loadData } from "../../util/data.js";
import type { CountryData } from "./build.js";

/*
 * Countries: the curated file (data/places/countries.json: GeoNames country points, news aliases,
 * demonyms) fed with the names of the npm package world-countries (mledoze/countries, ODbL-1.0):
 * common and official English names, multi-word alternative spellings, English demonyms, and the
 * territories the curated file lacks (placed at that package's `latlng`). The curated GeoNames
 * points are kept: on the geo dev set they are within 161 km of the gold far more often than the
 * package's rounded points.
 */

interface WorldCountry {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  latlng: number[];
  demonyms?: { eng?: { m?: string; f?: string } };
}

export function worldCountriesPath(): string | null {
  try {
    return createRequire(import.meta.url).resolve("world-countries/countries.json");
  } catch {
    return null;
  }
}

// English-looking names only: Latin letters, no inverted "Congo, the Democratic Republic of the".
const LATIN = /^[\p{Script=Latin}][\p{Script=Latin} .'’-]{2,60}$/u;

function usable(name: string): boolean {
  return LATIN.test(name) && !name.includes(",");
}

let merged: CountryData[] | null = null;

export function countryRecords(): CountryData[] {
  if (merged) return merged;
  const curated = loadData<{ countries: CountryData[] }>("places/countries.json").countries.map((c) => ({
    ...c,
    aliases: [...c.aliases],
    demonyms: [...c.demonyms],
  }));
  const path = worldCountriesPath();
  const world: WorldCountry[] = path ? (JSON.parse(readFileSync(path, "utf8")) as WorldCountry[]) : [];
  const byCode = new Map(curated.map((c) => [c.code, c]));
  const names = new Set<string>();
  for (const c of curated) for (const n of [c.name, ...c.aliases]) names.add(n.toLowerCase());
  for (const w of world) names.add(w.name.common.toLowerCase());
  // A demonym already curated for one country ("Dutch", "Norwegian", "Dominican") is not moved to a territory.
  for (const c of curated) for (const d of c.demonyms) names.add(d.toLowerCase());
  for (const w of world) {
    if (!/^[A-Z]{2}$/.test(w.cca2)) continue;
    // Single-word alternatives are often native forms that collide with English words and names
    // ("Viti", "Dominique"); the multi-word ones are official styles ("Republic of Côte d'Ivoire").
    const extra = [w.name.common, w.name.official, ...w.altSpellings.filter((a) => /\s/.test(a))].filter(usable);
    // A demonym that is also a country's name ("Djibouti") stays a place; one curated elsewhere stays there.
    const dem = [w.demonyms?.eng?.m, w.demonyms?.eng?.f].filter(
      (d): d is string => !!d && /^\p{Lu}\p{Ll}+$/u.test(d) && !names.has(d.toLowerCase()),
    );
    let c = byCode.get(w.cca2);
    if (!c) {
      if (w.latlng.length < 2 || !usable(w.name.common)) continue;
      c = { code: w.cca2, name: w.name.common, lat: w.latlng[0]!, lon: w.latlng[1]!, aliases: [], demonyms: [] };
      byCode.set(c.code, c);
      curated.push(c);
    }
    const have = new Set([c.name, ...c.aliases].map((n) => n.toLowerCase()));
    for (const n of extra) {
      if (have.has(n.toLowerCase())) continue;
      have.add(n.toLowerCase());
      c.aliases.push(n);
    }
    for (const d of dem) if (!c.demonyms.includes(d)) c.demonyms.push(d);
  }
  merged = curated;
  return merged;
}
