import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { candidatePairs } from "../../src/store/blocking.js";
import type { EventRow } from "../../src/store/rows.js";
import { features, SAME_INCIDENT, similarity, UNSHARED_MAX } from "../../src/store/similarity.js";
import { row } from "./row.js";

/** Rows drawn from small pools, so that places, names, days and tallies often coincide. */
const aRow = fc.record({
  event_type: fc.constantFrom("Violence against civilians", "Battles"),
  event_date: fc.option(fc.constantFrom("2016-05-06", "2016-05-07", "2016-05-09", "2016-W18"), { nil: null }),
  time_precision: fc.constantFrom(1, 2, 3),
  published: fc.constantFrom("2016-05-06", "2016-05-08", null),
  location: fc.option(fc.constantFrom("Gainesville", "Ocala", "Florida", "Lebanon"), { nil: null }),
  admin1: fc.option(fc.constantFrom("Florida", "Georgia"), { nil: null }),
  country: fc.constantFrom("US", "LB"),
  coords: fc.option(
    fc.tuple(fc.double({ min: 29, max: 30, noNaN: true }), fc.double({ min: -83, max: -82, noNaN: true })),
    {
      nil: null,
    },
  ),
  geo_precision: fc.constantFrom(1, 2, 3),
  fatalities_best: fc.constantFrom(0, 1, 2),
  injured_best: fc.constantFrom(0, 1),
  persons: fc.option(
    fc.constantFrom("Keon Braddock", "Keon Bradock; Lisa Ortega", "Lisa Ortega", "Ann Ortega", "Kean Braddock"),
    {
      nil: null,
    },
  ),
  places: fc.option(fc.constantFrom("Gainesville; Elm Street", "Elm Street", "Ocala; Lebanon"), { nil: null }),
});

type Drawn = typeof aRow extends fc.Arbitrary<infer T> ? T : never;

function toRow(i: number, r: Drawn): EventRow {
  const { coords, ...rest } = r;
  return row(`d${i}`, { ...rest, latitude: coords?.[0] ?? null, longitude: coords?.[1] ?? null });
}

describe("blocking", () => {
  it("never skips a pair that scores enough to be one incident", () => {
    fc.assert(
      fc.property(fc.array(aRow, { minLength: 2, maxLength: 8 }), (drawn) => {
        const rows = drawn.map((r, i) => toRow(i, r));
        const feats = rows.map(features);
        const paired = new Set([...candidatePairs(rows, feats, 7)].map(([i, j]) => `${i},${j}`));
        for (let i = 0; i < rows.length; i++)
          for (let j = i + 1; j < rows.length; j++) {
            const [a, b] = [feats[i]!.days, feats[j]!.days];
            if (!a || !b || Math.abs(a[0] - b[0]) > 7) continue;
            if (similarity(rows[i]!, rows[j]!).score >= SAME_INCIDENT) expect(paired.has(`${i},${j}`)).toBe(true);
          }
      }),
      { numRuns: 300 },
    );
  });

  it("pairs each pair once, lower row first, and spares pairs with nothing in common", () => {
    const rows = [
      row("a", { persons: "Keon Braddock", places: "Elm Street" }),
      row("b", { persons: "Keon Braddock", places: "Elm Street" }),
      row("c", { location: "Miami", admin1: "Florida", latitude: 25.77, longitude: -80.19 }),
    ];
    expect([...candidatePairs(rows, rows.map(features), 7)]).toEqual([[0, 1]]);
    expect(UNSHARED_MAX).toBeLessThan(SAME_INCIDENT);
  });
});
