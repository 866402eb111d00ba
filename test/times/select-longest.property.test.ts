import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { selectLongest } from "../../src/times/refine.js";
import type { Candidate } from "../../src/times/types.js";

const RULES = ["chrono", "year", "day-range", "season", "relative", "duration"];

const candidates = fc.array(
  fc
    .tuple(fc.nat({ max: 120 }), fc.nat({ max: 25 }), fc.constantFrom(...RULES))
    .map(([start, len, rule]): Candidate => ({ start, end: start + len, value: "2016", grain: "year", rule })),
  { maxLength: 60 },
);

describe("selectLongest", () => {
  it("keeps candidates that never overlap, drops only one overlapping a kept one, in text order", () => {
    fc.assert(
      fc.property(candidates, (cands) => {
        const kept = selectLongest(cands);
        for (const a of kept) for (const b of kept) if (a !== b) expect(a.start < b.end && b.start < a.end).toBe(false);
        for (const c of cands)
          if (!kept.includes(c)) expect(kept.some((k) => k.start < c.end && c.start < k.end)).toBe(true);
        expect(kept.map((k) => k.start)).toEqual([...kept.map((k) => k.start)].sort((x, y) => x - y));
      }),
    );
  });
});
