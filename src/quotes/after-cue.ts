/**
 * What stands between a cue and its content, or after a cue that has none: adverbials of time and place
 * ("said on Monday in a statement that"), a circumstance of the speaking ("said as he left"), the time of
 * the saying ("said on Sunday they had"), a quoted programme or book title ("on Radio North's “Morning
 * Show.”"). The attribution rules (attribute.ts) ask these to tell a complement from a circumstance.
 */
import { lex } from "./lexicon.js";
import { quoteStartingAt, type QuoteSpan } from "./marks.js";
import { byMedium } from "./media.js";
import { WEEKDAY } from "./speaker.js";
import { compoundHyphen, FINAL, isQuoteTok, lyAdverb, NOUN_DET, type Tok } from "./tokens.js";

/** Prepositions and times that may follow a cue before its content: "said on Monday in a statement that". */
export const ADVERBIAL = new Set(
  (
    "on in during at of about after before while last this from via through at outside inside earlier " +
    "late later monday tuesday wednesday thursday friday saturday sunday yesterday today tonight recently " +
    "also again repeatedly previously publicly privately once"
  ).split(" "),
);

/** Words opening a circumstance after a speech verb: "said as he left", "said in December", "said to People". */
export const CIRCUMSTANCE = new Set("to as when while before after in at on during".split(" "));

/** the longest circumstance: "in a long interview with a regional weekly on Sunday" */
export const CIRCUMSTANCE_MAX = 10;

/**
 * "said to People.", "said as he launched the process.": from i to the clause's end, a short phrase
 * opened by a preposition or a subordinator, with no "that", quote or colon: a circumstance of the
 * speaking, not what was said. "to" opens one only before a name or a noun phrase ("to a crowd"),
 * not before a verb ("vowed to fight").
 */
export function circumstanceOnly(toks: readonly Tok[], i: number): boolean {
  const first = toks[i];
  if (!first || !CIRCUMSTANCE.has(first.lower)) return false;
  const next = toks[i + 1];
  if (
    first.lower === "to" &&
    !(next?.cap || NOUN_DET.has(next?.lower ?? "") || lex().addressees.has(next?.lower ?? ""))
  )
    return false;
  for (let j = i + 1; j < toks.length; j++) {
    const t = toks[j]!;
    if (FINAL.has(t.text) || t.text === "," || t.text === ";") return j > i + 1;
    if (t.lower === "that" || isQuoteTok(t) || t.text === ":" || j - i >= CIRCUMSTANCE_MAX) return false;
  }
  return toks.length > i + 1;
}

/** Words after which a subject pronoun opens a clause of the circumstance, not a complement: "while he spoke". */
const CIRCUMSTANCE_CLAUSE = new Set("as when while before after because since until once".split(" "));
const SUBJECT_PRONOUN = new Set("i we you he she they".split(" "));
/** "a few days later", "two weeks ago": a span of time counted from the saying. */
const COUNTED_TIME = new Set(["later", "ago", "earlier"]);

/**
 * "..., as the Gazette reported a few days later.", "..., as the mayor said in May while touring a plant.":
 * the verb of a comparison's "as" clause reports the clause before it, and what follows the verb up to the
 * clause's end is when, where or how it was said, however long, unless a "that", a quote, a colon or a
 * clause with a subject of its own ("as he said he would") makes it a complement.
 */
export function comparisonCircumstance(toks: readonly Tok[], i: number): boolean {
  const first = toks[i];
  if (!first || first.punct) return false;
  let end = i;
  while (end < toks.length && !FINAL.has(toks[end]!.text) && ![",", ";", "—", "–", "--"].includes(toks[end]!.text))
    end++;
  const counted = end - i <= 5 && COUNTED_TIME.has(toks[end - 1]?.lower ?? "");
  const opens = CIRCUMSTANCE.has(first.lower) || ADVERBIAL.has(first.lower) || lyAdverb(first) || counted;
  if (!opens || first.lower === "to") return false;
  for (let j = i; j < end; j++) {
    const t = toks[j]!;
    if (t.lower === "that" || isQuoteTok(t) || t.text === ":") return false;
    if (SUBJECT_PRONOUN.has(t.lower) && !CIRCUMSTANCE_CLAUSE.has(toks[j - 1]?.lower ?? "")) return false;
  }
  return true;
}

/**
 * '“Too slick?” She tweeted when the governor closed with a joke.': a subordinator right after the verb (or its
 * adverbs) opens the time or cause of the saying, however long, when no "that" or quote follows in its
 * clause and no second subject in it; the caller has the quote before the speaker to report.
 */
export function subordinateCircumstance(toks: readonly Tok[], i: number): boolean {
  while (i < toks.length && lyAdverb(toks[i])) i++;
  if (!CIRCUMSTANCE_CLAUSE.has(toks[i]?.lower ?? "")) return false;
  for (let j = i + 1; j < toks.length && !FINAL.has(toks[j]!.text) && ![",", ";"].includes(toks[j]!.text); j++) {
    if (toks[j]!.lower === "that" || isQuoteTok(toks[j]) || toks[j]!.text === ":") return false;
    // "said when the votes are counted he will lead": a second subject opens the clause reported
    if (j > i + 1 && SUBJECT_PRONOUN.has(toks[j]!.lower)) return false;
  }
  return true;
}

const DAY_PART = new Set(["morning", "afternoon", "evening", "night"]);

const TIME_SPAN = new Set(["week", "month", "year", "weekend"]);
/** Days named by their distance from today: "said yesterday". */
const DEICTIC_DAY = new Set(["yesterday", "today", "tonight"]);
/** Words opening a span before TIME_SPAN: "last week", "earlier this month". */
const SPAN_OPENER = new Set(["last", "earlier", "this"]);

/**
 * "Police said on Sunday they had arrested ...", "said last week the plan ...": when the time of the
 * saying opens what follows the cue, the content starts after it. "said Sunday's attack ..." keeps it.
 */
export function skipSayingTime(toks: readonly Tok[], s: number): number {
  let i = s;
  if (toks[i]?.lower === "on" && WEEKDAY.test(toks[i + 1]?.text ?? "")) i++;
  const t = toks[i];
  if (!t) return s;
  if (WEEKDAY.test(t.text) || DEICTIC_DAY.has(t.lower)) {
    i++;
    if (DAY_PART.has(toks[i]?.lower ?? "")) i++;
  } else if (SPAN_OPENER.has(t.lower) && TIME_SPAN.has(toks[i + 1]?.lower ?? "")) i += 2;
  else return s;
  const n = toks[i];
  if (n?.text === ",") i++;
  else if (!n || n.punct || n.text === "'s" || n.text === "’s") return s;
  return i < toks.length && !toks[i]!.punct ? i : s;
}

/** Whether toks[s, e) name a time and nothing else: "Tuesday", "on Sunday night", "last week". */
export function sayingTimeOnly(toks: readonly Tok[], s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const t = toks[i]!;
    const time =
      WEEKDAY.test(t.text) ||
      t.lower === "on" ||
      DAY_PART.has(t.lower) ||
      TIME_SPAN.has(t.lower) ||
      DEICTIC_DAY.has(t.lower) ||
      SPAN_OPENER.has(t.lower);
    if (!time) return false;
  }
  return true;
}

/** Skips adverbials after a cue; returns the index of the first token not skipped. */
export function skipAdverbials(toks: readonly Tok[], i: number, quotes?: readonly QuoteSpan[], text?: string): number {
  // "said quietly.", "said matter-of-factly as ..."
  while (i < toks.length && lyAdverb(toks[i])) i++;
  // "said by telephone on Sunday": the channel is an adverbial too
  if (i < toks.length && !ADVERBIAL.has(toks[i]!.lower) && !byMedium(toks, i)) return i;
  // "reported at least six planes": a quantity, not a place or time
  if (toks[i]?.lower === "at" && (toks[i + 1]?.lower === "least" || toks[i + 1]?.lower === "most")) return i;
  let j = i;
  while (j < toks.length && j - i < 15) {
    const t = toks[j]!;
    if (isQuoteTok(t) && quotes && text !== undefined) {
      // "said Wednesday on Radio North's “Morning Show.”": a programme's or a book's title is part of the adverbial
      const q = quoteStartingAt(quotes, t.start, 0);
      if (q && quotedTitle(text.slice(q.start, q.end), 2)) {
        while (j < toks.length && toks[j]!.start < q.end) j++;
        // the title's own final stop ("Show.”") ends the sentence
        if (j >= toks.length || FINAL.has(toks[j - 2]?.text ?? "")) return toks.length;
        continue;
      }
    }
    // "said of the so-called “bridge”": a compound's hyphen is part of its word, no mark closing the adverbial
    if (compoundHyphen(toks, j)) {
      j++;
      continue;
    }
    if (t.punct || t.lower === "that" || isQuoteTok(t)) break;
    j++;
  }
  return j;
}

/** A quoted title opening at pos: 'on Radio North's “Morning Show.”' */
export function titleAt(quotes: readonly QuoteSpan[], pos: number, text: string): boolean {
  const q = quoteStartingAt(quotes, pos, 0);
  return q !== null && quotedTitle(text.slice(q.start, q.end), 2);
}

const TITLE_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|&|a|an|the|of|and|in|on|at|for|to|with|\d+)$/u;

/** A short title in Title Case: “Sunday Morning Futures,”, “Fox & Friends,”, “This Week,”. */
export function quotedTitle(quote: string, minWords = 1): boolean {
  const words = quote
    .replace(/^(?:[“"]|'')|(?:[”"]|'')$/g, "")
    .replace(/[,.]+(?=(?:[”"]|'')?$)/, "")
    .replace(/[,.]$/, "")
    .split(/\s+/)
    .filter(Boolean);
  return (
    words.length >= Math.max(1, minWords) &&
    words.length <= 5 &&
    /^\p{Lu}/u.test(words[0]!) &&
    words.every((w) => TITLE_WORD.test(w))
  );
}
