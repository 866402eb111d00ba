import { loadData } from "../util/data.js";
import { countBelow } from "../util/ranges.js";
import { lex } from "./lexicon.js";
import { insideQuote as quoted, quoteStartingAt, type QuoteSpan } from "./marks.js";
import { isQuoteTok, POSSESSIVE, type Tok } from "./tokens.js";

interface BoundaryFile {
  contrasts: string[];
  newClause: string[];
  subjects: string[];
  marks: string[];
  subordinators: string[];
  clauseSubjects: string[];
  auxiliaries: string[];
  verbAdverbs: string[];
  leadingConjunctions: string[];
  adverbialOpeners: string[];
}

let sets: { [K in keyof BoundaryFile]: Set<string> } | null = null;
function words() {
  if (sets) return sets;
  const f = loadData<BoundaryFile>("quotes/boundaries.json");
  sets = {
    contrasts: new Set(f.contrasts),
    newClause: new Set(f.newClause),
    subjects: new Set(f.subjects),
    marks: new Set(f.marks),
    subordinators: new Set(f.subordinators),
    clauseSubjects: new Set(f.clauseSubjects),
    auxiliaries: new Set(f.auxiliaries),
    verbAdverbs: new Set(f.verbAdverbs),
    leadingConjunctions: new Set(f.leadingConjunctions),
    adverbialOpeners: new Set(f.adverbialOpeners),
  };
  return sets;
}

/**
 * The end (exclusive token index) of an object content read from s to e: "faulted his rival for
 * alienating farmers, which he thinks will ..." stops before the relative clause, "ended the
 * practice, but Lane did not say when" before the contrast, "a public relations win, and now they could"
 * or "withdrew the claim, and Ms. Dale's report included" before the new clause. Quoted words are never cut.
 */
export function objectEnd(toks: readonly Tok[], s: number, e: number, quotes: readonly QuoteSpan[]): number {
  const { cuts, commas } = objectCuts(toks, quotes);
  // the cuts that hold wherever the content starts: the first after s
  const f = cuts[countBelow(cuts, s + 1)];
  let end = f !== undefined && f < e - 1 ? f : e;
  // ", and Ms. Dale's report included": a name after ", and" opens a clause of its own, unless a comma
  // before it in the content makes the stretch a list ("Aleppo, Homs, and Idlib"): only at the first comma
  const c = commas[countBelow(commas, s)];
  if (c !== undefined && c > s && c < end && c < e - 1) {
    const w = words();
    const m = toks[c + 2];
    if (w.newClause.has(toks[c + 1]!.lower) && m?.cap && !m.punct) end = c;
  }
  return end;
}

/**
 * The end of an infinitive content ("urged the council to reopen the bridge, and he ..."): an infinitive
 * phrase has no subject of its own, so ", and" before a subject opens a clause of the narrator's. Quoted
 * words are never cut.
 */
export function infinitiveEnd(toks: readonly Tok[], s: number, e: number, quotes: readonly QuoteSpan[]): number {
  const w = words();
  for (let i = s + 1; i < e - 1; i++) {
    const t = toks[i]!;
    if (t.text !== "," || quoted(quotes, t) || !w.newClause.has(toks[i + 1]!.lower)) continue;
    const m = toks[i + 2]?.lower ?? "";
    // a possessive may go on with a noun phrase ("over the vote, and his campaign")
    if (w.subjects.has(m) && !POSSESSIVE.has(m)) return i;
  }
  return e;
}

/**
 * Where objectEnd may cut in one sentence, found once: a contents' scan to its sentence's end per cue
 * made a sentence of thousands of tokens (a table, a list run together) quadratic.
 */
const cutsOf = new WeakMap<readonly Tok[], { quotes: readonly QuoteSpan[]; cuts: number[]; commas: number[] }>();
function objectCuts(toks: readonly Tok[], quotes: readonly QuoteSpan[]): { cuts: number[]; commas: number[] } {
  const known = cutsOf.get(toks);
  if (known && known.quotes === quotes) return known;
  const w = words();
  const cuts: number[] = [];
  const commas: number[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!w.marks.has(t.text) || quoted(quotes, t)) continue;
    if (t.text === ",") commas.push(i);
    const n = toks[i + 1];
    if (!n) continue;
    if (w.contrasts.has(n.lower) || (w.newClause.has(n.lower) && w.subjects.has(toks[i + 2]?.lower ?? "")))
      cuts.push(i);
  }
  const made = { quotes, cuts, commas };
  cutsOf.set(toks, made);
  return made;
}

/** A word that opens a main clause: a pronoun, a name, a determiner, a number. */
function subjectAt(toks: readonly Tok[], i: number): boolean {
  const t = toks[i];
  if (!t || t.punct) return false;
  return t.cap || /^\d/.test(t.text) || words().clauseSubjects.has(t.lower);
}

/**
 * Whether the sentence before token `end` opens on a subordinate clause ("But because of that vote, ...",
 * "As the talks stalled, ..."): its first word past punctuation and leading conjunctions is a subordinator.
 */
export function opensSubordinate(toks: readonly Tok[], end: number): boolean {
  const w = words();
  let a = 0;
  while (a < end && (toks[a]!.punct || w.leadingConjunctions.has(toks[a]!.lower) || toks[a]!.lower === "even")) a++;
  const first = toks[a]?.lower ?? "";
  return w.subordinators.has(first) || first === "as";
}

/** A finite auxiliary or modal ("has", "would", "must"): one that opens a main clause's verb group. */
export function finiteAuxiliary(w: string): boolean {
  return words().auxiliaries.has(w);
}

/** An adverb inside a verb group, listed or in -ly: "have also seen", "ultimately did not". */
function verbAdverb(t: Tok): boolean {
  return words().verbAdverbs.has(t.lower) || /^[a-z]+ly$/.test(t.text);
}

/** A finite verb (an auxiliary, a past form), maybe after an adverb: "have also seen", "ultimately did not". */
function finiteAt(toks: readonly Tok[], i: number): boolean {
  const w = words();
  let t = toks[i];
  if (t && verbAdverb(t)) t = toks[i + 1];
  if (!t || t.cap || t.punct) return false;
  const lx = lex();
  // "..., said the talks had failed": a cue word in a finite form is the main verb too
  if (lx.cues.has(t.lower) && !t.lower.endsWith("ing")) return true;
  return w.auxiliaries.has(t.lower) || /^[a-z]{3,}ed$/.test(t.text) || lx.irregularPast.has(t.lower);
}

/** The first unquoted comma after s before whose next token `opens` holds; e when there is none. */
function commaBefore(
  toks: readonly Tok[],
  s: number,
  e: number,
  quotes: readonly QuoteSpan[],
  opens: (i: number) => boolean,
): number {
  for (let i = s + 1; i < e - 1; i++) {
    const t = toks[i]!;
    if (t.text === "," && !quoted(quotes, t) && opens(i + 1)) return i;
    // 'who calls him a “butcher,” said': the comma closing the clause sits inside a quote that closes with it
    if (
      t.text === "," &&
      isQuoteTok(toks[i + 1]) &&
      i + 2 < e &&
      quotes.some((q) => q.end === toks[i + 1]!.end) &&
      opens(i + 2)
    )
      return i + 2;
  }
  return e;
}

/**
 * "Though he never mentioned Sanders by name, Clinton cast ...", "Declaring that he alone can fix it,
 * the nominee offered ...": a cue inside a clause that opens the sentence (with a subordinator, or with
 * the cue's own participle) and holds no comma before the cue has its content end at the comma where
 * the main clause's subject follows. "As X put it, ..." is left alone: its content is the main clause.
 */
export function subordinateEnd(
  toks: readonly Tok[],
  k: number,
  gerund: boolean,
  s: number,
  e: number,
  quotes: readonly QuoteSpan[],
): number {
  const w = words();
  let a = 0;
  while (a < k && toks[a]!.punct) a++;
  // "But while Republicans backed the delay, ...": a conjunction may stand before the subordinator
  if (a < k && w.leadingConjunctions.has(toks[a]!.lower)) a++;
  const first = toks[a];
  if (!first || !(w.subordinators.has(first.lower) || (a === k && gerund))) return e;
  for (let i = a + 1; i < k; i++) if (toks[i]!.punct && !quoted(quotes, toks[i]!)) return e;
  // "reported even if Sanders split the delegates, he would ...": the content opens with a clause of its own
  const c = toks[s]?.lower === "that" ? s + 1 : s;
  if (w.subordinators.has(toks[c]?.lower ?? "")) return e;
  return commaBefore(toks, s, e, quotes, (i) => subjectAt(toks, i));
}

/**
 * "Hours after the governor was declared the winner, her rival conceded ...": a clause that a subordinator
 * opens right before its subject (token `subject`: a passive's subject, or the speaker phrase of a report),
 * though not the sentence, has the content from s end at the comma where the main clause's subject and
 * verb follow (subordinateEnd reads the sentence's opening one).
 */
export function afterSubordinatorEnd(
  toks: readonly Tok[],
  subject: number,
  s: number,
  e: number,
  quotes: readonly QuoteSpan[],
): number {
  const w = words();
  if (!w.subordinators.has(toks[subject - 1]?.lower ?? "")) return e;
  // "told him that despite the delays, the plant would open": the content's own clause opens on an
  // adverbial whose comma is the content's
  const c = toks[s]?.lower === "that" ? s + 1 : s;
  if (w.subordinators.has(toks[c]?.lower ?? "") || w.adverbialOpeners.has(toks[c]?.lower ?? "")) return e;
  // the main clause shows its verb within a few words of its subject: a name after a comma in a list
  // ("blamed the mayor, the police, and the council") or a place ("in Eugene, Oregon") opens none
  const opens = (i: number): boolean => {
    if (!subjectAt(toks, i) || toks[i]!.lower === "that") return false;
    for (let j = i + 1; j < e && j <= i + MAIN_SUBJECT_MAX; j++) {
      if (toks[j]!.punct) return false;
      if (finiteAt(toks, j)) return true;
    }
    return false;
  };
  return commaBefore(toks, s, e, quotes, opens);
}

/** The most words of a main clause's subject before its verb that afterSubordinatorEnd looks for. */
const MAIN_SUBJECT_MAX = 4;

/**
 * "Farmers, who largely back the governor, have also seen gains": a cue in a non-restrictive
 * relative clause (relativeCue) has its content end where the clause closes, at the comma before the
 * main verb.
 */
export function relativeEnd(toks: readonly Tok[], s: number, e: number, quotes: readonly QuoteSpan[]): number {
  return commaBefore(toks, s, e, quotes, (i) => finiteAt(toks, i));
}

/**
 * "The governor, citing the cost, said ...": a participle set off between its subject and the subject's
 * own report has its content end at the comma before that report. Only a report verb closes it: after
 * other verbs the comma is as often one inside the participle's object.
 */
export function asideBeforeReportEnd(toks: readonly Tok[], s: number, e: number, quotes: readonly QuoteSpan[]): number {
  const lx = lex();
  return commaBefore(toks, s, e, quotes, (i) => {
    const v = verbAdverb(toks[i]!) ? i + 1 : i;
    const t = toks[v];
    return !!t && !t.cap && lx.cues.has(t.lower) && !t.lower.endsWith("ing") && finiteAt(toks, i);
  });
}

/**
 * "The ministry, which denied the reports, said ...", "Officials, who had asked not to be named, said
 * ...": the cue sits in a non-restrictive relative clause (its pronoun after a comma, over auxiliaries
 * and adverbs).
 */
export function relativeCue(toks: readonly Tok[], k: number): boolean {
  const w = words();
  let j = k - 1;
  while (j > 0 && k - j <= 4 && (w.auxiliaries.has(toks[j]!.lower) || verbAdverb(toks[j]!))) j--;
  if ((toks[j]?.lower === "who" || toks[j]?.lower === "which") && toks[j - 1]?.text === ",") return true;
  // "the plan, which critics call reckless, would pass": the relative pronoun is the cue's object and a
  // short subject of its own stands between
  let i = j;
  while (i > 0 && j - i < 3 && !toks[i]!.punct && toks[i]!.lower !== "which" && toks[i]!.lower !== "whom") i--;
  if (i < j && (toks[i]?.lower === "which" || toks[i]?.lower === "whom") && toks[i - 1]?.text === ",") return true;
  // "The mayor, who was busy while thanking the crews, did not ...": the clause is still open further
  // back, over words of its own but no punctuation, which would have closed it
  for (let r = k - 1; r > 0 && k - r <= OPEN_RELATIVE_MAX; r--) {
    const t = toks[r]!;
    if (t.punct || isQuoteTok(t)) return false;
    if ((t.lower === "who" || t.lower === "which") && toks[r - 1]?.text === ",") return true;
  }
  return false;
}

/** the most words from a relative pronoun after a comma to a cue its clause holds */
const OPEN_RELATIVE_MAX = 12;

/** Words joining a second verb phrase to the first: "said A and has called for B". */
export const COORDINATORS = new Set(["and", "but", "while", "then"]);

/** A negated auxiliary, whole or its clitic: "didn't", "hasn’t", "n't". */
const NEGATED = /n['’]t$/;

/** How far back a coordinated verb's auxiliaries and adverbs may reach: "and has also called for". */
const VERB_GROUP_MAX = 4;

/**
 * "... and has called for", "... but did not recommend": a verb at k joined by a coordinator to the
 * verb before it, over auxiliaries and adverbs, with no subject of its own (it shares the clause's).
 */
export function coordinatedVerb(toks: readonly Tok[], k: number): boolean {
  const v = goesOnAt(toks, k);
  const head = v >= 0 ? v : k;
  let j = head - 1;
  while (
    j > 0 &&
    head - j <= VERB_GROUP_MAX &&
    !COORDINATORS.has(toks[j]!.lower) &&
    (finiteAuxiliary(toks[j]!.lower) || NEGATED.test(toks[j]!.lower) || verbAdverb(toks[j]!))
  )
    j--;
  return j > 0 && j < head && COORDINATORS.has(toks[j]!.lower);
}

/** Forms of "go" in "went on to say": the verb that follows is the one reporting. */
const GO = new Set(["go", "goes", "went", "going"]);

/** "went on to say", "going on to explain": the index of the form of "go" before the verb at k; -1 when none. */
export function goesOnAt(toks: readonly Tok[], k: number): number {
  const g = toks[k - 3];
  return toks[k - 1]?.lower === "to" && toks[k - 2]?.lower === "on" && g && GO.has(g.lower) ? k - 3 : -1;
}

/**
 * The end (exclusive token index) of a content opening on a direct quote at s: '... wrote “we will never
 * give up,” and left the room' stops at the closing mark, for "and" (after the comma inside or outside the
 * mark, or none) before a finite verb with no subject of its own tells the speaker's next act in the
 * narrator's words; so does one after a pronoun ('..., and she hung up'), a present-tense one ('..., and
 * walks out') or, after the quote's comma, a noun subject ('..., and the crowd cheered'), for the quote's
 * words ended at its mark. An unquoted content is left alone: a verb coordinated in reported speech may be
 * reported too.
 */
export function quotedContentEnd(toks: readonly Tok[], s: number, e: number, quotes: readonly QuoteSpan[]): number {
  const open = toks[s];
  if (!open || !isQuoteTok(open)) return e;
  const q = quoteStartingAt(quotes, open.start, 0);
  if (!q) return e;
  let c = s + 1;
  while (c < e && toks[c]!.end < q.end) c++;
  if (c >= e - 1 || toks[c]!.end !== q.end) return e;
  let i = c + 1;
  if (toks[i]?.text === ",") i++;
  if (!words().newClause.has(toks[i]?.lower ?? "")) return e;
  const pronoun = ["he", "she", "they"].includes(toks[i + 1]?.lower ?? "") ? 1 : 0;
  const v = i + 1 + pronoun;
  if (v < e && (finiteAt(toks, v) || presentAt(toks, v))) return c + 1;
  // '“we will win,” and the crowd cheered': a subject of the narrator's own; only after the quote's comma,
  // for '“the plan” and the costs had worried' may coordinate the quoted noun with another
  const comma = toks[c - 1]?.text === "," || toks[c + 1]?.text === ",";
  if (!comma || !NARRATED_SUBJECT.has(toks[i + 1]?.lower ?? "")) return e;
  for (let k = i + 2; k < Math.min(i + 5, e - 1); k++) {
    const t = toks[k]!;
    if (t.punct || isQuoteTok(t)) return e;
    if (finiteAt(toks, k + 1)) return c + 1;
  }
  return e;
}

/** Determiners opening a noun subject of the narrator's clause after a quote; "its" may extend the quoted noun. */
const NARRATED_SUBJECT = new Set(["the", "a", "an", "his", "their"]);

/** Words after a present-tense verb that no plural noun subject takes: 'and walks out', 'and leaves the room'. */
const AFTER_PRESENT = new Set([
  "out",
  "away",
  "off",
  "up",
  "down",
  "back",
  "the",
  "a",
  "an",
  "his",
  "her",
  "their",
  "him",
  "them",
]);

/**
 * '... says “it is over,” and walks out': a present-tense verb in -s; "and voters ..." is a plural noun, told
 * apart by what follows it (a particle or an object, never a verb).
 */
function presentAt(toks: readonly Tok[], i: number): boolean {
  const t = toks[i];
  if (!t || t.cap || t.punct || !/^[a-z]{2,}[^su]s$/.test(t.text)) return false;
  return AFTER_PRESENT.has(toks[i + 1]?.lower ?? "");
}

/**
 * "called them thieves (although he allowed that some were honest) and promised ...": a cue inside a
 * parenthesis still open at it has its content end at the closing parenthesis; the words after it are the
 * sentence's again.
 */
export function parentheticalEnd(toks: readonly Tok[], k: number, s: number, e: number): number {
  let open = false;
  for (let i = k - 1; i >= 0; i--) {
    const t = toks[i]!.text;
    if (t === ")") return e;
    if (t === "(") {
      open = true;
      break;
    }
  }
  if (!open) return e;
  for (let i = s; i < e; i++) if (toks[i]!.text === ")") return i;
  return e;
}
