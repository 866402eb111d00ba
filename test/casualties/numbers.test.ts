import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cardinalValue, findCounts, readCount } from "../../src/casualties/numbers.js";

const UNITS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/** English words for 0..999, written independently of the parser. */
function words(n: number): string {
  if (n < 20) return UNITS[n]!;
  if (n < 100) return TENS[Math.floor(n / 10)]! + (n % 10 ? "-" + UNITS[n % 10] : "");
  return UNITS[Math.floor(n / 100)]! + " hundred" + (n % 100 ? " " + words(n % 100) : "");
}

const grouped = (n: number): string => n.toLocaleString("en-US");

describe("readCount: counts as ranges with their rule", () => {
  it.each([
    ["13", 13, 13, 13, "exact"],
    ["at least 13", 13, 13, null, "at-least"],
    ["more than 400", 400, null, null, "more-than"],
    ["over 400", 400, null, null, "more-than"],
    ["up to 20", null, null, 20, "up-to"],
    ["nearly 20", null, 20, 20, "nearly"],
    ["some 30", null, 30, null, "about"],
    ["between 1,500 and 3,000", 1500, 1500, 3000, "range"],
    ["two or three", 2, 2, 3, "range"],
    ["a dozen", 12, 12, 12, "dozen"],
    ["dozens", 12, 12, 99, "dozens"],
    ["hundreds", 100, 100, 999, "hundreds"],
    ["tens of", 10, 10, 99, "tens"],
    ["several", 3, 3, 9, "several"],
    ["twenty-one", 21, 21, 21, "exact"],
  ])("%s", (phrase, low, best, high, rule) => {
    expect(readCount(phrase)).toEqual({ low, best, high, rule });
  });

  it.each(["65th", "one-day", "12-year-old", "third", "May"])("%s is not a count", (p) => {
    expect(readCount(p)).toBeNull();
    expect(findCounts(p)).toEqual([]);
  });

  it("reads any integer written in digits, grouped or not", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5_000_000 }), (n) => {
        expect(readCount(String(n))?.best).toBe(n);
        expect(readCount(grouped(n))?.best).toBe(n);
      }),
    );
  });

  it("reads any number below a thousand written in words", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), (n) => {
        expect(cardinalValue(words(n))).toBe(n);
      }),
    );
  });

  it("keeps low <= best <= high whatever the modifier", () => {
    const mods = ["", "at least ", "more than ", "up to ", "nearly ", "about ", "fewer than ", "another "];
    fc.assert(
      fc.property(fc.constantFrom(...mods), fc.integer({ min: 1, max: 100_000 }), (m, n) => {
        const r = readCount(m + grouped(n))!;
        expect(r).not.toBeNull();
        const xs = [r.low, r.best, r.high].filter((x): x is number => x !== null);
        expect(xs).toEqual([...xs].sort((a, b) => a - b));
      }),
    );
  });

  it("reads a range in either order of its words, lowest first", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 9999 }), (a, b) => {
        fc.pre(a < b);
        expect(readCount(`between ${grouped(a)} and ${grouped(b)}`)).toEqual({
          low: a,
          best: a,
          high: b,
          rule: "range",
        });
      }),
    );
  });

  it("finds counts inside text and skips ordinals, compounds, times and money", () => {
    const t =
      "killing 13 IRGC members, the 65th brigade, a one-day loss, at 4:30 p.m., a $3,000 reward and another two";
    expect(findCounts(t).map((c) => [c.text, c.best, c.additive])).toEqual([
      ["13", 13, false],
      ["another two", 2, true],
    ]);
  });

  it("skips the day of a month, abbreviated or not", () => {
    const t = "a man shot on Oct. 3 died, a woman hurt March 12 and 4 others wounded";
    expect(findCounts(t).map((c) => c.text)).toEqual(["4"]);
  });

  it("skips the number of a road, a unit or a station", () => {
    const t = "on Route 9, in Apt. 3 and on Interstate 75, 2 men";
    expect(findCounts(t).map((c) => c.text)).toEqual(["2"]);
  });

  it("reads 'up to' after a verb of motion as the place reached, not a limit of the count", () => {
    const t = "a man strolled up to three teens at the bus stop; a car pulled up to 2 men; the blast killed up to four";
    expect(findCounts(t).map((c) => [c.text, c.low, c.best, c.high])).toEqual([
      ["three", 3, 3, 3],
      ["2", 2, 2, 2],
      ["up to four", null, null, 4],
    ]);
  });
});
