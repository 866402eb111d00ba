import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

const WORDS = [
  "the",
  "The",
  "in",
  "of",
  "said",
  "he",
  "his",
  "Another",
  "official",
  "IRGC",
  "(",
  ")",
  ",",
  ".",
  "—",
  "-",
  "Iran",
  "Iranian",
  "Revolutionary",
  "Guard",
  "Corps",
  "Mohsen",
  "Rezaee",
  "Razaee",
  "Aleppo",
  "Khan",
  "Tuman",
  "insurgents",
  "troops",
  "Syrian",
  "army",
  "65th",
  "Brigade",
  "Ghanooncomparing",
  "newspaper",
  "village",
  "al-Qaeda",
  "Boko",
  "Haram",
  "fighters",
  "BEIRUT",
  "U.S.",
  "Inc.",
  "\n",
  "“",
  "”",
  "'s",
  "Kurds",
];

describe("entity stage invariants on arbitrary text", () => {
  it("keeps spans exact, disjoint, linked to actors whose mentions hold them", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }), (words) => {
        const text = words.join(" ");
        const doc = extract(text);
        const sorted = [...doc.entities].sort((a, b) => a.start - b.start);
        sorted.forEach((e, i) => {
          expect(text.slice(e.start, e.end)).toBe(e.text);
          if (i > 0) expect(sorted[i - 1]!.end).toBeLessThanOrEqual(e.start);
          expect(doc.actors[e.actor!]!.mentions).toContainEqual({ start: e.start, end: e.end });
        });
        for (const a of doc.actors) {
          expect(a.name.length).toBeGreaterThan(0);
          for (const m of a.mentions) expect(m.end).toBeGreaterThan(m.start);
        }
      }),
      { numRuns: 150 },
    );
  });
});
