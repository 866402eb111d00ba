import type { Range } from "../document/schema.js";

export function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Range, inner: Range): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** True when `r` overlaps any of `ranges` (assumed few: boilerplate spans, a dateline). */
export function overlapsAny(r: Range, ranges: readonly Range[]): boolean {
  for (const x of ranges) if (overlaps(r, x)) return true;
  return false;
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
  return sentences.find((s) => s.start <= at && at < s.end);
}
