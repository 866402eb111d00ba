import type { Dateline } from "../document/schema.js";

/*
 * An opening dateline names where the story was filed: "BEIRUT —", "KABUL, Afghanistan (AP) —",
 * "WASHINGTON (Reuters) -", "GAINESVILLE, Fla. -", "CHICAGO (WLS) --". The place part is in capitals;
 * an optional region follows a comma, an optional agency sits in parentheses, then a dash or colon.
 * Bounded quantifiers keep the match linear on hostile input.
 */
const DATELINE =
  /^[\s\u00a0]{0,20}([A-Z][A-Z.'’\- ]{1,40}?[A-Z.])((?:,\s{0,3}[A-Z][A-Za-z.'’ ]{0,30}){0,2})?\s{0,3}(\([A-Za-z0-9.&' ]{1,30}\))?\s{0,3}(?:[—–]|-{1,2}|:)(?=\s)/;

/** A story may open with only an agency and a dash ("(CNN) --") or a bare dash ("— "). */
const AGENCY_ONLY = /^[\s\u00a0]{0,20}(\([A-Za-z0-9.&' ]{1,30}\))?\s{0,3}(?:[—–]|-{1,2})(?=\s)/;

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s\-'’.])([a-z])/g, (_, p: string, c: string) => p + c.toUpperCase());
}

export function findDateline(text: string): Dateline | null {
  const m = DATELINE.exec(text);
  if (m) {
    const placeRaw = m[1]!.trim();
    // A line of capitals longer than a place name is a headline, not a dateline.
    if (placeRaw.split(/\s+/).length <= 4) {
      const start = m.index + m[0].search(/\S/);
      const end = m.index + m[0].length;
      return { start, end, text: text.slice(start, end), place: titleCase(placeRaw) };
    }
  }
  const a = AGENCY_ONLY.exec(text);
  if (a && a[0].trim()) {
    const start = a.index + a[0].search(/\S/);
    const end = a.index + a[0].length;
    return { start, end, text: text.slice(start, end), place: null };
  }
  return null;
}
