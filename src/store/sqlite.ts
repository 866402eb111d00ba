import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import type { SitrepDocument } from "../document/schema.js";
import { toOutput } from "../output.js";

/*
 * The events database. One row per article (its full output document as JSON, so nothing extracted is
 * ever lost) plus flat, indexed tables of what analysts query: events, casualties, places, quotes.
 * Failed articles are kept too, so a batch run never silently drops one.
 */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS documents (
  id TEXT PRIMARY KEY,
  text_hash TEXT NOT NULL,
  published TEXT,
  published_source TEXT,
  title TEXT,
  url TEXT,
  document TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS failures (
  id TEXT PRIMARY KEY,
  error TEXT NOT NULL,
  failed_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  event_type TEXT NOT NULL,
  sub_event_type TEXT,
  event_date TEXT,
  time_precision INTEGER,
  location TEXT,
  country TEXT,
  admin1 TEXT,
  latitude REAL,
  longitude REAL,
  geo_precision INTEGER,
  actor1 TEXT,
  actor2 TEXT,
  fatalities_low REAL, fatalities_best REAL, fatalities_high REAL,
  injured_low REAL, injured_best REAL, injured_high REAL,
  status TEXT,
  source TEXT,
  confidence REAL,
  evidence TEXT NOT NULL,
  PRIMARY KEY (doc_id, idx)
);
CREATE INDEX IF NOT EXISTS events_date ON events(event_date);
CREATE INDEX IF NOT EXISTS events_country ON events(country, admin1);
CREATE TABLE IF NOT EXISTS casualties (
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  kind TEXT NOT NULL,
  low REAL, best REAL, high REAL,
  victims TEXT,
  aggregate INTEGER,
  status TEXT,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
  PRIMARY KEY (doc_id, idx)
);
CREATE TABLE IF NOT EXISTS places (
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  name TEXT, country TEXT, admin1 TEXT, latitude REAL, longitude REAL, geo_precision INTEGER,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
  PRIMARY KEY (doc_id, idx)
);
CREATE TABLE IF NOT EXISTS quotes (
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  kind TEXT, speaker TEXT, cue TEXT,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
  PRIMARY KEY (doc_id, idx)
);
`;

export function textHash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 32);
}

export interface EventRow {
  doc_id: string;
  idx: number;
  event_type: string;
  sub_event_type: string | null;
  event_date: string | null;
  time_precision: number | null;
  location: string | null;
  country: string | null;
  admin1: string | null;
  latitude: number | null;
  longitude: number | null;
  geo_precision: number | null;
  actor1: string | null;
  actor2: string | null;
  fatalities_low: number | null;
  fatalities_best: number | null;
  fatalities_high: number | null;
  injured_low: number | null;
  injured_best: number | null;
  injured_high: number | null;
  status: string | null;
  source: string | null;
  confidence: number | null;
  evidence: string;
  url: string | null;
  title: string | null;
  published: string | null;
}

export interface EventFilter {
  country?: string;
  since?: string;
  until?: string;
  type?: string;
}

export class SqliteStore {
  private readonly db: Database.Database;

  constructor(readonly path: string) {
    this.db = new Database(path);
    // WAL: a reader (the export, the API) never blocks a long ingest, and a crash keeps committed work.
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("foreign_keys = ON");
    this.db.exec(SCHEMA);
  }

  /** True when this article, with this exact text, is already stored: a rerun skips it. */
  has(id: string, text: string): boolean {
    const row = this.db.prepare("SELECT text_hash FROM documents WHERE id = ?").get(id) as
      { text_hash: string } | undefined;
    return row?.text_hash === textHash(text);
  }

  saveFailure(id: string, error: string): void {
    this.db
      .prepare(
        "INSERT INTO failures (id, error, failed_at) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET error = excluded.error, failed_at = excluded.failed_at",
      )
      .run(id, error, new Date().toISOString());
  }

  /** Stores one document and its flat rows, replacing an earlier version of the same id. */
  save(doc: SitrepDocument): void {
    const db = this.db;
    const tx = db.transaction((d: SitrepDocument) => {
      db.prepare("DELETE FROM documents WHERE id = ?").run(d.id);
      db.prepare("DELETE FROM failures WHERE id = ?").run(d.id);
      db.prepare(
        "INSERT INTO documents (id, text_hash, published, published_source, title, url, document, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      ).run(
        d.id,
        textHash(d.text),
        d.published,
        d.publishedSource,
        d.title,
        d.url,
        JSON.stringify(toOutput(d)),
        new Date().toISOString(),
      );
      const ev = db.prepare(
        `INSERT INTO events VALUES (@doc_id, @idx, @event_type, @sub_event_type, @event_date, @time_precision, @location, @country, @admin1,
          @latitude, @longitude, @geo_precision, @actor1, @actor2, @fatalities_low, @fatalities_best, @fatalities_high,
          @injured_low, @injured_best, @injured_high, @status, @source, @confidence, @evidence)`,
      );
      d.events.forEach((e, idx) =>
        ev.run({
          doc_id: d.id,
          idx,
          event_type: e.type,
          sub_event_type: e.subType,
          event_date: e.date?.value ?? null,
          time_precision: e.date?.precision ?? null,
          location: e.place?.name ?? null,
          country: e.place?.country ?? null,
          admin1: e.place?.admin1 ?? null,
          latitude: e.place?.lat ?? null,
          longitude: e.place?.lon ?? null,
          geo_precision: e.place?.precision ?? null,
          actor1: e.actor1?.name ?? null,
          actor2: e.actor2?.name ?? null,
          fatalities_low: e.fatalities?.low ?? null,
          fatalities_best: e.fatalities?.best ?? null,
          fatalities_high: e.fatalities?.high ?? null,
          injured_low: e.injured?.low ?? null,
          injured_best: e.injured?.best ?? null,
          injured_high: e.injured?.high ?? null,
          status: e.status ?? null,
          source: e.source ?? null,
          confidence: e.confidence ?? null,
          evidence: e.evidence.map((r) => d.text.slice(r.start, r.end)).join(" … "),
        }),
      );
      const cas = db.prepare("INSERT INTO casualties VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
      d.casualties.forEach((c, i) =>
        cas.run(
          d.id,
          i,
          c.kind,
          c.low,
          c.best,
          c.high,
          c.victims,
          c.aggregate ? 1 : 0,
          c.status ?? null,
          c.start,
          c.end,
          c.text,
        ),
      );
      const pl = db.prepare("INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
      d.places.forEach((p, i) =>
        pl.run(d.id, i, p.name, p.country, p.admin1, p.lat, p.lon, p.precision, p.start, p.end, p.text),
      );
      const q = db.prepare("INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
      d.quotes.forEach((x, i) =>
        q.run(d.id, i, x.kind, x.speaker?.name ?? null, x.cue?.text ?? null, x.start, x.end, x.text),
      );
    });
    tx(doc);
  }

  counts(): { documents: number; events: number; failures: number } {
    const one = (sql: string) => (this.db.prepare(sql).get() as { n: number }).n;
    return {
      documents: one("SELECT count(*) AS n FROM documents"),
      events: one("SELECT count(*) AS n FROM events"),
      failures: one("SELECT count(*) AS n FROM failures"),
    };
  }

  failures(): { id: string; error: string }[] {
    return this.db.prepare("SELECT id, error FROM failures ORDER BY id").all() as { id: string; error: string }[];
  }

  events(filter: EventFilter = {}): EventRow[] {
    const where: string[] = [];
    const args: string[] = [];
    const add = (clause: string, value: string | undefined) => {
      if (value === undefined) return;
      where.push(clause);
      args.push(value);
    };
    add("e.country = ?", filter.country?.toUpperCase());
    add("e.event_date >= ?", filter.since);
    add("substr(e.event_date, 1, 10) <= ?", filter.until);
    add("e.event_type = ?", filter.type);
    const sql = `SELECT e.*, d.url, d.title, d.published FROM events e JOIN documents d ON d.id = e.doc_id
      ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY e.event_date, e.doc_id, e.idx`;
    return this.db.prepare(sql).all(...args) as EventRow[];
  }

  document(id: string): unknown {
    const row = this.db.prepare("SELECT document FROM documents WHERE id = ?").get(id) as
      { document: string } | undefined;
    return row ? JSON.parse(row.document) : null;
  }

  close(): void {
    this.db.close();
  }
}
