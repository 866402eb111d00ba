import type { Range } from "../document/schema.js";
import { countBelow } from "../util/ranges.js";
import { SpanIndex } from "../util/span-index.js";
import type { Attribution } from "./attribute.js";
import type { QuoteSpan } from "./marks.js";

/** Where the paragraph holding `pos` ends. */
function paragraphEnd(text: string, pos: number): number {
  const nl = text.indexOf("\n", pos);
  return nl < 0 ? text.length : nl;
}

/**
 * “A,” he said. “B.” - a quote that follows its attribution, with no attribution of its own, continues
 * the same speaker's words; PolNeAR and PARC make it part of one content. It may follow in the same
 * paragraph, or open the next paragraph when that paragraph is nothing but the quote. Reported words
 * that end their sentence ("He says X." “B.”) are continued the same way.
 */
export function joinContinuations(
  atts: Attribution[],
  quotes: readonly QuoteSpan[],
  text: string,
  sentences: readonly Range[],
): void {
  // Everything below is looked up by offset: a long text has thousands of quotes and attributions.
  const cues = atts.map((a) => a.cue.start).sort((x, y) => x - y);
  const cueWithin = (start: number, end: number) => {
    const k = countBelow(cues, start);
    return k < cues.length && cues[k]! < end;
  };
  // contents as first found, and those since extended (a content only grows)
  const contents = new SpanIndex(atts.map((a) => ({ ...a.content })));
  const grown = new Set<Attribution>();
  const holds = (a: Attribution, q: Range) => a.content.start <= q.start && q.end <= a.content.end;
  const owned = (q: Range) =>
    contents.overlapping(q.start - 1, q.end + 1).some((k) => holds(atts[k]!, q)) || [...grown].some((a) => holds(a, q));
  const starts = new Set(quotes.map((q) => q.start));
  const ends = new Set(quotes.map((q) => q.end));
  // quotes come in order and apart (marks.ts); were they not, each attribution would read them all
  const inOrder = quotes.every((q, k) => k === 0 || quotes[k - 1]!.start <= q.start);
  const quoteStarts = quotes.map((q) => q.start);
  for (const a of atts) {
    const cueSentence = sentences[a.sentence];
    // "She says voters want change." / "“It is their choice.”": reported words that run to their
    // sentence's end go on into an unattributed quote just as quoted ones do
    const toEnd =
      !!cueSentence &&
      /^[.!?]?\s*$/.test(text.slice(a.content.end, cueSentence.end)) &&
      !/[“”"]|''/.test(text.slice(a.content.start, a.content.end));
    if (!starts.has(a.content.start) && !ends.has(a.content.end) && !toEnd) continue;
    let end = Math.max(a.content.end, cueSentence ? cueSentence.end : a.cue.end);
    for (let k = inOrder ? countBelow(quoteStarts, end) : 0; k < quotes.length; k++) {
      const q = quotes[k]!;
      if (q.start < end) continue;
      const gap = text.slice(end, q.start);
      if (/[“”"]/.test(gap) || gap.length > 80 || owned(q) || cueWithin(end, q.end)) break;
      if (gap.includes("\n")) {
        // a new paragraph continues only when it is the quote alone
        if (/\S/.test(gap) || q.end < paragraphEnd(text, q.start) - 1) break;
      } else if (/\S/.test(gap.replace(/^[.,;!?]+/, "")) && gap.trim().length > 60) {
        // only a fragment the sentence splitter cut off ("C.), a member of ...") may sit between
        break;
      }
      a.content = { start: a.content.start, end: q.end };
      grown.add(a);
      end = q.end;
    }
  }
}
