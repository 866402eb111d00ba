import type { Range } from "../document/schema.js";

export function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Range, inner: Range): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Lists of more ranges than this are searched by offset (a long text's boilerplate has hundreds). */
const FEW = 32;

/** the lists asked about, in order by start with the furthest end so far, while they keep their length */
const sortedLists = new WeakMap<readonly Range[], { n: number; starts: number[]; reach: number[] }>();

/** True when `r` overlaps any of `ranges` (boilerplate spans, a dateline). */
export function overlapsAny(r: Range, ranges: readonly Range[]): boolean {
  if (ranges.length <= FEW) {
    for (const x of ranges) if (overlaps(r, x)) return true;
    return false;
  }
  let s = sortedLists.get(ranges);
  if (s?.n !== ranges.length) {
    const sorted = [...ranges].sort((a, b) => a.start - b.start);
    let far = -Infinity;
    s = {
      n: ranges.length,
      starts: sorted.map((x) => x.start),
      reach: sorted.map((x) => (far = Math.max(far, x.end))),
    };
    sortedLists.set(ranges, s);
  }
  // the ranges starting before r ends: one of them overlaps r when the furthest end among them passes r's start
  const lo = countBelow(s.starts, r.end);
  return lo > 0 && s.reach[lo - 1]! > r.start;
}

/** How many numbers of the ascending list `xs` are below x: the index of the first at least x. */
export function countBelow(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Shrinks [start, end) so it neither begins nor ends with whitespace. */
export function trimRange(text: string, start: number, end: number): Range {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** How many characters `a` and `b` share (0 when they are apart). */
export function overlapLength(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** The first of `sentences` holding offset `at`. */
export function sentenceAt<R extends Range>(sentences: readonly R[], at: number): R | undefined {
  const i = indexAt(sentences, at);
  return i < 0 ? undefined : sentences[i];
}

/** arrays found in order (sorted by start, none overlapping the next), checked once per array */
const ordered = new WeakMap<readonly Range[], boolean>();

function inOrder(ranges: readonly Range[]): boolean {
  let yes = ordered.get(ranges);
  if (yes === undefined) {
    yes = true;
    for (let i = 0; i < ranges.length && yes; i++) {
      const r = ranges[i]!;
      yes = r.start <= r.end && (i === 0 || ranges[i - 1]!.end <= r.start);
    }
    ordered.set(ranges, yes);
  }
  return yes;
}

/**
 * The index of the first of `ranges` holding offset `at`, or -1: a binary search when the ranges are in
 * order (a document's sentences), so a long text costs no scan per offset. The array must not change
 * after it is first asked about.
 */
export function indexAt(ranges: readonly Range[], at: number): number {
  if (!inOrder(ranges)) return ranges.findIndex((s) => s.start <= at && at < s.end);
  let lo = 0;
  let hi = ranges.length;
  // the last range starting at or before `at`: only it can hold `at`
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]!.start <= at) lo = mid + 1;
    else hi = mid;
  }
  const i = lo - 1;
  return i >= 0 && at < ranges[i]!.end ? i : -1;
}
