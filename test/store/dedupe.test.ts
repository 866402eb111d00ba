import { describe, expect, it } from "vitest";
import { incidentIds } from "../../src/store/dedupe.js";
import { row } from "./row.js";

describe("incidents across articles", () => {
  it("merges reports of one shooting a day apart and a few km apart, and keeps others apart", () => {
    const rows = [
      row("a", {}),
      row("b", { event_date: "2016-05-07", latitude: 29.7, longitude: -82.3 }),
      row("c", { event_date: "2016-05-06", latitude: 30.33, longitude: -81.66, location: "Jacksonville" }),
      row("d", { event_date: "2016-05-10" }),
      row("e", { event_type: "Battles" }),
      row("f", { latitude: null, longitude: null, location: "Gainesville" }),
    ];
    const ids = incidentIds(rows);
    expect(ids[1]).toBe(ids[0]);
    expect(ids[5]).toBe(ids[0]);
    expect(new Set([ids[0], ids[2], ids[3], ids[4]]).size).toBe(4);
  });

  it("never merges two events of the same article, nor events dated only to a month", () => {
    const rows = [
      row("a", {}),
      row("a", { idx: 1 }),
      row("b", { time_precision: 3, event_date: "2016-05" }),
      row("c", { time_precision: 3, event_date: "2016-05" }),
    ];
    const ids = incidentIds(rows);
    expect(new Set(ids).size).toBe(4);
  });
});
