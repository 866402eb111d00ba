/**
 * A learned cue tagger for the words no lexicon lists. PolNeAR marks thousands of distinct cues
 * ("backing Bush", "plans to", "support Sanders", "knew that"), each rare and each a cue only in some
 * contexts. A logistic model over the word, its stem and its neighbours (data/quotes/cue-model.json,
 * written by `npm run train:quotes` from the PolNeAR training split only) decides, for a word after
 * its subject, whether the attribution the rules would read from it is worth reporting. A candidate is
 * judged twice: by its window first (learnedCue, lenient by the most its content could add), then with
 * the content the rules read from it (learnedContent): "backing Bush" and "said that ..." differ there.
 */
import type { Range } from "../document/schema.js";
import { loadData } from "../util/data.js";
import { lex } from "./lexicon.js";
import { ADJECTIVE_TO, speakerLeft, type SpeakerPhrase } from "./speaker.js";
import { isQuoteTok, overAdverbs, type Tok } from "./tokens.js";
import { firstClass, wordClasses } from "./word-classes.js";

export interface CueModel {
  about: string;
  /** log-odds an attribution from a word no lexicon lists must reach to be reported */
  threshold: number;
  /** log-odds below which an attribution from a listed cue word is dropped */
  veto: number;
  weights: Record<string, number>;
}

/** A crude stem that joins the regular inflections of a verb ("endorse", "endorsed", "endorses"). */
function regularStem(w: string): string {
  return w.replace(/ie[sd]$/, "y").replace(/(?:ing|ed|es|s|d)$/, "");
}

let irregular: Map<string, { lemma: string; stem: string }> | null = null;
function irregularPast(w: string): { lemma: string; stem: string } | undefined {
  if (!irregular) {
    const lemmas = loadData<{ lemmas: Record<string, string> }>("quotes/irregular-lemmas.json").lemmas;
    // the third person joins the lemma to the other forms the crude stem cuts ("makes", "making" -> "mak")
    irregular = new Map(
      Object.entries(lemmas).map(([past, lemma]) => [past, { lemma, stem: regularStem(lemma + "s") }]),
    );
  }
  return irregular.get(w);
}

/** The stem of a word's inflections; an irregular past takes its lemma's ("knew" as "knows", "knowing"). */
export function stem(w: string): string {
  return irregularPast(w)?.stem ?? regularStem(w);
}

/** The word WordNet is asked about: an irregular past's lemma, which WordNet lists, or the word itself. */
const classWord = (w: string) => irregularPast(w)?.lemma ?? w;

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
  // "lawmakers hostile to the plan said": an adjective taking "to" right after a noun modifies that noun;
  // after a verb ("have been sympathetic to") it is a predicate and may tell a stance
  const before = toks[k - 1];
  const modifier = !!before && !before.punct && !FUNCTION_WORDS.has(before.lower) && !before.lower.endsWith("ly");
  if (modifier && ADJECTIVE_TO.has(t.lower) && toks[k + 1]?.lower === "to") return false;
  const prev = overAdverbs(toks, k);
  return (prev !== undefined && JOINERS.has(prev.lower)) || subjectOf(toks, k) !== null;
}

/**
 * speakerLeft of each word asked about, once per sentence and word: candidate(), cueFeatures() and the
 * content test ask about the same word, the content test only after the other words of its sentence.
 */
const subjects = new WeakMap<readonly Tok[], Map<number, SpeakerPhrase | null>>();
function subjectOf(toks: readonly Tok[], k: number): SpeakerPhrase | null {
  let byK = subjects.get(toks);
  if (!byK) subjects.set(toks, (byK = new Map()));
  let sp = byK.get(k);
  if (sp === undefined) byK.set(k, (sp = speakerLeft(toks, k)));
  return sp;
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

/** What both the feature list and the fast scorer read around the word at k: its window, subject and a "that". */
function around(toks: readonly Tok[], k: number) {
  const t = toks[k]!;
  let that = false;
  for (let i = k + 1; i < toks.length && i <= k + 3; i++) if (toks[i]!.lower === "that") that = true;
  return {
    w: t.lower,
    p1: toks[k - 1]?.lower ?? "<s>",
    p2: toks[k - 2]?.lower ?? "<s>",
    n1: toks[k + 1]?.lower ?? "</s>",
    n2: toks[k + 2]?.lower ?? "</s>",
    sp: subjectOf(toks, k),
    that,
    rest: toks.length - k - 1,
    nsh: shape(toks[k + 1]),
  };
}

/** The words a little further right than the next two: "told reporters on Monday", "said in a statement". */
function rightWords(toks: readonly Tok[], k: number): string[] {
  const out: string[] = [];
  for (let i = k + 3; i < toks.length && i <= k + 5; i++) out.push(toks[i]!.lower);
  return out;
}

function features(toks: readonly Tok[], k: number): string[] {
  const { w, p1, p2, n1, n2, sp, that, rest, nsh } = around(toks, k);
  const st = stem(w);
  const quoted = hasQuote(toks);
  const cueBefore = firstCue(toks) < k;
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
    ...classFeatures(w),
    `stt:${st}_${that}`,
    `ls:${sp && sp.start > 0 ? toks[sp.start - 1]!.lower : "-"}`,
    ...rightWords(toks, k).map((x) => `r:${x}`),
  ];
}

/**
 * The word's WordNet classes: each class it has and its first sense's class. A rare cue word is judged
 * by the words of its class ("touted" as "said"). Crossing the first class with the subject's kind or
 * the content's opening word was measured and gives nothing (five-fold F1 0.6944 against 0.6950).
 */
function classFeatures(w: string): string[] {
  const out = (wordClasses(classWord(w)) ?? []).map(([c]) => `wc:${c}`);
  out.push(`wc1:${firstClass(classWord(w))}`);
  return out;
}

/** The class of a content's first word: what kind of complement the cue took. */
function opener(t: Tok | undefined): string {
  if (!t) return "#";
  if (isQuoteTok(t)) return "q";
  const w = t.lower;
  if (w === "that" || w === "to" || w === "how" || w === "whether" || w === "what" || w === "why") return w;
  if (OPENER_DET.has(w)) return "det";
  if (OPENER_PRONOUN.has(w)) return "pron";
  if (/^\d/.test(w)) return "d";
  if (t.cap) return "C";
  return t.punct ? "p" : "l";
}
const OPENER_DET = new Set(
  "the a an his her its their our my your this these those some any no every each all".split(" "),
);
const OPENER_PRONOUN = new Set("he she it they we i you him them us me".split(" "));

/** The first index from `lo` whose token passes `past`, which holds for every token after one that does. */
function lowerBound(toks: readonly Tok[], lo: number, past: (t: Tok) => boolean): number {
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (past(toks[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Where a content's tokens lie in its sentence: its first token and its length in tokens. */
function contentSpan(toks: readonly Tok[], content: Range): { first: number; n: number; toEnd: boolean } {
  // binary searches: a sentence of thousands of tokens holds thousands of candidates
  const first = lowerBound(toks, 0, (t) => t.start >= content.start);
  const last = lowerBound(toks, first, (t) => t.end > content.end);
  let end = toks.length;
  while (end > 0 && toks[end - 1]!.punct && !isQuoteTok(toks[end - 1])) end--;
  return { first, n: last - first, toEnd: last >= end };
}

/**
 * The verb class of a content's second word: what "to" or "that" opens ("plans to visit" against
 * "went to Iowa", "said that he" against "knew that man").
 */
function secondClass(toks: readonly Tok[], first: number, n: number): string {
  const t = n > 1 ? toks[first + 1] : undefined;
  if (!t) return "#";
  return t.cap || t.punct ? shape(t) : firstClass(classWord(t.lower));
}

const lengthBucket = (n: number) => (n <= 1 ? "1" : n <= 3 ? "2" : n <= 7 ? "4" : n <= 15 ? "8" : "16");

/**
 * What the rules read as the content of the word at k: its opening word's class and the word itself,
 * its length and whether it runs to the sentence end ("backing Bush" against "said that ...").
 */
export function contentFeatures(toks: readonly Tok[], k: number, content: Range): string[] {
  const { first, n, toEnd } = contentSpan(toks, content);
  const o = opener(toks[first]);
  const st = stem(toks[k]!.lower);
  const sp = subjectOf(toks, k);
  return [
    `co:${o}`,
    `cw:${toks[first]?.lower ?? "#"}`,
    `cn:${lengthBucket(n)}`,
    `ce:${toEnd}`,
    `cso:${st}_${o}`,
    `con:${o}_${lengthBucket(n)}`,
    `csk:${sp ? sp.kind : "none"}_${o}`,
    `c2:${o}_${secondClass(toks, first, n)}`,
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

/**
 * The weights regrouped by feature template, so the runtime looks up the words themselves instead
 * of building a feature string per lookup: one table per one-value template, and for two-word
 * templates ("pw:A_B") a table per first word, filled under every split at "_" so a word holding
 * "_" still finds its key.
 */
interface Tables {
  one: Map<string, Map<string, number>>;
  two: Map<string, Map<string, Map<string, number>>>;
}

const PAIRS = new Set(["pw", "wn", "stn", "spk", "cso", "con", "stt", "csk", "c2"]);

function tables(weights: Record<string, number>, prefix: string): Tables {
  const one = new Map<string, Map<string, number>>();
  const two = new Map<string, Map<string, Map<string, number>>>();
  for (const [key, v] of Object.entries(weights)) {
    if (!key.startsWith(prefix)) continue;
    const colon = key.indexOf(":");
    if (colon < 0) {
      // the bias "b" has no value
      let m = one.get(key.slice(prefix.length));
      if (!m) one.set(key.slice(prefix.length), (m = new Map()));
      m.set("", v);
      continue;
    }
    const name = key.slice(prefix.length, colon);
    const value = key.slice(colon + 1);
    let m = one.get(name);
    if (!m) one.set(name, (m = new Map()));
    m.set(value, v);
    if (!PAIRS.has(name)) continue;
    let t = two.get(name);
    if (!t) two.set(name, (t = new Map()));
    for (let i = value.indexOf("_"); i >= 0; i = value.indexOf("_", i + 1)) {
      const a = value.slice(0, i);
      let inner = t.get(a);
      if (!inner) t.set(a, (inner = new Map()));
      inner.set(value.slice(i + 1), v);
    }
  }
  return { one, two };
}

const EMPTY = new Map<string, never>();
type One = Map<string, number>;
type Two = Map<string, Map<string, number>>;

/** The weights of one feature set, looked up template by template. */
class Scorer {
  readonly b: number;
  readonly w: One;
  readonly st: One;
  readonly sf: One;
  readonly p: One;
  readonly p2: One;
  readonly n: One;
  readonly n2: One;
  readonly pw: Two;
  readonly wn: Two;
  readonly nsh: One;
  readonly stn: Two;
  readonly psh: One;
  readonly sp: One;
  readonly spk: Two;
  readonly gap: One;
  readonly sh: One;
  readonly shc: One;
  readonly that: One;
  readonly pos: One;
  readonly quoted: One;
  readonly rest: One;
  readonly before: One;
  readonly person: One;
  readonly wc: One;
  readonly wc1: One;
  readonly stt: Two;
  readonly ls: One;
  readonly r: One;
  constructor(t: Tables) {
    const one = (name: string): Map<string, number> => t.one.get(name) ?? EMPTY;
    const two = (name: string): Map<string, Map<string, number>> => t.two.get(name) ?? EMPTY;
    this.b = one("b").get("") ?? 0;
    this.w = one("w");
    this.st = one("st");
    this.sf = one("sf");
    this.p = one("p");
    this.p2 = one("p2");
    this.n = one("n");
    this.n2 = one("n2");
    this.pw = two("pw");
    this.wn = two("wn");
    this.nsh = one("nsh");
    this.stn = two("stn");
    this.psh = one("psh");
    this.sp = one("sp");
    this.spk = two("spk");
    this.gap = one("gap");
    this.sh = one("sh");
    this.shc = one("shc");
    this.that = one("that");
    this.pos = one("pos");
    this.quoted = one("quoted");
    this.rest = one("rest");
    this.before = one("before");
    this.person = one("person");
    this.wc = one("wc");
    this.wc1 = one("wc1");
    this.stt = two("stt");
    this.ls = one("ls");
    this.r = one("r");
  }
}

const stems = new Map<string, string>();
function stemOf(w: string): string {
  let s = stems.get(w);
  if (s === undefined) {
    if (stems.size > 100_000) stems.clear();
    s = stem(w);
    stems.set(w, s);
  }
  return s;
}

const GAPS = ["-1", "0", "1", "2", "3"];

/** What a scorer knows of a word by itself, looked up once per word instead of once per use. */
interface WordEntry {
  st: string;
  w: number;
  stWeight: number;
  sf: number;
  wn: One | undefined;
  stn: One | undefined;
  /** the weights of its classes (wc, wc1), in feature order */
  wc: number[];
}

const entries = new WeakMap<Scorer, Map<string, WordEntry>>();
function entry(m: Scorer, w: string): WordEntry {
  let byWord = entries.get(m);
  if (!byWord || byWord.size > 100_000) entries.set(m, (byWord = new Map()));
  let e = byWord.get(w);
  if (e === undefined) {
    const st = stemOf(w);
    e = {
      st,
      w: m.w.get(w) ?? 0,
      stWeight: m.st.get(st) ?? 0,
      sf: m.sf.get(w.slice(-3)) ?? 0,
      wn: m.wn.get(st),
      stn: m.stn.get(st),
      wc: [
        ...(wordClasses(classWord(w)) ?? []).map(([c]) => m.wc.get(c) ?? 0),
        m.wc1.get(firstClass(classWord(w))) ?? 0,
      ],
    };
    byWord.set(w, e);
  }
  return e;
}

/** The same sum, in the same order, as logOdds(weights, cueFeatures(toks, k, listed)). */
function score(m: Scorer, toks: readonly Tok[], k: number): number {
  const { w, p1, p2, n1, n2, sp, that, rest, nsh } = around(toks, k);
  const e = entry(m, w);
  const st = e.st;
  const kind = sp ? sp.kind : "none";
  let z = 0;
  z += m.b;
  z += e.w;
  z += e.stWeight;
  z += e.sf;
  z += m.p.get(p1) ?? 0;
  z += m.p2.get(p2) ?? 0;
  z += m.n.get(n1) ?? 0;
  z += m.n2.get(n2) ?? 0;
  z += m.pw.get(p1)?.get(st) ?? 0;
  z += e.wn?.get(n1) ?? 0;
  z += m.nsh.get(nsh) ?? 0;
  z += e.stn?.get(nsh) ?? 0;
  z += m.psh.get(shape(toks[k - 1])) ?? 0;
  z += m.sp.get(kind) ?? 0;
  z += m.spk.get(kind)?.get(st) ?? 0;
  const gap = sp ? Math.min(k - sp.end, 3) : -1;
  z += m.gap.get(gap >= -1 ? GAPS[gap + 1]! : String(gap)) ?? 0;
  z += m.sh.get(sp ? toks[sp.headEnd - 1]!.lower : "-") ?? 0;
  z += m.shc.get(sp ? shape(toks[sp.headEnd - 1]) + (sp.headEnd - sp.headStart > 1 ? "+" : "") : "-") ?? 0;
  z += m.that.get(that ? "true" : "false") ?? 0;
  z += m.pos.get(k === 0 ? "0" : k < 4 ? "1" : "2") ?? 0;
  z += m.quoted.get(hasQuote(toks) ? "true" : "false") ?? 0;
  z += m.rest.get(rest < 3 ? "0" : rest < 8 ? "1" : "2") ?? 0;
  z += m.before.get(firstCue(toks) < k ? "true" : "false") ?? 0;
  z += m.person.get(sp ? (person(toks, sp) ? "true" : "false") : "-") ?? 0;
  for (const x of e.wc) z += x;
  z += m.stt.get(st)?.get(that ? "true" : "false") ?? 0;
  z += m.ls.get(sp && sp.start > 0 ? toks[sp.start - 1]!.lower : "-") ?? 0;
  for (let i = k + 3; i < toks.length && i <= k + 5; i++) z += m.r.get(toks[i]!.lower) ?? 0;
  return z;
}

/** The content templates' weights, and the most they can add to a word's log-odds. */
interface ContentScorer {
  co: One;
  cw: One;
  cn: One;
  ce: One;
  cso: Two;
  con: Two;
  csk: Two;
  c2: Two;
  max: number;
}

function contentScorer(t: Tables): ContentScorer {
  const one = (name: string): Map<string, number> => t.one.get(name) ?? EMPTY;
  const two = (name: string): Map<string, Map<string, number>> => t.two.get(name) ?? EMPTY;
  const top = (m: Map<string, number> | undefined) => Math.max(0, ...(m ? m.values() : []));
  const c = {
    co: one("co"),
    cw: one("cw"),
    cn: one("cn"),
    ce: one("ce"),
    cso: two("cso"),
    con: two("con"),
    csk: two("csk"),
    c2: two("c2"),
  };
  let max = top(c.co) + top(c.cw) + top(c.cn) + top(c.ce);
  for (const name of ["cso", "con", "csk", "c2"] as const)
    max += Math.max(0, ...[...(t.one.get(name)?.values() ?? [])]);
  return { ...c, max };
}

/** The same sum as logOdds(weights, contentFeatures(toks, k, content)). */
function contentScore(c: ContentScorer, toks: readonly Tok[], k: number, content: Range): number {
  const { first, n, toEnd } = contentSpan(toks, content);
  const o = opener(toks[first]);
  const nb = lengthBucket(n);
  let z = 0;
  z += c.co.get(o) ?? 0;
  z += c.cw.get(toks[first]?.lower ?? "#") ?? 0;
  z += c.cn.get(nb) ?? 0;
  z += c.ce.get(toEnd ? "true" : "false") ?? 0;
  z += c.cso.get(stemOf(toks[k]!.lower))?.get(o) ?? 0;
  z += c.con.get(o)?.get(nb) ?? 0;
  const sp = subjectOf(toks, k);
  z += c.csk.get(sp ? sp.kind : "none")?.get(o) ?? 0;
  z += c.c2.get(o)?.get(secondClass(toks, first, n)) ?? 0;
  return z;
}

let model: {
  threshold: number;
  veto: number;
  plain: Scorer;
  listed: Scorer;
  content: ContentScorer;
  listedContent: ContentScorer;
} | null = null;

function loaded() {
  if (!model) {
    const m = loadData<CueModel>("quotes/cue-model.json");
    const plain = tables(m.weights, "");
    const listed = tables(m.weights, "x");
    model = {
      threshold: m.threshold,
      veto: m.veto,
      plain: new Scorer(plain),
      listed: new Scorer(listed),
      content: contentScorer(plain),
      listedContent: contentScorer(listed),
    };
  }
  return model;
}

/** The last word scored: the content test reads its log-odds instead of scoring it again. */
let lastScore: { toks: readonly Tok[]; k: number; z: number } | null = null;

/** A listed word is scored when found and again when its content or window is judged: once is enough. */
const listedScores = new WeakMap<readonly Tok[], Map<number, number>>();
function listedScore(toks: readonly Tok[], k: number): number {
  let byK = listedScores.get(toks);
  if (!byK) listedScores.set(toks, (byK = new Map()));
  let z = byK.get(k);
  if (z === undefined) byK.set(k, (z = score(loaded().listed, toks, k)));
  return z;
}

/**
 * The runtime test: a candidate word whose features could reach the model's threshold once its content
 * is read (learnedContent decides then), a listed word not vetoed.
 */
export function learnedCue(toks: readonly Tok[], k: number, listed: boolean): boolean {
  const m = loaded();
  if (!listed && !candidate(toks, k)) return false;
  if (listed) return listedScore(toks, k) + m.listedContent.max >= m.veto;
  const z = score(m.plain, toks, k);
  lastScore = { toks, k, z };
  return z + m.content.max >= m.threshold;
}

/** The final test of a candidate word learnedCue let through, with the content the rules read from it. */
export function learnedContent(toks: readonly Tok[], k: number, content: Range): boolean {
  const m = loaded();
  const z = lastScore?.toks === toks && lastScore.k === k ? lastScore.z : score(m.plain, toks, k);
  return z + contentScore(m.content, toks, k, content) >= m.threshold;
}
learnedCue.content = learnedContent;

/**
 * A listed cue word judged by its window alone: for the words whose place decides where another
 * attribution's content stops (", adding that"), which must be settled before any content is read.
 */
export function listedWindow(toks: readonly Tok[], k: number): boolean {
  const m = loaded();
  return listedScore(toks, k) >= m.veto;
}
learnedCue.window = listedWindow;

/**
 * The final test of any other listed cue word, with the content the rules read from it: "said" over a
 * lone word or a bare noun phrase is less often an attribution than "said" over a clause.
 */
export function listedContent(toks: readonly Tok[], k: number, content: Range): boolean {
  const m = loaded();
  return listedScore(toks, k) + contentScore(m.listedContent, toks, k, content) >= m.veto;
}
learnedCue.listedContent = listedContent;
