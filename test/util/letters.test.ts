import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mayStartUpper, startsUpper } from "../../src/util/letters.js";

const UPPER = /^\p{Lu}/u;

// words as news writes them, in scripts and cases the stages meet
const words = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.constantFrom("Über", "İstanbul", "ñandú", "Ægypt", "Ωmega", "ǅemal", "9mm", "'Twas", "“Quote", "", "al", "AL"),
);

describe("capital-letter tests", () => {
  it("startsUpper answers what /^\\p{Lu}/u answers, for any text", () => {
    fc.assert(
      fc.property(words, (s) => {
        expect(startsUpper(s)).toBe(UPPER.test(s));
      }),
      { numRuns: 2000 },
    );
  });

  it("mayStartUpper never turns away a text that starts with a capital", () => {
    fc.assert(
      fc.property(words, (s) => {
        if (UPPER.test(s)) expect(mayStartUpper(s)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ["Aleppo", true],
    ["aleppo", false],
    ["Übach", true],
    ["über", false],
    ["İdlib", true],
    ["ǅemal", false],
    ["9mm", false],
    ["", false],
  ])("%j starts with a capital: %s", (w, upper) => {
    expect(startsUpper(w)).toBe(upper);
  });
});
