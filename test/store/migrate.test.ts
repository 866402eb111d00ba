import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { openStore } from "../../src/store/index.js";

/*
 * A database written before documents kept the people and places they name must still open, and its
 * reports must still merge on them. PostgreSQL runs where SITREP_TEST_DATABASE_URL names a database (as in
 * backends.test.ts), in a schema of its own so the other tests' tables are not touched.
 */
const OLD_DOCUMENTS = (json: string) => `CREATE TABLE documents (
  id TEXT PRIMARY KEY, text_hash TEXT NOT NULL, published TEXT, published_source TEXT, title TEXT, url TEXT,
  document ${json} NOT NULL, ingested_at TEXT NOT NULL)`;
/** More documents than one page of the backfill; the event belongs to the last in id order. */
const OLD_IDS = [...Array.from({ length: 250 }, (_, i) => `old-${String(i).padStart(3, "0")}`), "old-z"];
const oldRow = (id: string) => [id, "h", "2015-12-12", "given", "Teen shot", null] as const;
const TEXT = "Deshawn Miles, 19, was shot in Mount Oliver.";
const DOCUMENT = JSON.stringify({
  text: TEXT,
  actors: [{ name: "Deshawn Miles", type: "person", mentions: [{ start: 0, end: 13 }] }],
  places: [{ name: "Mount Oliver" }],
});
const EVENT =
  "INSERT INTO events (doc_id, idx, event_type, event_date, time_precision, evidence) VALUES ('old-z', 0, 'Violence against civilians', '2015-12-11', 1, 'was shot')";

/** Writes an old database; returns where to open it and how to run SQL on it afterwards. */
type Old = () => Promise<{ target: string; exec: (sql: string) => Promise<void>; done: () => Promise<void> }>;

const sqlite: Old = async () => {
  const target = join(mkdtempSync(join(tmpdir(), "sitrep-old-")), "old.db");
  const db = new Database(target);
  db.exec(OLD_DOCUMENTS("TEXT"));
  const insert = db.prepare("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  for (const id of OLD_IDS) insert.run(...oldRow(id), DOCUMENT, "2015-12-12");
  db.close();
  const exec = async (sql: string) => {
    const d = new Database(target);
    d.exec(sql);
    d.close();
  };
  return { target, exec, done: async () => {} };
};

const old: [string, Old][] = [["sqlite", sqlite]];
const pgUrl = process.env.SITREP_TEST_DATABASE_URL;
if (pgUrl) {
  old.push([
    "postgres",
    async () => {
      const schema = `sitrep_old_${process.pid}_${Date.now()}`;
      const client = new pg.Client(pgUrl);
      await client.connect();
      await client.query(`CREATE SCHEMA ${schema}`);
      await client.query(`SET search_path = ${schema}`);
      await client.query(OLD_DOCUMENTS("JSONB"));
      for (const id of OLD_IDS)
        await client.query("INSERT INTO documents VALUES ($1, $2, $3, $4, $5, $6, $7, $8)", [
          ...oldRow(id),
          DOCUMENT,
          "x",
        ]);
      const target = `${pgUrl}${pgUrl.includes("?") ? "&" : "?"}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
      return {
        target,
        exec: async (sql) => void (await client.query(sql)),
        done: async () => {
          await client.query(`DROP SCHEMA ${schema} CASCADE`);
          await client.end();
        },
      };
    },
  ]);
}

describe.each(old)("an old %s database", (_name, write) => {
  it("still opens, gains the columns, and fills them from the documents it kept", async () => {
    const { target, exec, done } = await write();
    try {
      const store = await openStore(target);
      await exec(EVENT);
      const [row] = await store.events();
      expect(row).toMatchObject({
        doc_id: "old-z",
        persons: "Deshawn Miles",
        places: "Mount Oliver",
        title: "Teen shot",
      });
      await store.close();
      // Opening it again finds the columns there and leaves them be.
      const again = await openStore(target);
      expect((await again.events())[0]?.persons).toBe("Deshawn Miles");
      await again.close();
    } finally {
      await done();
    }
  });
});
