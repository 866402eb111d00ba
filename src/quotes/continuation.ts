import type { Range } from "../document/schema.js";
import { countBelow } from "../util/ranges.js";
import { SpanIndex } from "../util/span-index.js";
import type { Attribution } from "./attribute.js";
import { quoteStartingAt, type QuoteSpan } from "./marks.js";

/** Where the paragraph holding `pos` ends. */
function paragraphEnd(text: string, pos: number): number {
  const nl = text.indexOf("\n", pos);
  return nl < 0 ? text.length : nl;
}

/** Whether the sentence a quote stands in ends with it: its last words end inside the marks or right after. */
function endsSentence(text: string, q: Range): boolean {
  const inner = text.slice(q.start, q.end).replace(/[’”'"\s]+$/, "");
  return /[.!?…]$/.test(inner) || /^[’”'"]*\s*(?:[.!?…]|\n|$)/.test(text.slice(q.end, q.end + 3));
}

/**
 * “A,” he said. “B.” - a quote that follows its attribution, with no attribution of its own, continues
 * the same speaker's words; PolNeAR and PARC make it part of one content. It may follow in the same
 * paragraph, or open the next paragraph when that paragraph is nothing but the quote. Reported words
 * that end their sentence ("He says X." “B.”), or that the attribution's frame closes ("X, he says." “B.”),
 * are continued the same way.
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
    // "Prices will rise, the minister said." / "“We have no choice.”": reported words that the cue's frame
    // closes go on the same way
    const framed = !!cueSentence && a.content.start >= cueSentence.start && a.content.end <= a.cue.start;
    if (!starts.has(a.content.start) && !ends.has(a.content.end) && !toEnd && !framed) continue;
    let end = Math.max(a.content.end, cueSentence ? cueSentence.end : a.cue.end);
    // '“A,” she said “B.”': with the stop after the cue left out, B stands in the cue's own sentence;
    // it goes on from the cue when nothing but the cue and the speaker come between and B ends the sentence
    const after = Math.max(a.cue.end, a.speaker && a.speaker.span.start >= a.cue.end ? a.speaker.span.end : 0);
    const runOn = cueSentence && a.content.end <= a.cue.start && quoteStartingAt(quotes, after, 3);
    if (runOn && runOn.end >= cueSentence.end - 2 && !owned(runOn)) end = Math.min(end, runOn.start);
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
      } else if (
        /\S/.test(gap.replace(/^[.,;!?]+/, "")) &&
        !/[.!?][)\]’”'"]*\s*$/.test(gap) &&
        !endsSentence(text, q)
      ) {
        // words of the next sentence lead up to the quote: it goes on with the speaker's words when it
        // closes that sentence ('Instead, “...”'), but a quoted name or phrase inside the sentence
        // ('Since then, the “...” star has ...') is the narrator's
        break;
      }
      a.content = { start: a.content.start, end: q.end };
      grown.add(a);
      end = q.end;
    }
  }
}
