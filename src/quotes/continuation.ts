import type { Range } from "../document/schema.js";
import type { Attribution } from "./attribute.js";
import type { QuoteSpan } from "./marks.js";

/**
 * “A,” he said. “B.” - a quote that follows its attribution in the same paragraph, with no attribution
 * of its own, continues the same speaker's words; PolNeAR and PARC make it part of one content.
 */
export function joinContinuations(
  atts: Attribution[],
  quotes: readonly QuoteSpan[],
  text: string,
  sentences: readonly Range[],
): void {
  const owned = (q: Range) => atts.some((a) => a.content.start <= q.start && q.end <= a.content.end);
  const cueIn = (q: Range) => atts.some((a) => a.cue.start >= q.start && a.cue.end <= q.end);
  for (const a of atts) {
    if (!quotes.some((q) => q.start === a.content.start || q.end === a.content.end)) continue;
    // Only the attribution's own sentence may sit between: "he said in a statement." - not another clause.
    const cueSentence = sentences[a.sentence];
    let end = Math.max(a.content.end, cueSentence ? cueSentence.end : a.cue.end);
    for (const q of quotes) {
      if (q.start < end) continue;
      const gap = text.slice(end, q.start);
      if (gap.includes("\n") || /\S/.test(gap.replace(/^[.,;!?]+/, ""))) break;
      if (owned(q) || cueIn(q)) break;
      a.content = { start: a.content.start, end: q.end };
      end = q.end;
    }
  }
}
