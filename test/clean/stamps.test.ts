import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isByline, isStamp } from "../../src/clean/stamps.js";

const MONTHS = ["Jan", "Feb", "March", "April", "Sept.", "October", "Dec"];
const DAYS = ["Monday", "Tue", "Wednesday", "Sat", ""];
const LABELS = ["Updated:", "Posted:", "Published", "Last Updated:", "First Posted:", "UPDATED at"];

/** 'Updated: Wednesday, Oct 26, 2016 @ 4:53 PM EDT' in the shapes station pages print. */
const stampArb = fc
  .record({
    label: fc.constantFrom(...LABELS),
    day: fc.constantFrom(...DAYS),
    month: fc.constantFrom(...MONTHS),
    date: fc.integer({ min: 1, max: 31 }),
    year: fc.integer({ min: 1990, max: 2030 }),
    hour: fc.integer({ min: 1, max: 12 }),
    minute: fc.integer({ min: 0, max: 59 }),
    sep: fc.constantFrom(" - ", " at ", " @ ", " | ", " "),
    ampm: fc.constantFrom("AM", "pm", "a.m.", "P.M."),
    zone: fc.constantFrom("", " EDT", " CST", " (EST)"),
  })
  .map(
    (r) =>
      `${r.label} ${r.day ? `${r.day}, ` : ""}${r.month} ${r.date}, ${r.year}${r.sep}${r.hour}:${String(r.minute).padStart(2, "0")} ${r.ampm}${r.zone}`,
  );

describe("publication stamps", () => {
  it("any label followed by a date and a clock time is a stamp", () => {
    fc.assert(fc.property(stampArb, (line) => isStamp(line)));
  });

  it("a stamp followed by any word of news is story text", () => {
    const word = fc.constantFrom("police", "shooting", "victim", "Initial", "reports", "said");
    fc.assert(fc.property(stampArb, word, (line, w) => !isStamp(`${line} ${w}`)));
  });

  it.each([["Published: Tuesday, 9/27/2016 - Updated: 3 days ago"], ["Updated 4:35 PM"], ["Updated: 2 hours ago"]])(
    "%s is a stamp",
    (line) => expect(isStamp(line)).toBe(true),
  );

  it.each([["Updated"], ["Updated: The victim has died, police said."], ["Posted on Facebook by her mother"]])(
    "%s is not",
    (line) => expect(isStamp(line)).toBe(false),
  );
});

describe("bylines", () => {
  it.each([
    ["By Jane Roe"],
    ["By JANE ROE and JOHN DOEAssociated Press"],
    ["by KXYZ 7 Eyewitness News Staff"],
    ["By John Doe [email protected]"],
    ["By Jane Roe, John Doe. CREATED Mar 14, 2017 - UPDATED: Mar 15, 2017"],
  ])("%s", (line) => expect(isByline(line)).toBe(true));

  it.each([
    ["By the close Somerset had stretched that into a 52-run lead"],
    ["By phone, one of his daughters said he was troubled."],
    ["By Sunday, police had made two arrests."],
    ["By Jane Roe Updated: the suspect is in custody"],
  ])("%s is a sentence", (line) => expect(isByline(line)).toBe(false));
});
