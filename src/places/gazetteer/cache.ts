import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { BuiltIndex } from "./build.js";
import type { Feature, FeatureKind } from "./feature.js";
import { cacheDir, sourceSignature } from "./sources.js";

/** Bump when the index layout or the build rules change, so old caches are rebuilt. */
export const INDEX_VERSION = 6;

interface Columns {
  signature: string;
  id: (number | null)[];
  name: string[];
  lat: number[];
  lon: number[];
  country: (string | null)[];
  admin1: string[];
  admin2: string[];
  kind: FeatureKind[];
  code: string[];
  population: number[];
  keys: string[];
  refs: number[][];
}

function cachePath(): string {
  return join(cacheDir(), `gazetteer-v${INDEX_VERSION}.json`);
}

/** The cached index, or null when there is none or its sources changed since it was written. */
export function readCache(): BuiltIndex | null {
  let c: Columns;
  try {
    c = JSON.parse(readFileSync(cachePath(), "utf8")) as Columns;
  } catch {
    return null;
  }
  if (c.signature !== sourceSignature(INDEX_VERSION)) return null;
  const features: Feature[] = new Array(c.name.length);
  for (let i = 0; i < c.name.length; i++) {
    features[i] = {
      id: c.id[i]!,
      name: c.name[i]!,
      lat: c.lat[i]!,
      lon: c.lon[i]!,
      country: c.country[i]!,
      admin1: c.admin1[i]!,
      admin2: c.admin2[i]!,
      kind: c.kind[i]!,
      code: c.code[i]!,
      population: c.population[i]!,
    };
  }
  const names = new Map<string, number[]>();
  for (let i = 0; i < c.keys.length; i++) names.set(c.keys[i]!, c.refs[i]!);
  return { features, names };
}

/** Writes the index (best effort: a read-only checkout still works, it only rebuilds each run). */
export function writeCache(index: BuiltIndex): void {
  const f = index.features;
  const c: Columns = {
    signature: sourceSignature(INDEX_VERSION),
    id: f.map((x) => x.id),
    name: f.map((x) => x.name),
    lat: f.map((x) => x.lat),
    lon: f.map((x) => x.lon),
    country: f.map((x) => x.country),
    admin1: f.map((x) => x.admin1),
    admin2: f.map((x) => x.admin2),
    kind: f.map((x) => x.kind),
    code: f.map((x) => x.code),
    population: f.map((x) => x.population),
    keys: [...index.names.keys()],
    refs: [...index.names.values()],
  };
  try {
    mkdirSync(cacheDir(), { recursive: true });
    const tmp = `${cachePath()}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(c));
    renameSync(tmp, cachePath());
  } catch {
    // no writable cache: fine, the index is rebuilt next time
  }
}
