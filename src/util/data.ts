import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root: dist/util/ or src/util/ sit two levels below it. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

const cache = new Map<string, unknown>();

/** Loads a knowledge file from data/ once per process. */
export function loadData<T>(relPath: string): T {
  let v = cache.get(relPath);
  if (v === undefined) {
    v = JSON.parse(readFileSync(join(ROOT, "data", relPath), "utf8")) as T;
    cache.set(relPath, v);
  }
  return v as T;
}

/** ../shared beside the project (read-only evaluation data and examples). */
export function sharedDir(): string {
  return process.env.SITREP_SHARED ?? join(ROOT, "..", "shared");
}

/** Every record of a JSONL file (blank lines skipped). */
export function readJsonl<T>(file: string): T[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}
