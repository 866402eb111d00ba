import type { Quote, Range, SitrepDocument } from "../document/schema.js";
import { sentenceAt } from "../util/ranges.js";
import { SpanIndex } from "../util/span-index.js";
import { lex } from "./lexicon.js";

export type EvidentialStatus = "asserted" | "reported" | "claimed";

export interface Evidential {
  status: EvidentialStatus;
  /** who the fact is attributed to; null when asserted or hedged without a named source */
  source: string | null;
}

function cueWeight(q: Quote): string {
  if (!q.cue) return "neutral";
  const words = q.cue.text.toLowerCase().split(/\s+/);
  for (const w of words) {
    const f = lex().cues.get(w);
    if (f) return f[0]!.weight;
  }
  return "neutral";
}

/**
 * Whether a quote was read from a reporting word: a listed cue, "according to", or a mark (":", a dash).
 * A word only the learned model tags ("commanded the IRGC", "backing Bush") reports an act or a stance,
 * and the writer who tells of it still asserts it.
 */
function reportingCue(q: Quote): boolean {
  if (!q.cue) return true;
  const ws = q.cue.text.toLowerCase().split(/\s+/);
  if (!ws.some((w) => /\p{L}/u.test(w))) return true;
  const lx = lex();
  return ws[0] === "according" || ws.some((w) => lx.cues.has(w));
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
}

function hasPhrase(ws: readonly string[], phrase: readonly string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= ws.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (ws[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}

/** A hedge in the text around a fact: "reportedly", "allegedly", "according to reports". */
function hedged(text: string): boolean {
  const lx = lex();
  const ws = words(text);
  if (ws.some((w) => lx.hedgeAdverbs.has(w))) return true;
  return lx.hedgePhrases.some((p) => hasPhrase(ws, p));
}

/** A document's quotes by offset, indexed once: the status of every casualty and event is asked. */
const quoteIndex = new WeakMap<readonly Quote[], { n: number; index: SpanIndex }>();

function quoteSpans(doc: SitrepDocument): SpanIndex {
  let made = quoteIndex.get(doc.quotes);
  // (rebuilt should the list have grown since)
  if (made?.n !== doc.quotes.length)
    quoteIndex.set(doc.quotes, (made = { n: doc.quotes.length, index: new SpanIndex(doc.quotes) }));
  return made.index;
}

/**
 * Whether a span of `doc.text` is asserted by the writer, reported (inside what someone said), or only
 * claimed (under a hedging cue like "claimed", a hedge like "reportedly", or sourced to unnamed reports).
 * Reads `doc.quotes`, so call it after the quotes stage.
 */
export function evidentialStatus(doc: SitrepDocument, range: Range): Evidential {
  const lx = lex();
  // The innermost quote whose content holds most of the span (of equals, the first).
  let best: Quote | null = null;
  for (const k of quoteSpans(doc).overlapping(range.start, range.end)) {
    const q = doc.quotes[k]!;
    const ov = Math.min(q.end, range.end) - Math.max(q.start, range.start);
    if (ov <= 0 || ov * 2 < range.end - range.start || !reportingCue(q)) continue;
    if (!best || q.end - q.start < best.end - best.start) best = q;
  }
  const sentence = sentenceAt(doc.sentences, range.start);
  const around = sentence ? doc.text.slice(sentence.start, sentence.end) : doc.text.slice(range.start, range.end);
  if (best) {
    const name = best.speaker?.name ?? null;
    const unnamed = name !== null && lx.unnamedSources.has(name.toLowerCase());
    const claimed =
      cueWeight(best) === "hedged" || unnamed || hedged(doc.text.slice(best.start, best.end)) || hedged(around);
    return { status: claimed ? "claimed" : "reported", source: unnamed ? null : name };
  }
  if (hedged(around)) return { status: "claimed", source: null };
  return { status: "asserted", source: null };
}
