import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { toCsv } from "../../src/store/export.js";
import { openStore, type Store } from "../../src/store/index.js";
import { KHAN_TUMAN, khanTumanBattle, readShared } from "../helpers.js";

/*
 * The same behaviour from both backends. PostgreSQL runs where SITREP_TEST_DATABASE_URL names a database
 * (.ci/run starts a local server and sets it); SQLite always runs.
 */
const backends: [string, () => Promise<Store>][] = [
  ["sqlite", () => openStore(join(mkdtempSync(join(tmpdir(), "sitrep-db-")), "t.db"))],
];
const pgUrl = process.env.SITREP_TEST_DATABASE_URL;
if (pgUrl) backends.push(["postgres", () => openStore(pgUrl)]);
else console.warn("SITREP_TEST_DATABASE_URL is not set: the PostgreSQL store is not tested in this run");

const text = readShared(KHAN_TUMAN);

describe.each(backends)("%s store", (_name, open) => {
  const opened: Store[] = [];
  afterAll(async () => {
    for (const s of opened) await s.close();
  });

  it("keeps the full document, its events with ranges, and replaces a re-ingested article", async () => {
    const store = await open();
    opened.push(store);
    const id = `khan-tuman-${Date.now()}-${Math.random()}`;
    const doc = extract(text, { id, published: "2016-05-10" });
    // An event as the events stage shapes it: the store must keep every field analysts export.
    doc.events = [khanTumanBattle(text)];
    expect(await store.has(id, text)).toBe(false);
    await store.save(doc);
    await store.save(doc);
    expect(await store.has(id, text)).toBe(true);
    expect(await store.has(id, text + " changed")).toBe(false);
    const rows = (await store.events({ country: "sy", since: "2016-05-01" })).filter((r) => r.doc_id === id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      event_type: "Battles",
      location: "Khan Tuman",
      latitude: 36.12,
      fatalities_best: 13,
      injured_high: 21,
      evidence: "killing 13 IRGC members and injuring 21 others",
    });
    const csv = [...toCsv(rows)].join("");
    expect(csv).toMatch(/,Khan Tuman,36\.12,37\.05,2,/);
    const stored = (await store.document(id)) as { text: string; boilerplate: unknown[] };
    expect(stored.text).toBe(text);
    expect(stored.boilerplate).toHaveLength(3);
    expect((await store.events({ country: "SY", until: "2016-05-05" })).filter((r) => r.doc_id === id)).toHaveLength(0);
  });

  it("records failures so a batch never drops an article silently", async () => {
    const store = await open();
    opened.push(store);
    const id = `broken-${Date.now()}-${Math.random()}`;
    await store.saveFailure(id, "not valid JSON");
    expect((await store.failures()).find((f) => f.id === id)?.error).toBe("not valid JSON");
  });
});
