import { describe, expect, it } from "vitest";
import { sameValue } from "../../src/eval/time-misses.js";

// The misses lister must agree with the kit's scorer on what counts as the same value, or its classes
// would not add up to the scorer's figures.
describe("time value equality, as the kit's scorer decides it", () => {
  it.each([
    ["2016-05", "2016-05-01/2016-05-31", true],
    ["2016", "2016-01/2016-12", true],
    ["2016-Q2", "2016-04/2016-06", true],
    ["2016-H1", "2016-01-01/2016-06-30", true],
    ["199X", "1990/1999", true],
    ["2016-W3", "2016-W03", true],
    ["2016-W03", "2016-01-18/2016-01-24", true],
    ["2016-05-10T14:00", "2016-05-10", true],
    ["2016-05-10", "2016-05-11", false],
    ["2016-SU", "2016-06/2016-08", false],
    ["2016-05", "2016-05-01/2016-05-30", false],
  ])("%s = %s is %s", (gold, pred, same) => {
    expect(sameValue(gold, pred)).toBe(same);
  });
});
