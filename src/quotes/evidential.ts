/**
 * Attributions whose cue sits inside the content: "The FBI is reportedly making arrangements",
 * "the mayor's staff appeared to make a deliberate choice", "Twitter is increasingly seen as a news
 * site", "the change was seen by some as a demotion", "a province seen as vital" (the participle after its
 * noun), "the ministry has faced sharp criticism for its response" (criticism from no one named).
 * PolNeAR takes the whole clause, its subject included, as the content; the source is no one, or the
 * agent after "by". A stance received ("The plan drew criticism from both parties") is read here too: its
 * cue follows the content, the subject alone.
 */
import type { Range } from "../document/schema.js";
import { loadData } from "../util/data.js";
import { passiveSubjectStart, type Attribution } from "./attribute.js";
import { lex } from "./lexicon.js";
import { insideQuote as quoted, type QuoteSpan } from "./marks.js";
import { sentenceSubject, speakerLeft } from "./speaker.js";
import { compoundHyphen, isQuoteTok, type Tok } from "./tokens.js";

interface EvidentialFile {
  adverbs: string[];
  appear: { forms: string[]; notAfter: string[]; notBefore: string[] };
  passives: { words: Record<string, string[]> };
  reduced: { words: Record<string, string[]>; notAfter: string[] };
  judged: { participles: string[]; phrases: string[] };
  between: string[];
  be: string[];
  clauseEnds: string[];
  prepositions: string[];
  criticism: { verbs: Record<string, string>; nouns: string[]; prepositions: string[]; agent: string; between: number };
  received: { verbs: string[]; nouns: Record<string, string[]> };
}

interface Words {
  adverbs: Set<string>;
  appear: Set<string>;
  notAfter: Set<string>;
  notBefore: Set<string>;
  passives: Map<string, Set<string>>;
  reduced: Map<string, string[][]>;
  reducedNotAfter: Set<string>;
  judged: { participles: Set<string>; phrases: string[][] };
  between: Set<string>;
  be: Set<string>;
  clauseEnds: Set<string>;
  prepositions: Set<string>;
  criticism: {
    verbs: Map<string, string>;
    nouns: Set<string>;
    prepositions: Set<string>;
    agent: string;
    between: number;
  };
  receivedVerbs: Set<string>;
  receivedNouns: Map<string, Set<string>>;
}

let words: Words | null = null;
function w(): Words {
  if (words) return words;
  const f = loadData<EvidentialFile>("quotes/evidential.json");
  words = {
    adverbs: new Set(f.adverbs),
    appear: new Set(f.appear.forms),
    notAfter: new Set(f.appear.notAfter),
    notBefore: new Set(f.appear.notBefore),
    passives: new Map(Object.entries(f.passives.words).map(([k, v]) => [k, new Set(v)])),
    reduced: new Map(Object.entries(f.reduced.words).map(([k, v]) => [k, v.map((x) => x.split(" "))])),
    reducedNotAfter: new Set(f.reduced.notAfter),
    judged: {
      participles: new Set(f.judged.participles),
      phrases: f.judged.phrases.map((p) => p.split(" ")),
    },
    between: new Set(f.between),
    be: new Set(f.be),
    clauseEnds: new Set(f.clauseEnds),
    prepositions: new Set(f.prepositions),
    criticism: {
      verbs: new Map(Object.entries(f.criticism.verbs)),
      nouns: new Set(f.criticism.nouns),
      prepositions: new Set(f.criticism.prepositions),
      agent: f.criticism.agent,
      between: f.criticism.between,
    },
    receivedVerbs: new Set(f.received.verbs),
    receivedNouns: new Map(Object.entries(f.received.nouns).map(([k, v]) => [k, new Set(v)])),
  };
  return words;
}

/** Auxiliaries between a subject and an evidential verb: "has reportedly been", "did not appear". */
const AUX = new Set(
  "has have had will would could can may might must should shall did does do doesn't didn't don't".split(" "),
);
const RELATIVE = new Set(["which", "that", "who"]);
const COORDINATOR = new Set(["and", "but", "or"]);
/** Words opening a sentence before its subject: "But the staffing change, ..., was seen". */
const OPENERS = new Set(["but", "and", "so", "yet", "still", "meanwhile"]);
const FINAL = new Set([".", "!", "?", ",", ";", ":"]);
const MARKS = new Set([",", "—", "–", "--"]);
const AGENT_END = new Set("as on in at for with to after during that who which because".split(" "));

const adverb = (t: Tok) => /^[a-z]+ly$/.test(t.text) && t.lower !== "only";

/** The index before the verb group ending at k: over auxiliaries, forms of "be", "not" and adverbs. */
function beforeVerbGroup(toks: readonly Tok[], k: number): number {
  const x = w();
  let j = k - 1;
  while (j >= 0 && k - j <= 5) {
    const t = toks[j]!;
    if (AUX.has(t.lower) || x.be.has(t.lower) || x.between.has(t.lower) || adverb(t)) j--;
    else break;
  }
  return j;
}

/** The subject from `start` back to where its clause opens (passiveSubjectStart), or `start` itself. */
function wholeSubject(toks: readonly Tok[], start: number, k: number): number {
  const s = passiveSubjectStart(toks, start, k);
  return s >= 0 && s < start ? s : start;
}

/** Where the clause holding the verb group that ends at k starts: its subject, or a relative pronoun. */
function clauseStart(toks: readonly Tok[], k: number): number | null {
  const x = w();
  const j = beforeVerbGroup(toks, k);
  if (j < 0) return null;
  const t = toks[j]!;
  // "the DNC, which is seen as", "a shift that was seen as"
  if (RELATIVE.has(t.lower)) return j;
  // "Trump held a lead and appeared poised to win": the coordinated verb shares the sentence's subject
  if (COORDINATOR.has(t.lower)) {
    const subj = sentenceSubject(toks, j);
    return subj ? subj.start : null;
  }
  if (t.text !== ",") {
    const sp = speakerLeft(toks, j + 1);
    if (!sp) return null;
    // "Clinton's strategy of yoking herself to Obama did not appear": the phrase nearest the verb is a
    // preposition's object; the clause's subject opens the sentence
    // "Most of the documents were deemed": a quantifier before the phrase is part of the subject too
    if (!x.prepositions.has(toks[sp.start - 1]?.lower ?? "")) return wholeSubject(toks, sp.start, k);
    const subj = sentenceSubject(toks, sp.start);
    return wholeSubject(toks, subj ? subj.start : sp.start, k);
  }
  // "the staffing change, hammered out on Sunday, was seen": an aside between the subject and its verb
  const subj = sentenceSubject(toks, k);
  if (subj) return subj.start;
  let i = 0;
  while (i < j && (toks[i]!.punct || OPENERS.has(toks[i]!.lower))) i++;
  return i < j && (toks[i]!.cap || lex().determiners.has(toks[i]!.lower)) ? i : null;
}

/** The content's end (exclusive token index) from the cue on: the clause's end, before a clause of its own. */
function clauseEnd(toks: readonly Tok[], from: number, quotes: readonly QuoteSpan[]): number {
  const x = w();
  let e = from;
  for (; e < toks.length; e++) {
    const t = toks[e]!;
    if (t.text === ";" || (e > from && isQuoteTok(t) && !quoted(quotes, t) && toks[e - 1]!.text === ",")) break;
    if (MARKS.has(t.text) && !quoted(quotes, t) && x.clauseEnds.has(toks[e + 1]?.lower ?? "")) break;
  }
  while (e > from && FINAL.has(toks[e - 1]!.text)) e--;
  return e;
}

/** "by some", "by organizers", "by other leaders of the party": the agent up to "as" or punctuation. */
function agentAfter(toks: readonly Tok[], i: number): Range | null {
  let j = i;
  while (j < toks.length && j - i < 8 && !toks[j]!.punct && !AGENT_END.has(toks[j]!.lower)) j++;
  return j > i ? { start: toks[i]!.start, end: toks[j - 1]!.end } : null;
}

interface Frame {
  /** token index where the content starts, the cue's token, and the agent after "by" */
  start: number;
  k: number;
  source: Range | null;
  /** the cue's last token, when the cue is a phrase ("faced sharp criticism for") */
  cueEnd?: number;
  /** the content ends at the next comma or dash: a participle phrase set off by them */
  aside?: boolean;
  /** the content's end (exclusive token index) when it lies before the cue: the subject alone */
  end?: number;
}

/** A listed cue at token n, its particle or object words included ("make it clear"). */
function listedCueAt(toks: readonly Tok[], n: number): boolean {
  return !!lex()
    .cues.get(toks[n]!.lower)
    ?.some((c) => c.rest.every((r, i) => toks[n + 1 + i]?.lower === r));
}

/** "is reportedly making", "Reportedly, he made": the adverb of a verb that is no listed cue. */
function adverbFrame(toks: readonly Tok[], k: number): Frame | null {
  const t = toks[k]!;
  if (!w().adverbs.has(t.lower) || (t.cap && k > 0)) return null;
  if (k === 0) return toks[1]?.text === "," && toks.length > 4 ? { start: 2, k, source: null } : null;
  // ", reportedly winning over": a participle phrase hangs on the main clause; "the supposedly imminent
  // imposition": an adjective's adverb inside a noun phrase
  if (toks[k - 1]!.punct || lex().determiners.has(toks[k - 1]!.lower)) return null;
  let n = k + 1;
  while (n < toks.length && (AUX.has(toks[n]!.lower) || w().be.has(toks[n]!.lower) || adverb(toks[n]!))) n++;
  // "reportedly said": the listed cue makes its own attribution; "reportedly making arrangements" is
  // no "make it clear": a multi-word cue counts only with its words
  if (!toks[n] || toks[n]!.punct || listedCueAt(toks, n)) return null;
  const start = clauseStart(toks, k);
  return start === null ? null : { start, k, source: null };
}

/** "appeared to make", "appeared paralyzed", "it appeared that": the writer's impression. */
function appearFrame(toks: readonly Tok[], k: number): Frame | null {
  const x = w();
  if (!x.appear.has(toks[k]!.lower) || toks[k]!.cap) return null;
  const prev = toks[k - 1];
  if (prev && x.notBefore.has(prev.lower)) return null;
  const next = toks[k + 1];
  if (!next || next.punct || isQuoteTok(next)) return null;
  // "it appeared that Clinton had": the clause is the content
  if (prev?.lower === "it" && next.lower === "that") return { start: k + 1, k, source: null };
  if (next.lower === "to") {
    const v = toks[k + 2];
    if (!v || v.punct || v.cap || lex().determiners.has(v.lower)) return null;
  } else if (x.notAfter.has(next.lower) || next.cap || /^\d/.test(next.text)) return null;
  const start = clauseStart(toks, k);
  return start === null ? null : { start, k, source: null };
}

/** "is increasingly seen as", "was seen by some as", "is known for": a passive of reputation. */
function passiveFrame(toks: readonly Tok[], k: number): Frame | null {
  const x = w();
  const after = x.passives.get(toks[k]!.lower);
  if (!after) return null;
  let j = k - 1;
  while (j >= 0 && k - j <= 3 && (x.between.has(toks[j]!.lower) || adverb(toks[j]!))) j--;
  const be = toks[j];
  if (!be || !x.be.has(be.lower)) return null;
  // "seeks to be seen as", "loath to be seen as": an aim, not a reputation
  if ((be.lower === "be" || be.lower === "being") && (toks[j - 1]?.lower === "to" || j === 0)) return null;
  const next = toks[k + 1];
  if (!next || next.punct || !(after.has("*") || after.has(next.lower))) return null;
  let source: Range | null = null;
  if (next.lower === "by") {
    source = agentAfter(toks, k + 2);
    if (!source) return null;
  }
  const start = clauseStart(toks, k);
  return start === null ? null : { start, k, source };
}

const NUMBER = /^(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten)$/i;

/**
 * "from roughly six in 10 Democrats", "among African-American voters": the holder after the noun's
 * preposition, up to punctuation, a clause or a preposition but "of", over compound hyphens and
 * "<number> in <number>".
 */
function holderAfter(toks: readonly Tok[], i: number): Range | null {
  let j = i;
  const goesOn = (t: Tok, x: number) =>
    compoundHyphen(toks, x) ||
    (t.lower === "in" && NUMBER.test(toks[x - 1]?.text ?? "") && NUMBER.test(toks[x + 1]?.text ?? ""));
  // "from dock workers over the new shifts": a preposition other than "of" opens the stance's occasion
  // ("from about half of them": not as the holder's first word)
  const ends = (t: Tok, x: number) =>
    t.punct || AGENT_END.has(t.lower) || (x > i && w().prepositions.has(t.lower) && t.lower !== "of");
  while (j < toks.length && j - i < 8 && (goesOn(toks[j]!, j) || !ends(toks[j]!, j))) j++;
  while (j > i + 1 && COORDINATOR.has(toks[j - 1]!.lower)) j--;
  return j > i ? { start: toks[i]!.start, end: toks[j - 1]!.end } : null;
}

/** the most words between the verb of getting and the stance noun: "drew sharp and swift criticism" */
const RECEIVED_GAP = 3;
const MODAL_BEFORE = new Set(["to", "will", "would", "can", "could", "may", "might", "must", "should"]);

/** "to win the support of", "could draw criticism from": a stance sought or possible, not received. */
function onlyPossible(toks: readonly Tok[], j: number): boolean {
  return MODAL_BEFORE.has(toks[j + 1]?.lower ?? "") || MODAL_BEFORE.has(toks[j]?.lower ?? "");
}

/**
 * "The plan drew sharp criticism from both parties", "Cruz won the endorsement of the governor": a
 * stance the subject received, whose holder follows the noun's preposition. The content is the subject.
 */
function receivedFrame(toks: readonly Tok[], k: number): Frame | null {
  const x = w();
  if (!x.receivedVerbs.has(toks[k]!.lower) || toks[k]!.cap) return null;
  const j = beforeVerbGroup(toks, k);
  if (j < 0 || onlyPossible(toks, j)) return null;
  // "... and won the endorsement of": the subject of a coordinated verb is no phrase right before it
  if (COORDINATOR.has(toks[j]!.lower)) return null;
  let n = k + 1;
  // "picked up on the criticism": a preposition before the noun makes it the object of that, not the verb's
  while (n < toks.length && n - k <= RECEIVED_GAP + 1 && !x.receivedNouns.has(toks[n]!.lower)) {
    const t = toks[n]!;
    if (t.punct || t.cap || (x.prepositions.has(t.lower) && t.lower !== "up")) return null;
    n++;
  }
  const preps = x.receivedNouns.get(toks[n]?.lower ?? "");
  if (!preps || !preps.has(toks[n + 1]?.lower ?? "")) return null;
  const source = holderAfter(toks, n + 2);
  const start = clauseStart(toks, k);
  if (!source || start === null || RELATIVE.has(toks[start]!.lower)) return null;
  let end = j + 1;
  while (end > start && FINAL.has(toks[end - 1]!.text)) end--;
  return end > start ? { start, k, source, end, cueEnd: n } : null;
}

/**
 * "a state seen as critical", "Low oil prices, seen as a boon", "a developer known to be bullish": the
 * participle of reputation right after its noun, with no "be". The content runs from the participle (with
 * its adverbs) on: what the noun is held to be, which the annotation takes with or without the noun.
 */
function reducedFrame(toks: readonly Tok[], k: number): Frame | null {
  const x = w();
  const after = x.reduced.get(toks[k]!.lower);
  if (!after || toks[k]!.cap) return null;
  if (!after.some((ws) => ws.every((v, i) => toks[k + 1 + i]?.lower === v))) return null;
  let j = k - 1;
  while (j >= 0 && k - j <= 3 && (x.between.has(toks[j]!.lower) || adverb(toks[j]!))) j--;
  const prev = toks[j];
  if (!prev) return null;
  const aside = MARKS.has(prev.text);
  // "they regarded as", "had seen as", "is seen as" (passiveFrame's): the participle is no reduced relative
  if (!aside && (prev.punct || x.reducedNotAfter.has(prev.lower) || lex().functionWords.has(prev.lower))) return null;
  if (!aside && lex().determiners.has(prev.lower)) return null;
  // "viewed as honest by 55 percent of voters": a poll's or a named agent's view, not a reputation
  for (let i = k + 1; i < toks.length && !toks[i]!.punct; i++) if (toks[i]!.lower === "by") return null;
  return { start: j + 1, k, source: null, aside };
}

/**
 * "has faced sharp criticism for", "came under withering criticism over": criticism the subject
 * receives from no one named. The content is the whole clause, its subject included.
 */
function criticismFrame(toks: readonly Tok[], k: number): Frame | null {
  const c = w().criticism;
  const particle = c.verbs.get(toks[k]!.lower);
  if (particle === undefined || toks[k]!.cap) return null;
  let n = k + 1;
  if (particle) {
    if (toks[n]?.lower !== particle) return null;
    n++;
  }
  const limit = n + c.between;
  while (n < toks.length && n < limit && !c.nouns.has(toks[n]!.lower)) {
    const t = toks[n]!;
    if (t.punct || t.cap || lex().functionWords.has(t.lower) || lex().determiners.has(t.lower)) return null;
    n++;
  }
  if (!c.nouns.has(toks[n]?.lower ?? "")) return null;
  if (!c.prepositions.has(toks[n + 1]?.lower ?? "")) {
    // "The proposal has drawn harsh criticism from rival candidates", "The clip has faced ridicule
    // online": with no "for" the criticized subject is the content, and the critics after "from" its source
    const subject = clauseStart(toks, k);
    const j = beforeVerbGroup(toks, k);
    const end = j + 1;
    if (subject === null || end <= subject || RELATIVE.has(toks[subject]!.lower)) return null;
    if (onlyPossible(toks, j)) return null;
    if (lex().functionWords.has(toks[subject]!.lower)) return null;
    const source = toks[n + 1]?.lower === c.agent ? agentAfter(toks, n + 2) : null;
    return { start: subject, k, source, cueEnd: source ? n + 1 : n, end };
  }
  if (!toks[n + 2] || toks[n + 2]!.punct) return null;
  const start = clauseStart(toks, k);
  if (start === null) return { start: n + 2, k, source: null, cueEnd: n + 1 };
  // "As the mayor faced criticism over the delay, aides ...": a subordinate clause ends at its comma
  if (lex().functionWords.has(toks[start]!.lower) && start + 1 < k)
    return { start: start + 1, k, source: null, cueEnd: n + 1, aside: true };
  return { start, k, source: null, cueEnd: n + 1 };
}

/**
 * "The root causes of the war are hotly debated", "The mayor was booed", "Her role is under discussion":
 * a public act of judging done to the subject by no one named. The subject alone is the content.
 */
function judgedFrame(toks: readonly Tok[], k: number): Frame | null {
  const x = w();
  const t = toks[k]!;
  if (t.cap) return null;
  let last = k;
  if (!x.judged.participles.has(t.lower)) {
    if (!x.judged.phrases.some((p) => p.every((v, i) => toks[k + i]?.lower === v))) return null;
    last = k + x.judged.phrases.find((p) => p.every((v, i) => toks[k + i]?.lower === v))!.length - 1;
  }
  let j = k - 1;
  while (j >= 0 && k - j <= 4 && (x.between.has(toks[j]!.lower) || adverb(toks[j]!))) j--;
  const be = toks[j];
  if (!be || !x.be.has(be.lower)) return null;
  if ((be.lower === "be" || be.lower === "being") && toks[j - 1]?.lower === "to") return null;
  // "was booed by the delegates": the agent makes it a report of theirs, read elsewhere
  if (toks[last + 1]?.lower === "by") return null;
  const start = clauseStart(toks, k);
  const end = beforeVerbGroup(toks, k) + 1;
  if (start === null || end <= start || RELATIVE.has(toks[start]!.lower)) return null;
  if (lex().functionWords.has(toks[start]!.lower)) return null;
  return { start, k, source: null, cueEnd: last, end };
}

/**
 * Evidential attributions of one sentence, besides those the cue rules found (`found`): a word that is
 * already a cue, or lies inside a content found, is left alone.
 */
export function evidentialAttributions(
  toks: readonly Tok[],
  sentence: number,
  quotes: readonly QuoteSpan[],
  found: readonly Attribution[],
): Attribution[] {
  const out: Attribution[] = [];
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.punct || quoted(quotes, t)) continue;
    const f =
      adverbFrame(toks, k) ??
      appearFrame(toks, k) ??
      passiveFrame(toks, k) ??
      reducedFrame(toks, k) ??
      receivedFrame(toks, k) ??
      criticismFrame(toks, k) ??
      judgedFrame(toks, k);
    if (!f) continue;
    const last = toks[f.cueEnd ?? k]!;
    if (found.some((a) => a.content.start <= t.start && t.end <= a.content.end)) continue;
    if (found.some((a) => a.cue.start < last.end && t.start < a.cue.end)) continue;
    const s = f.start;
    const from = (f.cueEnd ?? k) + 1;
    let e = clauseEnd(toks, from, quotes);
    // "The DNC, which is seen as aligned with Clinton, responded": the relative clause ends at its comma
    if (f.aside || (RELATIVE.has(toks[s]!.lower) && toks[s - 1]?.text === ","))
      for (let i = from; i < e; i++)
        if (MARKS.has(toks[i]!.text) && !quoted(quotes, toks[i]!)) {
          e = i;
          break;
        }
    if (f.end !== undefined) e = f.end;
    else if (e <= from) continue;
    if (e <= s) continue;
    out.push({
      content: { start: toks[s]!.start, end: toks[e - 1]!.end },
      cue: { start: t.start, end: last.end },
      speaker: f.source ? { span: f.source, head: f.source, kind: "description" } : null,
      sentence,
    });
  }
  return out;
}
