import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { editDistance, initials, organizationMatch, personMatch, typoEqual } from "../../src/entities/resolve/names.js";

describe("name matching within an article", () => {
  it.each([
    ["Rezaee", "Mohsen Rezaee", true],
    ["Razaee", "Mohsen Rezaee", true],
    ["Ali Shamkhani", "Admiral Ali Shamkhani", true],
    ["Mohsen", "Mohsen Rezaee", false],
    ["Rezai", "Ali Rezaian", false],
    ["Shamkhani", "Mohsen Rezaee", false],
    ["Simmons", "Phil Simmons", true],
    ["Ali", "Ali Shamkhani", false],
  ])("person %s for %s: %s", (short, full, same) => {
    expect(personMatch(short, full)).toBe(same);
  });

  it.each([
    ["IRGC", "Iran Revolutionary Guard Corps", true],
    ["IRGC", "Islamic Revolutionary Guard Corps", true],
    ["Supreme National Security Council", "Supreme National Security Council of Iran", true],
    ["SDF", "Syrian Democratic Forces", true],
    ["NATO", "North Atlantic Treaty Organization", true],
    ["IDF", "Syrian Democratic Forces", false],
    ["Expediency Discernment Council", "Supreme National Security Council", false],
  ])("organization %s for %s: %s", (a, b, same) => {
    expect(organizationMatch(a, b)).toBe(same);
  });

  it("reads initials without function words", () => {
    expect(initials("Islamic State of Iraq and the Levant")).toBe("ISIL");
    expect(initials("al-Qaeda in the Arabian Peninsula")).toBe("QAP");
  });

  it("allows one typo in a short name and none in the first letter", () => {
    expect(typoEqual("Rezaee", "Razaee")).toBe(true);
    expect(typoEqual("Rezaee", "Bezaee")).toBe(false);
    expect(typoEqual("Kerry", "Berry")).toBe(false);
    expect(typoEqual("Iran", "Iraq")).toBe(false);
  });

  it("measures edit distance as a metric", () => {
    const word = fc.string({ maxLength: 8 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        const d = editDistance(a, b, 20);
        expect(d).toBe(editDistance(b, a, 20));
        expect(d === 0).toBe(a === b);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });
});
