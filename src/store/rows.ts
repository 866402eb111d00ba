import { createHash } from "node:crypto";
import type { SitrepDocument } from "../document/schema.js";
import { toOutput } from "../output.js";
import { personNames } from "./names.js";
import { placeNames } from "./places.js";

/*
 * The flat tables analysts query, shared by the SQLite and PostgreSQL stores: column lists and the
 * mapping from a document to rows live here once.
 */
export const TABLES = {
  events: [
    "doc_id",
    "idx",
    "event_type",
    "sub_event_type",
    "event_date",
    "time_precision",
    "location",
    "country",
    "admin1",
    "latitude",
    "longitude",
    "geo_precision",
    "actor1",
    "actor2",
    "fatalities_low",
    "fatalities_best",
    "fatalities_high",
    "injured_low",
    "injured_best",
    "injured_high",
    "status",
    "source",
    "confidence",
    "evidence",
  ],
  casualties: [
    "doc_id",
    "idx",
    "kind",
    "low",
    "best",
    "high",
    "victims",
    "aggregate",
    "status",
    "start",
    "end",
    "text",
  ],
  places: [
    "doc_id",
    "idx",
    "name",
    "country",
    "admin1",
    "latitude",
    "longitude",
    "geo_precision",
    "start",
    "end",
    "text",
  ],
  quotes: ["doc_id", "idx", "kind", "speaker", "cue", "start", "end", "text"],
} as const;

export type Table = keyof typeof TABLES;
export type Value = string | number | null;

export function textHash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 32);
}

export interface DocumentRow {
  id: string;
  text_hash: string;
  published: string | null;
  published_source: string | null;
  title: string | null;
  url: string | null;
  /** the people the article names (names.ts), matched across articles to find reports of one incident */
  persons: string | null;
  /** the places the article mentions (places.ts), matched across articles like `persons` */
  places: string | null;
  document: string;
}

export function documentRow(d: SitrepDocument): DocumentRow {
  return {
    id: d.id,
    text_hash: textHash(d.text),
    published: d.published,
    published_source: d.publishedSource,
    title: d.title,
    url: d.url,
    persons: personNames(d),
    places: placeNames(d),
    document: JSON.stringify(toOutput(d)),
  };
}

/** The columns of a `documents` row as both stores insert it, in `documentValues` order. */
export const DOCUMENT_COLUMNS = [
  "id",
  "text_hash",
  "published",
  "published_source",
  "title",
  "url",
  "persons",
  "places",
  "document",
  "ingested_at",
] as const;

/** One `documents` row's values in `DOCUMENT_COLUMNS` order, stamped with the time of ingest. */
export function documentValues(d: SitrepDocument, ingestedAt = new Date().toISOString()): Value[] {
  const r = documentRow(d);
  return [
    r.id,
    r.text_hash,
    r.published,
    r.published_source,
    r.title,
    r.url,
    r.persons,
    r.places,
    r.document,
    ingestedAt,
  ];
}

/** The rows of each flat table for one document, values in `TABLES` column order. */
export function tableRows(d: SitrepDocument): Record<Table, Value[][]> {
  return {
    events: d.events.map((e, idx) => [
      d.id,
      idx,
      e.type,
      e.subType,
      e.date?.value ?? null,
      e.date?.precision ?? null,
      e.place?.name ?? null,
      e.place?.country ?? null,
      e.place?.admin1 ?? null,
      e.place?.lat ?? null,
      e.place?.lon ?? null,
      e.place?.precision ?? null,
      e.actor1?.name ?? null,
      e.actor2?.name ?? null,
      e.fatalities?.low ?? null,
      e.fatalities?.best ?? null,
      e.fatalities?.high ?? null,
      e.injured?.low ?? null,
      e.injured?.best ?? null,
      e.injured?.high ?? null,
      e.status ?? null,
      e.source ?? null,
      e.confidence ?? null,
      e.evidence.map((r) => d.text.slice(r.start, r.end)).join(" … "),
    ]),
    casualties: d.casualties.map((c, i) => [
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
    ]),
    places: d.places.map((p, i) => [
      d.id,
      i,
      p.name,
      p.country,
      p.admin1,
      p.lat,
      p.lon,
      p.precision,
      p.start,
      p.end,
      p.text,
    ]),
    quotes: d.quotes.map((q, i) => [
      d.id,
      i,
      q.kind,
      q.speaker?.name ?? null,
      q.cue?.text ?? null,
      q.start,
      q.end,
      q.text,
    ]),
  };
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
  persons: string | null;
  places: string | null;
}

/** The event rows of one document exactly as a store hands them back (events joined to their document). */
export function eventRows(d: SitrepDocument): EventRow[] {
  const doc = documentRow(d);
  return tableRows(d).events.map((values) => {
    const row: Record<string, Value> = {};
    TABLES.events.forEach((c, i) => (row[c] = values[i]!));
    return {
      ...row,
      url: doc.url,
      title: doc.title,
      published: doc.published,
      persons: doc.persons,
      places: doc.places,
    } as unknown as EventRow;
  });
}

export interface EventFilter {
  country?: string;
  since?: string;
  until?: string;
  type?: string;
}

/** WHERE clauses of an event query; `param(i)` spells the i-th placeholder in the backend's dialect. */
export function eventWhere(filter: EventFilter, param: (i: number) => string): { sql: string; args: string[] } {
  const where: string[] = [];
  const args: string[] = [];
  const add = (clause: (p: string) => string, value: string | undefined) => {
    if (value === undefined) return;
    args.push(value);
    where.push(clause(param(args.length)));
  };
  add((p) => `e.country = ${p}`, filter.country?.toUpperCase());
  add((p) => `e.event_date >= ${p}`, filter.since);
  add((p) => `substr(e.event_date, 1, 10) <= ${p}`, filter.until);
  add((p) => `e.event_type = ${p}`, filter.type);
  return { sql: where.length ? `WHERE ${where.join(" AND ")}` : "", args };
}

/** What every store offers: the CLI and the library see no difference between SQLite and PostgreSQL. */
export interface Store {
  readonly where: string;
  has(id: string, text: string): Promise<boolean>;
  save(doc: SitrepDocument): Promise<void>;
  saveFailure(id: string, error: string): Promise<void>;
  counts(): Promise<{ documents: number; events: number; failures: number }>;
  failures(): Promise<{ id: string; error: string }[]>;
  events(filter?: EventFilter): Promise<EventRow[]>;
  document(id: string): Promise<unknown>;
  close(): Promise<void>;
}
