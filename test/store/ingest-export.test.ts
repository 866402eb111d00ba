import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../src/util/data.js";
import { SqliteStore } from "../../src/store/sqlite.js";
import { readJsonl } from "../helpers.js";

function sitrep(args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, "bin", "sitrep.js"), ...args], { encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tmp = mkdtempSync(join(tmpdir(), "sitrep-store-"));
const gva = readJsonl<{ id: string; text: string; published: string }>("eval/casualties/dev.jsonl").slice(0, 30);
const line = (r: { id: string; text: string; published: string }) =>
  JSON.stringify({ id: r.id, text: r.text, published: r.published });

describe("sitrep ingest", () => {
  const db = join(tmp, "events.db");
  const part = join(tmp, "part.jsonl");
  const all = join(tmp, "all.jsonl");
  writeFileSync(part, gva.slice(0, 10).map(line).join("\n") + "\n");
  writeFileSync(all, [...gva.map(line), "{broken"].join("\n") + "\n");

  it("stores every article and resumes where an earlier run stopped", async () => {
    const first = sitrep(["ingest", part, "--db", db]);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/10 stored, 0 already stored, 0 failed/);
    const second = sitrep(["ingest", all, "--db", db]);
    // The broken line is reported and kept as a failure; nothing already stored is redone or lost.
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/20 stored, 10 already stored, 1 failed/);
    const store = new SqliteStore(db);
    expect((await store.counts()).documents).toBe(30);
    const failures = await store.failures();
    expect(failures).toHaveLength(1);
    expect(failures[0]!.error).toMatch(/not valid JSON/);
    const doc = (await store.document(gva[3]!.id)) as { text: string; sentences: unknown[] };
    expect(doc.text).toBe(gva[3]!.text);
    expect(doc.sentences.length).toBeGreaterThan(0);
    await store.close();
  });

  it("export writes ACLED-style CSV and a GeoJSON FeatureCollection", () => {
    const csv = sitrep(["export", "--db", db, "--format", "csv"]);
    expect(csv.code).toBe(0);
    expect(csv.stdout.split("\n")[0]).toMatch(
      /^event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2,country,admin1,location,latitude,longitude,geo_precision/,
    );
    const geo = sitrep(["export", "--db", db, "--format", "geojson"]);
    expect(geo.code).toBe(0);
    expect(JSON.parse(geo.stdout).type).toBe("FeatureCollection");
  });

  it("export refuses a missing database with a clear message", () => {
    const r = sitrep(["export", "--db", join(tmp, "none.db")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no database at .*none\.db; run sitrep ingest first/);
  });
});
