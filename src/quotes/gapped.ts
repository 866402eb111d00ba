import { finiteAuxiliary } from "./boundary.js";
import { lex } from "./lexicon.js";
import { insideQuote, type QuoteSpan } from "./marks.js";
import { nounPhraseLeft, speakerLeft, type SpeakerPhrase } from "./speaker.js";
import { FINAL, isQuoteTok, type Tok } from "./tokens.js";

/** Relative pronouns that stand for the cue's object: "the deal, which the governor praised". */
const OBJECT_RELATIVE = new Set(["which", "whom", "who"]);

/** Past forms of cues the irregular-verb list leaves to the cue lexicon: "what he said", "what she told". */
const IRREGULAR_CUE = new Set(["said", "told", "wrote", "says", "tells"]);

/** Pronouns that are the object of a relative clause with no relative pronoun: "what he said", "everything she wrote". */
const FREE_OBJECT = new Set(["what", "everything", "anything", "something", "nothing", "whatever"]);

/** What may set off a noun phrase summing up the clause before it: ", a charge the mayor denied". */
const SET_OFF = new Set([",", "—", "–", "--", "-", "("]);

/** Words opening that summing noun phrase: "a charge", "an offer", "something". */
const SUMMING = new Set(["a", "an", "something"]);

/** The most tokens in the summing noun phrase: "a controversial proposal". */
const SUMMING_MAX = 4;

/**
 * Words that may follow a cue whose object has moved to the relative pronoun: nothing, a stop, or an
 * adverbial ("opposed as a senator", "rebuffed at a meeting", "has faced and has always denied").
 */
const AFTER_GAP = new Set([
  "at",
  "in",
  "on",
  "during",
  "since",
  "before",
  "after",
  "last",
  "this",
  "earlier",
  "when",
  "while",
  "because",
  "and",
  "but",
  "until",
  "again",
  "repeatedly",
  "publicly",
  "privately",
  "once",
  "recently",
  "today",
  "yesterday",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
]);

const PREPOSITION = new Set(
  "in on of at to for by with from about under over during through among after before into upon".split(" "),
);

/** Prepositions before a free relative beside PREPOSITION: "despite what he wrote", "below what she wants". */
const FREE_PREPOSITION = new Set(["despite", "as", "than", "like", "below", "above", "beyond", "unlike"]);

/** Words that show a phrase after the mark is no noun summing up a clause: "one of", "a study by", "a teacher and". */
const NOT_SUMMING = new Set(["of", "by", "and", "when", "where"]);

/**
 * "a charge that engineers denied": a plain noun phrase after a relative pronoun, before the verb group,
 * which the speaker rules leave unread there (they take "that" before a phrase for a complementizer).
 */
function plainSubject(toks: readonly Tok[], k: number): SpeakerPhrase | null {
  let j = k - 1;
  while (j > 0 && verbGroup(toks, j, j + 1)) j--;
  if (j <= 0 || toks[j]!.punct) return null;
  // a bare plural ("engineers") is no phrase the speaker rules read on their own
  const np = nounPhraseLeft(toks, j, 0) ?? (/^[a-z]+s$/.test(toks[j]!.text) ? { start: j, hasCap: false } : null);
  if (!np || j - np.start >= SUMMING_MAX) return null;
  const rel = toks[np.start - 1]?.lower ?? "";
  if (!OBJECT_RELATIVE.has(rel) && rel !== "that") return null;
  return { start: np.start, end: j + 1, headStart: np.start, headEnd: j + 1, kind: np.hasCap ? "name" : "description" };
}

export interface GappedObject {
  /** token range [start, end) of the relative pronoun or the summing noun phrase */
  start: number;
  end: number;
  speaker: SpeakerPhrase;
}

/** Whether the verb group from `from` up to the cue at k holds only auxiliaries and adverbs. */
function verbGroup(toks: readonly Tok[], from: number, k: number): boolean {
  for (let i = from; i < k; i++) {
    const t = toks[i]!;
    if (t.punct || t.cap) return false;
    // "which was denied": a passive's subject is the pronoun itself
    if (PASSIVE_BE.has(t.lower)) return false;
    if (!(finiteAuxiliary(t.lower) || /^[a-z]+ly$/.test(t.lower) || /n['’]t$/.test(t.lower) || ADVERB.has(t.lower)))
      return false;
  }
  return true;
}

const PASSIVE_BE = new Set(["is", "was", "are", "were", "be", "been", "being"]);

const ADVERB = new Set(["not", "also", "once", "never", "since", "always", "still", "even", "long", "then", "now"]);

/**
 * "the deal, which the governor has praised", "a charge that engineers strongly denied", "something her
 * rival opposed as a senator": a cue in a relative clause whose object is the clause's relative pronoun,
 * or the noun phrase summing up the clause before it when no pronoun stands ("an offer the leadership
 * rebuffed"). PolNeAR marks the pronoun (or that noun phrase) as the content and the relative clause's
 * subject as the source; the cue's own object is missing, so nothing after it is content.
 */
export function gappedObject(
  toks: readonly Tok[],
  k: number,
  after: number,
  quotes: readonly QuoteSpan[],
): GappedObject | null {
  const cue = toks[k]!;
  if (cue.cap || cue.lower.endsWith("ing")) return null;
  // a listed cue in a finite form ("has denied", "opposes", "backed"); "which Americans celebrate on
  // Monday" is a habit, and the model's words have no tested reading here
  const lx = lex();
  const finite = /[a-z]{2}(?:ed|s)$/.test(cue.lower) || lx.irregularPast.has(cue.lower) || IRREGULAR_CUE.has(cue.lower);
  if (!lx.cues.has(cue.lower) || !finite) return null;
  // the object is missing: the clause stops, or an adverbial follows
  const next = toks[after];
  if (next && !FINAL.has(next.text) && next.text !== "," && next.text !== ")" && !SET_OFF.has(next.text)) {
    if (!AFTER_GAP.has(next.lower) || next.cap) return null;
  }
  if (next && isQuoteTok(next)) return null;
  let sp = speakerLeft(toks, k) ?? plainSubject(toks, k);
  // "That was what Ada Brennan said", "did something the farmers wanted": the phrase read on over the pronoun
  // standing for the object; the subject starts after it
  for (let w = (sp?.end ?? 0) - 1; sp && w > sp.start; w--) {
    if (!FREE_OBJECT.has(toks[w]!.lower) || w + 1 >= sp.end) continue;
    const kind = toks[w + 1]!.cap ? "name" : "description";
    sp = { start: w + 1, end: sp.end, headStart: w + 1, headEnd: Math.max(w + 2, sp.headEnd), kind };
    break;
  }
  if (!sp || sp.kind === "relative" || !verbGroup(toks, sp.end, k)) return null;
  // "who won some 40 thousand ballots": a verb read into the phrase shows it is no subject
  const first = toks[sp.start]!.lower;
  if (lx.irregularPast.has(first) || lx.cues.has(first) || /^[a-z]+ed$/.test(toks[sp.start]!.text)) return null;
  const p = sp.start - 1;
  const rel = toks[p];
  if (!rel || insideQuote(quotes, rel)) return null;
  if (OBJECT_RELATIVE.has(rel.lower)) {
    const before = toks[p - 1];
    if (!before || !(SET_OFF.has(before.text) || (!before.punct && !before.cap))) return null;
    // "during which he said", "asked whom she supported": a preposition or a verb governs the pronoun
    if (!before.punct && (PREPOSITION.has(before.lower) || lx.cues.has(before.lower))) return null;
    return { start: p, end: p + 1, speaker: sp };
  }
  // "what the senator said", "everything he wrote": a pronoun standing for the object opens the clause
  // with no relative pronoun and no mark before it
  // ...when a verb other than a cue governs it ("got everything the council wanted", "that's what the mayor hopes"): after
  // a preposition or a comma ("despite what he wrote", ", what Obama says is the baseline") PolNeAR
  // leaves the clause unmarked, and a cue's content holds the clause whole ("repeated what he said")
  if (FREE_OBJECT.has(rel.lower)) {
    const gov = toks[p - 1];
    if (!gov || gov.punct || isQuoteTok(gov) || PREPOSITION.has(gov.lower) || FREE_PREPOSITION.has(gov.lower))
      return null;
    return lx.cues.has(gov.lower) ? null : { start: p, end: p + 1, speaker: sp };
  }
  // ", an offer the leadership rebuffed": the noun phrase after the set-off mark, opening on a summing word
  for (let s = p; s >= 0 && p - s < SUMMING_MAX; s--) {
    const t = toks[s]!;
    // "one of the ...", "a teacher and": a phrase of its own, no noun summing up a clause
    if (t.punct || isQuoteTok(t) || NOT_SUMMING.has(t.lower)) return null;
    if (SET_OFF.has(toks[s - 1]?.text ?? "") && SUMMING.has(t.lower)) return { start: s, end: p + 1, speaker: sp };
  }
  return null;
}
