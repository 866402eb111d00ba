import type { Range } from "../document/schema.js";
import { lex, type CueForm } from "./lexicon.js";
import { quoteBefore, quoteEndingAt, quoteStartingAt, type QuoteSpan } from "./marks.js";
import { colonIntro, speakerColon } from "./colon.js";
import { learnedCue } from "./cue-model.js";
import { withParticiple } from "./modifier.js";
import { nominalAttributions } from "./nominal.js";
import { appositiveParticiple } from "./apposition.js";
import { byMedium } from "./media.js";
import { BE, byPassive, laterAgent } from "./passive.js";
import {
  afterSubordinatorEnd,
  coordinatedVerb,
  COORDINATORS,
  finiteAuxiliary,
  goesOnAt,
  objectEnd,
  infinitiveEnd,
  quotedContentEnd,
  opensSubordinate,
  relativeCue,
  asideBeforeReportEnd,
  relativeEnd,
  subordinateEnd,
  parentheticalEnd,
} from "./boundary.js";
import { gappedObject } from "./gapped.js";
import { hedgedReport } from "./hedged.js";
import {
  contractedAuxiliary,
  coordinatedCircumstance,
  ASPECTUAL,
  nounPhraseLeft,
  sentenceSubject,
  speakerLeft,
  speakerRight,
  SUBORDINATOR,
  type SpeakerPhrase,
} from "./speaker.js";
import { perspective } from "./perspective.js";
import { surveyFrame, surveyRespondents } from "./survey.js";
import { experiencerAttributions } from "./experiencer.js";
import {
  asideDash,
  compoundHyphen,
  FINAL,
  isQuoteTok,
  lyAdverb,
  NOUN_DET,
  overAdverbs,
  POSSESSIVE,
  type Tok,
} from "./tokens.js";
import {
  ADVERBIAL,
  CIRCUMSTANCE,
  CIRCUMSTANCE_MAX,
  circumstanceOnly,
  comparisonCircumstance,
  quotedTitle,
  sayingTimeOnly,
  skipAdverbials,
  skipSayingTime,
  subordinateCircumstance,
  titleAt,
} from "./after-cue.js";
import { framedForm, quoteFrame } from "./frame.js";
import { firstClass } from "./word-classes.js";

/** An attribution before its speaker is named: content, cue and the local speaker phrase. */
export interface Attribution {
  content: Range;
  cue: Range;
  /** the speaker phrase as character offsets (span, head), or null when the text names no one */
  speaker: { span: Range; head: Range; kind: SpeakerPhrase["kind"] } | null;
  sentence: number;
  /** read from a word the learned model tagged (cue-model.ts), not from the lexicon */
  learned?: boolean;
}

/**
 * Decides whether the word at k is a cue: one no lexicon lists (`listed` false), or a listed one whose
 * context makes it unlikely to head an attribution worth reporting.
 */
export type CueTest = ((toks: readonly Tok[], k: number, listed: boolean) => boolean) & {
  /** the final word on a candidate the test let through, once its content is read */
  content?: (toks: readonly Tok[], k: number, content: Range) => boolean;
  /** the final word on a listed word the test let through, once its content is read */
  listedContent?: (toks: readonly Tok[], k: number, content: Range) => boolean;
  /** the word on a listed word that ends another content (stopsContent), by its window alone */
  window?: (toks: readonly Tok[], k: number) => boolean;
};

interface CueHit {
  k: number;
  /** index after the cue's last token */
  after: number;
  form: CueForm | null;
  learned?: boolean;
  /** a weak -ing form read only because a preposition opens the sentence with it (openingGerund) */
  opening?: boolean;
  /** a verb no lexicon lists, read as a cue because a direct quote and its speaker frame it (quoteFrame) */
  framed?: boolean;
  /** a verb no lexicon lists, read as a cue because it is coordinated with a reporting verb (coordinatedReport) */
  coordinated?: boolean;
}

/** The most words of a scare quote: 'the “reform” vote', 'the so-called “bridge to nowhere”'. */
const SCARE_QUOTE_WORDS = 3;
/** What may follow an inverted speaker ("said Trump on Monday"); "said the decision to" is no inversion. */
const AFTER_INVERTED = new Set(
  (
    "on in at during last this yesterday today tonight monday tuesday wednesday thursday friday saturday sunday of " +
    // "said Cruz when asked about it", "said Trump as he left the stage": the circumstance of the speaking
    "when as after while before"
  ).split(" "),
);
/** Words that end the search for a that-clause: "describes himself as X and has said that". */
const SKIP_STOP = new Set(["and", "but", "or", "who", "which", "when", "while", "because", "if", "as", ","]);
const PREPOSITION_BEFORE_GERUND = new Set([
  "in",
  "by",
  "after",
  "before",
  "while",
  "for",
  "without",
  "when",
  "since",
  "of",
]);
/** "spent much of his campaign arguing": a stretch of the subject's own time or effort, not a speaker. */
function spentOn(toks: readonly Tok[], start: number): boolean {
  return (
    toks[start - 1]?.lower === "of" &&
    POSSESSIVE.has(toks[start]?.lower ?? "") &&
    // "one of its mailers urging": a count picks things out of the set, each its own subject
    !COUNTED.has(toks[start - 2]?.lower ?? "")
  );
}
/** Words that count members of a set before "of": "one of his ads", "two of her aides". */
const COUNTED = new Set(["one", "two", "three", "several", "many", "few", "each", "both", "none", "some"]);

/** the most words of the noun phrase of a complex preposition: "on the heels of", "in the light of" */
const COMPLEX_PREPOSITION_MAX = 3;

/**
 * "on the heels of a county survey showing", "in the light of reports saying": the phrase read before a
 * participle opens with a preposition whose object governs an "of" phrase; the participle's subject is
 * the object of "of" — unless it names where or when someone spoke ("at the end of a speech calling").
 */
function ofObject(toks: readonly Tok[], sp: SpeakerPhrase, k: number): SpeakerPhrase | null {
  const before = toks[sp.start - 1];
  // ...a definite noun the preposition idiomatically takes: "a crowd of farmers saying" is one subject
  if (!before || !LOCATIVE_BEFORE.has(before.lower) || toks[sp.start]!.lower !== "the") return null;
  for (let o = sp.start + 1; o < k - 1 && o - sp.start <= COMPLEX_PREPOSITION_MAX; o++) {
    if (toks[o]!.lower !== "of") continue;
    if (toks.slice(sp.start, o).some((t) => t.cap || t.punct)) return null;
    const head = toks[k - 1]!;
    if (OCCASION.has(head.lower) || lex().messages.has(head.lower) || head.punct) return null;
    return { start: o + 1, end: k, headStart: o + 1, headEnd: k, kind: head.cap ? "name" : "description" };
  }
  return null;
}
/** Where or when the subject spoke, not who: "on CNN talking", "in The Post hammering", "a speech Tuesday attacking". */
const LOCATIVE_BEFORE = new Set(["in", "on", "at", "during", "to", "into", "through", "over", "under", "across"]);
const OCCASION = new Set(
  "speech speeches interview interviews debate debates rally rallies conference session hearing appearance event remarks address time day week month year morning afternoon evening night monday tuesday wednesday thursday friday saturday sunday".split(
    " ",
  ),
);

/**
 * "wore a cap reading", "one of his ads asking", "gave money to a group backing": a
 * participle right after an object noun phrase modifies that noun, whose words it reports - unless the
 * phrase names where or when the subject spoke.
 */
function reducedRelative(toks: readonly Tok[], start: number, k: number): boolean {
  const lx = lex();
  const before = toks[start - 1];
  const head = toks[k - 1];
  if (!before || !head || before.punct || head.punct || LOCATIVE_BEFORE.has(before.lower)) return false;
  // "since the vote arguing": the phrase is a time's
  if (PREPOSITION_BEFORE_GERUND.has(before.lower) || PREPOSITION_BEFORE_GERUND.has(head.lower)) return false;
  // "as the meeting began vowing": a verb, not a noun, is before the participle
  if (!head.cap && (/ed$/.test(head.lower) || lx.irregularPast.has(head.lower) || lx.cues.has(head.lower)))
    return false;
  // "issued a statement saying": what the subject put out carries the subject's words
  return !OCCASION.has(head.lower) && !lx.messages.has(head.lower);
}

/** Prepositions whose object may be the subject of a participle right after it: "with X saying", "of Y urging". */
const GERUND_SUBJECT_AFTER = new Set(["with", "of", "from", "by", "alongside", "amid", "among", "including", "like"]);
const CLAUSE_WORD = new Set(
  "could would will is was are were has have had can should may might must did does do he she it they we i you".split(
    " ",
  ),
);
/** Marks that close a clause as a comma does: "reported on Tuesday -- a blow to", "analysts say; in 2012". */
const CLAUSE_BREAK = new Set(["—", "–", "--", ";"]);
/** Words that carry on a sentence an attribution interrupted: an auxiliary or "to". */
const RESUMING = new Set(
  "would will could can should may might must is was are were has have had does did do to".split(" "),
);

const COORDINATOR = new Set(["and", "but", "while", "then"]);

/**
 * Linking words that open a sentence before anything else in it ("But, said Reyes, ...", "Still, says
 * Ortiz, ..."): conjunctions and linking adverbials (Cambridge Grammar of English), a closed class.
 */
const LINKING = new Set(
  "and but yet so still now however instead meanwhile indeed moreover nevertheless nonetheless besides also then again or nor plus anyway finally".split(
    " ",
  ),
);

/** "But, said Reyes, ...", "And added Ortiz": only linking words (and their commas) stand before the cue at k. */
function linkingLeadIn(toks: readonly Tok[], k: number): boolean {
  let word = false;
  for (let i = 0; i < k; i++) {
    const t = toks[i]!;
    if (t.text === ",") continue;
    if (!LINKING.has(t.lower)) return false;
    word = true;
  }
  return word;
}

/** Forms of "be" that make an -ing form after them a progressive: "she’s not expecting". */
const PROGRESSIVE_BE = new Set(["is", "are", "was", "were", "am", "be", "been", "’s", "'s", "’re", "'re", "’m", "'m"]);

/** Conjunctions that open a clause with a subject of its own: "and the mayor fired his chief". */
const CLAUSE_CONJUNCTION = new Set(["and", "but", "while", "whereas", "yet"]);

/**
 * The subject of the last clause joined by a conjunction between `from` and the participle at k: "X
 * charged him and the mayor fired her deputy, acknowledging", "..., but the host pressed him, asking". The
 * phrase after the conjunction must be a name or a description followed by a lowercase word (its verb).
 */
function coordinatedSubject(toks: readonly Tok[], from: number, k: number): SpeakerPhrase | null {
  // 'stressed that “Labour and the Greens must talk,” suggesting': a quote closing right before
  // the participle holds the words reported, whose clauses are no subject of the narrator's participle
  let open = k - 2;
  if (isQuoteTok(toks[k - 1])) while (open >= from && !isQuoteTok(toks[open])) open--;
  for (let c = isQuoteTok(toks[k - 1]) ? open - 1 : k - 2; c >= from; c--) {
    const t = toks[c]!;
    if (isQuoteTok(t) || t.text === ";" || t.text === ":") return null;
    if (!CLAUSE_CONJUNCTION.has(t.lower)) continue;
    const sp = speakerRight(toks, c + 1, true);
    if (!sp || sp.kind === "relative" || sp.end >= k - 1) continue;
    const v = toks[sp.end]!;
    if (!/^[a-z]/.test(v.text) || FUNCTION_AFTER_SUBJECT.has(v.lower)) continue;
    // "the campaign and its allies are maligning": the conjunction joins clauses only after a verb
    if (!finiteBefore(toks, from, c)) return null;
    return sp;
  }
  return null;
}

/**
 * "Marsh spoke first, and the governor answered her by calling", "as she did in March by
 * announcing": "by" and an -ing form name how the verb of their own clause was done, so the subject of
 * the clause joined or opened last before them speaks, not the sentence's first. A subordinate clause
 * counts only when no comma has closed it before the participle.
 */
function meansSubject(toks: readonly Tok[], from: number, k: number): SpeakerPhrase | null {
  // "Marsh, who last week stunned the room by questioning": a relative clause the participle sits in keeps
  // its pronoun as the subject
  for (let c = k - 2; c >= from; c--) {
    const w = toks[c]!.lower;
    if (w === "who" || w === "which") return null;
    if (CLAUSE_CONJUNCTION.has(w) || SUBORDINATOR.has(w) || isQuoteTok(toks[c])) break;
  }
  const joined = coordinatedSubject(toks, from, k);
  if (joined) return joined;
  let name: SpeakerPhrase | null = null;
  for (let c = k - 2; c >= from; c--) {
    const t = toks[c]!;
    // "while her main rival, Tom Lane, has gained ground by saying": a name set off by commas after the
    // subject is that subject named, and speaks for it
    const aside: SpeakerPhrase | null = name ? null : nameAside(toks, c);
    if (aside) {
      name = aside;
      c = aside.start - 1;
      continue;
    }
    if (t.punct || isQuoteTok(t)) return null;
    if (!SUBORDINATOR.has(t.lower)) continue;
    const sp = speakerRight(toks, c + 1, true);
    if (!sp || sp.kind === "relative" || sp.end >= k - 1) return null;
    if (name) return sp.end === name.start - 1 && sp.kind !== "pronoun" ? name : null;
    const v = toks[sp.end]!;
    return /^[a-z]/.test(v.text) && !FUNCTION_AFTER_SUBJECT.has(v.lower) ? sp : null;
  }
  return null;
}

/** the longest name set off by commas that `nameAside` takes */
const ASIDE_NAME_MAX = 4;

/** A short run of capitalized words between two commas, the second at c, read as a name. */
function nameAside(toks: readonly Tok[], c: number): SpeakerPhrase | null {
  if (toks[c]?.text !== ",") return null;
  let i = c - 1;
  while (i >= 0 && c - i <= ASIDE_NAME_MAX && toks[i]!.cap && !toks[i]!.punct) i--;
  if (i === c - 1 || toks[i]?.text !== ",") return null;
  return { start: i + 1, end: c, headStart: i + 1, headEnd: c, kind: "name" };
}

/** the longest adverbial between a comma and the participle it opens ("at one point urging") */
const PARTICIPLE_ADVERBIAL_MAX = 3;

/**
 * "said Doyle and others,", "said Wells and Petrenko.": an inverted speaker coordinated with "others" or
 * with another name, when the sentence or its clause ends right after, is one speaker phrase.
 */
function coordinatedSpeaker(toks: readonly Tok[], sp: SpeakerPhrase | null): SpeakerPhrase | null {
  if (!sp || toks[sp.end]?.lower !== "and") return sp;
  const next = toks[sp.end + 1];
  let end = -1;
  if (next?.lower === "others") end = sp.end + 2;
  else if (next?.cap && !next.punct) {
    const other = speakerRight(toks, sp.end + 1);
    if (other && other.kind === "name") end = other.end;
  }
  const after = toks[end];
  if (end < 0 || (after !== undefined && !after.punct)) return sp;
  return { ...sp, end, headEnd: end };
}

/** Verbs of making a work, whose object may be the work's quoted name: "wrote “The Long Road,”". */
const MAKING =
  /^(?:co-?)?(?:writes?|wrote|written|writing|direct(?:s|ed|ing)?|produc(?:e|es|ed|ing)|author(?:s|ed|ing)?|publish(?:es|ed|ing)?|stars?|starred|starring)$/;

/**
 * "Jones, who wrote “The Long Road,” said ...", "Ruiz, who starred in “Night Falls,” said": a short Title
 * Case quote right after a verb of making a work in a relative clause about its maker, its comma inside the
 * closing mark, names the work; no words are reported.
 */
function workTitle(toks: readonly Tok[], k: number, after: number, quotes: readonly QuoteSpan[], text: string) {
  if (after !== k + 1 || !MAKING.test(toks[k]!.lower)) return false;
  // only in a clause about the maker ("who wrote", "who also directed"): a main verb's title may open an
  // appositive the source reports on ("X published “Y,” a collection of ...")
  const who = toks[k - 1]?.lower === "who" ? k - 1 : toks[k - 2]?.lower === "who" && !toks[k - 1]!.punct ? k - 2 : -1;
  if (who < 0) return false;
  const open = toks[after]?.lower === "in" ? after + 1 : after;
  const t = toks[open];
  const q = t && isQuoteTok(t) ? quoteStartingAt(quotes, t.start, 0) : null;
  if (!q) return false;
  const quote = text.slice(q.start, q.end);
  return /,\s*(?:[”"]|'')$/.test(quote) && quotedTitle(quote);
}

/** The quote a "that said" clause reports: "a flag that said “We won.”" (a form of "say" after "that" after a noun). */
function relativeQuote(
  toks: readonly Tok[],
  k: number,
  after: number,
  form: CueForm,
  quotes: readonly QuoteSpan[],
): QuoteSpan | null {
  if (form.lemma !== "say" || form.gerund || toks[k - 1]?.lower !== "that") return null;
  const noun = toks[k - 2];
  if (!noun || noun.punct || isQuoteTok(noun) || lex().cues.has(noun.lower) || lex().functionWords.has(noun.lower))
    return null;
  const open = toks[after]?.text === "," || toks[after]?.text === ":" ? after + 1 : after;
  const t = toks[open];
  return t && isQuoteTok(t) ? quoteStartingAt(quotes, t.start, 0) : null;
}

/**
 * ", saying, “...”", "a sign saying “...”": a participle of "say" right before the opening mark of a
 * quote that closes its clause introduces that quote whatever the words around it, so the cue model's
 * veto does not apply.
 */
function participleQuote(toks: readonly Tok[], after: number, form: CueForm, quotes: readonly QuoteSpan[]): boolean {
  if (!PARTICIPLE_INTRODUCERS.has(form.lemma) || !form.gerund || form.rest.length > 0) return false;
  const open = toks[after]?.text === "," || toks[after]?.text === ":" ? after + 1 : after;
  const t = toks[open];
  const q = t && isQuoteTok(t) ? quoteStartingAt(quotes, t.start, 0) : null;
  if (!q) return false;
  // "saying ''good things'' about him": words going on after the quote make it a phrase of the object
  const next = toks.find((x) => x.start >= q.end);
  return !next || next.punct;
}
const PARTICIPLE_INTRODUCERS = new Set(["say"]);

/** Words naming a share of the people asked: "62 percent", "49%", "a third", "most". */
const SHARE = new Set(["percent", "%", "half", "third", "thirds", "quarter", "quarters", "majority", "plurality"]);
/** The longest share phrase before its verb: "47 percent of Cuban American voters". */
const SHARE_PHRASE_MAX = 6;

/**
 * "58 percent of farmers saying", "a third of them say": a share of respondents right before the verb
 * reports what they answered, however rarely the verb's other readings are reports.
 */
function shareSubject(toks: readonly Tok[], k: number, form: CueForm | null): boolean {
  return form?.lemma === "say" && sharePhrase(toks, k) !== null;
}

/** Words before a share's number: "just 8 percent", "as many as three-fourths". */
const SHARE_OPENER =
  /^(?:\d[\d.,]*|a|an|as|many|just|only|about|nearly|almost|roughly|some|fewer|more|than|one|two|three|four|five|six|seven|eight|nine|ten|[a-z]+-(?:thirds?|fourths?|quarters?|fifths?))$/;

/** The share phrase ending right before token k, in tokens, when there is one. */
function sharePhrase(toks: readonly Tok[], k: number): SpeakerPhrase | null {
  for (let i = k - 1; i >= 0 && k - i <= SHARE_PHRASE_MAX; i--) {
    const t = toks[i]!;
    if (SHARE.has(t.lower) || /^[a-z]+-(?:thirds?|fourths?|quarters?|fifths?)$/.test(t.lower)) {
      if (i !== k - 1 && toks[i + 1]!.lower !== "of") return null;
      let a = i;
      while (a > 0 && i - a < 4 && SHARE_OPENER.test(toks[a - 1]!.lower)) a--;
      if (a === i && !/^[a-z]+-/.test(t.lower)) return null;
      return { start: a, end: k, headStart: a, headEnd: k, kind: "description" };
    }
    if (t.punct && t.text !== "-") return null;
  }
  return null;
}

/** Subject pronouns that make "as" open a clause of its own: "as he labored", not "as many as 40". */
const AS_SUBJECT = new Set(["he", "she", "they", "we", "i", "you"]);

/** "as he labored": "as" opening a clause with a subject pronoun of its own, at token x. */
function asClause(toks: readonly Tok[], x: number): boolean {
  return toks[x]?.lower === "as" && AS_SUBJECT.has(toks[x + 1]?.lower ?? "");
}

/** The answer words a respondent can give on their own: "said yes", "say no". */
const REPLY = new Set(["yes", "no"]);
const REPLY_CONTRAST = new Set(["but", "while", "whereas"]);

/** "said yes", "said yes, yes, yes": the answer words right after the verb, when they stand on their own. */
function replyAfter(toks: readonly Tok[], after: number): Range | null {
  let e = after;
  while (REPLY.has(toks[e]?.lower ?? "")) {
    e++;
    if (toks[e]?.text === "," && REPLY.has(toks[e + 1]?.lower ?? "")) e++;
  }
  if (e === after) return null;
  const next = toks[e];
  // "said no one", "said no to the deal": the word opens a phrase, it is no answer; "said yes and took
  // questions" goes on with the speaker's own acts, as a contrast does not ("said yes, but 20 percent ...")
  if (next && !next.punct && !REPLY_CONTRAST.has(next.lower)) return null;
  return { start: toks[after]!.start, end: toks[e - 1]!.end };
}

/** A participle at k opens its phrase after a comma, right after it or past a short adverbial: ", at one point urging". */
function afterComma(toks: readonly Tok[], k: number): boolean {
  for (let c = k - 1; c >= 0 && k - c <= PARTICIPLE_ADVERBIAL_MAX + 1; c--) {
    const t = toks[c]!;
    if (t.text === ",") return true;
    // 'as “a coward,” saying': the comma closing a quoted phrase sits inside its closing mark
    if (isQuoteTok(t) && toks[c - 1]?.text === ",") return true;
    if (t.punct || t.cap || isQuoteTok(t)) return false;
  }
  return false;
}

/** Words that open a clause with a subject of its own inside a sentence: "when Marsh thanked the city and said". */
const CLAUSE_START = new Set("when while as after before because if since once though although and but".split(" "));

/**
 * The subject of the clause a coordinated verb at k ("and said") shares, when that clause opened inside
 * the sentence with a conjunction and no comma lies between: "Some booed, and when Marsh thanked the city
 * and said ...". The phrase after the conjunction must be followed by a lowercase word (its verb).
 */
function subordinateSubject(toks: readonly Tok[], k: number): SpeakerPhrase | null {
  let c = k - 1;
  while (c >= 0 && COORDINATOR.has(toks[c]!.lower) === false) c--;
  const coord = c;
  for (c = coord - 1; c >= 0; c--) {
    const t = toks[c]!;
    // "when Lopez called them thieves (although he allowed ...) and promised": a parenthesis is an aside
    // whose clause the coordinated verb does not join
    if (t.text === ")") {
      while (c > 0 && toks[c]!.text !== "(") c--;
      continue;
    }
    if (t.punct || isQuoteTok(t)) return null;
    if (!CLAUSE_START.has(t.lower)) continue;
    // "met survivors and relatives of the victims and said": without a comma, "and" joins noun phrases
    if (COORDINATOR.has(t.lower) && toks[c - 1]?.text !== ",") continue;
    const sp = speakerRight(toks, c + 1, true);
    if (!sp || sp.kind === "relative" || sp.end >= coord) continue;
    const v = toks[sp.end]!;
    if (!/^[a-z]/.test(v.text) || FUNCTION_AFTER_SUBJECT.has(v.lower)) continue;
    return sp;
  }
  return null;
}

/** Pronouns that can only be a subject: whatever verb follows them is theirs. */
const SUBJECT_PRONOUN = new Set(["he", "she", "they", "we", "i"]);
/** the most words from a subject pronoun to the conjunction of the verb coordinated with its own */
const PRONOUN_CLAUSE_MAX = 12;

/**
 * "When Ortiz was pressed on the levy, she smiled and said": a coordinated verb shares the subject of the
 * verb it is joined to, and a subject pronoun opening the clause right after a comma is that subject,
 * not the sentence's first noun phrase. Nothing between the pronoun and the conjunction may open another
 * clause (a relative, "that", a quote, a subordinator), and an aside set off by commas may follow the
 * pronoun ("she, as before, stood up ... and said").
 */
function pronounClauseSubject(toks: readonly Tok[], k: number): SpeakerPhrase | null {
  let c = k - 1;
  while (c >= 0 && !COORDINATOR.has(toks[c]!.lower)) c--;
  // "and then said"
  if (toks[c]?.lower === "then" && COORDINATOR.has(toks[c - 1]?.lower ?? "")) c--;
  if (c < 1 || k - c > 4) return null;
  for (let p = c - 1; p >= 0 && c - p <= PRONOUN_CLAUSE_MAX; p--) {
    const t = toks[p]!;
    if (SUBJECT_PRONOUN.has(t.lower)) {
      const before = toks[p - 1];
      const opens = before?.text === "," || before?.text === ";" || CLAUSE_CONJUNCTION.has(before?.lower ?? "");
      if (!opens || p === 0) return null;
      // the verb right after the pronoun (past an aside) is lowercase and no function word
      let v = p + 1;
      if (toks[v]?.text === ",") {
        while (v < c && toks[v + 1]?.text !== ",") v++;
        v += 2;
      }
      const verb = toks[v];
      if (!verb || v >= c || !/^[a-z]/.test(verb.text) || FUNCTION_AFTER_SUBJECT.has(verb.lower)) return null;
      return { start: p, end: p + 1, headStart: p, headEnd: p + 1, kind: "pronoun" };
    }
    if (t.text === ",") {
      // "she, as before, stood up": step over the aside to the pronoun it follows
      let q = p - 1;
      while (q > 0 && p - q <= ASIDE_MAX && toks[q]!.text !== ",") q--;
      if (toks[q]?.text === "," && SUBJECT_PRONOUN.has(toks[q - 1]?.lower ?? "")) p = q;
      continue;
    }
    if (isQuoteTok(t) || RELATIVE_OR_THAT.has(t.lower) || CLAUSE_START.has(t.lower) || CLAUSE_START_MORE.has(t.lower))
      return null;
    if (t.punct && t.text !== ",") return null;
  }
  return null;
}
/** the most words of an aside between a subject pronoun and its verb ("she, as before, stood up") */
const ASIDE_MAX = 4;
/** Openers of a clause the pronoun cannot reach past, besides CLAUSE_START's ("unless he ..., and said"). */
const CLAUSE_START_MORE = new Set(["unless", "whether", "where"]);

/** The relative pronoun that is the subject of its clause and names a speaker: "Ortiz, who saw it". */
const RELATIVE_SUBJECT = new Set(["who"]);

/**
 * "..., Ortiz, who saw the fire and described it to reporters": a verb coordinated inside a relative clause
 * shares the relative pronoun as its subject, not the sentence's. The clause must still be open at the
 * verb: every comma after the pronoun is followed by a conjunction ("who backs him, but has dismissed").
 */
function relativeClauseSubject(toks: readonly Tok[], k: number): SpeakerPhrase | null {
  for (let w = k - 2; w >= 1 && k - w <= 30; w--) {
    const t = toks[w]!;
    if (
      FINAL.has(t.text) ||
      isQuoteTok(t) ||
      CLAUSE_BREAK.has(t.text) ||
      t.text === "―" ||
      t.text === "(" ||
      t.text === ")"
    )
      return null;
    if (t.text === "," && !COORDINATOR.has(toks[w + 1]?.lower ?? "")) return null;
    if (!RELATIVE_SUBJECT.has(t.text)) continue;
    // a clause set off by a comma: after a restrictive one ("a careerist who has ignored his voters,
    // and urged") a comma and a conjunction go back to the main clause
    if (toks[w - 1]!.text !== ",") return null;
    const next = toks[w + 1];
    if (!next || next.punct || COORDINATOR.has(next.lower)) return null;
    return { start: w, end: w + 1, headStart: w, headEnd: w + 1, kind: "relative" };
  }
  return null;
}

/** the most words from a relative pronoun to a participle its clause ends in ("who opened the hearing by claiming") */
const RELATIVE_PARTICIPLE_MAX = 15;

/**
 * "the mayor who opened the hearing by claiming", "Ms. Ruiz, who was busy while thanking the crews":
 * a participle with no comma before it, inside a relative clause that is still open, has the relative
 * pronoun as its subject, not the main clause's. Any punctuation between them closes the clause.
 */
function relativeParticipleSubject(toks: readonly Tok[], k: number): SpeakerPhrase | null {
  for (let w = k - 1; w >= 1 && k - w <= RELATIVE_PARTICIPLE_MAX; w--) {
    const t = toks[w]!;
    if (t.punct || isQuoteTok(t)) return null;
    if (!RELATIVE_SUBJECT.has(t.lower)) continue;
    const next = toks[w + 1];
    if (!next || next.punct || w + 1 >= k) return null;
    return { start: w, end: w + 1, headStart: w, headEnd: w + 1, kind: "relative" };
  }
  return null;
}

/** "but in a second interview said": a coordinator, a preposition and its object right before the verb at k. */
function circumstanceAfterCoordinator(toks: readonly Tok[], k: number): boolean {
  const np = nounPhraseLeft(toks, k - 1, 0);
  return !!np && coordinatedCircumstance(toks, np.start) >= 0;
}

/** A finite verb among tokens [from, to), a past form or an auxiliary, with no clause opening after it. */
function finiteBefore(toks: readonly Tok[], from: number, to: number): boolean {
  const lx = lex();
  let found = false;
  for (let i = from; i < to; i++) {
    const t = toks[i]!;
    // "It’s early, but": a contracted "is" after a pronoun is finite too
    if (contractedAuxiliary(toks, i)) found = true;
    if (t.cap || t.punct) continue;
    if (RELATIVE_OR_THAT.has(t.lower)) found = false;
    else if (/[a-z]ed$/.test(t.lower) || lx.irregularPast.has(t.lower) || RESUMING.has(t.lower)) found = true;
  }
  return found;
}
const RELATIVE_OR_THAT = new Set(["that", "who", "which", "whom"]);

/** The sentence's subject stands before token k with no verb of its own yet: "The governor, citing ...". */
function asideOnSubject(toks: readonly Tok[], k: number): boolean {
  const subj = sentenceSubject(toks, k);
  return !!subj && subj.end < k && !finiteBefore(toks, subj.start, k);
}

/**
 * "..., who said last week that ..., issued a statement saying": between the character offset `from`
 * and the token k, a comma closes the interrupting clause and a past or auxiliary verb resumes the main one.
 */
function mainVerbBetween(toks: readonly Tok[], from: number, k: number): boolean {
  const lx = lex();
  for (let c = 0; c < k - 1; c++) {
    if (toks[c]!.start < from || toks[c]!.text !== ",") continue;
    let v = c + 1;
    if (/^[a-z]+ly$/.test(toks[v]!.text)) v++;
    const t = toks[v];
    if (!t || v >= k || t.cap || t.punct) continue;
    if (/[a-z]ed$/.test(t.lower) || lx.irregularPast.has(t.lower) || RESUMING.has(t.lower)) return true;
  }
  return false;
}
/**
 * "The mayor ignored critics who said he was wrong, saying": a restrictive relative clause on the main
 * verb's object is part of that object, and a participle after the comma closing the clause goes back to
 * the main clause's subject (`rel` is the relative pronoun's character offset). The main verb is a past
 * form.
 */
function objectRelative(toks: readonly Tok[], subj: SpeakerPhrase, rel: number, k: number): boolean {
  const w = toks.findIndex((t) => t.start === rel);
  if (w < 1 || toks[w - 1]!.punct || !afterComma(toks, k)) return false;
  // ...an object of a verb of doing: after "are" ("The targets are leaders who have backed it, pushing")
  // the clause describes the subject itself, and the participle goes on with it
  const lx = lex();
  return toks
    .slice(subj.end, w)
    .some((t) => !t.cap && (/[a-z]ed$/.test(t.lower) || lx.irregularPast.has(t.lower)) && !PROGRESSIVE_BE.has(t.lower));
}

/** Words after a noun phrase that show it is no subject: a preposition or article goes on with the phrase ("Clinton and Kerry than his rivals"). */
const FUNCTION_AFTER_SUBJECT = new Set([
  "and",
  "or",
  "than",
  "of",
  "in",
  "on",
  "at",
  "to",
  "for",
  "with",
  "from",
  "by",
  "the",
  "a",
  "an",
]);

/** Cue words inside a direct quote belong to the quoted speech, not to the article (PolNeAR and PARC do not nest them). */
function insideQuote(quotes: readonly QuoteSpan[], t: Tok): boolean {
  for (const q of quotes) if (q.start < t.start && t.end < q.end) return true;
  return false;
}

/**
 * A word the model tagged takes its content to its right as an object or a clause ("backing Bush",
 * "knew that ..."), like an np verb: it is never read as inverted.
 */
function learnedForm(w: string): CueForm {
  return { lemma: w, weight: "neutral", frame: "belief", rest: [], np: true, gerund: w.endsWith("ing") };
}

/** The end of a time opening a sentence before its preposition: "One week after", "Shortly before". */
const TIME_BEFORE = /^(?:seconds?|minutes?|moments?|hours?|days?|weeks?|months?|years?|shortly|soon|just|long)$/i;

/** Prepositions that open a sentence with a participle phrase: "After announcing ..., X said". */
const OPENING_PREPOSITION = new Set("after before since by in besides despite while without upon".split(" "));

/**
 * "After announcing his support for Trump, Rubio ...", "Eight years after backing Obama, Cuban ...": a
 * weak -ing form (one that more often names an act than reports a stance) is a cue when a preposition
 * opens the sentence with it, since the phrase then reports what the main clause's subject said or did.
 */
function openingGerund(toks: readonly Tok[], k: number): CueForm[] | undefined {
  const weak = lex().weakGerunds.get(toks[k]!.lower);
  // a listed -ing form is read here only after a time ("One week after saying ..."): the cue rules take
  // "After saying ..., X" already, but read the time's first word as the speaker
  const form =
    weak ??
    lex()
      .cues.get(toks[k]!.lower)
      ?.find((f) => f.gerund && f.rest.length === 0);
  const p = toks[k - 1];
  if (!form || !p || !OPENING_PREPOSITION.has(p.lower)) return undefined;
  // the preposition opens the sentence, after a conjunction or a time ("One month after")
  let j = k - 2;
  while (j >= 0 && k - 1 - j <= 3 && !toks[j]!.punct && !/^(?:and|but|yet|so)$/i.test(toks[j]!.text)) j--;
  if (!weak && (j >= 0 || !TIME_BEFORE.test(toks[k - 2]?.text ?? ""))) return undefined;
  return j < 0 || toks[j]!.punct || /^(?:and|but|yet|so)$/i.test(toks[j]!.text) ? [form] : undefined;
}

/** Words after which a bare form is a verb: the infinitive's "to", a modal or "do", a subject pronoun. */
const BEFORE_VERB = new Set(
  "to will would could should might must may can did do does not that who which they we i you".split(" "),
);

/**
 * "used the speech to call for his resignation", "he did call for a recount", "planks that
 * call for the law's return": the bare form of a phrasal cue whose bare word more often names a thing
 * ("a call for unity", "too close to call") is a verb after "to", a modal or a subject, with its particle.
 */
function infinitiveCue(toks: readonly Tok[], k: number): CueForm[] | undefined {
  const forms = lex().weakPhrasal.get(toks[k]!.lower);
  let p = k - 1;
  if (toks[p] && /^[a-z]+ly$/.test(toks[p]!.text)) p--;
  if (!forms || !toks[p] || !BEFORE_VERB.has(toks[p]!.lower)) return undefined;
  const f = forms.filter((x) => x.rest.every((w, i) => toks[k + 1 + i]?.lower === w));
  return f.length ? f : undefined;
}

/** WordNet classes of the verbs that report when joined to a reporting verb ("and downplayed", "and ranked"). */
const REPORT_CLASSES = new Set(["communication", "cognition"]);
const pastForm = (w: string) => w.endsWith("ed") || lex().irregularPast.has(w) || w === "said" || w === "told";
const presentForm = (w: string) => w.endsWith("s") && !w.endsWith("ss") && !pastForm(w);

/** Words after a participle that leave it without an object: "and ignored by", "and detailed in". */
const OBJECTLESS = new Set("by in of on at from to for with as into".split(" "));

/**
 * "She said the plan was dead and downplayed its costs": a verb of saying or thinking no lexicon lists,
 * joined by "and"/"but" to a reporting verb, in the same tense and with no subject of its own, reports
 * with the same speaker. Measured on PolNeAR train (our contents running over "and <verb>"): an unlisted
 * verb of any class is a gold cue there 24% of the time, one of these classes about 40%, one that also
 * takes an object and sits inside a reported content more than half the time.
 */
function coordinatedReport(toks: readonly Tok[], k: number, hits: readonly CueHit[]): boolean {
  const t = toks[k]!;
  // "then", "while" may follow a subject of the content's own ("said he then recorded")
  const c = overAdverbs(toks, k)?.lower;
  if (t.cap || (c !== "and" && c !== "but")) return false;
  const last = hits[hits.length - 1];
  if (!last?.form || last.form.gerund || last.opening || last.k >= k - 2) return false;
  const w = t.lower;
  const cw = toks[last.k]!.lower;
  if (!((pastForm(cw) && pastForm(w)) || (presentForm(cw) && presentForm(w)))) return false;
  const next = toks[k + 1];
  if (!next || next.punct || isQuoteTok(next) || OBJECTLESS.has(next.lower)) return false;
  return REPORT_CLASSES.has(firstClass(w));
}

/** A word after which a noun is the subject of a clause, not the object: "claimed his life was at risk". */
const clauseVerb = (w: string) => BE.has(w) || finiteAuxiliary(w);

/**
 * A cue whose object gives it a sense that reports nothing: "a shooting claimed the life of a teen",
 * "the crash claimed two lives". The object's head is sought over a short noun phrase
 * ("the lives of", "more than 20 lives"); a that-clause or a verb after the noun keeps the report.
 */
function objectOfNoReport(toks: readonly Tok[], k: number, forms: readonly CueForm[]): boolean {
  const lx = lex();
  const heads = forms.map((f) => lx.notObjects.get(f.lemma.split(" ")[0]!)).find((h) => h);
  if (!heads) return false;
  for (let j = k + 1; j <= k + 4 && j < toks.length; j++) {
    const t = toks[j]!;
    if (t.punct || isQuoteTok(t) || t.lower === "that") return false;
    if (heads.has(t.lower)) return !clauseVerb(toks[j + 1]?.lower ?? "");
  }
  return false;
}

/** Quantifiers that take a plural noun: "a few hints", "many promises", "several warnings". */
const PLURAL_QUANTIFIER = new Set(["few", "several", "many", "various", "numerous", "other"]);

/**
 * "dropped a few hints of", "has broken many promises": a word in -s after a quantifier of plurals is a
 * plural noun, never a verb agreeing with a singular subject.
 */
function pluralNoun(toks: readonly Tok[], k: number): boolean {
  return PLURAL_QUANTIFIER.has(toks[k - 1]?.lower ?? "") && /[^s]s$/.test(toks[k]!.lower);
}

/** Participles that give a thing its name: "a group called ...", "a cleric named ...". */
const NAMING = new Set(["called", "named", "dubbed", "titled", "entitled", "nicknamed"]);

/** Articles that open a noun phrase new to the text, whose name may follow it. */
const INDEFINITE = new Set(["a", "an"]);

/** Pronouns that make the words after them a clause of their own: "a man who he called Bob". */
const CLAUSE_SUBJECT = new Set(["he", "she", "they", "we", "i", "you", "it", "who", "which", "that", "whom"]);

/** Words between an article and the noun a naming participle follows: "a new group", "an out-of-state advocacy PAC". */
const NAMED_PHRASE_MAX = 4;

/**
 * "a new group called Fair Maps Now", "a preacher named Tomas Ruiz", "a comedy called “Sons of the
 * Mayor”": a naming participle right after an indefinite noun phrase, before a name, introduces that
 * name; nobody calls or names anything. A speaker's own verb mostly takes a definite or named subject
 * ("the senator called Smith a liar", "the magazine named him"), or a person ("a spokesman called it").
 */
function namingParticiple(toks: readonly Tok[], k: number): boolean {
  if (!NAMING.has(toks[k]!.lower)) return false;
  const next = toks[k + 1];
  if (!next || !(next.cap || isQuoteTok(next))) return false;
  // "a spokesman called Smith a liar": a person can call someone something; only "named" names him
  const noun = toks[k - 1]?.lower ?? "";
  if (toks[k]!.lower !== "named" && (lex().roles.has(noun) || lex().titles.has(noun))) return false;
  for (let j = k - 1; j >= 0 && j >= k - 1 - NAMED_PHRASE_MAX; j--) {
    const w = toks[j]!;
    if (w.punct || isQuoteTok(w)) return false;
    if (INDEFINITE.has(w.lower)) return j < k - 1;
    if (
      lex().functionWords.has(w.lower) ||
      BE.has(w.lower) ||
      finiteAuxiliary(w.lower) ||
      CLAUSE_SUBJECT.has(w.lower) ||
      /(?:ed|ing)$/.test(w.lower)
    )
      return false;
  }
  return false;
}

function findCues(toks: readonly Tok[], quotes: readonly QuoteSpan[], learned: CueTest | null, text: string): CueHit[] {
  const lx = lex();
  const hits: CueHit[] = [];
  // A headline in Title Case ("Bellwether County Says Trump Should Win") capitalizes its cue too.
  let words = 0;
  let caps = 0;
  for (const t of toks) {
    if (t.punct || t.text.length < 4) continue;
    words++;
    if (t.cap) caps++;
  }
  const titleCase = words >= 3 && caps >= 0.8 * words;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.punct || insideQuote(quotes, t)) continue;
    const phrase = lx.according.find((ph) => ph.every((w, i) => toks[k + i]?.lower === w));
    if (phrase) {
      hits.push({ k, after: k + phrase.length, form: null });
      k += phrase.length - 1;
      continue;
    }
    if (namingParticiple(toks, k)) continue;
    const opening = openingGerund(toks, k);
    const forms = lx.cues.get(t.lower) ?? opening ?? infinitiveCue(toks, k);
    // "the report", "his claims": a noun, not a cue
    const prev = toks[k - 1];
    if (!forms) {
      const framed = quoteFrame(toks, k, quotes, text);
      if (framed > 0) {
        hits.push({ k, after: framed, form: framedForm(toks, k, framed), framed: true });
        k = framed - 1;
        continue;
      }
      if (coordinatedReport(toks, k, hits)) {
        const form: CueForm = { lemma: t.lower, weight: "neutral", frame: "speech", rest: [], np: true, gerund: false };
        hits.push({ k, after: k + 1, form, coordinated: true });
        continue;
      }
      const det = prev && (NOUN_DET.has(prev.lower) || prev.text === "’s" || prev.text === "'s");
      if (learned && !det && learned(toks, k, false))
        hits.push({ k, after: k + 1, form: learnedForm(t.lower), learned: true });
      continue;
    }
    // "a flag that said “...”": "that" is a relative pronoun, not a determiner, before a verb and its quote
    const relative = forms.some((f) => relativeQuote(toks, k, k + 1 + f.rest.length, f, quotes) !== null);
    if (
      prev &&
      !relative &&
      (NOUN_DET.has(prev.lower) ||
        ((prev.text === "’s" || prev.text === "'s") && !contractedAuxiliary(toks, k - 1)) ||
        pluralNoun(toks, k))
    )
      continue;
    const next = toks[k + 1];
    if (
      !relative &&
      ((prev && lx.notCues.has(`${prev.lower} ${t.lower}`)) || (next && lx.notCues.has(`${t.lower} ${next.lower}`)))
    )
      continue;
    if (objectOfNoReport(toks, k, forms)) continue;
    if (t.cap && k > 0 && !titleCase) continue;
    const f = forms.find((x) => x.rest.every((w, i) => toks[k + 1 + i]?.lower === w));
    if (f) {
      const sure =
        relativeQuote(toks, k, k + 1 + f.rest.length, f, quotes) !== null ||
        participleQuote(toks, k + 1 + f.rest.length, f, quotes);
      if (learned && !sure && !learned(toks, k, true)) continue;
      hits.push({ k, after: k + 1 + f.rest.length, form: f, ...(opening ? { opening: true } : {}) });
      k += f.rest.length;
      continue;
    }
    // "went" is listed only as "went after": '“...,” he went on.' is still a verb its quote frames
    const framed = quoteFrame(toks, k, quotes, text);
    if (framed > 0) {
      hits.push({ k, after: framed, form: framedForm(toks, k, framed), framed: true });
      k = framed - 1;
    } else if (learned && learned(toks, k, false)) {
      // "made" is listed only as "made clear": "made these allegations" is the model's to judge
      hits.push({ k, after: k + 1, form: learnedForm(t.lower), learned: true });
    }
  }
  return hits;
}

/**
 * ", adding that", '"corrupt," noting': a participle after a comma (which may sit inside the closing
 * mark) opens an attribution of its own, so the content before it stops there.
 */
export function stopsContent(toks: readonly Tok[], k: number, gerund: boolean): boolean {
  if (!gerund) return false;
  return (k > 0 && toks[k - 1]!.text === ",") || (k > 1 && isQuoteTok(toks[k - 1]) && toks[k - 2]!.text === ",");
}

function isPassive(toks: readonly Tok[], k: number, form: CueForm): boolean {
  const w = toks[k]!.lower;
  if (askedAfterReport(toks, k)) return true;
  if (form.gerund || !(w.endsWith("ed") || /^(?:said|told|shown|known|written|found|thought|sought)$/.test(w)))
    return false;
  let j = k - 1;
  while (
    j >= 0 &&
    j > k - 4 &&
    (/^[a-z]+ly$/.test(toks[j]!.text) ||
      ["not", "also", "n't", "never", "still", "later", "then"].includes(toks[j]!.lower))
  )
    j--;
  // "leaders are worried that": the subject's own state, not a passive
  if (j >= 0 && BE.has(toks[j]!.lower)) return !lex().statives.has(w);
  return reducedPassive(toks, k, j);
}

/** Words that open a clause, after which its subject begins ("with" an absolute one: "with Ruiz expected to win"). */
const CLAUSE_OPENER = new Set(
  "when whenever while if because since although though after before until once unless that which who whom whose where whether and but or so yet with without".split(
    " ",
  ),
);

/** Words of a verb group before its head: "has now been", "is not widely", "may". */
const VERB_GROUP = new Set(
  "is are was were be been being am has have had do does did not n't never also now still widely may might will would could should can must".split(
    " ",
  ),
);

/** Where the verb group ending in the cue at k begins. */
function verbGroupStart(toks: readonly Tok[], k: number): number {
  let j = k;
  while (j > 0 && (VERB_GROUP.has(toks[j - 1]!.lower) || lyAdverb(toks[j - 1]!))) j--;
  return j;
}

/**
 * "Roughly two of every ten pupils next term are expected to need a bus", "No samples were deemed
 * relevant": the subject of a hedged or passive verb is part of what is reported, and all of it, not
 * only the noun phrase the speaker rules read (a quantifier, a possessive, a tail of prepositions or a
 * quote inside it fall outside that). It runs back from there to where its clause opens; a comma closes
 * it, for what stands before one may be a phrase opening the sentence. -1 when no subject stands there.
 */
export function passiveSubjectStart(toks: readonly Tok[], from: number, k: number): number {
  let j = Math.min(from, k);
  while (j > 0) {
    const t = toks[j - 1]!;
    if (t.punct && !isQuoteTok(t)) break;
    if (CLAUSE_OPENER.has(t.lower)) break;
    j--;
  }
  return j < verbGroupStart(toks, k) ? j : -1;
}

/** Participles of questioning that, set off after a report, say the speaker was asked: "Olsen said, asked about". */
const QUESTIONED = new Set(["asked", "pressed", "questioned"]);
/** Words opening what was asked about: "asked about the delay", "asked whether he would run". */
const QUESTION_OPENER = new Set(["about", "whether", "if", "how", "why", "what", "when", "on"]);
/** Verbs of a report that the questioning participle may follow, over the speaker's name. */
const REPORT_BEFORE = new Set(["said", "says", "added", "told", "replied", "answered"]);
/** the most words of an inverted speaker between the report verb and the comma ("said the county engineer Ann Ruiz,") */
const INVERTED_SPEAKER_MAX = 7;

/**
 * "“Not this year,” Olsen said, asked about the levy", "said Ann Ruiz, asked whether the dam held": "asked"
 * set off by a comma right after a report and its speaker is a passive participle (the speaker was asked,
 * by someone unnamed), not a verb of the speaker's series.
 */
function askedAfterReport(toks: readonly Tok[], k: number): boolean {
  if (!QUESTIONED.has(toks[k]!.lower) || toks[k - 1]?.text !== ",") return false;
  if (!QUESTION_OPENER.has(toks[k + 1]?.lower ?? "")) return false;
  for (let j = k - 2; j >= 0 && k - 2 - j <= INVERTED_SPEAKER_MAX; j--) {
    const t = toks[j]!;
    if (REPORT_BEFORE.has(t.lower)) return true;
    if (t.punct || isQuoteTok(t)) return false;
  }
  return false;
}

/** the longest relative clause about an inset speaker: "said Olsen, who worked for her for years," */
const INSET_RELATIVE_MAX = 15;

/**
 * "The mayor, said Olsen, does not forgive.", "Money, said the engineer, was the problem": a speech verb
 * and its inverted speaker set off by commas inside a clause; the speaker is the phrase after the verb
 * (with any "who" clause about it) and the clause it interrupts, subject and predicate, is what was said.
 * The part before must be a plain noun phrase opening the sentence and a lowercase verb must resume the
 * clause after the speaker's closing comma.
 */
function insetReport(
  toks: readonly Tok[],
  k: number,
  after: number,
  form: CueForm,
): { speaker: SpeakerPhrase; from: number; resume: number } | null {
  if (form.lemma !== "say" || form.gerund || toks[k - 1]?.text !== ",") return null;
  let from = 0;
  while (from < k && (toks[from]!.punct || CLAUSE_CONJUNCTION.has(toks[from]!.lower))) from++;
  if (from >= k - 1 || isQuoteTok(toks[from]) || toks.slice(from, k - 1).some((t) => t.punct || isQuoteTok(t)))
    return null;
  if (finiteBefore(toks, from, k - 1) || toks.slice(from, k - 1).some((t) => RELATIVE_OR_THAT.has(t.lower)))
    return null;
  const sp = speakerRight(toks, after);
  if (!sp || toks[sp.end]?.text !== ",") return null;
  let c = sp.end;
  // "said Olsen, who worked for her for years, never": step over a clause about the speaker
  if (toks[c + 1]?.lower === "who") {
    let j = c + 2;
    while (j < toks.length && j - c <= INSET_RELATIVE_MAX && toks[j]!.text !== "," && !FINAL.has(toks[j]!.text)) j++;
    if (toks[j]?.text !== ",") return null;
    c = j;
  }
  const v = toks[c + 1];
  if (!v || v.punct || v.cap || /ing$/.test(v.lower) || FUNCTION_AFTER_SUBJECT.has(v.lower)) return null;
  if (COORDINATOR.has(v.lower) || RELATIVE_OR_THAT.has(v.lower)) return null;
  return { speaker: sp, from, resume: c + 1 };
}

/** the most words of an aside between a cue and its "that" clause ("said, in a letter to the board, that") */
const ASIDE_BEFORE_THAT_MAX = 8;

/** "She said, again, that", "said, in a letter to the board, that": an aside set off by commas, then the complement. */
function asideBeforeThat(toks: readonly Tok[], c: number): boolean {
  if (toks[c]?.text !== ",") return false;
  for (let j = c + 1; j < toks.length && j - c <= ASIDE_BEFORE_THAT_MAX + 1; j++) {
    const t = toks[j]!;
    if (t.text === ",") return j > c + 1 && toks[j + 1]?.lower === "that";
    if (FINAL.has(t.text) || isQuoteTok(t) || t.text === ";" || t.text === ":") return false;
  }
  return false;
}

/**
 * 'The governor added:' closing its paragraph, over a paragraph of prose with no quote marks: the
 * writer sets the words off as a block quote, and that paragraph is the content, as a quote opening it
 * would be. Only the cue and the colon may follow the verb ("added:", not "added a list:"); a tweet or
 * other markup opening the paragraph is left to its own readers.
 */
function paragraphAfterColon(toks: readonly Tok[], after: number, range: Range, text: string): Range | null {
  const colon = toks[after];
  if (colon?.text !== ":" || after + 1 !== toks.length || colon.end < range.end - 1) return null;
  const gap = /^[ \t\u00a0]*\r?\n\s*/.exec(text.slice(colon.end, colon.end + 12));
  if (!gap) return null;
  const start = colon.end + gap[0].length;
  if (/^[“”"'‘’<([]/.test(text.slice(start, start + 1))) return null;
  const nl = text.indexOf("\n", start);
  let end = nl < 0 ? text.length : nl;
  while (end > start && /[\s.]/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}
/**
 * '“The levy holds,” said Reyes': a quote closed on a comma (or on a question or exclamation
 * mark before a lowercase verb) goes on in its own sentence to its own attribution, so it is no content
 * for a cue closing the sentence before ("Others agree.").
 */
function attributedInline(q: QuoteSpan, text: string): boolean {
  const quote = text.slice(q.start, q.end);
  const after = text.slice(q.end, q.end + 3);
  if (/,\s*(?:[”"]|'')$/.test(quote)) return /^[ \t\u00a0]+\S/.test(after);
  return /[?!]\s*(?:[”"]|'')$/.test(quote) && /^[ \t\u00a0]+[a-z]/.test(after);
}

/** Who may hold an expectation of their own: "she expected to win" is active, "Murphy expected to win" is not. */
const ACTIVE_BEFORE = new Set("has have had i we you he she they who".split(" "));

/**
 * "with Rubio and Murphy expected to win", "a ruling expected in coming weeks": a raising participle
 * right after its noun, with no "be", is a reduced passive (the noun is what is expected), not the
 * noun's own expectation; an active subject would take an object or a that-clause ("expected that").
 */
function reducedPassive(toks: readonly Tok[], k: number, j: number): boolean {
  if (!lex().reducedPassive.has(toks[k]!.lower)) return false;
  const p = toks[j];
  const next = toks[k + 1]?.lower ?? "";
  // "she’s expected", "isn’t expected": a contracted auxiliary is the full passive's business
  if (!p || p.punct || /[’']/.test(p.text) || ACTIVE_BEFORE.has(p.lower)) return false;
  return next === "to" || next === "next" || ADVERBIAL.has(next);
}

const SINGULAR_ARTICLE = new Set(["a", "an", "another", "each", "every"]);

/**
 * "delivered a snappy retort", "made an off-color joke": a bare verb form right after a singular
 * article and its modifiers is a noun, since a singular subject would take "retorts"; the phrase
 * before it is no speaker.
 */
function nounUse(toks: readonly Tok[], k: number, form: CueForm, sp: SpeakerPhrase): boolean {
  const w = toks[k]!.lower;
  if (sp.end !== k || sp.end - sp.start < 2 || !SINGULAR_ARTICLE.has(toks[sp.start]!.lower)) return false;
  const lx = lex();
  if (form.gerund || /(?:s|ed|ing)$/.test(w) || lx.irregularPast.has(w)) return false;
  // "a majority of voters say", "a wide array of economists say", "an American diplomat put it": the
  // phrase may end in a plural or a person, who can be the subject; only plain modifiers are read as such
  const mods = toks.slice(sp.start + 1, k);
  const last = mods.at(-1)!.lower;
  if (mods.some((t) => t.cap || t.punct || /\d/.test(t.text) || lx.stopLeft.has(t.lower))) return false;
  if (/s$/.test(last) || last === "percent" || lx.speakerNouns.has(last) || lx.roles.has(last) || lx.titles.has(last))
    return false;
  return w === form.lemma.split(" ")[0];
}

/** "according to data from the Department of Education,": any phrase up to the punctuation. */
function sourcePhrase(toks: readonly Tok[], i: number): SpeakerPhrase | null {
  let j = i;
  while (
    j < toks.length &&
    j - i < 14 &&
    !(toks[j]!.punct && toks[j]!.text !== "-" && toks[j]!.text !== "’s" && toks[j]!.text !== "'s") &&
    !asideDash(toks, j)
  )
    j++;
  if (j === i) return null;
  return { start: i, end: j, headStart: i, headEnd: j, kind: "description" };
}

/**
 * "according to a count by the county clerk": the document and its author are one source; the
 * phrase runs on over "by" to the author, whose name the speaker takes.
 */
function byAgent(toks: readonly Tok[], sp: SpeakerPhrase | null): SpeakerPhrase | null {
  if (!sp || sp.kind === "pronoun" || toks[sp.end]?.lower !== "by") return sp;
  const agent = speakerRight(toks, sp.end + 1);
  if (!agent) return sp;
  return { start: sp.start, end: agent.end, headStart: sp.start, headEnd: agent.headEnd, kind: agent.kind };
}

/** The addressee after "told": "told USA TODAY", "told reporters", "told him". */
function skipObject(toks: readonly Tok[], i: number, quotes: readonly QuoteSpan[], text: string): number {
  const t = toks[i];
  if (!t) return i;
  if (lex().addressees.has(t.lower)) return i + 1;
  let j = i;
  if (lex().determiners.has(t.lower)) {
    // "the court", "the House committee"
    j++;
    while (
      j < toks.length &&
      j - i < 5 &&
      !toks[j]!.punct &&
      !ADVERBIAL.has(toks[j]!.lower) &&
      !byMedium(toks, j) &&
      toks[j]!.lower !== "that" &&
      !asClause(toks, j)
    )
      j++;
  }
  while (j < toks.length && j - i < 6 && toks[j]!.cap && !toks[j]!.punct) j++;
  // "told the radio show “Morning Report” after the vote": a programme's title closes the addressee
  const title = j > i && isQuoteTok(toks[j]) && titleAt(quotes, toks[j]!.start, text);
  if (title) {
    const q = quoteStartingAt(quotes, toks[j]!.start, 0)!;
    while (j < toks.length && toks[j]!.start < q.end) j++;
  }
  const ends = (x: number) =>
    x >= toks.length || toks[x]!.punct || ADVERBIAL.has(toks[x]!.lower) || byMedium(toks, x) || asClause(toks, x);
  // "told Western diplomats.", "told Ukrainian state television": a nationality before a common noun
  const audience = (w: string) => lex().addressees.has(w) || lex().speakerNouns.has(w);
  if (j > i && !ends(j) && audience(toks[j]!.lower) && ends(j + 1)) return j + 1;
  return j > i && ends(j) ? j : i;
}

/** Relative pronouns that open a clause on the source named after "according to". */
const SOURCE_RELATIVE = new Set(["who", "which", "whose", "whom"]);

/** the longest source set off by commas, in tokens after "according to" */
const SOURCE_MAX = 20;

/**
 * "according to aides who briefed journalists later, was any word": the source runs on past
 * the phrase the speaker rules read, to the comma that closes it; the content resumes there.
 */
function sourceEnd(toks: readonly Tok[], spEnd: number, after: number): number {
  for (let j = spEnd; j < toks.length && j - after < SOURCE_MAX; j++) {
    const t = toks[j]!;
    // "Most voters, 63 percent, according to the survey - still believe": a dash closes the aside as a comma does
    if (t.text === "," || asideDash(toks, j)) return j;
    if (FINAL.has(t.text) || isQuoteTok(t) || t.text === ";" || t.text === ":") break;
  }
  return spEnd;
}

/** the longest unnamed subject read between a comma and a cue closing the sentence */
const PARENTHETICAL_MAX = 8;

/**
 * "..., fundraising documents show.", "..., disclosures filed on Sunday night revealed.": between a comma
 * and a cue that ends the sentence stands its subject, whether or not it names anyone. The phrase holds
 * no other cue or quote; auxiliaries before the cue ("have suggested") are left out of it.
 */
function parentheticalSubject(toks: readonly Tok[], k: number): SpeakerPhrase | null {
  let end = k;
  while (end > 0 && finiteAuxiliary(toks[end - 1]!.lower)) end--;
  let i = end - 1;
  while (i >= 0 && end - i <= PARENTHETICAL_MAX) {
    const t = toks[i]!;
    if (t.text === "," || FINAL.has(t.text) || isQuoteTok(t) || lex().cues.has(t.lower)) break;
    i--;
  }
  if (i < 1 || toks[i]!.text !== "," || end - i < 2) return null;
  // a noun phrase, not "as I do" or "of necessity": it opens on no function word and holds a plural
  // noun ("documents", "disclosures filed on Sunday") or a determiner and its noun
  const first = toks[i + 1]!;
  if (lex().functionWords.has(first.lower) || CIRCUMSTANCE.has(first.lower) || /ly$/.test(first.lower)) return null;
  let plural = false;
  for (let j = i + 1; j < end; j++)
    if (/[a-z]{3}s$/.test(toks[j]!.text) && !/(?:ss|us|is)$/.test(toks[j]!.text)) plural = true;
  if (!plural && !lex().determiners.has(first.lower)) return null;
  // what goes before is a main clause, not "But because of that vote,"
  if (opensSubordinate(toks, i)) return null;
  // and the cue closes the sentence
  const after = skipAdverbials(toks, k + 1);
  if (after < toks.length && !FINAL.has(toks[after]!.text)) return null;
  return { start: i + 1, end, headStart: i + 1, headEnd: end, kind: "description" };
}

function toChars(toks: readonly Tok[], sp: SpeakerPhrase): Attribution["speaker"] {
  return {
    span: { start: toks[sp.start]!.start, end: toks[sp.end - 1]!.end },
    head: { start: toks[sp.headStart]!.start, end: toks[sp.headEnd - 1]!.end },
    kind: sp.kind,
  };
}

/** The content's last token index (exclusive): the sentence end without its final stop. */
function contentEnd(toks: readonly Tok[], from: number, nextStop: readonly number[]): number {
  let e = from < toks.length ? nextStop[from]! : toks.length;
  while (e > from && (FINAL.has(toks[e - 1]!.text) || toks[e - 1]!.text === "," || toks[e - 1]!.text === ";")) e--;
  return e;
}

/**
 * "Mayor Ortiz - who said last week he would run - said on Friday that ...": a report made inside an
 * aside set off by a pair of dashes says nothing past the dash that closes the aside, where the main
 * clause resumes. Dashes pair in order (first with second, third with fourth).
 */
export function closeDashAsides(toks: readonly Tok[], atts: Attribution[]): Attribution[] {
  const dashes: number[] = [];
  for (let i = 0; i < toks.length; i++) if (asideDash(toks, i)) dashes.push(i);
  for (let p = 0; p + 1 < dashes.length; p += 2) {
    const open = toks[dashes[p]!]!;
    const close = dashes[p + 1]!;
    const closeAt = toks[close]!.start;
    for (const a of atts) {
      if (a.cue.start < open.end || a.cue.end > closeAt) continue;
      if (a.content.start < open.end || a.content.start >= closeAt || a.content.end <= closeAt) continue;
      let e = close;
      while (e > 0 && toks[e - 1]!.text === ",") e--;
      if (toks[e - 1]!.end > a.content.start) a.content = { start: a.content.start, end: toks[e - 1]!.end };
    }
  }
  return atts;
}

/**
 * Attributions of one sentence. `quotes` are the quoted stretches of the whole text (a quote may start
 * in an earlier sentence, and the sentence splitter may cut one in pieces).
 */
export function attributeSentence(
  toks: readonly Tok[],
  sentence: number,
  range: Range,
  quotes: readonly QuoteSpan[],
  text: string,
  carry: Attribution["speaker"] = null,
  learned: CueTest | null = learnedCue,
): Attribution[] {
  const out: Attribution[] = [];
  const colon = speakerColon(toks, range, text);
  if (colon) out.push({ ...colon, sentence });
  const survey = surveyFrame(toks);
  if (survey) {
    const sp = { span: survey.source, head: survey.source, kind: "description" as const };
    out.push({ content: survey.content, cue: survey.cue, speaker: sp, sentence });
  }
  // the causer is the sentence's subject: a stance noun heading it still attributes ("His promise ... alarmed")
  const caused = new Set<Attribution>();
  for (const x of experiencerAttributions(toks, (t) => insideQuote(quotes, t))) {
    const a = { content: x.content, cue: x.cue, speaker: toChars(toks, x.speaker), sentence };
    caused.add(a);
    out.push(a);
  }
  const heading = () => out.filter((a) => !caused.has(a));
  // a word that ends another content is settled now: its stop cannot be taken back once contents are read
  const hits = findCues(toks, quotes, learned, text).filter(
    (h) =>
      h.learned ||
      !h.form ||
      !learned?.window ||
      !stopsContent(toks, h.k, h.form.gerund) ||
      shareSubject(toks, h.k, h.form) ||
      participleQuote(toks, h.after, h.form, quotes) ||
      learned.window(toks, h.k),
  );
  // Stance nouns come last: a participle's speaker is the last verb attribution's, not "his criticism"'s.
  // "In a UN survey released Monday, ...": the survey is the source, not a stance noun of its own
  const nominal = nominalAttributions(toks, sentence, (t) => insideQuote(quotes, t)).filter(
    (a) => !survey || a.cue.start >= survey.source.end || a.cue.end <= survey.source.start,
  );
  if (hits.length === 0) {
    const intro = colonIntro(toks, quotes, text, sentenceSubject);
    if (intro && !out.some((a) => a.content.start < intro.content.end && intro.content.start < a.content.end))
      out.push({ content: intro.content, cue: intro.cue, speaker: toChars(toks, intro.speaker), sentence });
    pointOfView(toks, sentence, quotes, out);
    return [...out, ...ownNominals(heading(), nominal)];
  }
  // Where one attribution's content stops: before ", adding that", "; ", ", according to".
  const stops = new Set<number>();
  for (const h of hits) {
    if (h.learned || !stopsContent(toks, h.k, h.form?.gerund ?? true)) continue;
    stops.add(h.k - 1);
  }
  for (let i = 0; i < toks.length; i++) if (toks[i]!.text === ";") stops.add(i);
  // the first stop at or after each token, found once: a scan per cue made long sentences quadratic
  const nextStop: number[] = new Array<number>(toks.length);
  for (let i = toks.length - 1, next = toks.length; i >= 0; i--) nextStop[i] = next = stops.has(i) ? i : next;

  const sliceRange = (a: number, b: number): Range | null => {
    if (b <= a) return null;
    return { start: toks[a]!.start, end: toks[b - 1]!.end };
  };
  /** Widens a content range to a whole quote it ends inside (a quote can span sentences). */
  const widen = (r: Range): Range => {
    const start = r.start;
    let end = r.end;
    for (const q of quotes) {
      if (q.start >= start && q.start < end && q.end > end) end = q.end;
    }
    return { start, end };
  };

  const keepListed = (h: CueHit, content: Range) =>
    h.framed ||
    h.coordinated ||
    !learned?.listedContent ||
    shareSubject(toks, h.k, h.form) ||
    stopsContent(toks, h.k, h.form!.gerund) ||
    participleQuote(toks, h.after, h.form!, quotes) ||
    meansClause(toks, h.k, h.form!, content) ||
    learned.listedContent(toks, h.k, content);
  for (const h of hits) {
    const { k, after, form } = h;
    const cue = { start: toks[k]!.start, end: toks[after - 1]!.end };
    if (survey && cue.start >= survey.source.start && cue.end <= survey.source.end) continue;
    if (workTitle(toks, k, after, quotes, text)) continue;
    // A coordinated verb reports only inside the content of the verb it joins, with that verb's speaker.
    // That content is left running over it: ending it before the coordinator measured one match fewer
    // (where the second verb is no report, the content goes on through it).
    const cover = h.coordinated
      ? out.findIndex((o) => o.cue.end <= o.content.start && o.content.start < cue.start && o.content.end >= cue.end)
      : -1;
    if (h.coordinated && cover < 0) continue;
    const gap = form && !form.gerund && !h.coordinated ? gappedObject(toks, k, after, quotes) : null;
    if (gap) {
      const content = { start: toks[gap.start]!.start, end: toks[gap.end - 1]!.end };
      out.push({ content, cue, speaker: toChars(toks, gap.speaker), sentence });
      continue;
    }
    const inset = form && !h.coordinated ? insetReport(toks, k, after, form) : null;
    if (inset) {
      const content = { start: toks[inset.from]!.start, end: toks[contentEnd(toks, inset.resume, nextStop) - 1]!.end };
      out.push({ content, cue, speaker: toChars(toks, inset.speaker), sentence });
      continue;
    }
    if (form === null) {
      // "according to X, CONTENT" or "CONTENT, according to X"
      const sp = speakerRight(toks, after) ?? sourcePhrase(toks, after);
      let a = 0;
      while (a < k && toks[a]!.punct && !isQuoteTok(toks[a])) a++;
      // "In Iowa, Trump is first, according to the Real Clear Politics average, although ...": a source
      // set off by commas (or opening the sentence) runs to its closing comma
      const setOff = k === a || toks[k - 1]!.text === ",";
      const spEnd = sp && setOff ? sourceEnd(toks, sp.end, after) : sp ? sp.end : after;
      let content: Range | null;
      // "The levy is doomed, according to its backers, who gave gloomy forecasts": a relative pronoun after the
      // source's comma opens a clause about the source (its own report, if any), not the rest of the content
      const rest =
        spEnd < toks.length &&
        (toks[spEnd]!.text === "," || asideDash(toks, spEnd)) &&
        !SOURCE_RELATIVE.has(toks[spEnd + 1]?.lower ?? "")
          ? contentEnd(toks, spEnd + 1, nextStop) - (spEnd + 1)
          : 0;
      if (k - a >= 2 && rest >= 3) {
        // "The implication, according to the aide, is that ...": the source sits inside its content
        content = sliceRange(a, contentEnd(toks, spEnd + 1, nextStop));
      } else if (k - a >= 2) {
        let b = k;
        while (b > a && (toks[b - 1]!.text === "," || toks[b - 1]!.text === "—")) b--;
        content = sliceRange(a, b);
      } else {
        let s = spEnd;
        while (s < toks.length && toks[s]!.punct && !isQuoteTok(toks[s])) s++;
        content = sliceRange(s, contentEnd(toks, s, nextStop));
      }
      if (!content) continue;
      // '“... He never was. He wants them gone,” Petrenko said, according to the ministry': a quote opened
      // in an earlier sentence is vouched for whole
      const opened = quotes.find((q) => q.start < content!.start && content!.start < q.end);
      if (opened) content = { start: opened.start, end: content.end };
      // '“... ?” Olsen said at a rally, according to the Valley Herald.': the source vouches for the
      // quote the clause's own verb reports, which closed the sentence before
      const reported = out.find(
        (o) => o.cue.start >= content!.start && o.cue.end <= content!.end && o.content.end <= range.start,
      );
      if (reported) content = { start: reported.content.start, end: content.end };
      const source = byAgent(toks, sp);
      out.push({ content: widen(content), cue, speaker: source ? toChars(toks, source) : null, sentence });
      continue;
    }

    if (h.opening) {
      // "After announcing his support for Trump, Rubio ...": the phrase up to its comma is the content,
      // the subject after the comma its source
      let c = after;
      while (c < toks.length && toks[c]!.text !== "," && !FINAL.has(toks[c]!.text)) c++;
      const subj = toks[c]?.text === "," ? speakerRight(toks, c + 1, true) : null;
      if (!subj || c <= after) continue;
      out.push({ content: sliceRange(after, c)!, cue, speaker: toChars(toks, subj), sentence });
      continue;
    }
    const prev = toks[k - 1];
    // "Asked by a reporter if the mayor would resign, Okafor said": the question is content, the asker its source
    if (
      form.lemma === "ask" &&
      toks[k]!.lower === "asked" &&
      (!prev || ["when", "after", "once", "if", "while"].includes(prev.lower))
    ) {
      const by = toks[after]?.lower === "by" ? speakerRight(toks, after + 1) : null;
      let s = by ? by.end : after;
      let e = s;
      for (;;) {
        while (e < toks.length && toks[e]!.text !== "," && !FINAL.has(toks[e]!.text)) e++;
        // "Asked whether the plan, which critics call reckless, would pass, X said": the relative clause
        // set off by commas is inside the question
        if (toks[e]?.text !== "," || !["which", "who", "whom", "whose"].includes(toks[e + 1]?.lower ?? "")) break;
        let c = e + 1;
        while (c < toks.length && toks[c]!.text !== "," && !FINAL.has(toks[c]!.text)) c++;
        if (toks[c]?.text !== ",") break;
        e = c + 1;
      }
      while (s < e && toks[s]!.punct) s++;
      if (e > s) {
        out.push({
          content: { start: toks[s]!.start, end: toks[e - 1]!.end },
          cue,
          speaker: by ? toChars(toks, by) : null,
          sentence,
        });
      }
      continue;
    }
    const passive = h.learned ? null : byPassive(toks, k, after, form);
    if (passive) {
      const content = { start: toks[passive.content.start]!.start, end: toks[passive.content.end - 1]!.end };
      if (keepListed(h, content)) out.push({ content, cue, speaker: toChars(toks, passive.speaker), sentence });
      continue;
    }
    if (appositiveParticiple(toks, k, form)) continue;
    // "..., the campaign told USA TODAY." - the addressee is no complement
    const adv = skipAdverbials(
      toks,
      form.frame === "object" ? skipObject(toks, after, quotes, text) : after,
      quotes,
      text,
    );
    const advTok = toks[adv];
    // 'X said Wednesday, "..."' has its complement after the comma
    // 'said in his memoir, “Dry Years.”' names where it was said: a quoted title is no complement
    // (the sentence may end on the comma: no token after it)
    const nextTok = toks[adv + 1];
    const quoteNext =
      advTok !== undefined &&
      nextTok !== undefined &&
      isQuoteTok(nextTok) &&
      (advTok.text === ":" || (advTok.text === "," && !titleAt(quotes, nextTok.start, text)));
    // "While the talks went on, Smith said this was the last chance.": a stretch skipped as an adverbial
    // that holds an auxiliary was a clause of its own, the cue's complement
    const advStart = form.frame === "object" ? skipObject(toks, after, quotes, text) : after;
    const clauseSkipped = toks.slice(advStart, adv).some((t) => !t.cap && finiteAuxiliary(t.lower));
    // "..., Obama told his advisers as he labored over the speech.": after the addressee, an "as" clause
    // with a subject of its own is the circumstance of the telling, not what was told
    const asCircumstance =
      form.frame === "object" &&
      asClause(toks, adv) &&
      !toks.slice(adv).some((t) => t.lower === "that" || isQuoteTok(t));
    const noComplement =
      !quoteNext &&
      !clauseSkipped &&
      !asideBeforeThat(toks, adv) &&
      (adv >= toks.length ||
        FINAL.has(advTok!.text) ||
        advTok!.text === "," ||
        CLAUSE_BREAK.has(advTok!.text) ||
        asCircumstance);
    // "“...!” Clinton said to People.": a circumstance after the cue leaves the quote before it as content
    const circumstance =
      !noComplement &&
      !quoteNext &&
      form.frame === "speech" &&
      !form.gerund &&
      !form.np &&
      circumstanceOnly(toks, after);

    // Inverted: "“...,” said Le Pen" / "..., said the ministry."
    // "..., Butz, 49, told The Huffington Post": after "told" comes the addressee, never an inverted speaker
    // a participle never inverts: ", saying the plan would fail" has the plan as content, not speaker
    const invertible = !form.np && !form.gerund && (form.frame !== "object" || form.lemma === "ask");
    // 'Jones, star of “The Contest,” said': a title's comma inside its closing mark still closes the appositive
    const titleComma = prev && isQuoteTok(prev) && toks[k - 2]?.text === ",";
    const appositive =
      !form.gerund && prev && (prev.text === "," || prev.text === "—" || titleComma)
        ? appositiveSubject(toks, k)
        : null;
    // "But, said Reyes, “...”": linking words opening the sentence leave the cue as good as its first word
    const leadIn = linkingLeadIn(toks, k);
    if (invertible && !appositive && (!prev || leadIn || prev.text === "," || isQuoteTok(prev) || prev.text === "—")) {
      const right = coordinatedSpeaker(toks, speakerRight(toks, after));
      // "said one aide involved in the talks, who ...": the participle phrase is the speaker's
      const sp = right && withParticiple(toks, right);
      // 'said North Korea's latest “provocation cannot ...”': a quote opening after the phrase makes it a subject
      // (unless a quote closes on the cue: '“...,” said the mayor “and ...”' lacks only its comma)
      const quoteOpens = sp && isQuoteTok(toks[sp.end]) && quoteStartingAt(quotes, toks[sp.end]!.start, 0) !== null;
      // '“...,” said one official with knowledge of the talks': after a quote closing on the cue the
      // inversion is sure, and the phrase may run on past what the speaker rules read
      // (a word or two in quotes is a scare quote inside a subject: 'who calls him a “sociopath,” said he')
      const closing =
        prev && (isQuoteTok(prev) ? prev : prev.text === "," && isQuoteTok(toks[k - 2]) ? toks[k - 2] : null);
      const closed = closing ? quoteEndingAt(quotes, closing.end, 2) : null;
      const afterQuote = !!closed && text.slice(closed.start, closed.end).trim().split(/\s+/).length >= 3;
      const quoteAfter = quoteOpens && !afterQuote;
      const endsClause =
        sp &&
        !quoteAfter &&
        (afterQuote ||
          sp.end >= toks.length ||
          toks[sp.end]!.punct ||
          AFTER_INVERTED.has(toks[sp.end]!.lower) ||
          (toks[sp.end]!.lower === "who" && !nameInApposition(toks, k)));
      if (sp && endsClause) {
        const left = leadIn ? null : prev ? leftContent(toks, k - 1, quotes) : quoteBefore(quotes, range.start, text);
        // 'Said Petrenko, “We will fight on.”': a sentence opening on the cue has its quote after the speaker
        // ...and past a "who" clause about the speaker ('Said Petrenko, who grew up there, “We ...”')
        let sep = sp.end;
        if (toks[sep]?.text === "," && toks[sep + 1]?.lower === "who") {
          let j = sep + 2;
          while (j < toks.length && j - sep <= INSET_RELATIVE_MAX && toks[j]!.text !== "," && !FINAL.has(toks[j]!.text))
            j++;
          if (toks[j]?.text === ",") sep = j;
        }
        const sepTok = toks[sep];
        const opened =
          (!prev || leadIn) &&
          !left &&
          sepTok &&
          (sepTok.text === "," || sepTok.text === ":") &&
          isQuoteTok(toks[sep + 1])
            ? quoteStartingAt(quotes, toks[sep + 1]!.start, 0)
            : null;
        if (opened) {
          const content = { start: opened.start, end: opened.end };
          if (keepListed(h, content)) out.push({ content, cue, speaker: toChars(toks, sp), sentence });
          continue;
        }
        // "However, said Reyes, the bridge is closed.": after linking words the clause past the speaker's
        // comma (and past a "who" clause about the speaker) is what was said, quoted or not
        if (leadIn && toks[sp.end]?.text === ",") {
          let from = sp.end + 1;
          if (toks[from]?.lower === "who") {
            let j = from + 1;
            while (
              j < toks.length &&
              j - from <= INSET_RELATIVE_MAX &&
              toks[j]!.text !== "," &&
              !FINAL.has(toks[j]!.text)
            )
              j++;
            from = toks[j]?.text === "," ? j + 1 : toks.length;
          }
          const end = from < toks.length && !toks[from]!.punct ? contentEnd(toks, from, nextStop) : from;
          if (end - from >= 3) {
            const content = { start: toks[from]!.start, end: toks[end - 1]!.end };
            if (keepListed(h, content)) out.push({ content, cue, speaker: toChars(toks, sp), sentence });
            continue;
          }
        }
        if (left) {
          const content = extendRight(toks, sp.end, left, quotes, range, text, true);
          if (keepListed(h, content)) out.push({ content, cue, speaker: toChars(toks, sp), sentence });
          continue;
        }
      }
    }

    // 'T-shirts that said “We won.”', 'a message that said, “Sorry, ...”': a thing's written words, quoted
    // right after the relative pronoun's verb, are reported with the pronoun as their source
    const written = relativeQuote(toks, k, after, form, quotes);
    if (written) {
      const that = { start: k - 1, end: k, headStart: k - 1, headEnd: k, kind: "relative" as const };
      out.push({ content: written, cue, speaker: toChars(toks, that), sentence });
      continue;
    }
    const left = speakerLeft(toks, k);
    // "The attacks have left 58 percent of farmers saying": the share of respondents is the participle's
    // whole subject, not the clause it is the object of
    const share = form.gerund ? sharePhrase(toks, k) : null;
    let sp =
      (share && (!left || left.start < share.start) ? share : left) ??
      appositive ??
      ((noComplement || circumstance) && !form.np && !form.gerund ? parentheticalSubject(toks, k) : null);
    if (sp && h.form && nounUse(toks, k, h.form, sp)) continue;
    // '“Is he honest?” 75 percent said yes, but ...': a bare yes or no after the verb is the answer given,
    // not the quote before the speaker (that is the question)
    const reply = sp && !h.learned && form.frame === "speech" ? replyAfter(toks, after) : null;
    if (reply) {
      out.push({ content: reply, cue, speaker: toChars(toks, sp!), sentence });
      continue;
    }
    if (sp && !h.learned) {
      // "“...,” she said and hung up": a quote closing just before the speaker is the content.
      const p = sp.start - 1;
      const pt = toks[p];
      let left: Range | null = null;
      if (!pt)
        left =
          noComplement || circumstance || subordinateCircumstance(toks, after)
            ? quoteBefore(quotes, range.start, text)
            : null;
      else if (isQuoteTok(pt) || (pt.text === "," && isQuoteTok(toks[p - 1]))) {
        const q = quoteEndingAt(quotes, pt.end, 2);
        // 'on Fox News Sunday's “Meet the Press,” Issa said Clinton ...': a quoted title is no content
        const title = q && !noComplement && !quoteNext && quotedTitle(text.slice(q.start, q.end));
        // 'Citing “family reasons,” the aide told reporters that ...': a quote inside a phrase opening the
        // sentence is that phrase's, and the "that" after the verb opens what was said
        const inPhrase = q && q.start > range.start + 2 && thatAfterAddressee(toks, after);
        if (!title && !inPhrase) left = clauseOfQuote(q, toks, range);
      }
      if (!left && noComplement && !form.np && pt && (pt.text === "," || pt.text === "—" || pt.text === ":"))
        left = introOrName(toks, p, quotes, k)
          ? null
          : leftContent(toks, p, quotes, adv >= toks.length || FINAL.has(advTok!.text));
      // "Time, Mr. Olsen said, was on their side": a lone word before the speaker is the subject of the
      // clause the verb after the parenthesis resumes
      const lone = pt?.text === "," && p === 1 && !toks[0]!.punct && !isQuoteTok(toks[0]);
      if (
        !left &&
        lone &&
        advTok?.text === "," &&
        RESUMING.has(toks[adv + 1]?.lower ?? "") &&
        toks[adv + 1]!.lower !== "to"
      )
        left = { start: toks[0]!.start, end: toks[0]!.end };
      // "It carries risks, as Clinton supporters point out.", "..., as Dayen noted in The Intercept.": the
      // clause the comparison follows is what was said (also when a quote closes on its comma: '... are
      // “a giveaway to the rich,” as the senator said on Monday')
      if (
        !left &&
        (noComplement || circumstance || (!quoteNext && comparisonCircumstance(toks, after))) &&
        pt?.lower === "as" &&
        ([",", "—"].includes(toks[p - 1]?.text ?? "") || isQuoteTok(toks[p - 1]))
      )
        left = leftContent(toks, p - 1, quotes);
      if (!left && (noComplement || circumstance) && !form.np) {
        // '"...," Harry Bond, 30, of Raleigh, who was polled, said': the quote opening the sentence
        const spStart = toks[sp.start]!.start;
        for (const q of quotes) if (q.end <= spStart && q.start <= range.start + 2 && q.end > range.start) left = q;
      }
      if (left) {
        // '“It is a disgrace,” the mayor said of the bridge vote.': what the words were said of is part of
        // the content (PolNeAR's "said of"), when the phrase closes the sentence (a quote resuming after its
        // comma is extendRight's) and the content is a quote (one the next quote may continue)
        // "said of the marina, which was built in 1988.": a relative clause on the thing spoken of goes with it
        let ofEnd = adv;
        // 'said of the “reform” vote': a scare quote inside the phrase spoken of is part of it
        if (form.lemma === "say" && toks[after]?.lower === "of" && isQuoteTok(toks[adv])) {
          let j = adv;
          while (j < toks.length && j - adv < 15) {
            const t = toks[j]!;
            if (isQuoteTok(t)) {
              const q = quoteStartingAt(quotes, t.start, 0);
              if (!q || text.slice(q.start, q.end).trim().split(/\s+/).length > SCARE_QUOTE_WORDS) break;
              while (j < toks.length && toks[j]!.start < q.end) j++;
              continue;
            }
            if (t.punct && !compoundHyphen(toks, j)) break;
            j++;
          }
          if (j > adv) ofEnd = j;
        }
        if (toks[adv]?.text === "," && SOURCE_RELATIVE.has(toks[adv + 1]?.lower ?? "")) {
          ofEnd = toks.length;
          while (ofEnd > adv && FINAL.has(toks[ofEnd - 1]!.text)) ofEnd--;
          if (toks.slice(adv + 1, ofEnd).some((t) => t.punct || isQuoteTok(t))) ofEnd = adv;
        }
        const end = toks[ofEnd];
        const saidOf =
          form.lemma === "say" &&
          toks[after]?.lower === "of" &&
          adv > after + 1 &&
          (!end || FINAL.has(end.text)) &&
          left.end <= cue.start &&
          quotes.some((q) => q.start === left!.start);
        const content = saidOf
          ? { start: left.start, end: toks[ofEnd - 1]!.end }
          : extendRight(toks, adv, left, quotes, range, text);
        if (keepListed(h, content)) out.push({ content, cue, speaker: toChars(toks, sp), sentence });
        continue;
      }
    }

    let speaker: Attribution["speaker"] = sp ? toChars(toks, sp) : null;
    let subjectStart = -1;
    // where the content is looked for, and the cue's extent: both grow over a hedged report
    let from = after;
    let cueSpan = cue;
    // A participle's subject is the clause's: "she released a statement saying", "in endorsing Ryan",
    // "While saying that ..., he" - unless the phrase before it opens the sentence ("Officials, saying ...").
    const spOpens = sp !== null && (sp.start === 0 || toks[sp.start - 1]!.punct || toks[sp.start - 1]!.lower === "and");
    // "with Sen. Ada Reyes calling it a “half measure”", "after a fresh survey showing": a phrase
    // governed by a preposition is no object of the clause's verb, so what follows it is its own words.
    // "on CNN talking", "in The Post hammering" name where the subject spoke, and are left out.
    const besideCue = sp !== null && (sp.end === k || toks.slice(sp.end, k).every((t) => lyAdverb(t)));
    const governed = form.gerund && sp !== null && sp.end === k ? ofObject(toks, sp, k) : null;
    if (governed) {
      sp = governed;
      speaker = toChars(toks, sp);
    }
    // "with Cruz repeatedly calling": an adverb between the phrase and its participle keeps them together
    const absolute =
      form.gerund &&
      sp !== null &&
      besideCue &&
      sp.kind !== "relative" &&
      sp.kind !== "pronoun" &&
      (GERUND_SUBJECT_AFTER.has(toks[sp.start - 1]?.lower ?? "") || reducedRelative(toks, sp.start, sp.end)) &&
      !spentOn(toks, sp.start);
    // "but she’s not expecting", "Lane was calling": after a form of "be" the -ing form is the clause's
    // own verb, a progressive, and the phrase before it its subject
    // ...and so is "he keeps talking": the -ing form is the complement of a verb of aspect
    const progressive =
      sp !== null &&
      sp.end < k &&
      toks.slice(sp.end, k).some((t) => PROGRESSIVE_BE.has(t.lower) || ASPECTUAL.has(t.lower));
    const participle =
      form.gerund &&
      !absolute &&
      !progressive &&
      (!prev || prev.text === "," || !spOpens || PREPOSITION_BEFORE_GERUND.has(prev.lower));
    if (prev === undefined && form.gerund) {
      const subj = sentenceSubject(toks, toks.length);
      speaker = subj && subj.start > k ? toChars(toks, subj) : null;
      if (!speaker) continue;
    } else if (
      prev &&
      (participle ||
        (!sp && (COORDINATOR.has(overAdverbs(toks, k)?.lower ?? "") || circumstanceAfterCoordinator(toks, k))) ||
        // "... and has called for", "... but did not recommend": the verb group opens with auxiliaries;
        // the subject both verbs share is a source once the verb before has been reported (measured:
        // a verb after a comma with no subject of its own is a main verb often enough without it)
        (!sp &&
          ((coordinatedVerb(toks, k) && out.length > 0) || serialVerb(toks, k, form)) &&
          form.frame !== "evidential" &&
          !isPassive(toks, k, form)))
    ) {
      // "..., adding that" / "and said": the main clause's subject speaks (the last speaker of this sentence).
      // A participle follows the last speaker ("he said, adding"); a coordinated verb shares the sentence's subject.
      const last = out[out.length - 1];
      const subj = sentenceSubject(toks, k);
      const subjChars = subj ? toChars(toks, subj) : null;
      // ", going on to say" follows the last speaker as a participle does
      const participial = form.gerund || toks[goesOnAt(toks, k)]?.lower === "going";
      // "the sheriff charged him and the mayor fired his deputy, acknowledging": a participle follows the clause it closes
      const lastCue = last ? toks.findIndex((t) => t.start >= last.cue.start) : 0;
      const clause =
        participial && afterComma(toks, k)
          ? coordinatedSubject(toks, Math.max(0, lastCue), k)
          : form.gerund && prev.lower === "by"
            ? (meansSubject(toks, Math.max(0, lastCue), k) ?? relativeParticipleSubject(toks, k))
            : participial && form.gerund
              ? relativeParticipleSubject(toks, k)
              : !participial && !sp
                ? (relativeClauseSubject(toks, k) ?? subordinateSubject(toks, k) ?? pronounClauseSubject(toks, k))
                : null;
      // 'After the crowd chanted "lock him up," the mayor paused, saying': the last cue sits in the opening clause
      const lastOpens = !!last && !!subj && last.cue.end <= toks[subj.start]!.start;
      // "Mr. Lopez, who said last week ..., issued a statement saying": a participle after the main verb
      // follows the main clause's subject, not the relative pronoun of the clause that interrupted it
      const lastRelative =
        !!last?.speaker &&
        last.speaker.kind === "relative" &&
        !!subjChars &&
        subjChars.span.end <= last.speaker.span.start &&
        (mainVerbBetween(toks, last.cue.end, k) || objectRelative(toks, subj!, last.speaker.span.start, k));
      // "..., while Gibbs, the former governor, proposed a new tax and said": the verb the coordinated one
      // joins, whose content runs over it, has the subject both share, not the sentence's first clause
      const joined =
        !participial &&
        !!last?.speaker &&
        !!subjChars &&
        subjChars.span.end <= last.speaker.span.start &&
        last.cue.end <= cue.start &&
        last.content.start < cue.start &&
        cue.end <= last.content.end &&
        // ...when that verb is no report nested in another's content ("X says Y promised ... and said")
        !out.some((o) => o !== last && o.content.start <= last.cue.start && last.cue.end <= o.content.end);
      speaker = clause
        ? toChars(toks, clause)
        : participial && !lastOpens
          ? ((lastRelative ? subjChars : last?.speaker) ?? subjChars)
          : joined
            ? last!.speaker
            : (subjChars ?? last?.speaker ?? null);
      // "She declared “What a night!” and said ...", split by the sentence splitter after the quote
      if (!speaker && k <= 1) speaker = carry;
      if (!speaker) continue;
    } else if (form.frame === "evidential" || isPassive(toks, k, form)) {
      // "The mayor appeared to be headed for a runoff", "The council is expected to approve": the writer's
      // impression or an unnamed holder; the subject is part of what is reported, not its source.
      const by =
        toks[after]?.lower === "by"
          ? speakerRight(toks, after + 1)
          : form.frame === "evidential"
            ? null
            : laterAgent(toks, after);
      speaker = by ? toChars(toks, by) : null;
      // "Rubio seemed to urge the opposite tactic": a report hedged by the writer is still the subject's
      const report = !by && sp && form.frame === "evidential" ? hedgedReport(toks, after) : -1;
      if (report > 0 && sp) {
        speaker = toChars(toks, sp);
        from = report;
        cueSpan = { start: cue.start, end: toks[report - 1]!.end };
      } else subjectStart = passiveSubjectStart(toks, sp ? sp.start : verbGroupStart(toks, k), k);
    } else if (!speaker && thatInfinitive(toks, k, after, form) >= 0) {
      // "trying to tell the voters that", "tried to convince the judges that": the infinitive's subject is
      // the clause's subject
      const to = thatInfinitive(toks, k, after, form);
      const holder = sentenceSubject(toks, to);
      // "It is fair to tell them that": an expletive subject holds no view
      speaker =
        holder && holder.end <= to && !(holder.end - holder.start === 1 && EXPLETIVE.has(toks[holder.start]!.lower))
          ? toChars(toks, holder)
          : null;
      if (!speaker) continue;
    } else if (!speaker) {
      // "Many mourners at the church — including ... — said", "all the farmers I spoke to said", "Cruz
      // has backed it - at one point ... - but has since said": a subject the phrase rules cannot read
      // (dashes, a relative clause without its pronoun, a long verb group) is still the sentence's
      // subject when a plain "said" or "told" has a complement of its own and opens no subordinate clause
      const subj = plainReport(toks, k, form) && !noComplement ? sentenceSubject(toks, k) : null;
      // "Few would admit it, but Murphy (...) says": a clause joined after a comma has a subject of its own
      const ownClause = (j: number) =>
        SUBORDINATE_OPENER.has(toks[j]!.lower) ||
        (CLAUSE_CONJUNCTION.has(toks[j]!.lower) && toks[j - 1]?.text === "," && opensSubject(toks[j + 1]));
      if (!subj || subj.end > k) continue;
      let own = false;
      for (let j = subj.end; j < k && !own; j++) own = ownClause(j);
      if (own) continue;
      speaker = toChars(toks, subj);
    }

    if (cover >= 0) speaker = out[cover]!.speaker;
    // "As Olsen noted in The Ledger, the tax is a relic": the clause after the comparison's comma is what was said
    if (sp && toks[sp.start - 1]?.lower === "as" && toks.slice(0, sp.start - 1).every((t) => t.punct)) {
      let c = from;
      while (c < toks.length && c - from < CIRCUMSTANCE_MAX && toks[c]!.text !== "," && !toks[c]!.punct) c++;
      if (toks[c]?.text === "," && (c === from || circumstanceOnly(toks, from))) from = c + 1;
    }
    // Content to the right: from "that" when it comes soon, else right after the cue.
    let s = from;
    const reach = form.np ? 1 : 10;
    for (let i = from; i < toks.length && i - from < reach; i++) {
      const t = toks[i]!;
      // "through that contest", "despite all that,": a demonstrative, no complementizer
      const demonstrative =
        t.lower === "that" &&
        (DEMONSTRATIVE_BEFORE.has(toks[i - 1]?.lower ?? "") || FINAL.has(toks[i + 1]?.text ?? "."));
      if (demonstrative) break;
      // "hoping to dodge every blunder that could ...": the infinitive is the complement, the "that" a relative in it
      // (one right after the cue too: "hoping to dodge every blunder that"), unless the infinitive is the
      // report itself ("continued to argue that")
      const verb = toks[i + 1];
      if (
        t.lower === "to" &&
        verb &&
        INFINITIVE_VERB.test(verb.text) &&
        (i > from || (!lex().cues.has(verb.lower) && toks[i + 2]?.lower !== "that"))
      )
        break;
      if (t.lower === "that") {
        // "emphasized the threat that terrorism poses": after a noun phrase object the "that" opens a
        // relative clause or the noun's complement, and the content is the whole phrase; an addressee
        // ("told the crowd that") or a time ("said this week that") is no part of it
        const object =
          i > from &&
          form.frame !== "object" &&
          OBJECT_DETERMINER.has(toks[from]!.lower) &&
          skipSayingTime(toks, from) === from &&
          toks.slice(from, i).every((x) => !x.punct);
        s = object ? from : i;
        break;
      }
      if (FINAL.has(t.text) || t.text === ";" || isQuoteTok(t) || t.text === ":") break;
      if (SKIP_STOP.has(t.lower) && !placeComma(toks, i)) break;
      // "said the group could come back with that request": a clause began; "that" is no complementizer
      if (CLAUSE_WORD.has(t.lower) || (!t.cap && /(?:ed|ing)$/.test(t.lower) && !nounInPhrase(toks, i))) break;
    }
    if (s === from && !form.np) s = skipSayingTime(toks, s);
    if (s === from && form.frame === "object") s = addresseeBeforeClause(toks, s);
    if (s === from && !form.np) s = messageBeforeClause(toks, s);
    while (s < toks.length && toks[s]!.punct && !isQuoteTok(toks[s])) s++;
    let e = contentEnd(toks, s, nextStop);
    // "He said Tuesday.": a time alone is when something was said, not what
    if (s < e && skipSayingTime(toks, s) === s && sayingTimeOnly(toks, s, e)) continue;
    // an object content ends where the sentence goes on in a clause of its own
    if (form.np && s < e && toks[s]!.lower !== "that" && !isQuoteTok(toks[s])) e = objectEnd(toks, s, e, quotes);
    // the cue is judged on this content: the clause ends below move where it stops, not whether it is one
    const offered = e;
    // an infinitive has no subject of its own: ", and he ..." after it is the narrator's clause, not more of it
    if (s < e && toks[s]!.lower === "to" && INFINITIVE_VERB.test(toks[s + 1]?.text ?? ""))
      e = infinitiveEnd(toks, s, e, quotes);
    if (s < e) e = quotedContentEnd(toks, s, e, quotes);
    if (s < e) e = subordinateEnd(toks, k, form.gerund, s, e, quotes);
    // "Soon after the mayor said the bridge was safe, it collapsed": the same, opened mid-sentence
    if (s < e && sp && subjectStart < 0 && !toks.slice(sp.start, k).some((t) => t.punct))
      e = afterSubordinatorEnd(toks, sp.start, s, e, quotes);
    if (s < e && relativeCue(toks, k)) e = relativeEnd(toks, s, e, quotes);
    // "The governor, citing the cost, said ...": a participle set off right after its subject is an aside
    // that closes at the comma before the subject's own report
    if (s < e && form.gerund && afterComma(toks, k) && asideOnSubject(toks, k))
      e = asideBeforeReportEnd(toks, s, e, quotes);
    if (s < e) e = parentheticalEnd(toks, k, s, e);
    if (subjectStart >= 0 && e > s) {
      s = subjectStart;
      e = afterSubordinatorEnd(toks, s, s, e, quotes);
    }
    // "which he said had harmed the economy": the relative pronoun opens the content
    if (sp && e > s && s === from && sp.start >= 1 && ["which", "that", "who"].includes(toks[sp.start - 1]!.lower))
      s = sp.start - 1;
    let content: Range | null = e > s ? { start: toks[s]!.start, end: toks[e - 1]!.end } : null;
    if (!content) {
      // "X said:" closing the sentence: the quote that follows is the content; '"...," X, D-Ky., said.'
      // has its own quote opening the sentence
      const opening = isQuoteTok(toks[0]) ? quoteStartingAt(quotes, toks[0]!.start, 0) : null;
      const next = quoteStartingAt(quotes, range.end, 4);
      const q = opening && opening.end <= cue.start ? opening : next && !attributedInline(next, text) ? next : null;
      if (q) content = { start: q.start, end: q.end };
      else if (speaker) content = paragraphAfterColon(toks, after, range, text);
    } else {
      content = widen(content);
      // "said in a statement:" over a quote in the next paragraph: the quote is the content
      const intro = text.slice(content.end - 1, content.end) === ":" ? quoteStartingAt(quotes, content.end, 8) : null;
      if (intro && /^\s*$/.test(text.slice(content.end, intro.start))) {
        // "said that given the crop of candidates: “...”" keeps its clause; "in a statement:" is no content
        const clause = /^that\b/i.test(text.slice(content.start, content.end));
        content = { start: clause ? content.start : intro.start, end: intro.end };
      }
      // The quote opened right here continues past the sentence: take it whole.
      const q = quoteStartingAt(quotes, content.start, 0);
      if (q && q.end > content.end) content = { start: content.start, end: q.end };
    }
    if (!content) continue;
    const judged =
      offered > e && e > s ? { start: content.start, end: Math.max(content.end, toks[offered - 1]!.end) } : content;
    // a learned cue is reported only with its source
    if (h.learned) {
      if (speaker && (!learned?.content || learned.content(toks, k, judged)))
        out.push({ content, cue, speaker, sentence, learned: true });
      continue;
    }
    if (keepListed(h, judged)) out.push({ content, cue: cueSpan, speaker, sentence });
  }
  const intro = colonIntro(toks, quotes, text, sentenceSubject);
  if (intro && !out.some((a) => a.content.start < intro.content.end && intro.content.start < a.content.end))
    out.push({ content: intro.content, cue: intro.cue, speaker: toChars(toks, intro.speaker), sentence });
  endAtCoordinatedReport(toks, out);
  pointOfView(toks, sentence, quotes, out);
  const respondents = surveyRespondents(toks);
  if (respondents)
    for (const a of out)
      if (a.speaker && a.speaker.head.start >= respondents.share.start && a.speaker.head.start < respondents.share.end)
        a.speaker = { span: respondents.source, head: respondents.source, kind: "description" };
  return [...out, ...ownNominals(heading(), nominal)];
}

const PLAIN_FINITE_REPORT = /^(?:said|says|told|tells)$/;

/** A finite verb form, or an auxiliary opening a finite verb group ("has said", "did not name"). */
const finiteCue = (w: string) => pastForm(w) || presentForm(w) || finiteAuxiliary(w);

/**
 * "Olsen thanked the volunteers and said the fair would return": a plain finite "said"/"told" joined to
 * a finite report with the same subject is a second attribution, and the first one's content ends before
 * the coordinator; run over it, the first content matches neither. Measured on PolNeAR: with any finite
 * cue second ("and predicted", "but downplayed") the gold keeps the two as one content more often than not
 * (4 documents gained, 12 lost); with "said"/"told" second, 2 gained and none lost.
 */
function endAtCoordinatedReport(toks: readonly Tok[], out: Attribution[]): void {
  const at = (pos: number) => toks.findIndex((t) => t.start >= pos);
  const sameSpeaker = (a: Attribution, b: Attribution) =>
    !!a.speaker &&
    !!b.speaker &&
    a.speaker.head.start === b.speaker.head.start &&
    a.speaker.head.end === b.speaker.head.end;
  for (const a of out) {
    if (a.cue.end > a.content.start || !a.speaker) continue;
    const ka = at(a.cue.start);
    if (ka < 0 || !finiteCue(toks[ka]!.lower)) continue;
    const s = at(a.content.start);
    for (const b of out) {
      if (b === a || b.cue.start <= a.content.start || b.cue.end > a.content.end || b.content.start < b.cue.end)
        continue;
      if (!sameSpeaker(a, b) || b.content.end < a.content.end) continue;
      const kb = at(b.cue.start);
      if (kb < 0 || !PLAIN_FINITE_REPORT.test(toks[kb]!.lower) || !coordinatedVerb(toks, kb)) continue;
      // the coordinator before the second verb group, and a comma before it
      let e = kb - 1;
      while (e > s && !COORDINATORS.has(toks[e]!.lower)) e--;
      while (e > s && toks[e - 1]!.text === ",") e--;
      if (e <= s) continue;
      a.content = { start: a.content.start, end: toks[e - 1]!.end };
      break;
    }
  }
}

/** Words after which "that" is a demonstrative: "through that contest", "despite all that". */
const DEMONSTRATIVE_BEFORE = new Set(["through", "for", "of", "all", "about", "on", "with", "whether", "at", "from"]);

/**
 * An -ing word that is no verb but a noun or an adjective inside a phrase saying where or when the
 * words were said: "during", a named occasion ("at a Monday evening vigil", "at the hearing"), or a word
 * right after a determiner ("in his closing statement", "at a fundraising dinner").
 */
function nounInPhrase(toks: readonly Tok[], i: number): boolean {
  const w = toks[i]!.lower;
  if (w === "during" || OCCASION.has(w)) return true;
  return w.endsWith("ing") && OBJECT_DETERMINER.has(toks[i - 1]?.lower ?? "");
}

/**
 * A comma inside a place's name ("said in Tulsa, Oklahoma, that", "in Albany, New York, that"): between
 * two capitalized words, or closing a capitalized run that a comma opened.
 */
function placeComma(toks: readonly Tok[], i: number): boolean {
  if (toks[i]!.text !== "," || !toks[i - 1]?.cap) return false;
  if (toks[i + 1]?.cap && !toks[i + 1]!.punct) return true;
  let j = i - 1;
  while (j > 0 && toks[j]!.cap && !toks[j]!.punct) j--;
  return j < i - 1 && toks[j]!.text === "," && toks[i + 1]?.lower === "that";
}

/** A lowercase word after "to" that may be an infinitive's verb (no determiner or pronoun reads so in practice). */
const INFINITIVE_VERB =
  /^(?!the$|a$|an$|his$|her$|their$|its$|that$|this$|these$|those$|me$|him$|them$|us$|you$|reporters$|voters$)[a-z]+$/;

/** Determiners opening a noun phrase object before "that": "the threat that", "a claim that". */
const OBJECT_DETERMINER = new Set(["the", "a", "an", "his", "her", "their", "its", "these", "those", "our", "my"]);

/** Subjects that stand for no one: "it is fair to tell them that", "there is no need to remind them that". */
const EXPLETIVE = new Set(["it", "there", "that", "this"]);

/** The most words between an infinitive's addressee-taking cue and its "that" ("to tell the farmers of the valley that"). */
const INFINITIVE_OBJECT_MAX = 4;

/**
 * "trying to tell the voters that ...", "to convince the judges that ...": a reporting verb that takes
 * its addressee before a "that" clause, in the infinitive. Returns the index of "to", or -1. Measured on
 * PolNeAR (train and dev) outside quotes: a gold attribution about half the time, where "to say that" and
 * the like are one about a fifth of the time with the source they would take.
 */
function thatInfinitive(toks: readonly Tok[], k: number, after: number, form: CueForm): number {
  if (form.frame !== "object" || form.np || form.gerund) return -1;
  let to = k - 1;
  if (toks[to] && /^[a-z]+ly$/.test(toks[to]!.text)) to--;
  if (to < 1 || toks[to]!.lower !== "to") return -1;
  for (let i = after + 1; i < toks.length && i - after <= INFINITIVE_OBJECT_MAX; i++) {
    const t = toks[i]!;
    if (t.lower === "that") return toks[i + 1] && !toks[i + 1]!.punct ? to : -1;
    if (t.punct || isQuoteTok(t) || SUBORDINATE_OPENER.has(t.lower)) return -1;
  }
  return -1;
}

/**
 * "The firm responded by saying it had fixed the leak": a participle of saying after "by" names how the
 * subject spoke, and a clause with a subject and a finite verb after it is plainly what was said. The cue
 * model, which sees no subject next to the participle, would veto it; the clause is kept over its veto.
 */
function meansClause(toks: readonly Tok[], k: number, form: CueForm, content: Range): boolean {
  if (!form.gerund || toks[k - 1]?.lower !== "by") return false;
  let first = k + 1;
  while (first < toks.length && toks[first]!.start < content.start) first++;
  if (toks[first]?.lower === "that") first++;
  let end = first;
  while (end < toks.length && toks[end]!.end <= content.end) end++;
  return opensSubject(toks[first]) && finiteBefore(toks, first + 1, end);
}

/**
 * "told reporters the bridge would reopen", "told the council it had run out of money": with no "that",
 * the addressee stands between the cue and the clause told, and is no part of it. The clause must open
 * on a determiner or a pronoun and reach a finite verb soon, or the words may be one noun phrase.
 */
const DEFINITE = new Set(["the", "his", "her", "their", "its", "our", "my", "your"]);
function addresseeBeforeClause(toks: readonly Tok[], i: number): number {
  const lx = lex();
  const t = toks[i];
  const noun = toks[i + 1];
  // "read a letter she wrote": after an indefinite object the clause may be its relative
  const definite = !!t && !!noun && DEFINITE.has(t.lower) && !noun.cap && !noun.punct && !NOUN_DET.has(noun.lower);
  if (!t || !(lx.addressees.has(t.lower) || definite)) return i;
  const j = lx.addressees.has(t.lower) ? i + 1 : i + 2;
  return clauseAt(toks, j) ? j : i;
}

/**
 * "told POLITICO that", "told reporters that", "said that": a "that" right after the verb or after a short
 * addressee opens the reported clause ("that day" is a time).
 */
function thatAfterAddressee(toks: readonly Tok[], after: number): boolean {
  const lx = lex();
  let j = after;
  while (j < toks.length && j - after < 4 && !toks[j]!.punct && (toks[j]!.cap || lx.addressees.has(toks[j]!.lower)))
    j++;
  const next = toks[j + 1];
  return toks[j]?.lower === "that" && !!next && !next.punct && !TIME_AFTER_THAT.has(next.lower);
}
const TIME_AFTER_THAT = new Set("day night morning afternoon evening week month year time".split(" "));

/** A clause opens at j: a determiner or a personal pronoun, and a finite auxiliary within a few words. */
function clauseAt(toks: readonly Tok[], j: number): boolean {
  const subj = toks[j];
  const pronoun = lex().pronouns.get(subj?.lower ?? "");
  if (!subj || !(NOUN_DET.has(subj.lower) || (pronoun && pronoun !== "relative"))) return false;
  for (let v = j + 1; v < toks.length && v <= j + 4; v++) {
    const w = toks[v]!;
    if (w.punct || w.cap) return false;
    if (RESUMING.has(w.lower) && w.lower !== "to") return true;
  }
  return false;
}

/**
 * "said in a statement the pool was closed": the message the words were put out in is where they were
 * said, not part of them, when a clause with no "that" follows it.
 */
function messageBeforeClause(toks: readonly Tok[], i: number): number {
  const det = toks[i + 1];
  const noun = toks[i + 2];
  if (toks[i]?.lower !== "in" || !det || !noun || !NOUN_DET.has(det.lower) || !lex().messages.has(noun.lower)) return i;
  return clauseAt(toks, i + 3) ? i + 3 : i;
}

/** Words opening a clause whose verb is not the main clause's: "although history says", "that courts said". */
const SUBORDINATE_OPENER = new Set("although though because if unless whereas that which".split(" "));

/** A word that opens a noun phrase or is one: "but Sen. Murphy says", "and the mayor said", not "but now said". */
function opensSubject(t: Tok | undefined): boolean {
  return !!t && (t.cap || NOUN_DET.has(t.lower) || lex().pronouns.has(t.lower));
}

/**
 * A finite "said", "says", "say", "told", "tells", "tell" that reports on its own: no infinitive ("hard to say"), no
 * relative pronoun before it ("a rule that says"), no inversion after a comma or a quote ("..., said X").
 */
function plainReport(toks: readonly Tok[], k: number, form: CueForm): boolean {
  const prev = toks[k - 1];
  if (form.gerund || !prev || !/^(?:said|says|say|told|tells|tell)$/.test(toks[k]!.lower)) return false;
  return prev.lower !== "to" && prev.text !== "," && !isQuoteTok(prev) && !RELATIVE_OR_THAT.has(prev.lower);
}

/**
 * "X said A, called B “third-rate” and boycotted C": a finite cue after a comma, with no subject of its
 * own, continues the series of the verb before it and shares its subject.
 */
function serialVerb(toks: readonly Tok[], k: number, form: CueForm): boolean {
  // '"...," she said, going on to say that': the participle's series
  const g = goesOnAt(toks, k);
  if (g > 0 && toks[g]!.lower === "going") return toks[g - 1]!.text === ",";
  if (form.gerund || toks[k - 1]?.text !== ",") return false;
  // "than, say, a flat tax": a bare form after a comma is no finite verb of the series
  const w = toks[k]!.lower;
  return !w.endsWith("ing") && w !== form.lemma.split(" ")[0];
}

/** "In Bolton's view, the deal is dead": the holder of the view is the source, unless a cue read the clause already. */
function pointOfView(toks: readonly Tok[], sentence: number, quotes: readonly QuoteSpan[], out: Attribution[]): void {
  const pov = perspective(toks, (t) => insideQuote(quotes, t));
  if (!pov || out.some((a) => a.content.start < pov.content.end && pov.content.start < a.content.end)) return;
  out.push({
    content: pov.content,
    cue: pov.cue,
    speaker: { span: pov.source, head: pov.source, kind: "name" },
    sentence,
  });
}

/**
 * "Cruz repeated his promise to repeal ...", "Marsh said the plan could be imperiled by his endorsement of
 * Ortiz": a stance noun inside the content another cue reads is part of what that cue reports, whether it
 * heads the content or sits deeper in it; PolNeAR annotates the outer attribution and does not nest the
 * noun's. (Measured on the training split: under a third of such nested nouns were annotated.)
 */
function ownNominals(out: readonly Attribution[], nominal: Attribution[]): Attribution[] {
  if (out.length === 0) return nominal;
  return nominal.filter(
    (n) =>
      // "rejected claims by rival groups that ...": an agent after the noun holds a stance of its own
      (n.speaker && n.speaker.span.start > n.cue.end) ||
      !out.some((a) => a.content.start <= n.cue.start && n.cue.end <= a.content.end),
  );
}

/**
 * "Dana Whitlow, a union delegate from Tulsa, said the walkout ...": the sentence
 * opens with its subject and an appositive, so the comma before the cue closes the appositive, not
 * a content ("..., said Harvey"). Quoted words before the cue leave the inverted reading open.
 */
function appositiveSubject(toks: readonly Tok[], k: number): SpeakerPhrase | null {
  // "Even as the talks move to Geneva, a city ..., the truce will be fragile, said X": the subject found
  // belongs to the opening subordinate clause, and the comma before the cue ends the content
  if (opensSubordinate(toks, k)) return null;
  const subj = sentenceSubject(toks, k);
  if (!subj || toks[subj.end]?.text !== ",") return null;
  return titlesOnly(toks, k) ? subj : null;
}

/** The most words a quoted title holds: “Going Viral,”, “Meet the Press”. */
const TITLE_WORDS_MAX = 5;

/**
 * Whether every quote before token k is a short title in capitals ('the co-author of “Going Viral,”'),
 * which names a work inside a phrase and quotes no one.
 */
function titlesOnly(toks: readonly Tok[], k: number): boolean {
  for (let i = 0; i < k; i++) {
    if (!isQuoteTok(toks[i])) continue;
    let j = i + 1;
    while (j < k && !isQuoteTok(toks[j])) j++;
    if (j >= k) return false;
    const words = toks.slice(i + 1, j).filter((t) => !t.punct);
    if (words.length === 0 || words.length > TITLE_WORDS_MAX || !words.every((t) => t.cap)) return false;
    i = j;
  }
  return true;
}

/**
 * "The senator's former chief of staff, Ellen Marsh, said the aide who ...": a name set
 * off by commas right before the cue, with no quote before it, names the subject; the phrase after the
 * cue opens the content, however much "said the woman who" reads like an inverted speaker.
 */
function nameInApposition(toks: readonly Tok[], k: number): boolean {
  if (toks[k - 1]?.text !== ",") return false;
  let j = k - 2;
  while (j >= 0 && toks[j]!.cap && !toks[j]!.punct) j--;
  if (j === k - 2 || j < 1 || toks[j]!.text !== ",") return false;
  for (let i = 0; i < k; i++) if (isQuoteTok(toks[i])) return false;
  return true;
}

/**
 * 'The governor would need to "meet them halfway," Ortega said': a quote that closes a clause begun in plain
 * words is part of that clause's content, from the sentence start.
 */
function clauseOfQuote(q: Range | null, toks: readonly Tok[], range: Range | null): Range | null {
  if (!q) return null;
  let a = 0;
  while (a < toks.length && toks[a]!.punct && !isQuoteTok(toks[a])) a++;
  const first = toks[a];
  if (!first || first.start >= q.start) return { start: q.start, end: q.end };
  if (range && first.start < range.start) return { start: q.start, end: q.end };
  // only when the words before the quote hold no attribution of their own
  for (let i = a; i < toks.length && toks[i]!.start < q.start; i++) {
    const t = toks[i]!;
    if (t.text === ":" || (lex().cues.has(t.lower) && !t.cap)) return { start: q.start, end: q.end };
  }
  return { start: first.start, end: q.end };
}

/** Words opening an adverbial before the subject: "In Nevada, he reminded", "Last month, experts warned". */
const INTRO_WORD = new Set("in at on by for with like after before during since earlier later".split(" "));
/** "Last month,", "These days,": a demonstrative opens an adverbial only before a time noun ("This campaign, he says, is"). */
const INTRO_TIME = new Set("last this these next".split(" "));
const TIME_NOUN = new Set(
  "week weeks month months year years days day morning night time summer fall spring winter weekend".split(" "),
);

/**
 * "Last month, a group of experts warned", "Sam Lau, the party's spokesman, said in a statement.": a
 * short unquoted stretch before the speaker that opens with an adverbial word, or is a name standing
 * before its appositive, is no content of its own.
 */
function introOrName(toks: readonly Tok[], p: number, quotes: readonly QuoteSpan[], k = -1): boolean {
  let a = 0;
  while (a < p && toks[a]!.punct && !isQuoteTok(toks[a])) a++;
  const n = p - a;
  if (n < 1 || n > 4) return false;
  for (let i = a; i < p; i++) if (isQuoteTok(toks[i]) || insideQuote(quotes, toks[i]!)) return false;
  if (INTRO_WORD.has(toks[a]!.lower)) return true;
  if (INTRO_TIME.has(toks[a]!.lower) && TIME_NOUN.has(toks[a + 1]?.lower ?? "")) return true;
  for (let i = a; i < p; i++) if (!toks[i]!.cap && toks[i]!.text !== ".") return false;
  // a name right before an appositive speaker: "Sam Lau, the communications director ..., said"; a lone
  // word is one only when the appositive closes on its comma ("Sorry, the mayor said." is an answer)
  if (n === 1 && k >= 0 && toks[k - 1]?.text !== ",") return false;
  return toks[p + 1] !== undefined && !toks[p + 1]!.cap;
}

/** Words that open a sentence as its time, not as what was said: "Yesterday, he said." */
const LONE_TIME = new Set("yesterday today tonight first finally later earlier afterward afterwards".split(" "));

/**
 * "Sorry, Sanders said.", "No, the mayor said.": a single word before the speaker, with nothing after
 * the verb, is the whole answer, unless it is a connective or a time ("However, he said." is no report).
 */
function loneAnswer(t: Tok): boolean {
  if (t.punct || isQuoteTok(t) || LONE_TIME.has(t.lower)) return false;
  return REPLY.has(t.lower) || !lex().functionWords.has(t.lower);
}

/** The longest phrase a speaker's name stands in apposition to before it: "the assailant", "the city's mayor". */
const APPOSITION_MAX = 3;

/** Content left of the attribution ending at token p (a comma, a closing mark): a whole quote or the clause. */
function leftContent(toks: readonly Tok[], p: number, quotes: readonly QuoteSpan[], lone = false): Range | null {
  const pt = toks[p]!;
  const q = clauseOfQuote(quoteEndingAt(quotes, isQuoteTok(pt) ? pt.end : pt.start, 2), toks, null);
  if (q) return q;
  let a = 0;
  while (a < p && toks[a]!.punct && !isQuoteTok(toks[a])) a++;
  let b = p;
  while (b > a && (toks[b - 1]!.text === "," || toks[b - 1]!.text === "—")) b--;
  if (b - a < 2 && !(lone && b - a === 1 && loneAnswer(toks[a]!))) return null;
  const start = toks[a]!.start;
  const end = toks[b - 1]!.end;
  // a quote that opened in an earlier sentence and closes here
  for (const qq of quotes)
    if (qq.start < start && qq.end >= end && qq.end <= pt.end + 1) return { start: qq.start, end: qq.end };
  // '“We won,” the mayor, Ivan Petrenko, said': a quote closing on its comma before a short phrase set off
  // by the speaker's comma leaves that phrase to the speaker (its apposition)
  const whole = quotes.find((qq) => qq.start === start && qq.end < end);
  if (whole) {
    const close = toks.findIndex((x) => x.end === whole.end);
    let n = 0;
    for (let i = close + 1; i < b; i++) n = toks[i]!.punct ? APPOSITION_MAX + 1 : n + 1;
    if (close > a && toks[close - 1]!.text === "," && n >= 1 && n <= APPOSITION_MAX) return whole;
  }
  // '“They fled. Nobody stayed” in those years, he said': or closes inside the clause
  const opened = quotes.find((qq) => qq.start < start && start < qq.end);
  return { start: opened ? opened.start : start, end };
}

/** "“A,” he said, “B.”": the attribution interrupts one quote; the content runs on past it. */
function extendRight(
  toks: readonly Tok[],
  i: number,
  left: Range,
  quotes: readonly QuoteSpan[],
  sentence: Range,
  text: string,
  inverted = false,
): Range {
  const t = toks[i];
  if (t?.text === ";" && i + 1 < toks.length) {
    // "These were no oversights, Brafman noted; the government had ...": the clause after the semicolon
    // goes on with what was said
    let e = toks.length;
    while (e > i + 1 && FINAL.has(toks[e - 1]!.text)) e--;
    if (e > i + 2) return { start: left.start, end: Math.min(sentence.end, toks[e - 1]!.end) };
  }
  if (!t || t.text !== ",") {
    // "he said. “B”" in the same paragraph is not extended: a new sentence may begin a new thought.
    return left;
  }
  let n = toks[i + 1];
  if (!n) return left;
  // "“A,” he said, and “B.”"
  if ((n.lower === "and" || n.lower === "but") && isQuoteTok(toks[i + 2])) n = toks[i + 2]!;
  const q = quoteStartingAt(quotes, n.start, 0);
  // "..., he said in his memoir, “Dry Years.”": after an unquoted content a quoted title is no continuation
  const quotedLeft = quotes.some((x) => x.end === left.end);
  if (q && (quotedLeft || !quotedTitle(text.slice(q.start, q.end)))) return { start: left.start, end: q.end };
  // '"The risk," said Edward Leamer, an economist ..., "is that ..."': a quote closing on a comma resumes later
  if (/,\s*(?:[”"]|'')$/.test(text.slice(left.start, left.end))) {
    for (const r of quotes) {
      if (r.start <= n.start || r.start >= sentence.end) continue;
      // '..., Graham said on MSNBC, adding, “...”': the quote is the participle's own content; after
      // "referring to the excuse, “you ...”" the first quote resumes
      const open = toks.findIndex((x) => x.start === r.start);
      const before = toks[open - 1]?.text === "," ? toks[open - 2] : toks[open - 1];
      if (before && before.lower.endsWith("ing") && lex().cues.has(before.lower)) return left;
      return { start: left.start, end: r.end };
    }
  }
  // "The US, he said, must lead": only an unquoted clause runs on; after a quote the rest is the speaker's
  // tail, unless the quote is the subject of a verb that follows ("“Only you,” she said, would use ...")
  if (quotes.some((x) => x.start === left.start || x.end === left.end)) {
    if (!/,\s*(?:[”"]|'')$/.test(text.slice(left.start, left.end)) || !RESUMING.has(n.lower)) return left;
    let e = toks.length;
    while (e > i + 1 && (FINAL.has(toks[e - 1]!.text) || toks[e - 1]!.text === ",")) e--;
    return e > i + 1 ? { start: left.start, end: Math.min(sentence.end, toks[e - 1]!.end) } : left;
  }
  // "He may not electrify a room, they say, but he is still ...": the contrast is the speaker's too,
  // unless the speaker goes on to act ("..., he said, and added that")
  const coordinated =
    (n.lower === "and" || n.lower === "but") &&
    toks[i + 2] !== undefined &&
    !toks[i + 2]!.punct &&
    !lex().cues.has(toks[i + 2]!.lower);
  // "The truce will hold, said Omar Haddad, an analyst at ...": after an inverted speaker the comma opens
  // the speaker's apposition; the clause resumes on a verb, right away ("The US, said X, must lead") or
  // past the apposition ("The problem, said X, an analyst, is ..."; "..., said X, a banker, the mill wants")
  if (inverted && !RESUMING.has(n.lower) && n.lower !== "and" && n.lower !== "but") {
    let c = i + 1;
    while (c < toks.length && toks[c]!.text !== "," && !FINAL.has(toks[c]!.text)) c++;
    const r = toks[c + 1];
    const resumes =
      toks[c]?.text === "," &&
      r !== undefined &&
      (RESUMING.has(r.lower) || (r.cap && !r.punct && toks[c + 2] !== undefined && /^[a-z]/.test(toks[c + 2]!.text)));
    if (!resumes) return left;
  }
  if (
    !n.punct &&
    !lex().cues.has(n.lower) &&
    (coordinated || !["and", "but", "who", "which", "as"].includes(n.lower))
  ) {
    let e = toks.length;
    while (e > i + 1 && (FINAL.has(toks[e - 1]!.text) || toks[e - 1]!.text === ",")) e--;
    if (e > i + 1) return { start: left.start, end: Math.min(sentence.end, toks[e - 1]!.end) };
  }
  return left;
}
