/**
 * chrono reads a document's dated sentences with everything else blanked out, at the text's own
 * offsets. Where its patterns count blanks they allow at most ten in a row, elsewhere any number, so
 * a run of blanks longer than GAP reads to it as GAP blanks: cutting the runs between the sentences
 * spares it scanning them, and `toFull` takes an offset back to the full text.
 */
import type { Range } from "../../document/schema.js";

const GAP = 16;

export interface Condensed {
  text: string;
  /** the full text's offset for an offset of the condensed text */
  toFull(at: number): number;
  /** where each piece starts in the condensed text */
  starts: readonly number[];
}

/** `full` with the blanks between `pieces` (in text order, not overlapping) cut to GAP at most. */
export function condense(full: string, pieces: readonly Range[]): Condensed {
  const parts: string[] = [];
  /** where each piece starts in the condensed text */
  const starts: number[] = [];
  let last = 0;
  let at = 0;
  for (const p of pieces) {
    const blanks = Math.min(p.start - last, GAP);
    parts.push(" ".repeat(blanks), full.slice(p.start, p.end));
    at += blanks;
    starts.push(at);
    at += p.end - p.start;
    last = p.end;
  }
  const toFull = (x: number): number => {
    // the last piece starting at or before x (a binary search: a long text has thousands of pieces)
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= x) lo = mid + 1;
      else hi = mid;
    }
    const j = lo - 1;
    // the blanks before the first piece start at 0 in both texts
    if (j < 0) return x;
    const p = pieces[j]!;
    const end = starts[j]! + p.end - p.start;
    // within the piece, or in the blanks after it (fewer than GAP in, as in the full text)
    return x <= end ? p.start + x - starts[j]! : p.end + x - end;
  };
  return { text: parts.join(""), toFull, starts };
}
