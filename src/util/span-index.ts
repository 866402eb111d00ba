/**
 * Spans looked up by offset: which of them overlap a stretch, lie within it, start in it or end at an
 * offset. Built once per document from a list of spans in any order (optionally only those `keep`
 * accepts), it answers from their starts sorted and the furthest end reached so far, so a long text asks
 * without scanning all its spans per question (the square of its length). Answers are indexes into the
 * list it was built from.
 */
import type { Range } from "../document/schema.js";
import { countBelow } from "./ranges.js";

export class SpanIndex<R extends Range = Range> {
  /** kept span indexes sorted by start (then index) */
  private readonly order: number[];
  private readonly starts: number[];
  /** the furthest end among the first k+1 of `order` */
  private readonly reach: number[];
  /** the first (by index) kept span ending at each offset, made when first asked */
  private ends?: Map<number, number>;

  constructor(
    private readonly spans: readonly R[],
    keep?: (span: R) => boolean,
  ) {
    this.order = keep ? spans.flatMap((s, i) => (keep(s) ? [i] : [])) : spans.map((_, i) => i);
    this.order.sort((a, b) => spans[a]!.start - spans[b]!.start || a - b);
    this.starts = this.order.map((i) => spans[i]!.start);
    let far = -Infinity;
    this.reach = this.order.map((i) => (far = Math.max(far, spans[i]!.end)));
  }

  /** The indexes of the spans overlapping [start, end) (sharing a character), in ascending order. */
  overlapping(start: number, end: number): number[] {
    const out: number[] = [];
    for (let k = countBelow(this.starts, end) - 1; k >= 0 && this.reach[k]! > start; k--) {
      const i = this.order[k]!;
      if (this.spans[i]!.end > start) out.push(i);
    }
    return out.sort((a, b) => a - b);
  }

  /** True when a span overlaps [start, end). */
  overlaps(start: number, end: number): boolean {
    for (let k = countBelow(this.starts, end) - 1; k >= 0 && this.reach[k]! > start; k--)
      if (this.spans[this.order[k]!]!.end > start) return true;
    return false;
  }

  /** The spans lying within [start, end], in no particular order. */
  within(start: number, end: number): number[] {
    const out: number[] = [];
    for (let k = countBelow(this.starts, start); k < this.order.length && this.starts[k]! <= end; k++) {
      const i = this.order[k]!;
      if (this.spans[i]!.end <= end) out.push(i);
    }
    return out;
  }

  /** The first (by index) span starting in [from, to], or -1. */
  firstStartingIn(from: number, to: number): number {
    let best = -1;
    for (let k = countBelow(this.starts, from); k < this.order.length && this.starts[k]! <= to; k++) {
      const i = this.order[k]!;
      if (best < 0 || i < best) best = i;
    }
    return best;
  }

  /** The first (by index) span ending at `end`, or -1. */
  firstEndingAt(end: number): number {
    if (!this.ends) {
      this.ends = new Map();
      for (const i of this.order) {
        const e = this.spans[i]!.end;
        const had = this.ends.get(e);
        if (had === undefined || i < had) this.ends.set(e, i);
      }
    }
    return this.ends.get(end) ?? -1;
  }
}
