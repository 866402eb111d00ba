import { existsSync } from "node:fs";
import { UsageError } from "../ingest/errors.js";
import { isPostgresUrl, openStore, type Store } from "../store/index.js";

/** --db, else DATABASE_URL (PostgreSQL), else SITREP_DB, else ./sitrep.db */
export function dbTarget(v: string | undefined): string {
  return v ?? process.env.DATABASE_URL ?? process.env.SITREP_DB ?? "sitrep.db";
}

const hidePassword = (target: string) => target.replace(/:[^:@/]*@/, ":***@");

/** Opens (and creates, for SQLite) the events database, with a clear message when it cannot. */
export async function openDb(target: string): Promise<Store> {
  try {
    return await openStore(target);
  } catch (e) {
    throw new UsageError(`cannot open the database ${hidePassword(target)}: ${(e as Error).message}`);
  }
}

/** For readers (export, serve): a missing SQLite file is a mistake, not an empty database to create. */
export async function openExistingDb(target: string): Promise<Store> {
  if (!isPostgresUrl(target) && !existsSync(target)) {
    throw new UsageError(`no database at ${target}; run sitrep ingest first`);
  }
  return openDb(target);
}
