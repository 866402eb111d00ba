import { describe, expect, it } from "vitest";
import { incidentIds } from "../../src/store/dedupe.js";
import type { EventRow } from "../../src/store/rows.js";
import { eventDays, SAME_INCIDENT, similarity } from "../../src/store/similarity.js";
import { row } from "./row.js";

const day = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;

/** An event placed in Lennox, California, whose article also writes `places`. */
const lennox = (places: string): Partial<EventRow> => ({
  location: "Lennox",
  admin1: "California",
  latitude: 33.94,
  longitude: -118.35,
  geo_precision: 2,
  places,
});

/*
 * Two reports each: what an analyst would decide, and the evidence that must be named for it. The rows are
 * hand-written after the ways single articles misread an incident (a namesake town, a missing date, a
 * shooting typed as a battle).
 */
const PAIRS: {
  name: string;
  a: Partial<EventRow>;
  b: Partial<EventRow>;
  same: boolean;
  signals: string[];
}[] = [
  {
    name: "same town, same day, same tally",
    a: {},
    b: { latitude: 29.66, longitude: -82.33 },
    same: true,
    signals: ["place", "date", "counts"],
  },
  {
    name: "the same victim named, though the town was resolved to a namesake in another state",
    a: { persons: "Darnell Whitfield; Lisa Ortega" },
    b: {
      location: "Gainesville",
      admin1: "Georgia",
      latitude: 34.3,
      longitude: -83.82,
      geo_precision: 2,
      injured_best: 1,
      persons: "Darnell Whitfield",
    },
    same: true,
    signals: ["place", "names", "date"],
  },
  {
    name: "a misspelt surname and a dropped middle name are still one person",
    a: { location: null, latitude: null, longitude: null, persons: "Marcus T. Abernathy" },
    b: { persons: "Marcus Abernaty", injured_best: 0 },
    same: true,
    signals: ["names", "date"],
  },
  {
    name: "towns resolved 1,800 km apart, but both mention the street it happened on",
    a: {
      location: "Sam Houston Parkway",
      admin1: "Michigan",
      latitude: 42.6,
      longitude: -83.3,
      geo_precision: 2,
      places: "Sam Houston Parkway; West Fuqua",
    },
    b: {
      location: "Houston",
      admin1: "Texas",
      latitude: 29.76,
      longitude: -95.36,
      places: "Houston; West Fuqua",
    },
    same: true,
    signals: ["mentions", "date", "counts"],
  },
  {
    name: "the other article's town written in this one, though resolved elsewhere",
    a: lennox("Lennox; Gainesville"),
    b: {},
    same: true,
    signals: ["place", "date", "counts"],
  },
  {
    name: "one article without a date: its publication bounds it",
    a: {},
    b: { event_date: null, time_precision: null, published: "2016-05-07" },
    same: true,
    signals: ["place", "date", "counts"],
  },
  {
    name: "an undated report out the next day, with a later tally, in the same town",
    a: {},
    b: { event_date: null, time_precision: null, published: "2016-05-07", fatalities_best: 2 },
    same: true,
    signals: ["place", "date"],
  },
  {
    name: "an undated report out three days later, with another tally, may be of a later shooting",
    a: {},
    b: { event_date: null, time_precision: null, published: "2016-05-09", fatalities_best: 2 },
    same: false,
    signals: ["place", "date"],
  },
  {
    name: "both mention the hospital the victims were taken to: every shooting in town may",
    a: lennox("Lennox; Shands Hospital"),
    b: { places: "Gainesville; UF Health Shands Hospital; Shands Hospital" },
    same: false,
    signals: ["date", "counts"],
  },
  {
    name: "two towns of one state, each placed exactly, on one day with one tally: two shootings",
    a: {},
    b: { location: "Jacksonville", latitude: 30.33, longitude: -81.66 },
    same: false,
    signals: ["place", "date", "counts"],
  },
  {
    name: "one city, four days apart",
    a: {},
    b: { event_date: "2016-05-10" },
    same: false,
    signals: ["place", "date", "counts"],
  },
  {
    name: "one city and day, but a battle and an attack on civilians",
    a: {},
    b: { event_type: "Battles", fatalities_best: 2, injured_best: 0 },
    same: false,
    signals: ["place", "date", "type"],
  },
  {
    name: "same day and tally, nothing else known: the commonest tally says too little",
    a: { location: null, latitude: null, longitude: null, admin1: null },
    b: { location: "Ocala", latitude: 29.19, longitude: -82.14 },
    same: false,
    signals: ["date", "counts"],
  },
  {
    name: "a state-level place fits a town of that state, with the same victim named",
    a: { location: "Florida", latitude: 28.75, longitude: -82.5, geo_precision: 3, persons: "Keon Braddock" },
    b: { persons: "Keon Braddock", fatalities_best: 2 },
    same: true,
    signals: ["place", "names", "date"],
  },
  {
    name: "a child killed a day apart in the next town, the other town named: a 6-year-old is no two-year-old",
    a: { actor2: "6-year-old boy", places: "Gainesville; Alachua; Oak Lane", fatalities_best: 1, injured_best: 0 },
    b: {
      location: "Alachua",
      latitude: 29.95,
      longitude: -82.6,
      geo_precision: 2,
      event_date: "2016-05-05",
      actor2: "two-year-old boy",
      places: "Alachua; Oak Lane",
      fatalities_best: 1,
      injured_best: 0,
    },
    same: false,
    signals: ["place", "mentions", "date", "counts", "victims"],
  },
  {
    name: "the victim's age told a year apart by two reports is still one victim",
    a: { actor2: "16-year-old girl" },
    b: { actor2: "a seventeen-year-old girl" },
    same: true,
    signals: ["place", "date", "counts"],
  },
];

describe("similarity of two reports", () => {
  it.each(PAIRS)("$name", ({ a, b, same, signals }) => {
    const s = similarity(row("a", a), row("b", b));
    expect(s.signals.map((x) => x.signal).sort()).toEqual([...signals].sort());
    expect(s.score >= SAME_INCIDENT).toBe(same);
    // The clustering decides exactly as the score does.
    const ids = incidentIds([row("a", a), row("b", b)]);
    expect(ids[0] === ids[1]).toBe(same);
  });

  it("explains each signal in words an analyst can check", () => {
    const s = similarity(row("a", { persons: "Darnell Whitfield" }), row("b", { persons: "Darnell Whitfield" }));
    expect(s.signals.find((x) => x.signal === "names")?.detail).toBe("both name darnell whitfield");
    expect(s.signals.find((x) => x.signal === "place")?.detail).toBe("both in Gainesville");
  });

  it("is symmetric", () => {
    for (const { a, b } of PAIRS)
      expect(similarity(row("b", b), row("a", a)).score).toBe(similarity(row("a", a), row("b", b)).score);
  });
});

describe("the days an event date names", () => {
  it.each([
    ["2016-05-06", 1, ["2016-05-06", "2016-05-06"]],
    ["2016-05-06", 2, ["2016-05-06", "2016-05-06"]],
    ["2016-W22", 2, ["2016-05-30", "2016-06-05"]],
    ["2015-W01", 2, ["2014-12-29", "2015-01-04"]],
    ["2016-05-06/2016-05-08", 2, ["2016-05-06", "2016-05-08"]],
  ] as const)("%s (precision %i)", (value, precision, [first, last]) => {
    expect(eventDays(value, precision)).toEqual([day(first), day(last)]);
  });

  it.each([
    ["2016-05", 3],
    ["2016", 3],
    ["2016-05-06", null],
    ["2016-05-08/2016-05-06", 2],
  ] as const)("%s (precision %s) names no day", (value, precision) => {
    expect(eventDays(value, precision)).toBeNull();
  });
});
