import pg from "pg";
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

/** PostgreSQL, when DATABASE_URL is given: for many writers and for the pile that outgrows a laptop. */
export class PostgresStore implements Store {
  private constructor(
    private readonly pool: pg.Pool,
    readonly where: string,
  ) {}

  static async open(url: string): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString: url, max: 4 });
    // pg hands numeric columns back as strings unless told otherwise.
    pg.types.setTypeParser(pg.types.builtins.FLOAT8, Number);
    try {
      await pool.query(ddl("DOUBLE PRECISION", "JSONB"));
      await PostgresStore.addColumns(pool);
    } catch (e) {
      await pool.end();
      throw e;
    }
    return new PostgresStore(pool, url.replace(/:[^:@/]*@/, ":***@"));
  }

  /** Brings a database written by an older sitrep up to the current columns (see ADDED_COLUMNS). */
  private static async addColumns(pool: pg.Pool): Promise<void> {
    for (const { table, column, type, fill } of ADDED_COLUMNS) {
      const have = await pool.query(
        "SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 AND column_name = $2",
        [table, column],
      );
      if (have.rowCount) continue;
      await transaction(pool, async (c) => {
        // IF NOT EXISTS: another process opening the same database may have just added it.
        await c.query(`ALTER TABLE ${table} ADD COLUMN IF NOT EXISTS ${column} ${type}`);
        // A page at a time: the kept documents of a large database do not fit in memory at once.
        for (let after = ""; ;) {
          const { rows } = await c.query<{ id: string; document: unknown }>(
            `SELECT id, document FROM ${table} WHERE id > $1 ORDER BY id LIMIT 200`,
            [after],
          );
          if (!rows.length) break;
          for (const r of rows)
            await c.query(`UPDATE ${table} SET ${column} = $1 WHERE id = $2`, [fill(r.document), r.id]);
          after = rows[rows.length - 1]!.id;
        }
      });
    }
  }

  async has(id: string, text: string): Promise<boolean> {
    const r = await this.pool.query<{ text_hash: string }>("SELECT text_hash FROM documents WHERE id = $1", [id]);
    return r.rows[0]?.text_hash === textHash(text);
  }

  async saveFailure(id: string, error: string): Promise<void> {
    await this.pool.query(
      "INSERT INTO failures (id, error, failed_at) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET error = excluded.error, failed_at = excluded.failed_at",
      [id, error, new Date().toISOString()],
    );
  }

  async save(d: SitrepDocument): Promise<void> {
    await transaction(this.pool, async (c) => {
      await c.query("DELETE FROM documents WHERE id = $1", [d.id]);
      await c.query("DELETE FROM failures WHERE id = $1", [d.id]);
      await c.query(
        `INSERT INTO documents (${DOCUMENT_COLUMNS.join(", ")}) VALUES (${DOCUMENT_COLUMNS.map((_, i) => `$${i + 1}`).join(", ")})`,
        documentValues(d),
      );
      const rows = tableRows(d);
      for (const table of Object.keys(TABLES) as Table[]) {
        const cols = TABLES[table];
        const sql = `INSERT INTO ${table} (${cols.map(quoteColumn).join(", ")}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(", ")})`;
        for (const row of rows[table]) await c.query(sql, row);
      }
    });
  }

  async counts(): Promise<{ documents: number; events: number; failures: number }> {
    const one = async (t: string) => Number((await this.pool.query(`SELECT count(*) AS n FROM ${t}`)).rows[0].n);
    return { documents: await one("documents"), events: await one("events"), failures: await one("failures") };
  }

  async failures(): Promise<{ id: string; error: string }[]> {
    return (await this.pool.query("SELECT id, error FROM failures ORDER BY id")).rows;
  }

  async events(filter: EventFilter = {}): Promise<EventRow[]> {
    const w = eventWhere(filter, (i) => `$${i}`);
    const sql = `SELECT e.*, d.url, d.title, d.published, d.persons, d.places FROM events e JOIN documents d ON d.id = e.doc_id
      ${w.sql} ORDER BY e.event_date, e.doc_id, e.idx`;
    return (await this.pool.query<EventRow>(sql, w.args)).rows;
  }

  async document(id: string): Promise<unknown> {
    const r = await this.pool.query<{ document: unknown }>("SELECT document FROM documents WHERE id = $1", [id]);
    return r.rows[0]?.document ?? null;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** Runs `work` on one connection inside BEGIN/COMMIT, rolling back when it throws. */
async function transaction(pool: pg.Pool, work: (c: pg.PoolClient) => Promise<void>): Promise<void> {
  const c = await pool.connect();
  try {
    await c.query("BEGIN");
    await work(c);
    await c.query("COMMIT");
  } catch (e) {
    await c.query("ROLLBACK");
    throw e;
  } finally {
    c.release();
  }
}
