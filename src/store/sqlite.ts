import Database from "better-sqlite3";
import type { SitrepDocument } from "../document/schema.js";
import { ADDED_COLUMNS, ddl, quoteColumn } from "./ddl.js";
import {
  DOCUMENT_COLUMNS,
  documentValues,
  type EventFilter,
  type EventRow,
  eventWhere,
  type Store,
  TABLES,
  type Table,
  tableRows,
  textHash,
} from "./rows.js";

/** The embedded default: one file, no server. */
export class SqliteStore implements Store {
  private readonly db: Database.Database;

  constructor(readonly where: string) {
    this.db = new Database(where);
    // WAL: a reader (an export) never blocks a long ingest, and a crash keeps committed work.
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("foreign_keys = ON");
    this.db.exec(ddl("REAL", "TEXT"));
    this.addColumns();
  }

  /** Brings a database written by an older sitrep up to the current columns (see ADDED_COLUMNS). */
  private addColumns(): void {
    const db = this.db;
    for (const { table, column, type, fill } of ADDED_COLUMNS) {
      const have = db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[];
      if (have.some((c) => c.name === column)) continue;
      db.transaction(() => {
        db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${type}`);
        const update = db.prepare(`UPDATE ${table} SET ${column} = ? WHERE id = ?`);
        // A page at a time: the kept documents of a large database do not fit in memory at once.
        const page = db.prepare(`SELECT id, document FROM ${table} WHERE id > ? ORDER BY id LIMIT 200`);
        for (let after = ""; ;) {
          const rows = page.all(after) as { id: string; document: string }[];
          if (!rows.length) break;
          for (const r of rows) update.run(fill(JSON.parse(r.document)), r.id);
          after = rows[rows.length - 1]!.id;
        }
      })();
    }
  }

  async has(id: string, text: string): Promise<boolean> {
    const row = this.db.prepare("SELECT text_hash FROM documents WHERE id = ?").get(id) as
      { text_hash: string } | undefined;
    return row?.text_hash === textHash(text);
  }

  async saveFailure(id: string, error: string): Promise<void> {
    this.db
      .prepare(
        "INSERT INTO failures (id, error, failed_at) VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET error = excluded.error, failed_at = excluded.failed_at",
      )
      .run(id, error, new Date().toISOString());
  }

  /** Stores one document and its flat rows in one transaction, replacing an earlier version of it. */
  async save(doc: SitrepDocument): Promise<void> {
    const db = this.db;
    db.transaction((d: SitrepDocument) => {
      db.prepare("DELETE FROM documents WHERE id = ?").run(d.id);
      db.prepare("DELETE FROM failures WHERE id = ?").run(d.id);
      db.prepare(
        `INSERT INTO documents (${DOCUMENT_COLUMNS.join(", ")}) VALUES (${DOCUMENT_COLUMNS.map(() => "?").join(", ")})`,
      ).run(...documentValues(d));
      const rows = tableRows(d);
      for (const table of Object.keys(TABLES) as Table[]) {
        const cols = TABLES[table];
        const stmt = db.prepare(
          `INSERT INTO ${table} (${cols.map(quoteColumn).join(", ")}) VALUES (${cols.map(() => "?").join(", ")})`,
        );
        for (const row of rows[table]) stmt.run(...row);
      }
    })(doc);
  }

  async counts(): Promise<{ documents: number; events: number; failures: number }> {
    const one = (t: string) => (this.db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
    return { documents: one("documents"), events: one("events"), failures: one("failures") };
  }

  async failures(): Promise<{ id: string; error: string }[]> {
    return this.db.prepare("SELECT id, error FROM failures ORDER BY id").all() as { id: string; error: string }[];
  }

  async events(filter: EventFilter = {}): Promise<EventRow[]> {
    const w = eventWhere(filter, () => "?");
    const sql = `SELECT e.*, d.url, d.title, d.published, d.persons, d.places FROM events e JOIN documents d ON d.id = e.doc_id
      ${w.sql} ORDER BY e.event_date, e.doc_id, e.idx`;
    return this.db.prepare(sql).all(...w.args) as EventRow[];
  }

  async document(id: string): Promise<unknown> {
    const row = this.db.prepare("SELECT document FROM documents WHERE id = ?").get(id) as
      { document: string } | undefined;
    return row ? JSON.parse(row.document) : null;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
