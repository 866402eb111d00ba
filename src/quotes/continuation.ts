import type { Range } from "../document/schema.js";
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
 * paragraph, or open the next paragraph when that paragraph is nothing but the quote.
 */
export function joinContinuations(
  atts: Attribution[],
  quotes: readonly QuoteSpan[],
  text: string,
  sentences: readonly Range[],
): void {
  const cues = atts.map((a) => a.cue).sort((x, y) => x.start - y.start);
  const cueWithin = (start: number, end: number) => cues.some((c) => c.start >= start && c.start < end);
  const owned = (q: Range) => atts.some((a) => a.content.start <= q.start && q.end <= a.content.end);
  for (const a of atts) {
    if (!quotes.some((q) => q.start === a.content.start || q.end === a.content.end)) continue;
    const cueSentence = sentences[a.sentence];
    let end = Math.max(a.content.end, cueSentence ? cueSentence.end : a.cue.end);
    for (const q of quotes) {
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
      end = q.end;
    }
  }
}
