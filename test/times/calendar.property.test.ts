import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, type Day, fmtDay, fmtWeek, fromUtc, parseDay, toUtc, weekday } from "../../src/times/calendar.js";
import { resolveDayYear, resolveMonthYear, resolveWeekday, weekendValue } from "../../src/times/resolve.js";
import { holidayDay } from "../../src/times/parsers/holidays.js";

const day = fc
  .date({
    min: new Date(Date.UTC(1900, 0, 1)),
    max: new Date(Date.UTC(2099, 11, 31)),
    noInvalidDate: true,
  })
  .map((d) => fromUtc(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())));
const lean = fc.constantFrom("past" as const, "future" as const);
const MS_DAY = 864e5;
const days = (a: Day, b: Day) => (toUtc(a) - toUtc(b)) / MS_DAY;

describe("calendar properties", () => {
  it("formats and reads back any day", () => {
    fc.assert(
      fc.property(day, (d) => {
        expect(parseDay(fmtDay(d))).toEqual(d);
      }),
    );
  });

  it("a weekday resolves to that weekday within the week on the side it leans to", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 6 }), lean, (anchor, wd, l) => {
        const r = resolveWeekday(anchor, wd, l);
        expect(weekday(r)).toBe(wd);
        const diff = days(r, anchor);
        if (l === "past") {
          expect(diff).toBeGreaterThan(-7);
          expect(diff).toBeLessThanOrEqual(0);
        } else {
          expect(diff).toBeGreaterThanOrEqual(0);
          expect(diff).toBeLessThan(7);
        }
      }),
    );
  });

  it("a day without its year lands within a year of the anchor, never ahead when looking back far", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), lean, (anchor, m, d, l) => {
        const y = resolveDayYear(anchor, m, d, l);
        const diff = days({ y, m, d }, anchor);
        expect(Math.abs(diff)).toBeLessThanOrEqual(366);
        if (l === "future") expect(diff).toBeGreaterThanOrEqual(0);
        // looking back, a later day is only taken when it is much nearer than the earlier one
        if (l === "past" && diff > 0) expect(diff).toBeLessThan(122);
      }),
    );
  });

  it("a month without its year is this year's, last year's or next year's", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 12 }), lean, (anchor, m, l) => {
        const y = resolveMonthYear(anchor, m, l);
        expect(Math.abs(y - anchor.y)).toBeLessThanOrEqual(1);
        if (m === anchor.m) expect(y).toBe(anchor.y);
      }),
    );
  });

  it("the weekend before an anchor is a Saturday and the Sunday after it, at most six days back", () => {
    fc.assert(
      fc.property(day, (anchor) => {
        const [sat, sun] = weekendValue(anchor, "past")
          .split("/")
          .map((s) => parseDay(s)!);
        expect(weekday(sat!)).toBe(6);
        expect(days(sun!, sat!)).toBe(1);
        expect(days(anchor, sat!)).toBeGreaterThanOrEqual(-1);
        expect(days(anchor, sat!)).toBeLessThanOrEqual(6);
      }),
    );
  });

  it("the ISO week of a day holds it: its Monday is at most six days before", () => {
    fc.assert(
      fc.property(day, (d) => {
        const monday = addDays(d, -((weekday(d) + 6) % 7));
        expect(fmtWeek(monday)).toBe(fmtWeek(d));
        expect(fmtWeek(addDays(monday, -1))).not.toBe(fmtWeek(d));
      }),
    );
  });
});

describe("named days", () => {
  const year = fc.integer({ min: 1900, max: 2100 });
  it("Thanksgiving is the fourth Thursday of November, Memorial Day the last Monday of May", () => {
    fc.assert(
      fc.property(year, (y) => {
        const t = holidayDay("Thanksgiving Day", y)!;
        expect(weekday(t)).toBe(4);
        expect(t.m).toBe(11);
        expect(t.d).toBeGreaterThanOrEqual(22);
        expect(t.d).toBeLessThanOrEqual(28);
        const m = holidayDay("Memorial Day", y)!;
        expect(weekday(m)).toBe(1);
        expect(m.m).toBe(5);
        expect(m.d).toBeGreaterThanOrEqual(25);
      }),
    );
  });
  it("Election Day is the Tuesday after the first Monday of November", () => {
    fc.assert(
      fc.property(year, (y) => {
        const e = holidayDay("Election Day", y)!;
        expect(weekday(e)).toBe(2);
        expect(e.d).toBeGreaterThanOrEqual(2);
        expect(e.d).toBeLessThanOrEqual(8);
      }),
    );
  });
  it("reads a name with or without its apostrophe", () => {
    expect(fmtDay(holidayDay("New Years Day", 1999)!)).toBe("1999-01-01");
    expect(fmtDay(holidayDay("new year’s eve", 1999)!)).toBe("1999-12-31");
  });
});
