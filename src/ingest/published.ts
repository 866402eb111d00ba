import { RecordError } from "./errors.js";

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * Normalizes a publication date or date-time to its ISO day. A date-time keeps the day as written
 * (the reporter's local day), since relative dates in the text ("Monday") are relative to it.
 * `field` names the value in messages: a record's "published", or empty for an option, which `what` already names.
 */
export function normalizePublished(value: unknown, what: string, field = '"published"'): string | null {
  const f = field ? `${field} ` : "";
  if (value === undefined || value === null || value === "") return null;
  if (typeof value !== "string" && typeof value !== "number") {
    throw new RecordError(`${what}: ${f}must be a date string, got ${typeof value}`);
  }
  const s = String(value).trim();
  const m = ISO_DAY.exec(s);
  if (m) {
    const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
    if (d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!) {
      return `${m[1]}-${m[2]}-${m[3]}`;
    }
    throw new RecordError(`${what}: ${f}${JSON.stringify(s)} is not a real calendar date`);
  }
  const t = Date.parse(s);
  if (Number.isNaN(t)) {
    throw new RecordError(`${what}: cannot read ${f}${JSON.stringify(s)} as a date (use YYYY-MM-DD)`);
  }
  return new Date(t).toISOString().slice(0, 10);
}
