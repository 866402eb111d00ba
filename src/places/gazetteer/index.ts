import { loadData } from "../../util/data.js";
import { buildIndex, type BuiltIndex, type RegionsFile } from "./build.js";
import { readCache, writeCache } from "./cache.js";
import type { Feature, NameHit, NameIndex } from "./feature.js";
import { keyVariants, nameKey } from "./normalize.js";

export type { Feature, FeatureKind, NameHit } from "./feature.js";
export { nameKey } from "./normalize.js";

/** The place names the stage can resolve: GeoNames towns, divisions, countries and curated regions. */
export class Gazetteer {
  private readonly features: Feature[];
  private readonly names: NameIndex;
  private readonly countries = new Map<string, Feature>();
  private readonly admin1s = new Map<string, Feature>();
  private readonly abbreviations = new Map<string, Feature>();
  private readonly postal = new Map<string, Feature>();
  private readonly demonyms = new Map<string, string>();
  /**
   * Hits by the name as written: the finder asks for the same words many times per article (every
   * capitalized run, then its vetoes), and a miss costs a normalization and a bisection.
   */
  private readonly found = new Map<string, readonly NameHit[]>();
  /** demonym's answers by the word as written, for the same reason */
  private readonly demonymOf = new Map<string, string | null>();

  constructor(index: BuiltIndex) {
    this.features = index.features;
    this.names = index.names;
    for (const f of this.features) {
      if (f.kind === "country" && f.country) this.countries.set(f.country, f);
      else if (f.kind === "admin1" && f.country) this.admin1s.set(`${f.country}.${f.admin1}`, f);
    }
    // GeoNames gives counties no population: their towns' sum stands in, so that "York County"
    // leans to Pennsylvania's (440,000) rather than South Carolina's when nothing else decides.
    const townsIn = new Map<string, number>();
    for (const f of this.features)
      if (f.kind === "city" && f.admin2) {
        const k = `${f.country}.${f.admin1}.${f.admin2}`;
        townsIn.set(k, (townsIn.get(k) ?? 0) + f.population);
      }
    for (const f of this.features)
      if (f.kind === "admin2" && !f.population) f.population = townsIn.get(`${f.country}.${f.admin1}.${f.admin2}`) ?? 0;
    const regions = loadData<RegionsFile>("places/regions.json");
    for (const [abbr, code] of Object.entries(regions.abbreviations)) {
      const f = this.admin1s.get(code);
      if (f) this.abbreviations.set(abbr, f);
    }
    for (const [abbr, code] of Object.entries(regions.postalCodes)) {
      const f = this.admin1s.get(code);
      if (f) this.postal.set(abbr, f);
    }
    for (const [k, code] of Object.entries(index.demonyms)) this.demonyms.set(k, code);
  }

  get size(): number {
    return this.features.length;
  }

  /** Every feature a name may denote (exact key first, then spelled-out and article-less variants). */
  lookup(name: string): NameHit[] {
    let hits = this.found.get(name);
    if (!hits) {
      if (this.found.size >= 100_000) this.found.clear();
      hits = this.find(name);
      this.found.set(name, hits);
    }
    // fresh hits: callers own what they are given
    const out: NameHit[] = [];
    for (const h of hits) out.push({ feature: h.feature, alternate: h.alternate });
    return out;
  }

  private find(name: string): NameHit[] {
    const key = nameKey(name);
    let refs = this.names.get(key);
    if (!refs) {
      for (const v of keyVariants(name, key)) {
        refs = this.names.get(v);
        if (refs) break;
      }
    }
    if (!refs) return [];
    const out: NameHit[] = [];
    for (let i = 0; i < refs.length; i++)
      out.push({ feature: this.features[refs[i]! >> 1]!, alternate: (refs[i]! & 1) === 1 });
    // "St. Augustine" is listed only as an alternate name of Saint Augustine: a spelling of the main
    // name is the main name (not where the spelling is some place's main name: "St. Louis")
    if (out.every((h) => h.alternate))
      for (const v of keyVariants(name, key)) {
        const main = this.names.get(v);
        if (!main) continue;
        for (let i = 0; i < main.length; i++) {
          const r = main[i]!;
          if ((r & 1) === 1) continue;
          const hit = out.find((h) => h.feature === this.features[r >> 1]);
          if (hit) hit.alternate = false;
        }
      }
    return out;
  }

  country(code: string | null): Feature | null {
    return code ? (this.countries.get(code) ?? null) : null;
  }

  admin1(country: string | null, code: string): Feature | null {
    return country && code ? (this.admin1s.get(`${country}.${code}`) ?? null) : null;
  }

  /** The name of a feature's first-order division ("Aleppo" for Khan Tuman), or null. */
  admin1Name(f: Feature): string | null {
    if (f.kind === "admin1") return f.name;
    return this.admin1(f.country, f.admin1)?.name ?? null;
  }

  /** "Ky.", "Ont.", "NSW": the division an AP-style abbreviation stands for. */
  abbreviation(text: string): Feature | null {
    return this.abbreviations.get(text) ?? null;
  }

  /** "KY", "ON": a postal code, trusted only right after "City," */
  postalCode(text: string): Feature | null {
    return this.postal.get(text) ?? null;
  }

  /** The first-order divisions of a country. */
  admin1sOf(country: string): Feature[] {
    return [...this.admin1s.values()].filter((f) => f.country === country);
  }

  /** Every town of at least `population` people. */
  citiesOver(population: number): Feature[] {
    return this.features.filter((f) => f.kind === "city" && f.population >= population);
  }

  /** The country a nationality word points to ("Syrian" -> SY), or null. */
  demonym(text: string): string | null {
    let code = this.demonymOf.get(text);
    if (code === undefined) {
      if (this.demonymOf.size >= 100_000) this.demonymOf.clear();
      code = this.demonyms.get(nameKey(text)) ?? null;
      this.demonymOf.set(text, code);
    }
    return code;
  }
}

let loaded: Gazetteer | null = null;

/** The process-wide gazetteer: read from the cache under .cache/places, built (and cached) on first use. */
export function gazetteer(): Gazetteer {
  if (!loaded) {
    let index = readCache();
    if (!index) {
      const built = buildIndex();
      writeCache(built, () => (built.names as Map<string, number[]>).entries());
      index = built;
    }
    loaded = new Gazetteer(index);
  }
  return loaded;
}

/** Forgets the loaded index (after an import), so the next use rebuilds it. */
export function resetGazetteer(): void {
  loaded = null;
}
