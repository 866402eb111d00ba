import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { eventDate, timePrecision } from "../../src/times/event-date.js";
import { KHAN_TUMAN, readShared } from "../helpers.js";

const text = readShared(KHAN_TUMAN);
const doc = extract(text, { published: "2016-05-10" });
const at = (words: string) => {
  const start = text.indexOf(words);
  return { start, end: start + words.length };
};

describe("event dates for the events stage", () => {
  it("dates the Khan Tuman battle by its own clause: May 6, precision 1", () => {
    expect(eventDate(doc, at("killing 13 IRGC members and injuring 21 others in Khan Tuman on May 6"))).toEqual({
      value: "2016-05-06",
      precision: 1,
    });
  });

  it("dates the deployment 'In April' to the month, precision 3", () => {
    expect(eventDate(doc, at("Tehran deployed its troops from its regular army"))).toEqual({
      value: "2016-04",
      precision: 3,
    });
  });

  it("dates the seizure 'over the weekend' to the Saturday-Sunday range, precision 2", () => {
    expect(eventDate(doc, at("Islamist fighters seized a village south of Aleppo"))).toEqual({
      value: "2016-05-07/2016-05-08",
      precision: 2,
    });
  });

  it("falls back to the publication date, precision 2, when the sentence states no time", () => {
    expect(eventDate(doc, at("Rezaee claimed that insurgents"))).toEqual({
      value: "2016-05-10",
      precision: 2,
    });
  });

  it("gives nothing without any date at all", () => {
    const bare = extract("Rebels shelled the town, killing four.");
    expect(eventDate(bare, { start: 0, end: 10 })).toBeNull();
  });

  it.each([
    ["2016-05-06", 1],
    ["2016-W18", 2],
    ["2016-05-07/2016-05-08", 2],
    ["2016-05-01/2016-05-31", 3],
    ["2016-04", 3],
    ["2016", 3],
    ["1981/2005", 3],
    ["P3Y", null],
    ["PRESENT_REF", null],
  ] as const)("reads %s at precision %s", (value, p) => {
    expect(timePrecision(value)).toBe(p);
  });
});
