import type { EventRow } from "../../src/store/rows.js";

/** An event row as a store returns it: one shooting in Gainesville, Florida, unless told otherwise. */
export function row(doc_id: string, over: Partial<EventRow>): EventRow {
  return {
    doc_id,
    idx: 0,
    event_type: "Violence against civilians",
    sub_event_type: "Attack",
    event_date: "2016-05-06",
    time_precision: 1,
    location: "Gainesville",
    country: "US",
    admin1: "Florida",
    latitude: 29.65,
    longitude: -82.32,
    geo_precision: 1,
    actor1: null,
    actor2: null,
    fatalities_low: 1,
    fatalities_best: 1,
    fatalities_high: 1,
    injured_low: 2,
    injured_best: 2,
    injured_high: 2,
    status: "asserted",
    source: null,
    confidence: 0.8,
    evidence: "",
    url: null,
    title: null,
    published: null,
    persons: null,
    places: null,
    ...over,
  };
}
