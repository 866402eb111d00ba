import { incidentIds } from "./dedupe.js";
import type { EventRow } from "./rows.js";

/**
 * ACLED's columns first, so exports drop into existing ACLED workflows; then sitrep's extras (ranges,
 * injured, evidential status, confidence) and `incident_id`: events from different articles judged to
 * report one incident share it (see dedupe.ts).
 */
export const CSV_COLUMNS = [
  "event_id_cnty",
  "event_date",
  "year",
  "time_precision",
  "event_type",
  "sub_event_type",
  "actor1",
  "actor2",
  "country",
  "admin1",
  "location",
  "latitude",
  "longitude",
  "geo_precision",
  "source",
  "notes",
  "fatalities",
  "fatalities_low",
  "fatalities_high",
  "injured",
  "injured_low",
  "injured_high",
  "status",
  "confidence",
  "doc_id",
  "incident_id",
] as const;

function cell(v: unknown): string {
  if (v === null || v === undefined) return "";
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function flat(r: EventRow, incident: string | null): Record<(typeof CSV_COLUMNS)[number], unknown> {
  return {
    event_id_cnty: `${r.doc_id}#${r.idx + 1}`,
    event_date: r.event_date,
    year: r.event_date ? r.event_date.slice(0, 4) : null,
    time_precision: r.time_precision,
    event_type: r.event_type,
    sub_event_type: r.sub_event_type,
    actor1: r.actor1,
    actor2: r.actor2,
    country: r.country,
    admin1: r.admin1,
    location: r.location,
    latitude: r.latitude,
    longitude: r.longitude,
    geo_precision: r.geo_precision,
    source: r.url ?? r.title ?? r.doc_id,
    notes: r.evidence,
    fatalities: r.fatalities_best,
    fatalities_low: r.fatalities_low,
    fatalities_high: r.fatalities_high,
    injured: r.injured_best,
    injured_low: r.injured_low,
    injured_high: r.injured_high,
    status: r.status,
    confidence: r.confidence,
    doc_id: r.doc_id,
    incident_id: incident,
  };
}

export function* toCsv(rows: readonly EventRow[]): Generator<string> {
  yield CSV_COLUMNS.join(",") + "\n";
  const incidents = incidentIds(rows);
  for (const [i, r] of rows.entries()) {
    const f = flat(r, incidents[i]!);
    yield CSV_COLUMNS.map((c) => cell(f[c])).join(",") + "\n";
  }
}

/** A FeatureCollection of the events that have coordinates (the others are left out and counted). */
export function toGeoJson(rows: readonly EventRow[]): { geojson: string; skipped: number } {
  const features: unknown[] = [];
  let skipped = 0;
  const incidents = incidentIds(rows);
  for (const [i, r] of rows.entries()) {
    if (r.latitude === null || r.longitude === null) {
      skipped++;
      continue;
    }
    features.push({
      type: "Feature",
      geometry: { type: "Point", coordinates: [r.longitude, r.latitude] },
      properties: flat(r, incidents[i]!),
    });
  }
  return { geojson: JSON.stringify({ type: "FeatureCollection", features }), skipped };
}

export function* toJsonl(rows: readonly EventRow[]): Generator<string> {
  const incidents = incidentIds(rows);
  for (const [i, r] of rows.entries()) yield JSON.stringify(flat(r, incidents[i]!)) + "\n";
}
