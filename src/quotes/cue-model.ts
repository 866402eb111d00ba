/**
 * A learned cue tagger for the words no lexicon lists. PolNeAR marks thousands of distinct cues
 * ("backing Bush", "plans to", "support Sanders", "knew that"), each rare and each a cue only in some
 * contexts. A logistic model over the word, its stem and its neighbours (data/quotes/cue-model.json,
 * written by `npm run train:quotes` from the PolNeAR training split only) decides, for a word after
 * its subject, whether the attribution the rules would read from it is worth reporting.
 */
import { loadData } from "../util/data.js";
import { lex } from "./lexicon.js";
import { speakerLeft, type SpeakerPhrase } from "./speaker.js";
import { isQuoteTok, type Tok } from "./tokens.js";

export interface CueModel {
  about: string;
  /** log-odds an attribution from a word no lexicon lists must reach to be reported */
  threshold: number;
  /** log-odds below which an attribution from a listed cue word is dropped */
  veto: number;
  weights: Record<string, number>;
}

/** A crude stem that joins the regular inflections of a verb ("endorse", "endorsed", "endorses"). */
export function stem(w: string): string {
  return w.replace(/ie[sd]$/, "y").replace(/(?:ing|ed|es|s|d)$/, "");
}

/** Words that head no attribution of their own (auxiliaries, determiners, conjunctions, prepositions). */
const FUNCTION_WORDS = new Set(
  (
    "is was are were be been being am has have had do does did to not will would can could may might must should " +
    "shall the a an and or but of in on at by for with from as that this these those it its he she they we i you " +
    "him her them us me his their our my your who which what when where why how if than then there here so also " +
    "just only very more most about into over after before up out no n't"
  ).split(" "),
);

const ADVERBS = new Set(
  (
    "still again now instead since even never always already often once later then too both either less much " +
    "well soon yet ever almost further together perhaps rather quite"
  ).split(" "),
);

/** Words before a cue that let the rules find its speaker without a subject next to it. */
const JOINERS = new Set([",", "and", "but", "while", "then"]);

function shape(t: Tok | undefined): string {
  if (!t) return "#";
  if (isQuoteTok(t)) return "q";
  if (t.punct) return t.text.length === 1 ? t.text : "p";
  if (/^\d/.test(t.text)) return "d";
  return t.cap ? "C" : "l";
}

/** Whether the word at k may be a learned cue: lowercase, a content word, with a speaker the rules can find. */
export function candidate(toks: readonly Tok[], k: number): boolean {
  const t = toks[k]!;
  if (t.cap || t.text.length < 3 || FUNCTION_WORDS.has(t.lower) || !/^[a-z]+$/.test(t.lower)) return false;
  // an adverb ("repeatedly warned") sits between the speaker and the cue
  if (t.lower.endsWith("ly") || ADVERBS.has(t.lower)) return false;
  const prev = toks[k - 1];
  return (prev !== undefined && JOINERS.has(prev.lower)) || subjectOf(toks, k) !== null;
}

/** speakerLeft of the last word asked about: candidate() and cueFeatures() ask about the same one in turn. */
let lastSubject: { toks: readonly Tok[]; k: number; sp: SpeakerPhrase | null } | null = null;
function subjectOf(toks: readonly Tok[], k: number): SpeakerPhrase | null {
  if (lastSubject?.toks !== toks || lastSubject.k !== k) lastSubject = { toks, k, sp: speakerLeft(toks, k) };
  return lastSubject.sp;
}

const firstCues = new WeakMap<readonly Tok[], number>();
/** Index of the sentence's first lowercase listed cue word (its length when none). */
function firstCue(toks: readonly Tok[]): number {
  let i = firstCues.get(toks);
  if (i === undefined) {
    const lx = lex();
    i = toks.findIndex((t) => !t.cap && lx.cues.has(t.lower));
    if (i < 0) i = toks.length;
    firstCues.set(toks, i);
  }
  return i;
}

const quotedSentence = new WeakMap<readonly Tok[], boolean>();
function hasQuote(toks: readonly Tok[]): boolean {
  let q = quotedSentence.get(toks);
  if (q === undefined) {
    q = toks.some(isQuoteTok);
    quotedSentence.set(toks, q);
  }
  return q;
}

/**
 * The features of the word at k as a cue; a listed cue word's features are kept apart ("x" prefix):
 * its question is another (is this use of "called" an attribution?).
 */
export function cueFeatures(toks: readonly Tok[], k: number, listed = false): string[] {
  const f = features(toks, k);
  return listed ? f.map((x) => "x" + x) : f;
}

function features(toks: readonly Tok[], k: number): string[] {
  const t = toks[k]!;
  const w = t.lower;
  const p1 = toks[k - 1]?.lower ?? "<s>";
  const p2 = toks[k - 2]?.lower ?? "<s>";
  const n1 = toks[k + 1]?.lower ?? "</s>";
  const n2 = toks[k + 2]?.lower ?? "</s>";
  const st = stem(w);
  const sp = subjectOf(toks, k);
  let that = false;
  for (let i = k + 1; i < toks.length && i <= k + 3; i++) if (toks[i]!.lower === "that") that = true;
  const quoted = hasQuote(toks);
  const rest = toks.length - k - 1;
  const cueBefore = firstCue(toks) < k;
  const nsh = shape(toks[k + 1]);
  return [
    "b",
    `w:${w}`,
    `st:${st}`,
    `sf:${w.slice(-3)}`,
    `p:${p1}`,
    `p2:${p2}`,
    `n:${n1}`,
    `n2:${n2}`,
    `pw:${p1}_${st}`,
    `wn:${st}_${n1}`,
    `nsh:${nsh}`,
    `stn:${st}_${nsh}`,
    `psh:${shape(toks[k - 1])}`,
    `sp:${sp ? sp.kind : "none"}`,
    `spk:${sp ? sp.kind : "none"}_${st}`,
    `gap:${sp ? Math.min(k - sp.end, 3) : -1}`,
    `sh:${sp ? toks[sp.headEnd - 1]!.lower : "-"}`,
    `shc:${sp ? shape(toks[sp.headEnd - 1]) + (sp.headEnd - sp.headStart > 1 ? "+" : "") : "-"}`,
    `that:${that}`,
    `pos:${k === 0 ? 0 : k < 4 ? 1 : 2}`,
    `quoted:${quoted}`,
    `rest:${rest < 3 ? 0 : rest < 8 ? 1 : 2}`,
    `before:${cueBefore}`,
    `person:${sp ? person(toks, sp) : "-"}`,
  ];
}

/** Whether a subject names a person or body: a name, a speaker noun or title, a personal pronoun. */
function person(toks: readonly Tok[], sp: SpeakerPhrase): boolean {
  const lx = lex();
  const head = toks[sp.headEnd - 1]!;
  if (sp.kind === "pronoun") return head.lower !== "it" && head.lower !== "this" && head.lower !== "that";
  return head.cap || lx.speakerNouns.has(head.lower) || lx.titles.has(head.lower) || lx.roles.has(head.lower);
}

export function logOdds(weights: Record<string, number>, feats: readonly string[]): number {
  let s = 0;
  for (const f of feats) s += weights[f] ?? 0;
  return s;
}

let model: { threshold: number; veto: number; weights: Map<string, number> } | null = null;

/** The runtime test: a candidate word whose features reach the model's threshold, a listed word not vetoed. */
export function learnedCue(toks: readonly Tok[], k: number, listed: boolean): boolean {
  if (!model) {
    // a Map looks up the freshly built feature strings faster than a 40,000-key object
    const m = loadData<CueModel>("quotes/cue-model.json");
    model = { threshold: m.threshold, veto: m.veto, weights: new Map(Object.entries(m.weights)) };
  }
  if (!listed && !candidate(toks, k)) return false;
  let z = 0;
  for (const f of cueFeatures(toks, k, listed)) z += model.weights.get(f) ?? 0;
  return z >= (listed ? model.veto : model.threshold);
}
