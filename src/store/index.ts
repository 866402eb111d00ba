import { PostgresStore } from "./postgres.js";
import type { Store } from "./rows.js";
import { SqliteStore } from "./sqlite.js";

export type { EventFilter, EventRow, Store } from "./rows.js";

/**
 * The events database: PostgreSQL when a postgres:// URL is given (or DATABASE_URL is set and no file is
 * named), else an embedded SQLite file.
 */
export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//.test(target);
}

export async function openStore(target?: string): Promise<Store> {
  const t = target ?? process.env.DATABASE_URL ?? process.env.SITREP_DB ?? "sitrep.db";
  if (isPostgresUrl(t)) return PostgresStore.open(t);
  return new SqliteStore(t);
}
