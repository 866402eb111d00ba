import type { Range } from "../document/schema.js";

/** A stretch of directly quoted text, its marks included (PolNeAR and PARC count them in the content). */
export interface QuoteSpan extends Range {
  /** false when the paragraph ended before a closing mark and the next did not reopen the quote */
  closed: boolean;
}

const OPEN = "“";
const CLOSE = "”";

/** True when a straight mark at i opens a quote: nothing but space or an opening bracket before it. */
function opensAt(text: string, i: number, width: number): boolean {
  const before = i > 0 ? text[i - 1]! : " ";
  const after = text[i + width] ?? " ";
  return /[\s([{—–-]/.test(before) && !/\s/.test(after);
}

/** '' (two apostrophes) stands for a double quote in some wires (NYT archive style). */
function markAt(text: string, i: number): { kind: "open" | "close" | "straight"; width: number } | null {
  const c = text[i];
  if (c === OPEN) return { kind: "open", width: 1 };
  if (c === CLOSE) return { kind: "close", width: 1 };
  if (c === '"') return { kind: "straight", width: 1 };
  if (c === "'" && text[i + 1] === "'") return { kind: "straight", width: 2 };
  return null;
}

/**
 * Finds quoted stretches paragraph by paragraph. News style leaves a quote open at the end of a
 * paragraph when the next paragraph continues it (and reopens with a mark), so an unclosed quote
 * runs on into a paragraph that starts with an opening mark.
 */
export function findQuoteSpans(text: string, within: readonly Range[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  if (within.length === 0) return out;
  const lo = within[0]!.start;
  const hi = within[within.length - 1]!.end;
  let open = -1;
  let i = lo;
  while (i < hi) {
    const ch = text[i]!;
    if (ch === "\n") {
      if (open >= 0) {
        // Is the next paragraph a continuation (starts with an opening mark)?
        let j = i;
        while (j < hi && /\s/.test(text[j]!)) j++;
        const m = j < hi ? markAt(text, j) : null;
        const reopens = m && (m.kind === "open" || (m.kind === "straight" && opensAt(text, j, m.width)));
        if (!reopens) {
          let end = i;
          while (end > open && /\s/.test(text[end - 1]!)) end--;
          out.push({ start: open, end, closed: false });
          open = -1;
        } else {
          i = j + m.width;
          continue;
        }
      }
      i++;
      continue;
    }
    const m = markAt(text, i);
    if (!m) {
      i++;
      continue;
    }
    if (open < 0) {
      if (m.kind === "open" || (m.kind === "straight" && (m.width === 2 ? opensAt(text, i, 2) : true))) open = i;
    } else if (m.kind === "close" || m.kind === "straight") {
      // A straight mark that looks like an opening one right after a close of another is a new quote.
      out.push({ start: open, end: i + m.width, closed: true });
      open = -1;
    } else if (m.kind === "open") {
      // “ typed for ” ("...a fascist?“ he asked") closes; otherwise the earlier quote was never closed
      const after = text[i + 1] ?? " ";
      if (i > 0 && !/\s/.test(text[i - 1]!) && /[\s.,;:!?)]/.test(after)) {
        out.push({ start: open, end: i + 1, closed: true });
        open = -1;
      } else open = i;
    }
    i += m.width;
  }
  if (open >= 0) {
    let end = hi;
    while (end > open && /\s/.test(text[end - 1]!)) end--;
    out.push({ start: open, end, closed: false });
  }
  return out;
}

/** Whether a span lies strictly inside one of the quotes (its marks excluded). */
export function insideQuote(quotes: readonly QuoteSpan[], r: Range): boolean {
  for (const q of quotes) if (q.start < r.start && r.end < q.end) return true;
  return false;
}

/** A quote ending within `slack` characters of pos. */
export function quoteEndingAt(quotes: readonly QuoteSpan[], pos: number, slack: number): QuoteSpan | null {
  for (const q of quotes) if (q.end >= pos - slack && q.end <= pos + slack + 1) return q;
  return null;
}

/** A quote closing right before a sentence that opens with its attribution: "“...?”" / "Trump asked." */
export function quoteBefore(quotes: readonly QuoteSpan[], pos: number, text: string): QuoteSpan | null {
  for (const q of quotes)
    if (q.end <= pos && pos - q.end <= 3 && /^[ \t\u00a0]*$/.test(text.slice(q.end, pos))) return q;
  return null;
}

/** A quote starting at pos or up to `slack` characters after it. */
export function quoteStartingAt(quotes: readonly QuoteSpan[], pos: number, slack: number): QuoteSpan | null {
  for (const q of quotes) if (q.start >= pos && q.start <= pos + slack) return q;
  return null;
}
