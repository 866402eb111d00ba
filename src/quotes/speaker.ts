import { lex } from "./lexicon.js";
import { surveyNoun } from "./survey.js";
import type { Tok } from "./tokens.js";
import { asideDash, DASHES, isQuoteTok, lyAdverb, POSSESSIVE } from "./tokens.js";

/** A speaker phrase found next to a cue: token indexes [start, end) and its head (the naming part). */
export interface SpeakerPhrase {
  start: number;
  end: number;
  headStart: number;
  headEnd: number;
  kind: "name" | "pronoun" | "relative" | "description";
}

/** Words that sit between a subject and its verb: auxiliaries, adverbs, and times ("on Monday"). */
const BETWEEN = new Set(
  (
    "has have had will would could can may might must should shall did does do is was are were be been being " +
    "also further then later previously again once never not n't n’t still even just repeatedly already recently " +
    "often first earlier publicly privately now quickly clearly reportedly allegedly apparently yesterday today " +
    "tonight monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night last week " +
    "this past on late early in turn however though too year month ago since long almost nearly soon"
  ).split(" "),
);

/** Auxiliaries the tokenizer splits off the word before them: "who’ve", "they’d", "we’ll", "he’s". */
const CONTRACTED = new Set(["’s", "'s", "’ve", "'ve", "’d", "'d", "’ll", "'ll", "’re", "'re"]);

/**
 * "he’s said", "she’s pushing", "the delegates who’ve said": after a pronoun, ’s is "is" or "has", never a
 * possessive, and ’ve, ’d, ’ll, ’re are auxiliaries; the pronoun is the subject.
 */
export function contractedAuxiliary(toks: readonly Tok[], j: number): boolean {
  const t = toks[j];
  const p = toks[j - 1];
  return !!t && !!p && CONTRACTED.has(t.lower) && lex().pronouns.has(p.lower);
}

/** "Bolton and Gorka both denounced": a floating quantifier after its subject, itself the subject at a clause start ("Both want"). */
const FLOATING = new Set(["both", "all", "each"]);
const NOT_SUBJECT_END = new Set([
  "and",
  "but",
  "or",
  "that",
  "of",
  "which",
  "who",
  "while",
  "as",
  "because",
  "if",
  "when",
]);

/** Words of a span of time before "ago": "less than two weeks", "a few years", "18 months". */
const AGO_SPAN =
  /^(?:\d+|a|an|few|several|many|some|about|nearly|almost|just|only|less|more|than|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|couple|of|(?:minute|hour|day|week|month|year|decade)s?)$/;

export function skipBetween(toks: readonly Tok[], j: number): number {
  let n = 0;
  while (j >= 0 && n < 8) {
    const t = toks[j]!;
    if (FLOATING.has(t.lower)) {
      const p = toks[j - 1];
      // "Ortiz and Lee (D-Ohio) both said": the parenthesis closes the subject, stepped over below
      if (p?.text === ")") {
        j--;
        n++;
        continue;
      }
      // "Local leaders — whose members once backed him — both said": the subject is before the aside
      const open = p && DASHES.has(p.text) ? openingDash(toks, j - 1) : -1;
      if (open > 0 && !toks[open - 1]!.punct) {
        j = open - 1;
        n++;
        continue;
      }
      if (!p || p.punct || NOT_SUBJECT_END.has(p.lower)) break;
      j--;
      n++;
      continue;
    }
    // "Sen. Elizabeth Warren (D-MA) said"
    if (t.text === ")") {
      let i = j - 1;
      while (i >= 0 && j - i < 8 && toks[i]!.text !== "(") i--;
      if (i >= 1 && toks[i]!.text === "(") {
        j = i - 1;
        n++;
        continue;
      }
      break;
    }
    // "less than two weeks ago said": the time before "ago" is the cue's, not the subject's
    if (t.lower === "ago") {
      let i = j - 1;
      while (i >= 0 && j - i <= 5 && AGO_SPAN.test(toks[i]!.lower)) i--;
      j = i;
      n++;
      continue;
    }
    // "the family said", "a close ally said": a speaker noun, or an -ly word after an article, is the
    // subject's head, not an adverb (after a possessive it is still often one: "Britain's emotionally")
    const adverb = lyAdverb(t) && !lex().speakerNouns.has(t.lower) && !ARTICLE.has(toks[j - 1]?.lower ?? "");
    // '“...,” Will wrote', 'The plan, May said, is': a capitalized word right after a comma or a closing mark
    // has no subject before it to be the auxiliary or adverb of; it is a name
    const named = t.cap && j >= 1 && (toks[j - 1]!.text === "," || quoteMark(toks, j - 1));
    if (!named && (BETWEEN.has(t.lower) || adverb || contractedAuxiliary(toks, j))) {
      j--;
      n++;
      continue;
    }
    // "keeps talking about", "began saying": a verb of aspect passes its subject on to the -ing form after it
    if (ASPECTUAL.has(t.lower) && /[a-z]ing$/.test(toks[j + 1]?.lower ?? "")) {
      j--;
      n++;
      continue;
    }
    // "continues to insist", "went on to say", "were more likely to say": the subject is the catenative's
    const over = catenativeBefore(toks, j);
    if (over < j) {
      j = over;
      n++;
      continue;
    }
    // ", in turn," / ", however," : a short parenthetical of such words
    if (t.text === "," && j >= 2) {
      let i = j - 1;
      while (i >= 0 && i > j - 4 && (BETWEEN.has(toks[i]!.lower) || /^[a-z]+ly$/.test(toks[i]!.text))) i--;
      if (i < j - 1 && i >= 0 && toks[i]!.text === ",") {
        j = i - 1;
        n++;
        continue;
      }
    }
    break;
  }
  return j;
}

/** Verbs of aspect that take an -ing form ("kept saying", "started talking about"): closed and small. */
export const ASPECTUAL: ReadonlySet<string> = new Set(
  "keep keeps kept keeping start starts started begin begins began begun continue continues continued stop stops stopped".split(
    " ",
  ),
);

/**
 * The index before "continues to", "went on to", "were more likely to" when toks[j] is that "to" (the
 * verb or adjective before it passes its subject on); j itself otherwise.
 */
function catenativeBefore(toks: readonly Tok[], j: number): number {
  const lx = lex();
  if (toks[j]?.lower !== "to" || j < 2) return j;
  const c = toks[j - 1]!;
  if (c.cap) return j;
  if (c.lower === "on" && lx.catenativeOn.has(toks[j - 2]!.lower)) return j - 3;
  if (!lx.catenatives.has(c.lower)) return j;
  let i = j - 2;
  while (i >= 0 && j - i < 4 && lx.degree.has(toks[i]!.lower)) i--;
  return i;
}

/** A quote mark, not the apostrophe of a plural possessive ("Sanders’ campaign manager"). */
function quoteMark(toks: readonly Tok[], i: number): boolean {
  const t = toks[i]!;
  if (!isQuoteTok(t)) return false;
  const p = toks[i - 1];
  return !((t.text === "’" || t.text === "'") && p !== undefined && p.end === t.start && /s$/.test(p.text));
}

/** "at least", "at most": after "at", a quantifier, not a place */
const QUANTIFIER = /^(?:least|most)$/;

const ARTICLE = new Set(["the", "a", "an"]);
const NOUN_OPENER = new Set([...ARTICLE, "these", "those", ...POSSESSIVE]);
/** "this year", "last week": words that make the time noun after them a dated opener */
const DEICTIC = new Set(["this", "that", "next", "last"]);

/** "knowledge of the talks", "his claims": a cue form after an article or possessive is a noun. */
/**
 * Whether the word at i can be a cue here: a speaker noun that opens a cue of several words ("supporter
 * of", learned) only when the rest follows, so "another supporter said" keeps its noun.
 */
function cueAt(toks: readonly Tok[], i: number): boolean {
  const lx = lex();
  const w = toks[i]!.lower;
  const forms = lx.cues.get(w);
  if (!forms || !(lx.roles.has(w) || lx.speakerNouns.has(w))) return !!forms;
  return forms.some((f) => f.rest.every((r, j) => toks[i + 1 + j]?.lower === r));
}

function afterDeterminer(toks: readonly Tok[], i: number): boolean {
  const p = toks[i - 1];
  return p !== undefined && NOUN_OPENER.has(p.lower);
}

const EXISTENTIAL_BE = new Set(["is", "are", "was", "were", "’s", "'s"]);
const FINITE_BE = new Set(["is", "are", "was", "were", "am"]);

export function nounPhraseLeft(
  toks: readonly Tok[],
  end: number,
  floor: number,
): { start: number; hasCap: boolean; strong: boolean } | null {
  const lx = lex();
  let i = end;
  let hasCap = false;
  let strong = false;
  while (i >= floor && end - i < 8) {
    const t = toks[i]!;
    if (t.punct) {
      const possessive =
        (t.text === "'" || t.text === "’") && i > 0 && toks[i - 1]!.end === t.start && /s$/.test(toks[i - 1]!.text);
      // "42% say": a share of respondents is the subject
      if (t.text === "'s" || t.text === "’s" || possessive || t.text === "&" || t.text === "-" || t.text === "%") {
        i--;
        continue;
      }
      break;
    }
    // "there is growing evidence suggesting": the noun phrase an existential introduces starts after its verb
    if (EXISTENTIAL_BE.has(t.lower) && i < end && toks[i - 1]?.lower === "there") {
      strong = true;
      break;
    }
    if (t.text === "’s" || t.text === "'s") {
      i--;
      continue;
    }
    // "officials in Tehran", "a spokesman for the ministry": a preposition after a speaker noun stays inside
    const inner = INNER_PREP.has(t.lower) || t.lower === "in";
    const leftWord = toks[i - 1];
    if (inner && i < end && leftWord && (lx.speakerNouns.has(leftWord.lower) || lx.titles.has(leftWord.lower))) {
      i--;
      continue;
    }
    // "one in five say", "two of three voters": a fraction is one phrase
    if (
      (t.lower === "in" || t.lower === "of") &&
      i < end &&
      leftWord !== undefined &&
      NUMBER_WORD.test(leftWord.lower) &&
      (NUMBER_WORD.test(toks[i + 1]!.lower) || /^\d+$/.test(toks[i + 1]!.text))
    ) {
      strong = true;
      i--;
      continue;
    }
    // "the Ohio governor and Republican presidential hopeful said", "Trump and Clinton say"
    // ...but "met Putin and came away": an "and" before a finite verb joins two verbs, not two names
    const verbAfter = toks[i + 1]!;
    const conj =
      t.lower === "and" &&
      i < end &&
      !(lx.irregularPast.has(verbAfter.lower) || FINITE_BE.has(verbAfter.lower)) &&
      leftWord !== undefined &&
      (leftWord.cap || lx.speakerNouns.has(leftWord.lower) || lx.roles.has(leftWord.lower));
    if (conj) {
      i--;
      continue;
    }
    if (lx.stopLeft.has(t.lower) && !(t.cap && i < end)) break;
    if (cueAt(toks, i) && !t.cap && !afterDeterminer(toks, i)) break;
    // "Some Democrats are angry": a speaker phrase never crosses a finite verb
    if (!t.cap && FINITE_BE.has(t.lower)) break;
    // "her friend said", "their lawyer said": a possessive opens the phrase like a determiner
    if (POSSESSIVE.has(t.lower) && i < end) {
      strong = true;
      i--;
      break;
    }
    if (lx.pronouns.has(t.lower)) {
      if (i === end) return { start: i, hasCap: false, strong: true };
      break;
    }
    if (t.cap && !lx.determiners.has(t.lower)) hasCap = true;
    if (lx.speakerNouns.has(t.lower) || lx.titles.has(t.lower) || /^\d/.test(t.text)) strong = true;
    if (lx.determiners.has(t.lower)) {
      strong = true;
      i--;
      break;
    }
    i--;
  }
  let start = i + 1;
  // "When liberal groups", "Indeed": a connective capitalized at a sentence start opens no name, though
  // it still marks the bare noun phrase after it as the clause's subject ("But hacking specialists say")
  // ...but "At least one Democrat" is a quantifier
  while (start <= end && lx.functionWords.has(toks[start]!.lower) && !QUANTIFIER.test(toks[start + 1]?.lower ?? ""))
    start++;
  if (start > end) return null;
  if (!hasCap && !strong) return null;
  return { start, hasCap, strong };
}

/**
 * A period that may end a sentence: not the one of a state's abbreviation set off by commas
 * ("Mitch McConnell, R-Ky., said", "of Flint, Mich., said").
 */
function sentenceStop(toks: readonly Tok[], i: number): boolean {
  const t = toks[i]!;
  if (t.text !== ".") return false;
  const p = toks[i - 1];
  return !(p && p.end === t.start && /^[A-Z][a-z]{1,4}$/.test(p.text) && toks[i + 1]?.text === ",");
}

/** "Sen. Richard J. Durbin (D-Ill.)": steps left over a closing parenthetical. */
function skipParens(toks: readonly Tok[], i: number): number {
  if (toks[i]?.text !== ")") return i;
  let j = i - 1;
  while (j >= 0 && i - j < 8 && toks[j]!.text !== "(") j--;
  return j >= 1 && toks[j]!.text === "(" ? j - 1 : i;
}

/** "R-Ohio", "D-Calif.", "R-OH": a party's initial, a hyphen and a state, in tokens [from, to). */
function partyLabel(toks: readonly Tok[], from: number, to: number): boolean {
  return (
    to - from >= 3 &&
    to - from <= 4 &&
    /^[DRI]$/.test(toks[from]!.text) &&
    toks[from + 1]!.text === "-" &&
    toks[from + 2]!.cap
  );
}

/** Prepositions of a circumstance between a coordinator and its verb: "but in a second interview said". */
const CIRCUMSTANCE_PREPOSITION = new Set(["in", "during", "at", "on", "with", "over", "through"]);

/**
 * "..., but in a second interview said", ", and on Monday told": the phrase before the verb at `start` is
 * a preposition's object right after "but" or ", and", so the verb has no subject of its own and shares
 * the one before the coordinator. Returns the coordinator's index, or -1.
 */
export function coordinatedCircumstance(toks: readonly Tok[], start: number): number {
  const p = toks[start - 1];
  const c = toks[start - 2];
  if (!p || !c || !CIRCUMSTANCE_PREPOSITION.has(p.lower)) return -1;
  // "aides in the county and at the state office said": without a comma, "and" may join phrases
  const clause = c.lower === "but" || (c.lower === "and" && toks[start - 3]?.text === ",");
  return clause ? start - 2 : -1;
}

/** The subject of a cue verb at token k: the noun phrase to its left, over auxiliaries and times. */
export function speakerLeft(toks: readonly Tok[], k: number): SpeakerPhrase | null {
  const sp = phraseLeft(toks, k);
  if (!sp || sp.kind === "pronoun" || sp.kind === "relative") return sp;
  // "..., she and another reporter said": a subject pronoun coordinated before the phrase, the clause
  // opening after a comma or with the sentence, is part of the subject
  const joined = sp.start - 2;
  if (
    toks[sp.start - 1]?.lower === "and" &&
    NOMINATIVE.has(toks[joined]?.lower ?? "") &&
    (joined === 0 || toks[joined - 1]!.text === ",")
  )
    return { ...sp, start: joined };
  if (coordinatedCircumstance(toks, sp.start) >= 0) return null;
  if (openingParticiple(toks, sp, k)) return subjectAfterOpening(toks, k);
  return relativeBeforePhrase(toks, sp.start) ?? afterAuxiliary(toks, sp.start) ?? subjectOfClause(toks, sp) ?? sp;
}

/** Auxiliaries that open a participle phrase: "Having announced ...", "Being asked ...". */
const PARTICIPLE_AUXILIARY = new Set(["having", "being"]);

/** Particles and prepositions right after a verb: "Reeling off", "Reaching out to". */
const PARTICLE = new Set("off up out down on about through over back in at to with for into".split(" "));

/**
 * "Utilizing plain language highlighting ...", "Reeling off pledges ...", "Having announced ...": a
 * participle opening the sentence is a phrase whose subject is the main clause's, never a name. It is
 * told from a name in -ing ("Manning said") and a gerund modifying a noun ("Polling averages show") by
 * the auxiliary "having", a particle after it, or a cue in -ing inside the phrase.
 */
function openingParticiple(toks: readonly Tok[], sp: SpeakerPhrase, k: number): boolean {
  let i = 0;
  while (i < sp.start && (toks[i]!.punct || isQuoteTok(toks[i]))) i++;
  if (i !== sp.start) return false;
  const first = toks[i]!;
  if (PARTICIPLE_AUXILIARY.has(first.lower) && first.cap) return true;
  const next = toks[i + 1];
  if (!/^[A-Z][a-z]+ing$/.test(first.text) || sp.end <= i + 1 || !next || next.cap || next.punct) return false;
  return PARTICLE.has(next.lower) || /^[a-z]+ing$/.test(toks[k]?.text ?? "");
}

/** The subject of the main clause after an opening phrase the cue at k sits in. */
function subjectAfterOpening(toks: readonly Tok[], k: number): SpeakerPhrase | null {
  let j = k;
  while (j < toks.length && j - k < 25 && toks[j]!.text !== "," && !FINAL_MARK.has(toks[j]!.text)) j++;
  if (toks[j]?.text !== ",") return null;
  let i = introEnd(toks, j) + 1;
  // 'Holding signs calling him “a liar,” the crowd chanted': the comma closing the phrase sits inside a quote
  if (i === j + 1 && isQuoteTok(toks[i]) && toks[i]!.start === toks[j]!.end) i++;
  return subjectAt(toks, i, toks.length, true);
}

/** Words after which a noun phrase still opens a clause: "and officials who ...". */
const OPENS_SUBJECT = new Set(["and", "but", "so", "even", "only", "of"]);
/** "A poll released in late August": a participle modifying a noun is followed by its own phrase. */
const PREPOSITION_AFTER_MODIFIER = new Set(["by", "in", "on", "at", "through", "from"]);
/** "speaking to Fox News", "living in Ohio": the prepositions a present participle takes when it modifies a noun. */
const PREPOSITION_AFTER_PROGRESSIVE = new Set([
  ...PREPOSITION_AFTER_MODIFIER,
  ..."to for with near outside along across around toward towards into past".split(" "),
]);
/** Words in -ing that are prepositions, not participles: "during the rally", "according to". */
const ING_PREPOSITION = new Set(
  "during including according regarding concerning following excluding notwithstanding pending barring considering".split(
    " ",
  ),
);
/** Subordinators that open a clause with a subject of its own: "as she did in March", "when he left". */
export const SUBORDINATOR: ReadonlySet<string> = new Set(
  "after before when because as while since if although though until once where".split(" "),
);
const AUXILIARY_BEFORE_PHRASE = new Set(
  "has have had will would could can may might must should did does do".split(" "),
);

/** "Gore's allies have in the past said": a phrase between an auxiliary and its verb is an adverbial. */
function afterAuxiliary(toks: readonly Tok[], start: number): SpeakerPhrase | null {
  const p = start - 1;
  if (p < 1 || !RELATIVE_GAP_PREPOSITION.has(toks[p]!.lower) || !AUXILIARY_BEFORE_PHRASE.has(toks[p - 1]!.lower))
    return null;
  const sp = phraseLeft(toks, p);
  return sp && sp.end <= p ? sp : null;
}

/**
 * "Aides who talked with The Tribune said", "A survey published last spring found": the
 * phrase before the verb closes a relative clause or a participle phrase; the subject is the noun
 * phrase that clause modifies, when it opens the sentence or a clause.
 */
function subjectOfClause(toks: readonly Tok[], sp: SpeakerPhrase): SpeakerPhrase | null {
  const lx = lex();
  for (let w = sp.start - 1; w >= 1 && sp.start - w <= 8; w--) {
    const t = toks[w]!;
    // "took on Clinton after the front-runner had said": a clause of its own begins, with its own subject
    // ...but "who were once drawn to": after an auxiliary or a relative pronoun, "once" is an adverb
    const adverb = t.lower === "once" && (BETWEEN.has(toks[w - 1]!.lower) || toks[w - 1]!.lower === "who");
    if (t.punct || (SUBORDINATOR.has(t.lower) && !adverb)) return null;
    // "that" after a noun is as often a complementizer ("the notion that Hillary merits"): only "who" counts
    const relative = t.lower === "who";
    const participle = /^[a-z]+ed$/.test(t.text) || lx.irregularPast.has(t.lower);
    // "Pickets marching along the quay chanted": a present participle with its preposition modifies too
    const progressive = /^[a-z]{3,}ing$/.test(t.text) && !ING_PREPOSITION.has(t.lower);
    if (!relative && !participle && !progressive) continue;
    // "who sent the letter": the relative pronoun before the verb decides
    if ((participle || progressive) && (toks[w - 1]!.lower === "who" || BETWEEN.has(toks[w - 1]!.lower))) continue;
    let np = nounPhraseLeft(toks, w - 1, 0);
    // "A letter from the union obtained by reporters": the phrase the clause follows may itself modify a noun
    for (let hop = 0; np && hop < 2 && MODIFIER_PREP.has(toks[np.start - 1]?.lower ?? ""); hop++)
      np = np.start >= 2 ? nounPhraseLeft(toks, np.start - 2, 0) : null;
    if (!np) return null;
    const before = toks[np.start - 1];
    if (before && !before.punct && !OPENS_SUBJECT.has(before.lower)) return null;
    // a participle right after a name is its verb ("Trump released a plan that ..."), not a modifier
    if (participle && !PREPOSITION_AFTER_MODIFIER.has(toks[w + 1]!.lower)) return null;
    if (progressive && !PREPOSITION_AFTER_PROGRESSIVE.has(toks[w + 1]!.lower)) return null;
    return { start: np.start, end: sp.end, headStart: np.start, headEnd: w, kind: np.hasCap ? "name" : "description" };
  }
  return null;
}

/** Prepositions that open a phrase between a relative pronoun and its verb. */
const RELATIVE_GAP_PREPOSITION = new Set(
  "in through during over for at under across after before throughout within since".split(" "),
);

/**
 * "Zucker, who in the past has voiced", "which through the first half of the century supported",
 * "who through his office declined": the phrase before the verb is a preposition's object; the
 * relative pronoun before that preposition is the subject.
 */
function relativeBeforePhrase(toks: readonly Tok[], start: number): SpeakerPhrase | null {
  let i = start - 1;
  if (i < 1 || !RELATIVE_GAP_PREPOSITION.has(toks[i]!.lower)) return null;
  i--;
  while (i >= 0 && start - i < 6 && (BETWEEN.has(toks[i]!.lower) || /^[a-z]+ly$/.test(toks[i]!.text))) i--;
  const r = toks[i];
  if (!r || (r.lower !== "who" && r.lower !== "which")) return null;
  return { start: i, end: i + 1, headStart: i, headEnd: i + 1, kind: "relative" };
}

/**
 * "Ada Kowalski, 58, who lives in Dayton": an age set off by commas follows the name it describes, so the
 * phrase is the name before it.
 */
function ageAppositive(
  toks: readonly Tok[],
  np: { start: number; hasCap: boolean; strong: boolean } | null,
  end: number,
): { start: number; end: number } | null {
  if (!np) return null;
  const plain = { start: np.start, end };
  if (!/^\d+$/.test(toks[np.start]!.text) || toks[np.start - 1]?.text !== "," || np.start < 2) return plain;
  const name = nounPhraseLeft(toks, np.start - 2, 0);
  return name?.hasCap ? { start: name.start, end: np.start - 1 } : plain;
}

/**
 * "Ada Rossi, the editor of the city's newspaper, La Voce, said": a name set off after a preposition's
 * object names that object (the newspaper), when a name opening the clause comes before the
 * description; the comma before the stretch is at i.
 */
function namesAThing(toks: readonly Tok[], i: number): boolean {
  let c = i - 1;
  let object = false;
  while (c >= 1 && i - c < 25 && toks[c]!.text !== "," && !quoteMark(toks, c) && toks[c]!.text !== ".") {
    if (INNER_PREP.has(toks[c]!.lower)) object = true;
    c--;
  }
  if (!object || c < 1 || toks[c]!.text !== ",") return false;
  const name = nounPhraseLeft(toks, c - 1, 0);
  return !!name && name.hasCap && (name.start === 0 || quoteMark(toks, name.start - 1) || toks[name.start - 1]!.punct);
}

/**
 * "the director of the Park Service, Dana Marsh, said": the name before the comma at i + 1 is the
 * object of a person's office ("director of"), so the name set off after it is that person's, not a
 * place's second part as in "Dayton, Ohio,".
 */
function officeOf(toks: readonly Tok[], i: number): boolean {
  const lx = lex();
  // back over the institution's name, "of" and "the" inside it ("the Bureau of Land Management")
  for (let p = i; p >= 1 && i - p < 10; p--) {
    const t = toks[p]!;
    const office = toks[p - 1]!;
    if (INNER_PREP.has(t.lower) && !office.cap)
      return lx.speakerNouns.has(office.lower) || lx.roles.has(office.lower) || lx.titles.has(office.lower);
    if (
      !t.cap &&
      !ARTICLE.has(t.lower) &&
      !INNER_PREP.has(t.lower) &&
      t.lower !== "and" &&
      t.text !== "-" &&
      t.text !== "&"
    )
      return false;
  }
  return false;
}

/** the longest description before a quoted title in an appositive: "the author of the 2015 novel" */
const TITLED_APPOSITIVE_MAX = 10;

/**
 * 'Olsen, the author of “Dry Years,” said': the comma closing an appositive sits inside the quoted
 * title the description ends on (opening at `open`, closing at `close`); the name before the
 * appositive's comma, opening its clause, speaks.
 */
function titledAppositive(toks: readonly Tok[], open: number, close: number): SpeakerPhrase | null {
  let c = open - 1;
  while (c >= 1 && open - c <= TITLED_APPOSITIVE_MAX && toks[c]!.text !== "," && !toks[c]!.punct) c--;
  if (c < 1 || toks[c]!.text !== "," || !NOUN_OPENER.has(toks[c + 1]?.lower ?? "")) return null;
  const name = nounPhraseLeft(toks, c - 1, 0);
  if (!name || !name.hasCap || !toks[c - 1]!.cap) return null;
  const before = toks[name.start - 1];
  if (before && !before.punct && !quoteMark(toks, name.start - 1)) return null;
  return { start: name.start, end: close, headStart: name.start, headEnd: c, kind: "name" };
}

/** The longest relative clause read back from its last word to its pronoun: "that have long endorsed him". */
const RELATIVE_CLAUSE_MAX = 10;

/** The subject "Groups that have endorsed him" whose relative clause ends at token j, when it is one. */
function relativeHead(toks: readonly Tok[], j: number): SpeakerPhrase | null {
  for (let w = j - 1; w >= 1 && j - w <= RELATIVE_CLAUSE_MAX; w--) {
    const x = toks[w]!;
    if (x.punct || isQuoteTok(x)) return null;
    if (x.lower !== "that" && x.lower !== "who" && x.lower !== "which") continue;
    const head = nounPhraseLeft(toks, w - 1, 0);
    return head ? relativeSubject(head, w, j) : null;
  }
  return null;
}

/** The subject whose head noun phrase `head` is followed by a relative pronoun at `w`, the clause ending at token j. */
function relativeSubject(head: { start: number; hasCap: boolean }, w: number, j: number): SpeakerPhrase {
  return {
    start: head.start,
    end: j + 1,
    headStart: head.start,
    headEnd: w,
    kind: head.hasCap ? "name" : "description",
  };
}

function phraseLeft(toks: readonly Tok[], k: number): SpeakerPhrase | null {
  const lx = lex();
  const j = skipBetween(toks, k - 1);
  if (j < 0) return null;
  const t = toks[j]!;
  const pro = lx.pronouns.get(t.lower);
  if (pro === "relative") return { start: j, end: j + 1, headStart: j, headEnd: j + 1, kind: "relative" };
  const objectOfModifier = OBJECT_PRONOUN.has(t.lower) && MODIFIER_PREP.has(toks[j - 1]?.lower ?? "x");
  const objectOfAdjective =
    OBJECT_PRONOUN.has(t.lower) && toks[j - 1]?.lower === "to" && ADJECTIVE_TO.has(toks[j - 2]?.lower ?? "");
  // "Groups that have backed him say": an object pronoun ends a relative clause inside the subject,
  // whose head is the noun before the relative pronoun
  const clause = OBJECT_PRONOUN.has(t.lower) ? relativeHead(toks, j) : null;
  if (clause) return clause;
  if (pro && !objectOfModifier && !objectOfAdjective)
    return { start: j, end: j + 1, headStart: j, headEnd: j + 1, kind: "pronoun" };
  // "Olsen, who calls him a “butcher,” said": the comma closing the relative clause sits inside a scare quote
  // ...or inside a doubled apostrophe, two tokens: ",''"
  const doubled = (x: number) =>
    toks[x]?.text === "'" && toks[x - 1]?.text === "'" && toks[x - 1]!.end === toks[x]!.start;
  const mark = doubled(j) ? j - 1 : j;
  if (quoteMark(toks, j) && toks[mark - 1]?.text === ",") {
    let open = mark - 2;
    while (open >= 0 && j - open <= 6 && !quoteMark(toks, open)) open--;
    if (doubled(open)) open--;
    if (open >= 0 && j - open <= 6) {
      for (let w = open - 1; w >= 1 && j - w < 35 && !quoteMark(toks, w) && toks[w]!.text !== "."; w--) {
        if (["who", "whose"].includes(toks[w]!.lower) && toks[w - 1]!.text === ",") {
          const np = nounPhraseLeft(toks, w - 2, 0);
          if (np) return { start: np.start, end: j, headStart: np.start, headEnd: w - 1, kind: "name" };
          break;
        }
      }
      const titled = titledAppositive(toks, open, j);
      if (titled) return titled;
    }
  }
  if (t.text === "," || t.text === "—" || t.text === "--") {
    // "Clinton, who has led the polls for months, said": step over the clause to the name before it.
    let i = j - 1;
    // "Ms. Okafor, whose new firm, Lumen, sells drones, said": back to the comma before "who"
    for (let w = j - 1; w >= 1 && j - w < 35 && !quoteMark(toks, w) && toks[w]!.text !== "."; w--) {
      if (["who", "whose"].includes(toks[w]!.lower) && toks[w - 1]!.text === ",") {
        // "Hale, who, after a long pause, said": the comma after "who" opens an aside
        // that closes right before the verb, so the clause is still open and the pronoun is its subject
        if (toks[w]!.lower === "who" && toks[w + 1]?.text === ",") {
          let c = w + 2;
          while (c < j && toks[c]!.text !== ",") c++;
          if (c === j) return { start: w, end: w + 1, headStart: w, headEnd: w + 1, kind: "relative" };
        }
        const np = ageAppositive(toks, nounPhraseLeft(toks, w - 2, 0), w - 1);
        // "The teacher from Kyiv, who volunteers, said": the description the place modifies
        const modified =
          np && PREPOSITION.has(toks[np.start - 1]?.lower ?? "") ? describedSubject(toks, np.start, w - 1) : null;
        if (modified) return { ...modified, end: j, kind: "description" };
        if (np) return { start: np.start, end: j, headStart: np.start, headEnd: np.end, kind: "name" };
        break;
      }
    }
    // "Nora Baptiste, 34, a nurse in Dayton, said": step back over up to three such stretches
    for (let hop = 0; hop < 3; hop++) {
      const segEnd = i + 1;
      while (i >= 0 && j - i < 30 && toks[i]!.text !== t.text && !quoteMark(toks, i) && !sentenceStop(toks, i)) i--;
      if (i < 1 || toks[i]!.text !== t.text) break;
      // "A Libertarian, he backed Paul and, in 2016, has supported": a stretch opened by a subject pronoun is a
      // clause of its own, whose subject the verb shares; no phrase before it is the verb's subject
      // "a plan which she has, until now, rejected": an aside between a subject pronoun's auxiliary and its verb
      const aux = segEnd - 1;
      if (aux - 1 > i && AUXILIARY.has(toks[aux]!.lower) && NOMINATIVE.has(toks[aux - 1]!.lower))
        return { start: aux - 1, end: aux, headStart: aux - 1, headEnd: aux, kind: "pronoun" };
      const own = i + 1;
      if (own < segEnd - 1 && NOMINATIVE.has(toks[own]!.lower) && /^[a-z]/.test(toks[own + 1]!.text))
        return { start: own, end: own + 1, headStart: own, headEnd: own + 1, kind: "pronoun" };
      // "her senior policy adviser, Jake Sullivan, said": the stretch is itself the name
      // "Gov. Ann Wells (R-Ohio), said": a party and state in parentheses close a lawmaker's name
      const nameEnd = skipParens(toks, segEnd - 1) + 1;
      const party = nameEnd < segEnd && partyLabel(toks, nameEnd + 1, segEnd - 1);
      const seg = toks.slice(i + 1, nameEnd);
      if (
        seg.length > 0 &&
        seg.length <= 4 &&
        (!toks[i - 1]!.cap || party || officeOf(toks, i - 1)) &&
        seg.every((x) => x.cap || x.text === "." || x.text === "-") &&
        !namesAThing(toks, i)
      ) {
        return { start: i + 1, end: j, headStart: i + 1, headEnd: nameEnd, kind: "name" };
      }
      const np = nounPhraseLeft(toks, skipParens(toks, i - 1), 0);
      // a name inside a phrase ("at a rally in Wilmington, N.C.,") is no subject: keep stepping back
      const inPhrase = np && np.start > 0 && PREPOSITION.has(toks[np.start - 1]!.lower);
      // "The teacher from Kyiv, a volunteer, said": ...unless the phrase modifies a description that opens
      // the clause, which is the subject with its modifier
      const modified = np && inPhrase ? describedSubject(toks, np.start, i) : null;
      if (modified) return { ...modified, end: j, kind: "description" };
      // "“We will win,” the senator, a Republican, said": a description opening its clause is the subject too
      const opensClause = np && !/^\d/.test(toks[np.start]!.text) && (np.start === 0 || quoteMark(toks, np.start - 1));
      if ((np && (np.hasCap || (np.strong && opensClause)) && !inPhrase) || hop === 2) break;
      i--;
    }
    if (i >= 1 && toks[i]!.text === t.text && j - i > 1) {
      // "A third, Daniel Traynor, said": the stretch between the commas is itself the name.
      const seg = toks.slice(i + 1, j);
      if (seg.length <= 4 && !toks[i - 1]!.cap && seg.every((x) => x.cap || x.text === "." || x.text === "-")) {
        return { start: i + 1, end: j, headStart: i + 1, headEnd: j, kind: "name" };
      }
      const np = nounPhraseLeft(toks, skipParens(toks, i - 1), 0);
      if (np && (np.hasCap || np.strong))
        return { start: np.start, end: j, headStart: np.start, headEnd: i, kind: np.hasCap ? "name" : "description" };
    }
    // "party leaders in both states — some of them rivals — said": an aside set off by dashes that names no one
    // stands between the subject and its verb
    const open = DASHES.has(t.text) ? openingDash(toks, j) : -1;
    if (open > 0 && !toks[open - 1]!.punct && !isQuoteTok(toks[open - 1])) return phraseLeft(toks, open);
    return null;
  }
  const np = nounPhraseLeft(toks, j, 0);
  if (!np && toks[j]!.lower !== "to") {
    // "a party official who asked not to be named to discuss plans said": the noun before "who"
    for (let w = j; w >= 1 && j - w < 15; w--) {
      const x = toks[w]!;
      if (x.punct || isQuoteTok(x)) break;
      // "a farmer who lost his barn and called", "the union, which has 40 members and endorsed": a verb
      // right after "and" is coordinated with the clause's own, whose subject is the pronoun; the noun
      // before "who" is the subject only of a verb after the whole clause ("an aide who asked not to be named said")
      if ((x.lower === "who" || x.lower === "which") && toks[j]!.lower === "and")
        return { start: w, end: w + 1, headStart: w, headEnd: w + 1, kind: "relative" };
      if (x.lower === "who") {
        const head = nounPhraseLeft(toks, w - 1, 0);
        if (head) return relativeSubject(head, w, j);
        break;
      }
    }
  }
  if (!np) return barePlural(toks, j);
  const whole = subjectWithModifiers(toks, np.start, j + 1);
  if (whole.start < np.start) {
    const kind = toks[whole.end - 1]!.cap && toks[whole.start]!.cap ? "name" : "description";
    return { start: whole.start, end: whole.end, headStart: whole.start, headEnd: whole.end, kind };
  }
  // Appositive: "Tad Devine, Sanders' senior media adviser, said" - the name is before the comma.
  if (!np.hasCap && np.start >= 2 && toks[np.start - 1]!.text === ",") {
    const name = nounPhraseLeft(toks, np.start - 2, 0);
    // ...only when the name opens its clause: not "at Ground Zero, sources said"
    const before = name ? toks[name.start - 1] : undefined;
    // ...and "and" opens a clause only after a comma: in "inspectors at the EPA and the Interior Department,
    // a former official said" it joins two objects inside the content
    const opens =
      !before ||
      before.punct ||
      ["but", "while", "as"].includes(before.lower) ||
      (before.lower === "and" && toks[name!.start - 2]?.text === ",");
    // ...and when the description is a person's role: "On Tuesday, the company said" has no appositive
    const role = lx.roles.has(toks[j]!.lower) || lx.titles.has(toks[j]!.lower);
    // ...and when the name is a person's: "in Hudson, New Hampshire Monday, the mayor said" names a place and a day
    const where = name !== null && whereOrWhen(toks, name.start, np.start - 1);
    // ...and when the clause ends at the cue: in "Money, the mayor said, was the problem" a verb resumes
    // after it, so the word before the comma is that clause's subject, not the speaker's name
    const resumed = toks[k + 1]?.text === "," && AUXILIARY.has(toks[k + 2]?.lower ?? "");
    // ...and when the words before the comma are a name, not a clause: "Prices will rise, the minister said"
    const named =
      !!name && toks.slice(name.start, np.start - 1).every((t) => t.cap || t.punct || NAME_PARTICLE.has(t.lower));
    if (name && name.hasCap && opens && role && !where && !resumed && named)
      return { start: name.start, end: j + 1, headStart: name.start, headEnd: np.start - 1, kind: "name" };
  }
  // The head decides: "Another Iranian security official" is a description, "Mr. Trump" a name.
  return {
    start: np.start,
    end: j + 1,
    headStart: np.start,
    headEnd: j + 1,
    kind: toks[j]!.cap ? "name" : "description",
  };
}

/** Lowercase words inside a personal name: "Bill de Blasio", "Ursula von der Leyen". */
const NAME_PARTICLE = new Set("de del della der van von da di du la le bin al el ibn and of".split(" "));

/**
 * "independent analyses agree", "high school administrators decided": a plural noun with up to three
 * lowercase modifiers and no determiner, opening its clause, is the subject of the verb after it.
 */
function barePlural(toks: readonly Tok[], j: number): SpeakerPhrase | null {
  const lx = lex();
  const plain = (t: Tok) =>
    !t.punct &&
    !t.cap &&
    /^[a-z-]+$/.test(t.text) &&
    !lx.stopLeft.has(t.lower) &&
    !lx.functionWords.has(t.lower) &&
    !lx.cues.has(t.lower);
  const head = toks[j]!;
  if (!plain(head) || !/^[a-z-]{2,}[^su]s$/.test(head.text)) return null;
  let i = j;
  while (i > 0 && j - i < 3 && plain(toks[i - 1]!) && !/(?:ly|ed|ing)$/.test(toks[i - 1]!.lower)) i--;
  const before = toks[i - 1];
  if (before && !(before.punct && !isQuoteTok(before)) && !lx.pluralOpeners.has(before.lower)) return null;
  return { start: i, end: j + 1, headStart: i, headEnd: j + 1, kind: "description" };
}

export const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** Prepositions that attach a modifier to the noun before them: "the attack on the village". */
const MODIFIER_PREP = new Set(["of", "on", "in", "from", "at", "for", "with"]);
/** Adjectives that take "to" after a speaker noun: "a source close to him", "aides loyal to the governor". */
export const ADJECTIVE_TO = new Set([
  "close",
  "closer",
  "closest",
  "loyal",
  "sympathetic",
  "friendly",
  "privy",
  "hostile",
]);
/** Object pronouns, which end a modifier after a speaker noun and are never its subject: "a source close to him". */
const OBJECT_PRONOUN = new Set(["him", "her", "them", "me", "us"]);

/** Prepositions that, after a name, more often open an adverbial: "Trump in his speech said". */
const ADVERBIAL_PREP = new Set(["in", "at", "on", "with"]);

/** Objects that make a prepositional phrase a time adverbial: "the report on Wednesday", "Trump at the time". */
const TIME_NOUN = new Set(
  "time times moment day days week weeks month months year years morning afternoon evening night past".split(" "),
);
const TIME_NAME =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|April|June|July|August|September|October|November|December)$/;

/** Words that open a clause, not a noun phrase, though capitalized at a sentence start. */
const CLAUSE_OPENER = new Set("and but yet so or when while if as because just".split(" "));

/**
 * The subject of a cue whose nearest noun phrase starts at token `start` and ends at `end`
 * (exclusive): "the attack on the Aleppo village revealed", "the head of the office of the mayor said"
 * - the nearest noun phrase may be only the object of a preposition, and the subject the noun phrase
 * the prepositional phrase modifies. Steps left over at most two such modifiers. The phrase to the left
 * must be a short noun phrase opening with a determiner, a possessive or a name; after a bare name, a
 * time ("at the time") or "in/at/on" opens an adverbial and the name alone is the subject.
 */
function subjectWithModifiers(toks: readonly Tok[], start: number, end: number): { start: number; end: number } {
  const lx = lex();
  let s = start;
  let e = end;
  // "a local paper": the lexicon counts "local" as a determiner, so the article may lie outside
  if (ARTICLE.has(toks[s - 1]?.lower ?? "")) s--;
  for (let hop = 0; hop < 3; hop++) {
    const prep = toks[s - 1];
    const noun = toks[s - 2];
    // "people close to the senator": an adjective and its "to" modify the noun before them
    // ...and so do "familiar with", "aligned with", "opposed to" (speakers.json adjectivePrepositions)
    const adjectiveTo =
      (prep?.lower === "to" && ADJECTIVE_TO.has(noun?.lower ?? "")) ||
      (!!prep && !!lx.adjectivePrepositions.get(noun?.lower ?? "")?.has(prep.lower));
    // "advisers to the senator", "an aide to the mayor": a person's role takes "to" for whom it serves,
    // and the role, not its object, heads the phrase
    const roleTo =
      prep?.lower === "to" &&
      !!noun &&
      (lx.speakerNouns.has(noun.lower) || lx.roles.has(noun.lower) || lx.titles.has(noun.lower));
    // "a study by the Valley Growers Institute", "a statement by the family": the author of a
    // study or a message is named by "by", and the study heads the phrase
    const authored = prep?.lower === "by" && !!noun && (surveyNoun(noun.lower) || lx.messages.has(noun.lower));
    if (!prep || !noun || (!MODIFIER_PREP.has(prep.lower) && !adjectiveTo && !roleTo && !authored)) break;
    if (noun.punct || lx.pronouns.has(noun.lower) || lx.determiners.has(noun.lower)) break;
    // ("opposed to the plan": a cue before the preposition it takes as an adjective modifies the noun)
    if (
      !noun.cap &&
      (lx.stopLeft.has(noun.lower) || (lx.cues.has(noun.lower) && !adjectiveTo) || BETWEEN.has(noun.lower))
    )
      break;
    // a verb or participle before the preposition ("killed in", "based in") ends the subject
    // ("friendly to" is an adjective, though it ends like an adverb)
    if (!noun.cap && !adjectiveTo && /(?:ed|ing|ly)$/.test(noun.lower) && !lx.speakerNouns.has(noun.lower)) break;
    const np = nounPhraseLeft(toks, adjectiveTo ? s - 3 : s - 2, 0);
    if (!np || np.start >= s - 1) break;
    let from = np.start;
    while (from < s - 2 && CLAUSE_OPENER.has(toks[from]!.lower)) from++;
    const opener = toks[from]!;
    if (CLAUSE_OPENER.has(opener.lower)) break;
    const prior = toks[from - 1];
    // a bare plural opens a subject only at its clause's start: "And critics in both parties said"
    const clauseStart =
      !prior ||
      prior.punct ||
      isQuoteTok(prior) ||
      CLAUSE_OPENER.has(prior.lower) ||
      prior.lower === "that" ||
      lx.cues.has(prior.lower);
    const opens =
      lx.determiners.has(opener.lower) ||
      POSSESSIVE.has(opener.lower) ||
      opener.cap ||
      (clauseStart && (lx.speakerNouns.has(opener.lower) || /s$/.test(opener.lower)));
    if (!opens || s - 1 - from > 8) break;
    if (!plainNounPhrase(toks, from, adjectiveTo ? s - 2 : s - 1)) break;
    const object = toks.slice(s, e);
    // a capital opening the sentence need not mark a name: "Partisans on both sides said"
    const name = noun.cap && !NUMBER_WORD.test(noun.lower) && !(noun === opener && clauseStart);
    const adverbial =
      object.some((t) => (TIME_NOUN.has(t.text) && !t.cap) || TIME_NAME.test(t.text)) ||
      (ADVERBIAL_PREP.has(prep.lower) && name && !lx.determiners.has(opener.lower));
    // the adverbial sits between subject and verb: the subject is to its left ("the report on Wednesday")
    if (adverbial) e = s - 1;
    s = from;
  }
  return { start: s, end: e };
}

/**
 * "The teacher from Kyiv" before the comma at `comma`, whose nearest noun phrase ("Kyiv", from `start`)
 * is the object of a preposition: the description it modifies, when that description opens its clause
 * with a determiner and a common noun. A name or a phrase inside an opening adverbial ("At a rally in
 * Dayton,") is no such subject, nor a description set off after another phrase.
 */
function describedSubject(toks: readonly Tok[], start: number, comma: number): SpeakerPhrase | null {
  const whole = subjectWithModifiers(toks, start, comma);
  if (whole.start >= start || whole.end !== comma) return null;
  const prior = toks[whole.start - 1];
  // after a comma it may be an appositive itself: "Ada Rossi, the editor of the weekly, The Lamp, said"
  if (prior && (prior.text === "," || (!prior.punct && !isQuoteTok(prior)))) return null;
  if (!lex().determiners.has(toks[whole.start]!.lower) || toks[whole.start + 1]?.cap !== false) return null;
  return { start: whole.start, end: comma, headStart: whole.start, headEnd: comma, kind: "description" };
}

/** No verb inside: "Sanders spent much" is a clause; "Clinton allies", "a growing number" are noun phrases. */
function plainNounPhrase(toks: readonly Tok[], from: number, to: number): boolean {
  const lx = lex();
  const nameLed = toks[from]!.cap && !lx.determiners.has(toks[from]!.lower);
  for (let i = from + 1; i < to; i++) {
    const t = toks[i]!;
    if (t.cap || t.punct || t.text === "’s" || t.text === "'s") continue;
    // "supporters of Republican Donald Trump": the modifiers the phrase already holds
    if (MODIFIER_PREP.has(t.lower) || INNER_PREP.has(t.lower) || lx.determiners.has(t.lower)) continue;
    const prev = toks[i - 1]!;
    // "an earlier report", "a growing number": after a determiner such words are adjectives
    if (lx.determiners.has(prev.lower) || POSSESSIVE.has(prev.lower)) continue;
    if (lx.stopLeft.has(t.lower) || lx.cues.has(t.lower) || BETWEEN.has(t.lower)) return false;
    if (/(?:ed|ing)$/.test(t.lower) && !lx.speakerNouns.has(t.lower)) return false;
    if (lx.irregularPast.has(t.lower)) return false;
    const known = lx.speakerNouns.has(t.lower) || lx.titles.has(t.lower) || lx.roles.has(t.lower);
    // after a name, a lowercase word is most often the verb ("Sanders spent"), unless a plural
    // noun the name modifies ("FEC records", "Clinton allies")
    if (nameLed && prev.cap && !known && !/s$/.test(t.lower)) return false;
  }
  return true;
}

const NUMBER_WORD =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?|about|almost|nearly|more|fewer|several)(?:-|$)/;

const PREPOSITION = new Set(["in", "at", "of", "from", "for", "on", "with", "by", "to", "near", "outside", "inside"]);

/** Prepositions inside a speaker phrase: "a longtime adviser to Trump", "a spokesman for the campaign". */
const INNER_PREP = new Set(["of", "for", "to", "at", "from", "with"]);

const RELATIVE = new Set(["who", "whom", "that", "which"]);

/** the most lowercase words between a determiner and the person's noun they describe ("The acting deputy mayor") */
const DESCRIBING_MAX = 2;

/** A person's noun or title within a few lowercase words from i: "former governor", "acting mayor". */
function personNounAhead(toks: readonly Tok[], i: number): boolean {
  const lx = lex();
  for (let j = i; j <= i + DESCRIBING_MAX && j < toks.length; j++) {
    const t = toks[j]!;
    if (t.punct || t.cap) return false;
    if (lx.speakerNouns.has(t.lower) || lx.titles.has(t.lower)) return true;
    // ..."The woman’s enthusiasm": a person who owns the head noun is no head
    if (personNoun(t.lower)) return !["’s", "'s", "’", "'"].includes(toks[j + 1]?.text ?? "");
  }
  return false;
}

/** "A man in the crowd", "The woman": nouns for people with no role (lexicon personNouns), singular or plural. */
function personNoun(w: string): boolean {
  const nouns = lex().personNouns;
  return nouns.has(w) || (w.endsWith("s") && nouns.has(w.slice(0, -1)));
}

/**
 * "Her aides said", "while her main rival has gained", "His opponent rose and said": opening a clause
 * before a lowercase word, a possessive ("her" too) is a determiner, and the phrase it opens is the subject.
 */
function possessiveSubject(toks: readonly Tok[], i: number): SpeakerPhrase | null {
  if (!POSSESSIVE.has(toks[i]?.lower ?? "") || !/^[a-z]/.test(toks[i + 1]?.text ?? "")) return null;
  const owned = speakerRight(toks, i + 1, true, true);
  if (!owned || owned.kind === "pronoun" || owned.start !== i + 1) return null;
  return { ...owned, start: i, headStart: i };
}

/** The speaker after an inverted cue: "..., said Le Pen, who ..." or "according to police". */
export function speakerRight(toks: readonly Tok[], k: number, subject = false, owned = false): SpeakerPhrase | null {
  const lx = lex();
  let i = k;
  let hasCap = false;
  // a possessive before k opens the phrase as a determiner would ("her main rival")
  let strong = owned;
  if (subject && !owned) {
    const phrase = possessiveSubject(toks, i);
    if (phrase) return phrase;
  }
  if (i < toks.length && lx.pronouns.has(toks[i]!.lower) && lx.pronouns.get(toks[i]!.lower) !== "relative")
    return { start: i, end: i + 1, headStart: i, headEnd: i + 1, kind: "pronoun" };
  // "McConnell, R-Ky., said Tuesday.": a day after the cue is its time, never its speaker
  if (i < toks.length && WEEKDAY.test(toks[i]!.text)) return null;
  // "Indeed", "When", "There": a connective or expletive is never a speaker by itself
  if (i < toks.length && lx.functionWords.has(toks[i]!.lower)) return null;
  const titled = subject || owned ? -1 : titleRunName(toks, k);
  while (i < toks.length && i - k < 10) {
    const t = toks[i]!;
    if (i < titled) {
      strong = true;
      i++;
      continue;
    }
    if (
      t.punct &&
      !(t.text === "'s" || t.text === "’s" || t.text === "-" || t.text === "&" || t.text === "'" || t.text === "’")
    )
      break;
    // "according to the survey - still believe": a spaced hyphen closes an aside, it joins no compound
    if (asideDash(toks, i)) break;
    const next = toks[i + 1];
    // "said former secretary of labor Tom Reyes", "said chief of staff Ann Wells": a lowercase office
    // title runs on over its "of" and one word to the name it is set before
    const after = toks[i + 2];
    const office =
      t.lower === "of" &&
      i > k &&
      (lx.titles.has(toks[i - 1]!.lower) || lx.speakerNouns.has(toks[i - 1]!.lower)) &&
      !!next &&
      !next.punct &&
      !next.cap &&
      !!after &&
      after.cap &&
      !after.punct &&
      !lx.determiners.has(after.lower);
    const joins =
      office ||
      (INNER_PREP.has(t.lower) && i > k && !!next && !next.punct && (next.cap || lx.determiners.has(next.lower)));
    // the second half of a compound is no verb nor time: "Los Angeles-based attorney", "the 46-year-old"
    const compound = i > k && toks[i - 1]!.text === "-" && toks[i - 1]!.end === t.start;
    if (!t.cap && (lx.stopLeft.has(t.lower) || BETWEEN.has(t.lower)) && !joins && !compound) break;
    // "The mayor sharply rebuked", "Ann Ruiz quickly cut": an adverb after the subject's noun modifies the
    // verb after it; one after a determiner or a degree word modifies the noun's adjective ("the newly
    // elected mayor", "a highly placed official", "the most widely read columnist")
    if (i > k && lyAdverb(t) && !lx.speakerNouns.has(t.lower) && !adjectiveAdverb(toks, i)) break;
    if (!t.cap && cueAt(toks, i) && !afterDeterminer(toks, i)) break;
    // a verb ends the phrase: "The Iranian general hailed ...", "Carly Fiorina threw ..."
    // ...unless it modifies the noun after a determiner: "said another leading advocate", "said a retired general"
    if (
      !t.cap &&
      i > k &&
      !compound &&
      /(?:ed|ing)$/.test(t.lower) &&
      !lx.speakerNouns.has(t.lower) &&
      !premodifier(toks, i) &&
      !verbalNoun(toks, i) &&
      // "the newly elected mayor": a participle after an adverb inside the noun phrase is its adjective
      !(lyAdverb(toks[i - 1]) && i - 1 > k && adjectiveAdverb(toks, i - 1))
    )
      break;
    // ...and so does an irregular past: "The campaign sent a letter", unless a relative clause holds it
    // ("the man who built his career", which the phrase keeps as it keeps "people who heard it")
    if (!t.cap && i > k && !compound && lx.irregularPast.has(t.lower) && !afterDeterminer(toks, i)) {
      let relative = false;
      for (let r = k; r < i; r++) if (RELATIVE.has(toks[r]!.lower)) relative = true;
      if (!relative) break;
    }
    if (
      subject &&
      !t.cap &&
      i > k &&
      toks[i - 1]!.cap &&
      // "The former governor": a determiner capitalized as the sentence's first word is no name, and the
      // words before the person's noun describe its bearer
      !(lx.determiners.has(toks[i - 1]!.lower) && personNounAhead(toks, i)) &&
      !joins &&
      !lx.speakerNouns.has(t.lower) &&
      !lx.titles.has(t.lower) &&
      !lx.determiners.has(t.lower) &&
      t.lower !== "and"
    )
      break;
    if (t.cap && !lx.determiners.has(t.lower)) hasCap = true;
    if (lx.speakerNouns.has(t.lower) || lx.titles.has(t.lower) || lx.determiners.has(t.lower)) strong = true;
    i++;
  }
  // a trailing "of" belongs to no name, nor a relative pronoun whose clause the loop stopped in
  // ("said the commander who led the assault": "led" is also a cue word)
  while (i > k && (toks[i - 1]!.lower === "of" || toks[i - 1]!.lower === "the" || RELATIVE.has(toks[i - 1]!.lower)))
    i--;
  if (i === k || (!hasCap && !strong)) return null;
  // a speaker phrase opens with a name, a title or a determiner, not "considerable support"
  const first = toks[k]!;
  if (
    !owned &&
    !first.cap &&
    !/^\d/.test(first.text) &&
    !NUMBER_WORD.test(first.lower) &&
    !lx.determiners.has(first.lower) &&
    !lx.titles.has(first.lower) &&
    !lx.speakerNouns.has(first.lower) &&
    !premodifiedName(toks, k, i) &&
    !(titled > k && i > titled)
  )
    return null;
  return { start: k, end: i, headStart: k, headEnd: i, kind: toks[i - 1]!.cap ? "name" : "description" };
}

/** Degree words that may stand before an adverb modifying an adjective: "the most widely read". */
const ADVERB_DEGREE = new Set(["most", "more", "very", "less", "least", "so", "too"]);

/** Whether the -ly adverb at i modifies an adjective inside the noun phrase, by the word before it. */
function adjectiveAdverb(toks: readonly Tok[], i: number): boolean {
  const p = toks[i - 1]!;
  if (lex().determiners.has(p.lower) || POSSESSIVE.has(p.lower) || ADVERB_DEGREE.has(p.lower)) return true;
  if (/^\d/.test(p.text) || NUMBER_WORD.test(p.lower) || lyAdverb(p)) return true;
  // "former" and compounds' second halves ("well-known") stand before adjectives, not verbs
  return p.lower === "former" || (p.text === "-" && !asideDash(toks, i - 1));
}

/**
 * "another leading advocate", "a retired general": a participle between a determiner and the noun it
 * modifies, not the verb of a clause ("the ruling was", "the official said").
 */
function premodifier(toks: readonly Tok[], i: number): boolean {
  const lx = lex();
  const p = toks[i - 1];
  const n = toks[i + 1];
  if (!p || !n || !lx.determiners.has(p.lower) || n.punct) return false;
  if (BETWEEN.has(n.lower) || lx.stopLeft.has(n.lower) || lx.functionWords.has(n.lower) || lx.cues.has(n.lower))
    return false;
  return !/(?:ed|ing|ly)$/.test(n.lower);
}

/**
 * "said the ruling.", "the filing said": an -ing or -ed word between a determiner and the phrase's end
 * is a noun heading it, not the verb of a clause.
 */
function verbalNoun(toks: readonly Tok[], i: number): boolean {
  const p = toks[i - 1];
  const n = toks[i + 1];
  return !!p && lex().determiners.has(p.lower) && (!n || (n.punct && !(n.text === "'s" || n.text === "’s")));
}

/** the most lowercase words before a name that describe its bearer: "former South Carolina Gov." */
const PREMODIFIERS_MAX = 3;
/** Lowercase words that date a cue rather than describe its speaker: "said yesterday Trump ...". */
const DATING = new Set("yesterday today tonight tomorrow last this next".split(" "));

/**
 * "said retired neurosurgeon Ben Carson", "said former Rep. George Miller", "said pollster Frank Luntz":
 * a phrase from `k` to `end` that is a name after a few lowercase words describing its bearer (an
 * occupation, "former", "conservative activist"), with no date among them.
 */
/**
 * Where the name starts after an inverted cue's bare title run ("said master of ceremonies Dana Whitlock",
 * "said lobbyist and former senator Ray Collins"): lowercase title words joined by an office's "of" before
 * one word, or by "and" between two titles the one person holds; -1 when no such run leads to a name.
 */
function titleRunName(toks: readonly Tok[], k: number): number {
  const lx = lex();
  let c = k;
  let words = 0;
  while (c < toks.length && !toks[c]!.cap) {
    const w = toks[c]!.lower;
    const joiner = (w === "of" || w === "and") && c > k && toks[c - 1]!.lower !== "of" && toks[c - 1]!.lower !== "and";
    // the office's "of" takes one word before the name: "head of security Ann Ruiz", not "head of the"
    if (w === "of" && joiner && (toks[c + 1]?.cap !== false || toks[c + 2]?.cap !== true)) return -1;
    if (!joiner) {
      if (!/^[a-z][a-z-]*$/.test(w) || w.endsWith("ly") || DATING.has(w)) return -1;
      if (lx.functionWords.has(w) || lx.stopLeft.has(w) || BETWEEN.has(w) || lx.cues.has(w)) return -1;
      // "said a review of available records": a determiner opens a description, no bare title
      if (lx.determiners.has(w)) return -1;
      words++;
    }
    c++;
  }
  const name = toks[c];
  if (c === k || words > PREMODIFIERS_MAX + 2 || !name || name.punct || lx.determiners.has(name.lower)) return -1;
  if (TIME_NAME.test(name.text) || WEEKDAY.test(name.text)) return -1;
  // a run with no joiner is premodifiedName's; this one only adds the joined titles
  return toks.slice(k, c).some((t) => t.lower === "of" || t.lower === "and") ? c : -1;
}

function premodifiedName(toks: readonly Tok[], k: number, end: number): boolean {
  const lx = lex();
  let c = k;
  let offices = 0;
  while (c < end && !toks[c]!.cap) {
    const w = toks[c]!.lower;
    if (!/^[a-z][a-z-]*$/.test(w) || w.endsWith("ly") || DATING.has(w)) return false;
    // "former secretary of labor Tom Reyes": the office's own "of"
    const office =
      w === "of" && c > k && (lx.titles.has(toks[c - 1]!.lower) || lx.speakerNouns.has(toks[c - 1]!.lower));
    if (!office && (lx.functionWords.has(w) || lx.stopLeft.has(w) || BETWEEN.has(w) || lx.cues.has(w))) return false;
    if (office) offices++;
    c++;
  }
  // the office's "of" and its noun are one title with the word before them
  if (c === k || c - k - 2 * offices > PREMODIFIERS_MAX || c === end || !toks[end - 1]!.cap) return false;
  for (let j = c; j < end; j++) if (TIME_NAME.test(toks[j]!.text)) return false;
  return true;
}

/** Auxiliaries after a capitalized -ed word mark a name as subject: "Fleming has said". */
export const AUXILIARY: ReadonlySet<string> = new Set(
  "has have had is was are were will would can could may might did does do".split(" "),
);

/** Adverbs that focus an opening subordinate clause: "even if", "just as", "only after", "long before". */
const FOCUS_BEFORE_CLAUSE = new Set(["even", "just", "only", "long", "right", "shortly"]);

/** Words opening an introductory phrase that ends at the first comma: "In a widely read column, ..." */
const INTRO = new Set(
  "in on at after before during since last earlier later when while as still if although though because with without despite for by from over under once having amid among beyond throughout besides here soon shortly following upon within across unlike minutes hours days weeks months years outside inside".split(
    " ",
  ),
);

const TIMEWORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.|Earlier|Later|Then|Now|Today|Yesterday|Meanwhile|Instead|However|Still|To|A|One|\d+)$/;

/** The dash closing an aside the dash at j opens, within a short stretch, or -1. */
function closingDash(toks: readonly Tok[], j: number): number {
  for (let c = j + 1; c < toks.length && c - j <= 20; c++) {
    if (toks[c]!.text === toks[j]!.text) return c;
    if (FINAL_MARK.has(toks[c]!.text) || isQuoteTok(toks[c])) return -1;
  }
  return -1;
}

/** The dash opening an aside the dash at j closes, within a short stretch of its sentence, or -1. */
function openingDash(toks: readonly Tok[], j: number): number {
  for (let o = j - 1; o >= 0 && j - o <= 20; o--) {
    if (toks[o]!.text === toks[j]!.text) return o;
    if (FINAL_MARK.has(toks[o]!.text) || isQuoteTok(toks[o])) return -1;
  }
  return -1;
}

/** Words that make a span of time before them an adverbial: "a few days later," "two weeks ago,". */
const SPAN_RELATIVE = new Set(["later", "earlier", "ago", "before", "after"]);

/** "But a few days later, Ortiz ...": a span of time opening the clause, closed by "later" and a comma */
function spanOfTimeBefore(toks: readonly Tok[], i: number): boolean {
  let j = i;
  while (j < toks.length && j - i < 8 && AGO_SPAN.test(toks[j]!.lower)) j++;
  return j > i && SPAN_RELATIVE.has(toks[j]?.lower ?? "") && toks[j + 1]?.text === ",";
}

/**
 * "A few days later the mayor ...", "Last week the mayor ...": where a span of time closed by "later",
 * "ago" or "earlier", or a deictic time ("last week", "this year"), opening the clause with no comma after
 * it ends; i when none opens there.
 */
function timePhraseEnd(toks: readonly Tok[], i: number): number {
  let j = i;
  while (j < toks.length && j - i < 8 && AGO_SPAN.test(toks[j]!.lower)) j++;
  if (j > i && SPAN_RELATIVE.has(toks[j]?.lower ?? "") && toks[j]!.lower !== "before" && toks[j]!.lower !== "after")
    j++;
  else if (DEICTIC.has(toks[i]?.lower ?? "") && TIME_NOUN.has(toks[i + 1]?.lower ?? "")) j = i + 2;
  else return i;
  const next = toks[j];
  return next && !next.punct && !isQuoteTok(next) ? j : i;
}

/** Openers TIMEWORD lists that as often start the subject: "A week later," but "A spokesman tried to". */
const ARTICLE_OR_COUNT = /^(?:A|An|One|\d+)$/;

/**
 * "A spokesman tried to play it down, saying", "One aide ...": an article or a count before a noun that
 * is no time ("A week later,", "One day,", "2 years ago,") opens the subject, not an adverbial.
 */
function articleSubject(toks: readonly Tok[], i: number): boolean {
  if (!ARTICLE_OR_COUNT.test(toks[i]!.text)) return false;
  for (let j = i + 1; j < toks.length && j - i <= 3; j++) {
    const t = toks[j]!;
    if (TIME_NOUN.has(t.lower) || SPAN_RELATIVE.has(t.lower) || TIMEWORD.test(t.text)) return false;
    if (t.punct) break;
  }
  return true;
}

/** A quote mark at i that closes a quote: its text runs on from the word before it, no space between. */
function closingQuote(toks: readonly Tok[], i: number): boolean {
  const t = toks[i];
  return !!t && i > 0 && isQuoteTok(t) && t.text !== "“" && toks[i - 1]!.end === t.start;
}

/** The subject at the start of a sentence, for "..., adding that" and "and said". */
export function sentenceSubject(toks: readonly Tok[], before: number): SpeakerPhrase | null {
  const lx = lex();
  let i = 0;
  // '“We lost,” delegate Ivan Petrenko, wearing a “Unity” pin, said': a quote opening the sentence holds
  // the words reported, not the subject
  const open = toks[0];
  if (open && isQuoteTok(open)) {
    let c = 1;
    while (c < before && !isQuoteTok(toks[c])) c++;
    const close = toks[c];
    const closes = !!close && (open.text === "“" ? close.text === "”" : close.text === open.text);
    if (c < before && closes && [",", "?", "!", "."].includes(toks[c - 1]!.text)) i = c + 1;
  }
  while (i < before && (toks[i]!.punct || ["but", "and", "so", "yet", "still", "meanwhile"].includes(toks[i]!.lower)))
    i++;
  // "Even before the mayor spoke, the clerk ...", "Just as she left, ...": a focusing adverb
  // before the subordinator of an opening clause
  if (FOCUS_BEFORE_CLAUSE.has(toks[i]?.lower ?? "") && SUBORDINATOR.has(toks[i + 1]?.lower ?? "")) i++;
  // "Two days later the mayor ...", "Last week the mayor ...": a time phrase with no comma after it
  const timed = timePhraseEnd(toks, i);
  if (timed > i && timed < before) i = timed;
  // step over a leading adverbial clause: "In April, Tehran deployed"
  const first = toks[i];
  // ...or an adverb phrase ending in one: "Most recently,", "Just as importantly,"
  const lyAt = (x: number) => /^[A-Za-z]+ly$/.test(toks[x]?.text ?? "") && toks[x + 1]?.text === ",";
  const adverb = first && (lyAt(i) || ((lyAt(i + 1) || lyAt(i + 2)) && INTENSIFIER.has(first.lower)));
  // "Facing mounting criticism, Mr. Trump ...", "Asked about it, Huckabee's campaign said": a participle opens a phrase
  // ...not a name ("Ahmed Saleh", "Fleming said"): the next word is a lowercase non-verb
  const second = toks[i + 1];
  const participle =
    first &&
    /^[A-Z][a-z]+(?:ing|ed)$/.test(first.text) &&
    !!second &&
    // "Speaking Sunday on the radio, Ortiz said": a day after it is the participle's time, not a surname
    (!second.cap || WEEKDAY.test(second.text)) &&
    // 'Citing “family reasons,” the aide said': a quote may open the participle's object
    (!second.punct || isQuoteTok(second)) &&
    !lx.cues.has(second.lower) &&
    !AUXILIARY.has(second.lower);
  // "This year, he rose", "Last week, the campaign said"
  const dated = first && DEICTIC.has(first.lower) && TIME_NOUN.has(second?.lower ?? "");
  // "Eight years ago, he said" - a count of time; "One aide tried to ..., saying" opens with the subject
  const count = first && NUMBER_WORD.test(first.lower) && first.cap && TIME_NOUN.has(second?.lower ?? "");
  let inside = false;
  const opener = i;
  if (
    first &&
    (INTRO.has(first.lower) ||
      adverb ||
      participle ||
      count ||
      dated ||
      (TIMEWORD.test(first.text) && !articleSubject(toks, i)) ||
      spanOfTimeBefore(toks, i))
  ) {
    let j = i;
    let aside = false;
    // "By Monday evening she had called off ...": a phrase opened by a preposition ends, comma or not, at
    // a subject pronoun (a subordinator's clause has a subject of its own: "When she called it ..., Marsh")
    const prepositional = INTRO.has(first.lower) && !SUBORDINATOR.has(first.lower);
    for (; j < Math.min(toks.length, i + 25); j++) {
      if (toks[j]!.text === ",") break;
      if (prepositional && j > i && NOMINATIVE.has(toks[j]!.lower) && j < before) break;
      // 'Conceding that a deal would come “in time” she warned:': a participle phrase whose comma was left
      // out ends at a subject pronoun right after the quote closing it
      if (participle && NOMINATIVE.has(toks[j]!.lower) && closingQuote(toks, j - 1) && j < before) break;
      // "In a speech in Lviv -- which votes Saturday -- Ortiz argued": an aside set off by dashes inside
      // the opening phrase; the closing dash ends the phrase when a subject opens right after it
      const close = DASHES.has(toks[j]!.text) ? closingDash(toks, j) : -1;
      if (close < 0) continue;
      const next = toks[close + 1];
      if (next && (next.cap || lx.determiners.has(next.lower)) && !lx.functionWords.has(next.lower)) {
        j = close;
        aside = true;
        break;
      }
      j = close;
    }
    if (aside) {
      if (j < before) i = j + 1;
    } else if (j < toks.length && NOMINATIVE.has(toks[j]!.lower)) {
      i = j;
    } else if (j < toks.length && toks[j]!.text === ",") {
      j = introEnd(toks, j);
      // "After touring the plant, Ms. Ortiz suggested": a cue inside the opening phrase
      // belongs to the main clause's subject, after the comma
      // ...only right after the opener ("After talking", "Besides attacking"): in "When Trump launched
      // his campaign by talking" the opening clause has a subject of its own
      inside = j >= before && before <= i + 1;
      if (j < before || inside) i = j + 1;
      // 'When she called it "a tax," Marsh said': the comma closing the phrase sits inside a quote
      if (i === j + 1 && isQuoteTok(toks[i]) && toks[i]!.start === toks[j]!.end) i++;
    }
  }
  const sp = subjectAt(toks, i, before, inside);
  // "Then the governor went on television, saying": a one-word adverb opens no phrase up to the comma
  if (!sp && i > opener && lx.functionWords.has(toks[opener]!.lower) && toks[opener + 1]?.text !== ",")
    return subjectAt(toks, opener, before, false);
  return (sp && cleftSubject(toks, sp, before)) ?? sp;
}

/**
 * "It was at the fair that Marsh gave his speech, pointing to ...": a cleft's "it" is no one; the
 * subject is the one after its "that".
 */
function cleftSubject(toks: readonly Tok[], sp: SpeakerPhrase, before: number): SpeakerPhrase | null {
  if (sp.kind !== "pronoun" || toks[sp.start]!.lower !== "it") return null;
  const be = toks[sp.end];
  if (!be || !["is", "was", "’s", "'s"].includes(be.lower)) return null;
  for (let t = sp.end + 1; t < before && t - sp.end <= 12; t++) {
    const w = toks[t]!;
    if (w.punct || isQuoteTok(w)) return null;
    if (w.lower !== "that") continue;
    const after = subjectAt(toks, t + 1, before, false);
    return after && after.kind !== "relative" ? after : null;
  }
  return null;
}

/** Subject pronouns, which can only open a clause: an introductory phrase has ended before one. */
const NOMINATIVE = new Set(["he", "she", "they", "we", "i"]);
/** the most words after the comma of coordinate adjectives, up to the next comma ("In a long, frank interview,") */
const COORDINATE_ADJECTIVES_MAX = 4;

/** Words that open an adverb phrase: "Most recently,", "More importantly,", "Just as importantly,". */
const INTENSIFIER = new Set(["most", "more", "just", "very", "only", "perhaps", "quite", "even", "less", "least"]);

/** Words that open a phrase going on with the introductory one: "At a rally in Dayton, Ohio, on Friday, ..." */
const INTRO_GOES_ON = new Set(
  "on in at after before during while when as since with without despite amid following".split(" "),
);

/**
 * The comma that closes an introductory phrase whose first comma is at j: the phrase goes on over
 * coordinate adjectives ("In a long, frank interview,"), a place's state or country ("in Dayton, Ohio,"),
 * a time ("in Hudson, New Hampshire Monday,") and a further circumstance ("..., on Friday, after the vote,").
 */
function introEnd(toks: readonly Tok[], j: number): number {
  for (let hop = 0; hop < 3; hop++) {
    let c = j + 1;
    while (
      c < toks.length &&
      c - j <= 12 &&
      toks[c]!.text !== "," &&
      !isQuoteTok(toks[c]) &&
      !FINAL_MARK.has(toks[c]!.text)
    )
      c++;
    if (toks[c]?.text !== "," || c === j + 1) return j;
    const seg = toks.slice(j + 1, c);
    // "In a long, frank interview,": the words after the comma are a few more adjectives and the noun,
    // no clause ("At the time, he issued a note saying,")
    const adjectives =
      ARTICLE.has(toks[j - 2]?.lower ?? "") &&
      !toks[j - 1]!.cap &&
      !seg[0]!.cap &&
      seg.length <= COORDINATE_ADJECTIVES_MAX &&
      !seg.some((t) => NOMINATIVE.has(t.lower));
    const where = whereOrWhen(toks, j + 1, c);
    const goesOn = INTRO_GOES_ON.has(seg[0]!.text);
    if (!adjectives && !where && !goesOn) return j;
    j = c;
  }
  return j;
}

/** Tokens [from, to) name only a place and a time: "New Hampshire Monday", "Dayton, Ohio", "July 6, 2015". */
function whereOrWhen(toks: readonly Tok[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = toks[i]!;
    if (!(t.place || t.punct || WEEKDAY.test(t.text) || TIME_NAME.test(t.text) || /^\d{1,4}$/.test(t.text)))
      return false;
  }
  return to > from;
}

const FINAL_MARK = new Set([".", "!", "?", ";", ":"]);

function subjectAt(toks: readonly Tok[], i: number, before: number, inside: boolean): SpeakerPhrase | null {
  const lx = lex();
  // "Indeed, the judge said", "Then he began", "When she was talking about": the subject follows the connective
  for (let n = 0; n < 3 && i < before && lx.functionWords.has(toks[i]?.lower ?? ""); n++)
    i += toks[i + 1]?.text === "," ? 2 : 1;
  const t = toks[i];
  if (!t) return null;
  const pro = lx.pronouns.get(t.lower);
  // "Her aides said" (the possessive's phrase is kept only when it ends before the verb)
  const owned = possessiveSubject(toks, i);
  if (owned && owned.end <= before) return appositiveName(toks, owned, before) ?? owned;
  if (pro && pro !== "relative") return { start: i, end: i + 1, headStart: i, headEnd: i + 1, kind: "pronoun" };
  const sp = speakerRight(toks, i, true);
  if (!sp || (sp.end > before && !inside)) return null;
  // "A Libertarian, he backed ...": a description fronted before a subject pronoun is in apposition to it
  const fronted = sp.end + 1;
  if (
    toks[sp.end]?.text === "," &&
    NOMINATIVE.has(toks[fronted]?.lower ?? "") &&
    fronted < before &&
    /^[a-z]/.test(toks[fronted + 1]?.text ?? "")
  )
    return { start: fronted, end: fronted + 1, headStart: fronted, headEnd: fronted + 1, kind: "pronoun" };
  return appositiveName(toks, sp, before) ?? sp;
}

/** the most words of a prepositional tail on a description before its appositive name ("at the debate") */
const DESCRIPTION_TAIL_MAX = 5;
/** the most words of a name in apposition ("former Secretary of State Ann Lee") */
const APPOSITIVE_NAME_MAX = 7;
/** Lowercase words that open a titled name: "former Gov. Ann Lee". */
const NAME_TITLE_OPENER = new Set(["former", "then", "acting"]);

/**
 * "One of the women, Ann Ruiz, 64, had worked ... and told", "her rival at the debate, Gov. Ann Lee, struck
 * back, saying": a name set off by commas right after a description that opens the clause is
 * that subject named, and speaks for it, as speakerLeft reads "her adviser, Jake Sullivan, said". The
 * name's closing comma (past an age) is followed by the clause's verb.
 */
function appositiveName(toks: readonly Tok[], sp: SpeakerPhrase, before: number): SpeakerPhrase | null {
  if (sp.kind === "name" || sp.kind === "pronoun" || sp.kind === "relative" || toks[sp.end - 1]!.cap) return null;
  let c = sp.end;
  if (PREPOSITION.has(toks[c]?.lower ?? ""))
    while (c < before && c - sp.end <= DESCRIPTION_TAIL_MAX && !toks[c]!.punct && !toks[c]!.cap) c++;
  if (toks[c]?.text !== "," || toks[c - 1]!.cap) return null;
  const start = c + 1;
  let end = start;
  // "former Secretary of State Ann Lee": a title may open the name, lowercase words of a name inside it
  if (NAME_TITLE_OPENER.has(toks[end]?.lower ?? "")) end++;
  while (
    end < before &&
    end - start < APPOSITIVE_NAME_MAX &&
    (toks[end]!.cap || toks[end]!.text === "." || (end > start && NAME_PARTICLE.has(toks[end]!.lower)))
  )
    end++;
  while (end > start && !toks[end - 1]!.cap && toks[end - 1]!.text !== ".") end--;
  if (end === start || !toks[end - 1]!.cap || whereOrWhen(toks, start, end)) return null;
  let close = end;
  // "Tom Lee, 70,": an age between the name and its closing comma
  if (toks[close]?.text === "," && /^\d{1,3}$/.test(toks[close + 1]?.text ?? "") && toks[close + 2]?.text === ",")
    close += 2;
  if (toks[close]?.text !== "," || close + 1 >= before || !/^[a-z]/.test(toks[close + 1]!.text)) return null;
  return { start, end, headStart: start, headEnd: end, kind: "name" };
}
