/**
 * The frame of a direct quote: '“...,” Petrenko fumed on Tuesday.', '“...?” the host pressed.',
 * '“...,” fumed Petrenko.' A verb no lexicon lists is a cue when a quote closing before it and its
 * speaker frame it, as PARC and PolNeAR read it.
 */
import { circumstanceOnly } from "./after-cue.js";
import { lex, type CueForm } from "./lexicon.js";
import { quoteBefore, type QuoteSpan } from "./marks.js";
import { speakerLeft, speakerRight } from "./speaker.js";
import { FINAL, isQuoteTok, type Tok } from "./tokens.js";

/**
 * Past forms spelled as their present, which the irregular-past list leaves out for their noun readings
 * ("a good read"): '“...,” the email read.' Between a closing quote and the sentence's end, after the
 * speaker, the word is the verb.
 */
const BARE_PAST = new Set(["read"]);

/** Particles of phrasal speech verbs: "shot back", "chimed in", "spoke up". */
const PARTICLE = new Set(["back", "in", "up", "out", "on"]);

/**
 * Verbs that report speech only as the head of a phrasal verb: '“...,” he went on.' continues speaking,
 * '“...,” he went.' tells nothing said (and "he went home" is no frame).
 */
const PHRASAL_ONLY: Record<string, string> = { went: "on", goes: "on", go: "on" };

/**
 * The direct quote closing right before token i: in this sentence, or as the sentence before it. A quote
 * that reports speech closes on a comma, a question or an exclamation mark, or a full stop; a title in
 * quotes ("“The Apprentice” host") does not.
 */
function quoteClosesBefore(
  toks: readonly Tok[],
  i: number,
  quotes: readonly QuoteSpan[],
  text: string,
): QuoteSpan | null {
  const p = toks[i - 1];
  if (p && !isQuoteTok(p)) return null;
  const q = quoteBefore(quotes, p ? p.end : toks[i]!.start, text);
  return q && (!p || q.end === p.end) && /[,?!.]\s*(?:[”"’']|'')$/.test(text.slice(q.start, q.end)) ? q : null;
}

/**
 * '“...,” Petrenko fumed on Tuesday.', '“...?” the host pressed.', '“...,” fumed Petrenko.': a past or
 * present verb between a direct quote that closes before it and the sentence's end, with its speaker
 * beside it, reports that quote (PARC and PolNeAR read the frame, not the verb). Returns the index after
 * the cue, or -1. A quote that closed the sentence before leaves no room for a circumstance: "Other
 * countries have traded as well." after a quote reports nothing.
 */
export function quoteFrame(toks: readonly Tok[], k: number, quotes: readonly QuoteSpan[], text: string): number {
  const t = toks[k]!;
  const lx = lex();
  const finite =
    /[a-z]{2}ed$/.test(t.lower) ||
    /[a-z][^suy]s$/.test(t.lower) ||
    lx.irregularPast.has(t.lower) ||
    BARE_PAST.has(t.lower);
  if (t.cap || t.punct || !finite || lx.functionWords.has(t.lower)) return -1;
  let a = k + 1;
  // "shot back.", "chimed in, “...”"; "fumed on Tuesday" has a preposition, no particle
  if (PARTICLE.has(toks[a]?.lower ?? "") && (toks[a + 1]?.punct ?? true)) a++;
  const particle = PHRASAL_ONLY[t.lower];
  if (particle && (a !== k + 2 || toks[k + 1]!.lower !== particle)) return -1;
  while (/^[a-z]+ly$/.test(toks[a]?.text ?? "")) a++;
  const ends = (x: number) =>
    x >= toks.length || FINAL.has(toks[x]!.text) || (toks[x]!.text === "," && isQuoteTok(toks[x + 1]));
  if (quoteClosesBefore(toks, k, quotes, text)) {
    // "fumed Petrenko on Tuesday.": the speaker follows, then the sentence ends
    const sp = speakerRight(toks, a);
    if (!sp || sp.kind === "pronoun") return -1;
    return ends(sp.end) || circumstanceOnly(toks, sp.end) ? a : -1;
  }
  const sp = speakerLeft(toks, k);
  if (!sp || sp.kind === "relative" || sp.end !== k) return -1;
  const q = quoteClosesBefore(toks, sp.start, quotes, text);
  if (!q) return -1;
  const sameSentence = sp.start > 0;
  return ends(a) || (sameSentence && circumstanceOnly(toks, a)) ? a : -1;
}

/** A verb a quote frames reports speech and may invert ("“...,” fumed Petrenko"), like "said". */
export function framedForm(toks: readonly Tok[], k: number, after: number): CueForm {
  const rest = toks.slice(k + 1, after).map((t) => t.lower);
  return { lemma: toks[k]!.lower, weight: "neutral", frame: "speech", rest, np: false, gerund: false };
}
