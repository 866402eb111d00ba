/**
 * Spans looked up by offset: which of them overlap a stretch. Built once per document from a list
 * of spans in any order, it answers from their starts sorted and the furthest end reached so far, so
 * a long text asks without scanning all its spans per question (the square of its length).
 */
import type { Range } from "../document/schema.js";
import { countBelow } from "./ranges.js";

export class SpanIndex {
  /** span indexes sorted by start (then index) */
  private readonly order: number[];
  private readonly starts: number[];
  /** the furthest end among the first k+1 of `order` */
  private readonly reach: number[];

  constructor(private readonly spans: readonly Range[]) {
    this.order = spans.map((_, i) => i).sort((a, b) => spans[a]!.start - spans[b]!.start || a - b);
    this.starts = this.order.map((i) => spans[i]!.start);
    let far = -Infinity;
    this.reach = this.order.map((i) => (far = Math.max(far, spans[i]!.end)));
  }

  /** The indexes of the spans overlapping [start, end) (sharing a character), in ascending order. */
  overlapping(start: number, end: number): number[] {
    const lo = countBelow(this.starts, end);
    const out: number[] = [];
    for (let k = lo - 1; k >= 0 && this.reach[k]! > start; k--) {
      const i = this.order[k]!;
      if (this.spans[i]!.end > start) out.push(i);
    }
    return out.sort((a, b) => a - b);
  }
}
