import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { parseGeoNamesLine } from "./geonames.js";
import { importDir } from "./sources.js";
import { readDumpFromZip } from "./zip.js";

export interface ImportResult {
  source: string;
  rows: number;
  kept: number;
  skipped: number;
  file: string;
}

/**
 * Adds a GeoNames dump (a country file such as SY.txt or SY.zip, or allCountries in pieces) to the
 * user's gazetteer: populated places of every size (villages, neighbourhoods) and second- to
 * fourth-order divisions are kept; the index picks them up on its next build.
 */
export function importDump(path: string): ImportResult {
  const ext = extname(path).toLowerCase();
  let text: string;
  let name = basename(path, ext);
  if (ext === ".zip") {
    const inner = readDumpFromZip(readFileSync(path));
    text = inner.text;
    name = basename(inner.name, extname(inner.name));
  } else {
    text = readFileSync(path, "utf8");
  }
  const kept: string[] = [];
  let rows = 0;
  let skipped = 0;
  for (const line of text.split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    const row = parseGeoNamesLine(line.replace(/\r$/, ""));
    if (!row) {
      skipped++;
      continue;
    }
    rows++;
    if (row.featureClass === "P" || (row.featureClass === "A" && /^ADM[2-4]$/.test(row.featureCode)))
      kept.push(line.replace(/\r$/, ""));
  }
  if (rows === 0) throw new Error(`${path}: no GeoNames rows found (expected the tab-separated 19-column dump format)`);
  mkdirSync(importDir(), { recursive: true });
  const file = join(importDir(), `${name.replace(/[^A-Za-z0-9_-]/g, "_")}.tsv`);
  writeFileSync(file, kept.join("\n") + "\n");
  return { source: path, rows, kept: kept.length, skipped, file };
}
