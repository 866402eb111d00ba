import { readFileSync } from "node:fs";
import { loadData } from "../../util/data.js";
import type { Feature, FeatureKind, NameIndex } from "./feature.js";
import { countryRecords } from "./countries.js";
import { parseGeoNamesLine, type GeoNamesRow } from "./geonames.js";
import { isLatinName, nameKey } from "./normalize.js";
import { cities500Path, importedFiles } from "./sources.js";

export interface CountryData {
  code: string;
  name: string;
  lat: number;
  lon: number;
  aliases: string[];
  demonyms: string[];
}
export interface RegionData {
  kind: FeatureKind;
  /** GeoNames feature code when the kind alone does not say it ("AIRP": an airport, kind city) */
  code?: string;
  name: string;
  lat: number;
  lon: number;
  aliases: string[];
  country: string | null;
}
export interface RegionsFile {
  features: RegionData[];
  admin1Points: Record<string, [number, number]>;
  abbreviations: Record<string, string>;
  postalCodes: Record<string, string>;
}

/** The index as built: features, and for every name key the features it names (index*2, +1 for an alternate name). */
export interface BuiltIndex {
  features: Feature[];
  names: NameIndex;
  /** nationality word key to country code ("syrian" -> SY): kept in the cache so startup parses no country files */
  demonyms: Record<string, string>;
}

// Division words that are part of an admin1 name in GeoNames ("Lorestan Province") but often left off in news.
const DIVISION_SUFFIX =
  /\s+(province|governorate|region|state|oblast|prefecture|department|district|county|division|municipality|territory|kray|krai)$/i;

class Builder {
  readonly features: Feature[] = [];
  readonly names = new Map<string, number[]>();

  add(f: Feature, main: string[], alternates: string[] = []): number {
    const i = this.features.length;
    this.features.push(f);
    const seen = new Set<string>();
    for (const [list, alt] of [
      [main, 0],
      [alternates, 1],
    ] as const) {
      for (const n of list) {
        const k = nameKey(n);
        if (!k || seen.has(k)) continue;
        seen.add(k);
        let arr = this.names.get(k);
        if (!arr) this.names.set(k, (arr = []));
        arr.push(i * 2 + alt);
      }
    }
    return i;
  }
}

/** Alternate names worth indexing: Latin script, and not the airport and postal codes GeoNames mixes in. */
function usefulAlternates(row: GeoNamesRow): string[] {
  // Small places carry few useful alternates and many transliterations that collide with words.
  if (row.population < 1000 && !/^PPL(A|C)/.test(row.featureCode)) return [];
  return row.alternatenames.filter(
    (n) => n.length > 2 && isLatinName(n) && !/^[A-Z0-9]{2,4}$/.test(n) && !/^https?:/.test(n),
  );
}

function cityKind(row: GeoNamesRow): FeatureKind | null {
  if (row.featureClass === "P") return row.featureCode === "PPLH" || row.featureCode === "PPLQ" ? null : "city";
  if (row.featureClass === "A" && /^ADM[2-4]$/.test(row.featureCode)) return "admin2";
  return null;
}

/** The middle of the range the towns span, outliers (islands, exclaves) trimmed: near a division's centre. */
function center(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const lo = s[Math.floor((s.length - 1) * 0.05)]!;
  const hi = s[Math.ceil((s.length - 1) * 0.95)]!;
  return (lo + hi) / 2;
}

function* rowsOf(path: string): Generator<GeoNamesRow> {
  const text = readFileSync(path, "utf8");
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const row = parseGeoNamesLine(text.slice(start, end));
    if (row) yield row;
    start = end + 1;
  }
}

/** Builds the whole index from the GeoNames table, the curated files and any imported dumps. */
export function buildIndex(): BuiltIndex {
  const b = new Builder();
  const countries = countryRecords();
  const admin1Names = loadData<{ names: Record<string, string> }>("places/admin1.json").names;
  const admin2Names = loadData<{ names: Record<string, string> }>("places/admin2.json").names;
  const regions = loadData<RegionsFile>("places/regions.json");

  // Towns per division, to place divisions that have no curated point and to weigh them.
  const admin1Towns = new Map<string, { lat: number[]; lon: number[]; pop: number }>();
  const admin2Towns = new Map<string, { lat: number[]; lon: number[] }>();
  const countryPop = new Map<string, number>();
  const seenIds = new Set<number>();

  for (const path of [cities500Path(), ...importedFiles()]) {
    for (const row of rowsOf(path)) {
      if (seenIds.has(row.geonameid)) continue;
      const kind = cityKind(row);
      if (!kind) continue;
      seenIds.add(row.geonameid);
      b.add(
        {
          id: row.geonameid,
          name: row.name,
          lat: row.lat,
          lon: row.lon,
          country: row.country || null,
          admin1: row.admin1,
          admin2: row.admin2,
          kind,
          code: row.featureCode,
          population: row.population,
        },
        [row.name, row.asciiname],
        usefulAlternates(row),
      );
      if (kind !== "city") continue;
      countryPop.set(row.country, (countryPop.get(row.country) ?? 0) + row.population);
      const a1 = `${row.country}.${row.admin1}`;
      let t = admin1Towns.get(a1);
      if (!t) admin1Towns.set(a1, (t = { lat: [], lon: [], pop: 0 }));
      t.lat.push(row.lat);
      t.lon.push(row.lon);
      t.pop += row.population;
      if (row.admin2) {
        const a2 = `${a1}.${row.admin2}`;
        let u = admin2Towns.get(a2);
        if (!u) admin2Towns.set(a2, (u = { lat: [], lon: [] }));
        u.lat.push(row.lat);
        u.lon.push(row.lon);
      }
    }
  }

  for (const c of countries) {
    b.add(
      {
        id: null,
        name: c.name,
        lat: c.lat,
        lon: c.lon,
        country: c.code,
        admin1: "",
        admin2: "",
        kind: "country",
        code: "PCLI",
        population: countryPop.get(c.code) ?? 0,
      },
      [c.name, ...c.aliases],
    );
  }

  for (const [code, name] of Object.entries(admin1Names)) {
    const [cc, a1] = code.split(".") as [string, string];
    const towns = admin1Towns.get(code);
    const point = regions.admin1Points[code] ?? (towns ? [center(towns.lat), center(towns.lon)] : null);
    if (!point) continue;
    const short = name.replace(DIVISION_SUFFIX, "");
    b.add(
      {
        id: null,
        name,
        lat: point[0],
        lon: point[1],
        country: cc,
        admin1: a1,
        admin2: "",
        kind: "admin1",
        code: "ADM1",
        population: towns?.pop ?? 0,
      },
      [name, short],
    );
  }

  for (const [code, name] of Object.entries(admin2Names)) {
    const [cc, a1, a2] = code.split(".") as [string, string, string];
    const towns = admin2Towns.get(code);
    if (!towns) continue;
    b.add(
      {
        id: null,
        name,
        lat: center(towns.lat),
        lon: center(towns.lon),
        country: cc,
        admin1: a1,
        admin2: a2,
        kind: "admin2",
        code: "ADM2",
        population: 0,
      },
      // only the full name: "Steele County" is a county, "Steele" is a person
      [name],
    );
  }

  for (const r of regions.features) {
    b.add(
      {
        id: null,
        name: r.name,
        lat: r.lat,
        lon: r.lon,
        country: r.country,
        admin1: "",
        admin2: "",
        kind: r.kind,
        code: r.code ?? r.kind.toUpperCase(),
        population: 0,
      },
      [r.name, ...r.aliases],
    );
  }
  const demonyms: Record<string, string> = {};
  for (const c of countries) for (const d of c.demonyms) demonyms[nameKey(d)] = c.code;
  return { features: b.features, names: b.names, demonyms };
}
