import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sharedDir } from "../src/util/data.js";

export const SHARED = sharedDir();

export function readShared(rel: string): string {
  return readFileSync(join(SHARED, rel), "utf8");
}

export function readJsonl<T = Record<string, unknown>>(rel: string): T[] {
  return readShared(rel)
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

export const KHAN_TUMAN = "examples/khan-tuman/article.txt";
