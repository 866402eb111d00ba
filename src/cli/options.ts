import { UsageError } from "../ingest/errors.js";
import { normalizePublished } from "../ingest/published.js";

/** A date option (--published, --since, --until): absent is null, anything else must read as a day. */
export function dateOption(v: string | undefined, name: string): string | null {
  if (v === undefined) return null;
  let day: string | null;
  try {
    day = normalizePublished(v, name, "");
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (!day) throw new UsageError(`${name} needs a date (YYYY-MM-DD)`);
  return day;
}

/** --since after --until selects nothing: almost always swapped dates, so say so rather than print nothing. */
export function checkRange(since: string | null, until: string | null): void {
  if (since && until && since > until) throw new UsageError(`--since ${since} is after --until ${until}`);
}
