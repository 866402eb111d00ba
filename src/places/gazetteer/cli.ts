import { existsSync } from "node:fs";
import { UsageError } from "../../ingest/errors.js";
import { gazetteer, resetGazetteer } from "./index.js";
import { importDump } from "./import.js";

const HELP = `Usage:
  sitrep gazetteer import <GeoNames dump .txt or .zip...>

Adds the populated places (villages included) and districts of a GeoNames dump, such as a country
file SY.zip, to the gazetteer the places stage resolves names against. The index is rebuilt once,
then cached under .cache/places (set SITREP_CACHE to keep it elsewhere).
`;

/** `sitrep gazetteer ...`; returns the exit code. */
export async function gazetteerCommand(args: string[], out: (s: string) => Promise<void> | void): Promise<number> {
  const [sub, ...files] = args;
  if (sub === undefined || sub === "-h" || sub === "--help") {
    await out(HELP);
    return sub === undefined ? 2 : 0;
  }
  if (sub !== "import")
    throw new UsageError(`unknown gazetteer command ${JSON.stringify(sub)}; see sitrep gazetteer --help`);
  if (!files.length) throw new UsageError("gazetteer import needs a GeoNames dump (.txt or .zip)");
  for (const f of files) if (!existsSync(f)) throw new UsageError(`${f}: no such file`);
  for (const f of files) {
    let r;
    try {
      r = importDump(f);
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    await out(
      `${f}: ${r.rows} rows read, ${r.kept} places and districts kept${r.skipped ? `, ${r.skipped} malformed lines skipped` : ""}\n`,
    );
  }
  resetGazetteer();
  const g = gazetteer();
  await out(`gazetteer rebuilt: ${g.size} features\n`);
  return 0;
}
