/**
 * The passive with its agent: "The bill, opposed by House Republicans, failed", "He was criticized by
 * libertarians", "a claim rejected by the inquiry". PolNeAR takes the agent after "by" as the source and
 * the thing done to (the subject, or the noun the participle modifies) as the content.
 */
import { lex, type CueForm } from "./lexicon.js";
import { byMedium } from "./media.js";
import { nounPhraseLeft, speakerLeft, speakerRight, type SpeakerPhrase } from "./speaker.js";
import { lyAdverb, type Tok } from "./tokens.js";

/** Forms of "be" and "get" that make a passive. */
export const BE = new Set(["is", "was", "were", "are", "been", "be", "being", "get", "got", "gets"]);
/** Words that may sit between the noun and its participle: "a fact first reported by", "was later denied by". */
const BETWEEN = new Set(["not", "also", "never", "still", "later", "then", "first", "since", "widely", "n't"]);
const PARTICIPLE = /^(?:said|told|shown|known|written|seen|thought|sought|made|given|held)$/;

/** Words that open a gerund's object or clause: "by saying that", "by making it clear", "by using the example". */
const GERUND_OBJECT = new Set(
  "that how why what whether to it the a an his her their its this these those him them us me".split(" "),
);

/**
 * "concluded by implying that ...", "responded by using the example": a lowercase -ing word after "by"
 * that takes an object or a clause is a means, not an agent ("by overwhelming majorities" is one).
 */
function gerund(toks: readonly Tok[], i: number): boolean {
  const t = toks[i];
  const next = toks[i + 1];
  if (!t || t.cap || !/^[a-z]+ing$/.test(t.text) || !next) return false;
  if (GERUND_OBJECT.has(next.lower)) return true;
  // "by saying he would", "by saying Japan should wait": a listed verb of saying opens a clause, however
  // it starts; an agent is no clause
  return !next.punct && lex().cues.has(t.lower);
}

/** Words after a passive's agent that give what the subject is blamed or praised for: "criticized by X for". */
const REASON = new Set(["for", "over", "as"]);

/** Verbs of questioning whose passive agent is the one who asked: "was asked by a voter why ...". */
const QUESTIONED = new Set(["asked", "questioned", "pressed"]);
/** Words opening what was asked, right after the asker: "whether", "about the delay", "to explain". */
const QUESTION_OPENER = new Set("whether if why what how who when where which about on to".split(" "));

/** "asked by Tom Reed why the bill stalled": the asker's name ends where the question opens. */
function askerOnly(toks: readonly Tok[], sp: SpeakerPhrase): SpeakerPhrase {
  for (let i = sp.start + 1; i < sp.end; i++)
    if (QUESTION_OPENER.has(toks[i]!.lower))
      return { ...sp, end: i, headEnd: Math.min(sp.headEnd, i), headStart: Math.min(sp.headStart, i - 1) };
  return sp;
}

/** Words that end an agent phrase: "by libertarians on social media", "by Democrats who ...". */
const AGENT_END = new Set(
  "on in at for with to as after before during since over about that who which whom when while because if whether why what how where".split(
    " ",
  ),
);

/** "by libertarians", "by more than 40 states": any short phrase up to a preposition or punctuation. */
function agent(toks: readonly Tok[], i: number): SpeakerPhrase | null {
  const first = toks[i];
  if (!first || first.punct || lex().functionWords.has(first.lower) || AGENT_END.has(first.lower)) return null;
  let j = i;
  while (j < toks.length && j - i < 8 && !toks[j]!.punct && !AGENT_END.has(toks[j]!.lower)) j++;
  return { start: i, end: j, headStart: i, headEnd: j, kind: toks[j - 1]!.cap ? "name" : "description" };
}

/**
 * "rebuked by opponents for his plan": the agent ends where the reason opens, though the phrase
 * reader ran on over it ("opponents for his plan" read as one name); "Americans for Prosperity" is a name.
 */
function reasonAfter(toks: readonly Tok[], sp: SpeakerPhrase): SpeakerPhrase {
  for (let i = sp.start + 1; i < sp.end; i++)
    if (REASON.has(toks[i]!.lower) && toks[i + 1] && !toks[i + 1]!.cap)
      return { ...sp, end: i, headEnd: Math.min(sp.headEnd, i), headStart: Math.min(sp.headStart, i - 1) };
  return sp;
}

/** "mocked by the press and fans as": agents joined by "and" are one source. */
function agents(toks: readonly Tok[], sp: SpeakerPhrase): SpeakerPhrase {
  if (toks[sp.end]?.lower !== "and") return sp;
  const more = agent(toks, sp.end + 1);
  // "backed by Democrats and opposed by Republicans": a second verb, not a second agent
  const verb = (t: Tok) => t.lower === "by" || (!t.cap && /(?:ed|en)$/.test(t.text)) || lex().cues.has(t.lower);
  if (!more || toks.slice(more.start, more.end).some(verb)) return sp;
  return { ...sp, end: more.end };
}

export interface PassiveFrame {
  /** token range [start, end) of the content */
  content: { start: number; end: number };
  speaker: SpeakerPhrase;
}

/** The passive frame of the listed cue at k whose form ends at `after`, or null. */
export function byPassive(toks: readonly Tok[], k: number, after: number, form: CueForm): PassiveFrame | null {
  const w = toks[k]!.lower;
  if (form.gerund || form.frame === "evidential" || !(w.endsWith("ed") || PARTICIPLE.test(w))) return null;
  // "said by telephone": a channel, not an agent; "concluded by implying": a means
  if (toks[after]?.lower !== "by" || byMedium(toks, after) || gerund(toks, after + 1)) return null;
  const found = speakerRight(toks, after + 1) ?? agent(toks, after + 1);
  if (!found) return null;
  const speaker = QUESTIONED.has(w) ? askerOnly(toks, found) : reasonAfter(toks, agents(toks, found));
  let j = k - 1;
  while (j >= 0 && k - j <= 3 && (BETWEEN.has(toks[j]!.lower) || /^[a-z]+ly$/.test(toks[j]!.text))) j--;
  const p = toks[j];
  if (!p) return null;
  if (BE.has(p.lower)) {
    // "He was criticized by": the subject is what is spoken of
    const subj = speakerLeft(toks, k);
    if (!subj) return null;
    // "He was asked by a voter why ...": the question, not the one asked, is what the asker said
    if (QUESTIONED.has(w) && QUESTION_OPENER.has(toks[speaker.end]?.lower ?? "")) {
      let e = toks.length;
      while (e > speaker.end + 1 && toks[e - 1]!.punct) e--;
      for (let i = speaker.end; i < e; i++) if (toks[i]!.text === ";") e = i;
      if (e > speaker.end + 1) return { content: { start: speaker.end, end: e }, speaker };
    }
    // "He was criticized by rivals for failing to ...": what he is criticized for is said of him too
    if (REASON.has(toks[speaker.end]?.lower ?? "") && speaker.end + 1 < toks.length) {
      let e = toks.length;
      while (e > speaker.end + 1 && toks[e - 1]!.punct) e--;
      for (let i = speaker.end + 1; i < e; i++) if (toks[i]!.text === ";") e = i;
      return { content: { start: subj.start, end: e }, speaker };
    }
    return { content: { start: subj.start, end: subj.end }, speaker };
  }
  // "The immigration bill, opposed by", "a fact confirmed by": the noun the participle modifies
  const end = p.text === "," ? j - 1 : j;
  if (end < 0 || toks[end]!.punct || lex().cues.has(toks[end]!.lower)) return null;
  const np = nounPhraseLeft(toks, end, 0);
  return np ? { content: { start: np.start, end: end + 1 }, speaker } : null;
}

/** Words that end the search for a later agent: a clause or a coordinated phrase begins. */
const LATER_STOP = new Set("that which who whom whose when while because if and but or as than".split(" "));
/** the widest gap between a passive cue and its agent: "was confirmed as another of the passengers by" */
const LATER_MAX = 12;

/**
 * "Bats are considered pests by many farmers", "has been called a bully by former players": the
 * agent of a passive cue after its complement. Another participle on the way ("an affidavit written
 * by", "a luncheon held by") takes the "by" as its own, and so does a new clause or punctuation.
 */
export function laterAgent(toks: readonly Tok[], after: number): SpeakerPhrase | null {
  const lx = lex();
  for (let j = after; j < toks.length && j - after <= LATER_MAX; j++) {
    const t = toks[j]!;
    if (t.lower === "by") {
      if (j === after || byMedium(toks, j)) return null;
      return speakerRight(toks, j + 1) ?? agent(toks, j + 1);
    }
    // "was confirmed as one of the riders by", "was praised warmly and often by": "as" naming
    // the role the passive gives, and "and" joining two adverbs, open no clause
    const role = t.lower === "as" && j === after;
    const adverbs = t.lower === "and" && lyAdverb(toks[j - 1]) && lyAdverb(toks[j + 1]);
    if (role || adverbs) continue;
    if (t.punct || LATER_STOP.has(t.lower) || lx.cues.has(t.lower) || lx.irregularPast.has(t.lower)) return null;
    if (/^[a-z]+(?:ed|en)$/.test(t.text)) return null;
  }
  return null;
}
