import { describe, expect, it } from "vitest";
import { gazetteer } from "../../src/places/gazetteer/index.js";

describe("gazetteer lookups asked again", () => {
  it.each(["Aleppo", "Springfield", "St. Louis", "al-Qusayr", "Nowhereville"])(
    "%s: the same hits every time, and each caller owns its own",
    (name) => {
      const g = gazetteer();
      const first = g.lookup(name);
      const copy = first.map((h) => ({ ...h }));
      // a caller that edits what it was given changes nothing for the next one
      for (const h of first) h.alternate = !h.alternate;
      first.push(...first);
      expect(g.lookup(name)).toEqual(copy);
    },
  );

  it("a name written differently finds the same places", () => {
    const g = gazetteer();
    expect(g.lookup("ALEPPO").map((h) => h.feature)).toEqual(g.lookup("Aleppo").map((h) => h.feature));
    expect(g.lookup("Aleppo").length).toBeGreaterThan(0);
  });

  it("demonyms answer the same when asked twice", () => {
    const g = gazetteer();
    expect(g.demonym("Syrian")).toBe("SY");
    expect(g.demonym("Syrian")).toBe("SY");
    expect(g.demonym("Aleppo")).toBeNull();
  });
});
