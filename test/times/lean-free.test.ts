import { describe, expect, it } from "vitest";
import { LEAN_FREE, PARSERS } from "../../src/times/extract.js";
import type { Lean } from "../../src/times/types.js";

/**
 * extract.ts runs only the parsers outside LEAN_FREE again for a sentence that leans one way: a
 * parser listed there must propose the same times whichever way the sentence leans.
 */
const sentences = [
  "The fighting in 1998 and again in the 1990s left 20 dead over three weeks.",
  "Rebels said they will hold the town for the next two years, as they did from 2014 to 2016.",
  "The ceasefire, agreed at that time, is expected to last for a month or so until the 2017 vote.",
  "Police will keep the curfew in place for 48 hours, as they did in the 2012 elections.",
  "Officials plan to reopen the road this year, a decade after the 2006 war.",
];
const anchor = { y: 2016, m: 5, d: 10 };
const leans: Lean[] = ["neutral", "past", "future"];

describe("lean-free parsers", () => {
  it("lists only parsers the extractor runs", () => {
    for (const p of LEAN_FREE) expect(PARSERS).toContain(p);
  });
  for (const text of sentences) {
    it(`propose the same times whatever the lean: ${text}`, () => {
      for (const p of LEAN_FREE) {
        const [first, ...others] = leans.map((lean) => p({ text, offset: 7, anchor, lean }));
        for (const o of others) expect(o).toEqual(first);
      }
    });
  }
  it("find something in these sentences, so that the comparison says something", () => {
    const found = sentences.flatMap((text) =>
      [...LEAN_FREE].flatMap((p) => p({ text, offset: 0, anchor, lean: "neutral" })),
    );
    expect(new Set(found.map((c) => c.rule))).toEqual(new Set(["year", "year-range", "decade", "duration", "ref"]));
  });
});
