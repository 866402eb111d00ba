import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { weekday } from "../../src/times/calendar.js";
import { easterSunday } from "../../src/times/parsers/holidays.js";

describe("Easter and the days fixed by it", () => {
  it.each([
    [1998, "1998-04-12"],
    [2000, "2000-04-23"],
    [2016, "2016-03-27"],
    [2019, "2019-04-21"],
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
  ])("Easter Sunday %i is %s", (y, day) => {
    const e = easterSunday(y);
    expect(`${e.y}-${String(e.m).padStart(2, "0")}-${String(e.d).padStart(2, "0")}`).toBe(day);
  });

  it("always falls on a Sunday between March 22 and April 25", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 4000 }), (y) => {
        const e = easterSunday(y);
        expect(weekday(e)).toBe(0);
        expect(e.m * 100 + e.d).toBeGreaterThanOrEqual(322);
        expect(e.m * 100 + e.d).toBeLessThanOrEqual(425);
      }),
    );
  });

  const rows: { text: string; published: string; times: [string, string][] }[] = [
    {
      text: "Protesters prayed for help as Easter week began.",
      published: "2000-04-17",
      times: [["Easter week", "2000-W16"]],
    },
    {
      text: "The bombings on Easter Sunday killed more than 250 people.",
      published: "2019-04-25",
      times: [["Easter Sunday", "2019-04-21"]],
    },
    {
      text: "Talks are expected to resume after Good Friday.",
      published: "2016-03-10",
      times: [["Good Friday", "2016-03-25"]],
    },
    { text: "Easter Island lies far off the coast of Chile.", published: "2016-03-10", times: [] },
    {
      text: "Police were on alert during Christmas week.",
      published: "1998-12-28",
      times: [["Christmas week", "1998-W52"]],
    },
  ];
  it.each(rows)("$text", ({ text, published, times }) => {
    expect(extract(text, { published }).times.map((t) => [t.text, t.value])).toEqual(times);
  });
});
