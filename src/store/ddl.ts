import { personNames } from "./names.js";
import { placeNames } from "./places.js";

/**
 * The schema, written once for both backends: `real` and `json` are spelled per dialect. One row per
 * article keeps its full output document, so nothing extracted is ever lost; failed articles are kept
 * too, so a batch never silently drops one.
 */
export function ddl(real: string, json: string): string {
  return `
CREATE TABLE IF NOT EXISTS documents (
  id TEXT PRIMARY KEY, text_hash TEXT NOT NULL, published TEXT, published_source TEXT, title TEXT, url TEXT,
  document ${json} NOT NULL, ingested_at TEXT NOT NULL, persons TEXT, places TEXT
);
CREATE TABLE IF NOT EXISTS failures (id TEXT PRIMARY KEY, error TEXT NOT NULL, failed_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS events (
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
  event_type TEXT NOT NULL, sub_event_type TEXT, event_date TEXT, time_precision INTEGER,
  location TEXT, country TEXT, admin1 TEXT, latitude ${real}, longitude ${real}, geo_precision INTEGER,
  actor1 TEXT, actor2 TEXT,
  fatalities_low ${real}, fatalities_best ${real}, fatalities_high ${real},
  injured_low ${real}, injured_best ${real}, injured_high ${real},
  status TEXT, source TEXT, confidence ${real}, evidence TEXT NOT NULL,
  PRIMARY KEY (doc_id, idx)
);
CREATE INDEX IF NOT EXISTS events_date ON events(event_date);
CREATE INDEX IF NOT EXISTS events_country ON events(country, admin1);
CREATE TABLE IF NOT EXISTS casualties (
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
  kind TEXT NOT NULL, low ${real}, best ${real}, high ${real}, victims TEXT, aggregate INTEGER, status TEXT,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
  PRIMARY KEY (doc_id, idx)
);
CREATE TABLE IF NOT EXISTS places (
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
  name TEXT, country TEXT, admin1 TEXT, latitude ${real}, longitude ${real}, geo_precision INTEGER,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
  PRIMARY KEY (doc_id, idx)
);
CREATE TABLE IF NOT EXISTS quotes (
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
  kind TEXT, speaker TEXT, cue TEXT, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
  PRIMARY KEY (doc_id, idx)
);
`;
}

/**
 * Columns added after a table was first released. `CREATE TABLE IF NOT EXISTS` leaves an existing table as
 * it was, so each store adds these to older databases when it opens them (a nullable column, so old rows
 * stay valid), then fills them from what it already keeps.
 */
export const ADDED_COLUMNS: readonly {
  table: "documents";
  column: string;
  type: string;
  /** the value for a row stored before the column existed, read from its kept output document */
  fill: (document: unknown) => string | null;
}[] = [
  {
    table: "documents",
    column: "persons",
    type: "TEXT",
    fill: (d) => personNames(d as Parameters<typeof personNames>[0]),
  },
  {
    table: "documents",
    column: "places",
    type: "TEXT",
    fill: (d) => placeNames(d as Parameters<typeof placeNames>[0]),
  },
];

export const quoteColumn = (c: string) => (c === "end" ? `"end"` : c);
