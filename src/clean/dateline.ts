import type { Dateline, Range } from "../document/schema.js";
import { loadData } from "../util/data.js";

/*
 * An opening dateline names where the story was filed: "BEIRUT —", "KABUL, Afghanistan (AP) —",
 * "WASHINGTON (Reuters) -", "GAINESVILLE, Fla. -", "CHICAGO (WLS) --". The place part is in capitals;
 * an optional region follows a comma, an optional agency sits in parentheses, then a dash or colon.
 * Bounded quantifiers keep the match linear on hostile input.
 */
const DATELINE =
  /^[\s\u00a0]{0,20}([A-Z][A-Z.'’\- ]{1,40}?[A-Z.])((?:,\s{0,3}[A-Z][A-Za-z.'’ ]{0,30}){0,2})?(,\s{0,3}(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?\s{1,3}\d{1,2})?\s{0,3}(\([A-Za-z0-9.&' ]{1,30}\))?\s{0,3}(?:[—–―]|-{1,2}|:)(?=\s|(?<=[—–―])[A-Z][a-z])/;

/**
 * Wire services also write the place in title case and the filing day after it ("Washington (AFP) –",
 * "NEW YORK, Nov. 19 (UPI) —", above): in title case only with the agency, which tells a dateline
 * from a headline ending in a dash.
 */
const TITLE_DATELINE =
  /^[\s\u00a0]{0,20}([A-Z][a-z]{1,20}(?: [A-Z][a-z]{1,20}){0,2})((?:,\s{0,3}[A-Z][A-Za-z.'’ ]{0,30}){0,2})?(,\s{0,3}(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?\s{1,3}\d{1,2})?\s{0,3}(\([A-Za-z0-9.&' ]{1,30}\))\s{0,3}(?:[—–―]|-{1,2})(?=\s)/;

/** A story may open with only an agency and a dash ("(CNN) --") or a bare dash ("— "). */
const AGENCY_ONLY = /^[\s\u00a0]{0,20}(\([A-Za-z0-9.&' ]{1,30}\))?\s{0,3}(?:[—–]|-{1,2})(?=\s)/;

let stop: Set<string> | null = null;
function notPlaces(): Set<string> {
  stop ??= new Set(loadData<{ notPlaces: string[] }>("clean/dateline.json").notPlaces);
  return stop;
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s\-'’.])([a-z])/g, (_, p: string, c: string) => p + c.toUpperCase());
}

/** A station tag scraped in front of the dateline: "(CBS42)  COLBERT COUNTY, Ala. (WIAT) —". */
const LEADING_TAG = /^[\s\u00a0]{0,20}\([A-Za-z0-9.&' ]{1,20}\)/;

/** A scraped page may set the dateline between dashes: "- FORT SMITH, Ark. - A 3-year-old girl". */
const LEADING_DASH = /^[\s\u00a0]{0,20}(?:[—–]|-{1,2})(?=\s{1,3}[A-Z])/;

/** A byline run into the dateline's line: "By JANE DOE, Associated Press TUCSON, Ariz. —". */
const LEADING_BYLINE =
  /^[\s\u00a0]{0,20}By\s{1,3}[A-Za-z.'’\- ]{3,60}?,\s{0,3}(?:The\s{1,3})?(?:Associated\s{1,3}Press|Reuters|AP|Bloomberg|Staff(?:\s{1,3}Writer)?)\s{1,3}(?=[A-Z])/;

function datelineAt(text: string, from: number): Dateline | null {
  let line = text.slice(from, from + 200);
  const tag = LEADING_TAG.exec(line) ?? LEADING_DASH.exec(line) ?? LEADING_BYLINE.exec(line);
  let base = from;
  if (tag && DATELINE.test(line.slice(tag[0].length))) {
    base += tag[0].length;
    line = line.slice(tag[0].length);
  }
  const m = DATELINE.exec(line) ?? TITLE_DATELINE.exec(line);
  if (m) {
    const placeRaw = m[1]!.trim();
    // A line of capitals longer than a place name is a headline, not a dateline; so is a section label
    // ahead of a headline in capitals ("CRICKET - LEICESTERSHIRE TAKE OVER AT TOP").
    if (
      placeRaw.split(/\s+/).length <= 4 &&
      !notPlaces().has(placeRaw.replace(/[.\s]+$/, "").toUpperCase()) &&
      !headlineFollows(line.slice(m[0].length))
    ) {
      const start = base + m[0].search(/\S/);
      const end = base + m[0].length;
      const region = (m[2] ?? "").replace(/^,\s*/, "").trim() || null;
      return { start, end, text: text.slice(start, end), place: titleCase(placeRaw), region };
    }
  }
  return null;
}

/** The words after the dash are mostly in capitals: a headline, so what came before was a section label. */
function headlineFollows(rest: string): boolean {
  const words = rest.slice(0, 80).match(/[A-Za-z]{2,}/g) ?? [];
  if (words.length < 2) return false;
  return words.filter((w) => w === w.toUpperCase()).length / words.length > 0.6;
}

/** Scraped pages often put a headline, a byline or a video notice above the dateline. */
const MAX_LINES = 6;

export function findDateline(text: string, skip: readonly Range[] = []): Dateline | null {
  let from = 0;
  for (let line = 0; line < MAX_LINES && from < text.length;) {
    const nl = text.indexOf("\n", from);
    const lineEnd = nl < 0 ? text.length : nl;
    const blank = text.slice(from, lineEnd).trim() === "";
    const inSkip = skip.some((r) => r.start <= from + 1 && lineEnd <= r.end + 1 && r.end > from);
    if (!blank && !inSkip) {
      const d = datelineAt(text, from);
      if (d) return d;
      line++;
    }
    if (nl < 0) break;
    from = nl + 1;
  }
  const a = AGENCY_ONLY.exec(text);
  if (a && a[0].trim()) {
    const start = a.index + a[0].search(/\S/);
    const end = a.index + a[0].length;
    return { start, end, text: text.slice(start, end), place: null, region: null };
  }
  return null;
}
