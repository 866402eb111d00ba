import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { indexAt, overlapsAny } from "../../src/util/ranges.js";
import { SpanIndex } from "../../src/util/span-index.js";

/** spans in any order, some empty, some nested, some touching */
const spans = fc.array(
  fc.tuple(fc.nat({ max: 200 }), fc.nat({ max: 30 })).map(([start, len]) => ({ start, end: start + len })),
  { maxLength: 80 },
);
const query = fc.tuple(fc.integer({ min: -5, max: 240 }), fc.nat({ max: 40 }));

/** sentences in order, apart, as a document has them */
const inOrder = fc
  .array(fc.tuple(fc.nat({ max: 5 }), fc.integer({ min: 1, max: 20 })), { maxLength: 60 })
  .map((parts) => {
    let at = 0;
    return parts.map(([gap, len]) => {
      const start = at + gap;
      at = start + len;
      return { start, end: at };
    });
  });

describe("offset lookups answer as a scan of every span does", () => {
  it("SpanIndex finds exactly the spans sharing a character with a stretch, in list order", () => {
    fc.assert(
      fc.property(spans, query, (list, [start, len]) => {
        const end = start + len;
        const scan = list.flatMap((s, i) => (s.start < end && start < s.end ? [i] : []));
        expect(new SpanIndex(list).overlapping(start, end)).toEqual(scan);
      }),
    );
  });

  it("SpanIndex with a filter answers overlaps, within, firstStartingIn and firstEndingAt as scans of the kept spans do", () => {
    fc.assert(
      fc.property(spans, query, fc.nat({ max: 3 }), (list, [start, len], mod) => {
        const end = start + len;
        const keep = (s: { start: number; end: number }) => (s.start + s.end) % 4 !== mod;
        const kept = list.flatMap((s, i) => (keep(s) ? [i] : []));
        const index = new SpanIndex(list, keep);
        expect(index.overlaps(start, end)).toBe(kept.some((i) => list[i]!.start < end && start < list[i]!.end));
        expect(index.within(start, end).sort((a, b) => a - b)).toEqual(
          kept.filter((i) => list[i]!.start >= start && list[i]!.end <= end),
        );
        expect(index.firstStartingIn(start, end)).toBe(
          kept.find((i) => list[i]!.start >= start && list[i]!.start <= end) ?? -1,
        );
        expect(index.firstEndingAt(end)).toBe(kept.find((i) => list[i]!.end === end) ?? -1);
      }),
    );
  });

  it("overlapsAny agrees with a scan for short and long lists alike", () => {
    fc.assert(
      fc.property(spans, query, (list, [start, len]) => {
        const r = { start, end: start + len };
        const scan = list.some((x) => r.start < x.end && x.start < r.end);
        expect(overlapsAny(r, list)).toBe(scan);
      }),
    );
  });

  it("indexAt gives the first range holding an offset, in order or not", () => {
    fc.assert(
      fc.property(fc.oneof(inOrder, spans), fc.integer({ min: -2, max: 240 }), (list, at) => {
        expect(indexAt(list, at)).toBe(list.findIndex((s) => s.start <= at && at < s.end));
      }),
    );
  });
});
