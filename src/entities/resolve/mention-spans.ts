/**
 * Mentions looked up by offset: which overlap a stretch, which lie within it, which start or end at an
 * offset. A long text has tens of thousands of mentions, and a scan of all of them per word found
 * (the kind words of kinds.ts) costs the square of its length; these answer from sorted offsets.
 */
import { countBelow } from "../../util/ranges.js";
import type { Mention } from "../tagger.js";

export class MentionSpans {
  /** mention indexes sorted by start (then index) */
  private readonly order: number[];
  private readonly starts: number[];
  /** the furthest end among the first k+1 of `order` */
  private readonly reach: number[];

  constructor(
    private readonly mentions: readonly Mention[],
    keep: (m: Mention) => boolean,
  ) {
    this.order = mentions.flatMap((m, i) => (keep(m) ? [i] : []));
    this.order.sort((a, b) => mentions[a]!.start - mentions[b]!.start || a - b);
    this.starts = this.order.map((i) => mentions[i]!.start);
    let far = -Infinity;
    this.reach = this.order.map((i) => (far = Math.max(far, mentions[i]!.end)));
  }

  /** the number of kept mentions starting before `at` */
  private startingBefore(at: number): number {
    return countBelow(this.starts, at);
  }

  /** True when a kept mention overlaps [start, end). */
  overlaps(start: number, end: number): boolean {
    for (let k = this.startingBefore(end) - 1; k >= 0 && this.reach[k]! > start; k--)
      if (this.mentions[this.order[k]!]!.end > start) return true;
    return false;
  }

  /** The kept mentions lying within [start, end], in no particular order. */
  within(start: number, end: number): number[] {
    const out: number[] = [];
    for (let k = this.startingBefore(start); k < this.order.length && this.starts[k]! <= end; k++) {
      const i = this.order[k]!;
      if (this.mentions[i]!.end <= end) out.push(i);
    }
    return out;
  }

  /** The first (by index) kept mention starting in [from, to], or -1. */
  firstStartingIn(from: number, to: number): number {
    let best = -1;
    for (let k = this.startingBefore(from); k < this.order.length && this.starts[k]! <= to; k++) {
      const i = this.order[k]!;
      if (best < 0 || i < best) best = i;
    }
    return best;
  }

  /** The first (by index) kept mention ending at `end`, or -1. */
  firstEndingAt(end: number): number {
    if (!this.ends) {
      this.ends = new Map();
      for (const i of this.order) {
        const e = this.mentions[i]!.end;
        const had = this.ends.get(e);
        if (had === undefined || i < had) this.ends.set(e, i);
      }
    }
    return this.ends.get(end) ?? -1;
  }

  private ends?: Map<number, number>;
}
