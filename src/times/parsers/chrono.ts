/**
 * chrono-node finds the calendar dates (month-day, month-year, weekdays, numeric dates, ranges, times
 * of day, today/yesterday); its results are read back here by which components the text states, and
 * the missing year or week is filled in the direction the sentence leans. chrono runs once over the
 * document's dated sentences (everything else blanked out, long runs of blanks cut short, offsets mapped
 * back: gaps.ts): once per sentence costs twice as much.
 */
import * as chrono from "chrono-node";
import type { Range } from "../../document/schema.js";
import { indexAt } from "../../util/ranges.js";
import { type Day, fmtDay, fmtMonth } from "../calendar.js";
import { alternation, lexicon } from "../lexicon.js";
import { labelledNumbers } from "../numbered-names.js";
import { type Condensed, condense } from "./gaps.js";
import { isPast, pastVerbs } from "../tense.js";
import { resolveDayYear, resolveMonthYear, resolveWeekday } from "../resolve.js";
import type { Candidate, Lean } from "../types.js";

type Components = chrono.ParsedComponents;

// Only the casual parsers' calendar part: chrono's relative ones ("last week", "3 years ago", "now") are
// replaced by parsers of our own that follow TimeML.
const parser = chrono.casual.clone();
parser.parsers = parser.parsers.filter((p) => !/TimeUnit|RelativeDate/.test(p.constructor.name));

// "the fiscal year ended Jan. 31", "he was killed on Oct. 23": the verb in the past tense governs the day
const PAST_VERB_RIGHT_BEFORE =
  /\b(?:was|were|had|did|began|came|went|took|left|met|died|[a-z]{3,}ed)\s+(?:on\s+|in\s+)?$/i;
const FUTURE_AFTER =
  /\b(?:will|shall|(?:is|are)\s+(?:to|expected\s+to|scheduled\s+to|due\s+to|set\s+to|going\s+to)|plans?\s+to|intends?\s+to)\b|['’]ll\b/i;
const AMBIGUOUS_MONTH = /^(may|march|jan|mar|jun|sept?|oct|dec|aug|nov)\.?$/i;
const TIME_CUE_BEFORE =
  /\b(?:in|of|since|by|until|till|from|to|through|during|early|late|mid|last|next|this|before|after|between|and|or|throughout|on)[\s-]*$/i;
const PART_OF_DAY_OF = /\b(?:the\s+)?(?:night|morning|evening|afternoon)\s+of\b(?=\s+[A-Z])/gi;
const FIGURE_BEFORE = /^\d+(?:[.:]\d+)?,\s+(?:on\s+)?(?=[A-Za-z])/;
const FIGURE_AFTER = /\s+at\s+\d+$/;
/** "end of", "beginning of": a part of the month named after it */
const PART_OF = String.raw`(?:end|beginning|start|middle)\s+of\s+`;
const PART_OF_MONTH = new RegExp(`^${PART_OF}`, "i");
/** what may stand between a clause's opening word and its month: "the end of", "early" */
const MONTH_LEAD = String.raw`(?:the\s+${PART_OF})?(?:(?:early|late|mid)[\s-]+)?$`;
/** "in", "during", "since", "at" before the month, as the last words of the clause before it */
const IN_MONTH = new RegExp(String.raw`(?:^|\bin|\bduring|\bsince|\bat)\s*${MONTH_LEAD}`, "i");
/** the same words opening the clause: no verb before the month */
const MONTH_OPENS_CLAUSE = new RegExp(String.raw`^\s*(?:(?:in|during|since|at)\s+)?${MONTH_LEAD}`, "i");
/** a street word after a month's name ("June Drive"), from the lexicon on first use */
let streetAfter: RegExp | undefined;
const LEADING_PREP = /^(?:at|on|in|by|from|of|since|around|about)\s+/i;

function day(
  c: Components,
  anchor: Day,
  lean: Lean,
  text: string,
): { value: string; grain: Candidate["grain"] } | null {
  const known = (k: chrono.Component) => c.isCertain(k);
  if (known("day") && known("month")) {
    const m = c.get("month")!;
    const d = c.get("day")!;
    const y = known("year") ? c.get("year")! : resolveDayYear(anchor, m, d, lean);
    return { value: fmtDay({ y, m, d }), grain: "day" };
  }
  if (known("weekday") && !known("day")) {
    const wd = c.get("weekday")!;
    const low = text.toLowerCase();
    if (/\blast\b|\bpast\b/.test(low))
      return {
        value: fmtDay(resolveWeekday(anchor, wd, "past", true)),
        grain: "day",
      };
    if (/\bnext\b/.test(low))
      return {
        value: fmtDay(resolveWeekday(anchor, wd, "future", true)),
        grain: "day",
      };
    return { value: fmtDay(resolveWeekday(anchor, wd, lean)), grain: "day" };
  }
  if (known("month") && !known("day")) {
    const m = c.get("month")!;
    const y = known("year") ? c.get("year")! : resolveMonthYear(anchor, m, lean);
    return { value: fmtMonth(y, m), grain: "month" };
  }
  if (known("year") && !known("month")) return null;
  // a time of day alone, or today / yesterday / tomorrow: chrono filled the day from the reference
  const y = c.get("year");
  const m = c.get("month");
  const d = c.get("day");
  if (y === null || m === null || d === null) return null;
  return { value: fmtDay({ y, m, d }), grain: "day" };
}

/**
 * "stepped down as chairman and chief executive in March", "In January, the company brought in a new
 * chief": the clause around a month is told in the past tense (a verb before it in the clause, or after
 * it when the month opens the clause).
 */
function pastClause(text: string, start: number, end: number, sentenceEnd: number): boolean {
  const before = /[^.;:!?]{0,80}$/.exec(text.slice(Math.max(0, start - 80), start))![0];
  // "through January", "by February", "for November": a stretch or a deadline, which may lie ahead
  if (!IN_MONTH.test(before)) return false;
  const verbs = [...before.matchAll(pastVerbs().all)];
  const last = verbs[verbs.length - 1];
  // "decided to admit them in March", "guidelines to be published in November": the infinitive governs
  if (last)
    return !/\bto\s+(?!(?:a|an|the|his|her|its|their|this|that|these|those|our|my|your)\b)[a-z]+/i.test(
      before.slice(last.index + last[0].length),
    );
  if (!MONTH_OPENS_CLAUSE.test(before)) return false;
  // the rest of the sentence, as far as its main verb: "In March, days after the ruling in Smith vs.
  // Jones, a car bomb outside a courthouse in Dothan, Ala., hurt two deputies" (abbreviations end no clause here)
  const after = /^[^;:!?]{0,160}/.exec(text.slice(end, Math.min(sentenceEnd, end + 160)))![0];
  // the first verb decides: "In January, X brought in a chief, who will remain chairman" is told in the past
  const past = pastVerbs().one.exec(after);
  const future = FUTURE_AFTER.exec(after);
  return !!past && (!future || past.index < future.index);
}

const TURNS_AGE = /\bturns\s{1,3}\d{1,3}(?:[\s-]{1,3}years?(?:[\s-]{1,3}old)?)?\s{1,3}(?:on\s{1,3})?$/i;

let scheduled: RegExp | undefined;

/**
 * A verb of a schedule in the present tense right before a weekday ("meets Tuesday", "resume on Monday"),
 * or before the place it happens ("opens in Warsaw on Friday");
 * after an article it is a noun ("at the close Friday", "the vote Tuesday"), after "to" or a modal no present;
 * capitalized, a name ("the city's North End Friday").
 */
function scheduledBefore(before: string): boolean {
  scheduled ??= new RegExp(
    `(?<!\\b(?:[Tt]o|[Dd]id|[Dd]idn['’]t|[Ww]ould|[Cc]ould|[Ss]hould|[Mm]ight|[Mm]ust|not|[Tt]he|[Aa]|[Aa]n|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Tt]hat|last|first|final|'s)\\s+)\\b(?:${alternation(lexicon().lex.scheduled_verbs)})(?:\\s+[a-z]+ly)?(?:\\s+(?:in|at|to|for)\\s+[A-Z][\\w.'-]*(?:,?\\s+[A-Z][\\w.'-]*){0,2})?(?:\\s+(?:on|again|next))?\\s+$`,
  );
  return scheduled.test(before);
}

let genericToday: RegExp | undefined;

/**
 * "today" and "tomorrow" name no day in "today's world", "the leaders of tomorrow" (nowadays, the
 * future), nor in a title ("USA Today", "VOA Today").
 */
function namesADay(text: string, start: number, end: number): boolean {
  genericToday ??= new RegExp(`^['’]s\\s+(?:[a-z]+\\s+)?(?:${alternation(lexicon().lex.generic_after_today)})\\b`, "i");
  const after = text.slice(end, end + 40);
  const before = text.slice(Math.max(0, start - 20), start);
  if (genericToday.test(after)) return false;
  if (
    /\b(?:of|for)\s+$/i.test(before) &&
    /^(?:\s*[.,;:!?")'’”]|\s+(?:and|or|is|are|will)\b)/.test(after) &&
    /^tomorrow/i.test(text.slice(start, end))
  )
    return false;
  // a capitalized "Today" inside a sentence, after a capitalized word, is a name
  if (text[start] === "T" && /[A-Z][\w.]*\s+$/.test(before) && !/(?:^|[.!?"“]\s*)\S*\s*$/.test(before)) return false;
  return true;
}

/** A date needs a word (a month, a weekday) or a full numeric form ("5/6/2016"). */
function hasWords(text: string): boolean {
  return /[a-z]{3}/i.test(text) || /\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}/.test(text);
}

const CALENDAR_WORD =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|sun|mon|tue|wed|thu|fri|sat|today|yesterday|tomorrow|tonight)|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}/i;

function namesDay(text: string): boolean {
  return CALENDAR_WORD.test(text);
}

const JOINER = /^(.*?)(\s*[-–—]\s*|\s+(?:to|through|until|till)\s+)(.+)$/i;

/** "Sept. 14 to Thursday": TimeML marks each end apart, and so do we (year ranges are the year parser's). */
function splitRange(anchor: Day, lean: Lean, r: Found, at: number, text: string): Candidate[] {
  const m = JOINER.exec(text);
  if (!m || !r.end) return [];
  // Each side is kept only when it names its day itself: "rose 3 to 20" names none, and in
  // "night of 5-6 May" only "6 May" does (the day-range parser reads "5-6 May" whole).
  const out: Candidate[] = [];
  // "set to lapse last Friday, to Dec. 4": the comma is the sentence's
  const first = m[1]!.replace(/[\s,;:]+$/, "");
  const a = namesDay(first) ? day(r.start, anchor, lean, first) : null;
  if (a) out.push({ start: at, end: at + first.length, ...a, rule: "chrono" });
  const b = namesDay(m[3]!) ? day(r.end, anchor, lean, m[3]!) : null;
  const bs = at + m[1]!.length + m[2]!.length;
  if (b) out.push({ start: bs, end: bs + m[3]!.length, ...b, rule: "chrono" });
  return out;
}

/** `text` with the ranges (in order, apart) blanked, built in one pass. */
function blankOut(text: string, ranges: readonly Range[]): string {
  if (ranges.length === 0) return text;
  const parts: string[] = [];
  let last = 0;
  for (const r of ranges) {
    parts.push(text.slice(last, r.start), " ".repeat(r.end - r.start));
    last = r.end;
  }
  parts.push(text.slice(last));
  return parts.join("");
}

/**
 * Past WHOLE characters, the condensed text is read in parts of about PART characters, cut where a
 * sentence starts: chrono's end-of-period refiner matches a pattern against all the text before each
 * date it finds, so a long text read whole costs the square of its length. Articles are shorter (34 KB
 * at most in the dev sets) and read whole, as before; a cut can only part what spans two sentences,
 * which is dropped below anyway.
 */
const WHOLE = 64_000;
const PART = 16_000;

type Found = Pick<chrono.ParsedResult, "index" | "text" | "start" | "end">;

function parseInParts(condensed: Condensed, ref: Date): Found[] {
  const text = condensed.text;
  if (text.length <= WHOLE) return parser.parse(text, { instant: ref }, { forwardDate: false });
  const out: Found[] = [];
  let from = 0;
  const read = (to: number) => {
    for (const r of parser.parse(text.slice(from, to), { instant: ref }, { forwardDate: false }))
      out.push({ index: r.index + from, text: r.text, start: r.start, end: r.end });
    from = to;
  };
  for (const at of condensed.starts) if (at - from >= PART) read(at);
  read(text.length);
  return out;
}

// chrono runs some forty patterns; a sentence without a digit or a calendar word has no date for them
const MAY_HAVE_DATE =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|day\b|days\b|tomorrow|tonight|noon|midnight|morning|evening|night|afternoon|of the month\b/i;

/**
 * The calendar dates of a document's sentences. `sentences` are the ranges chrono may read; `leanAt`
 * tells which way the text leans at an offset.
 */
export function chronoDates(
  text: string,
  sentences: readonly Range[],
  anchor: Day,
  leanAt: (at: number, end: number) => Lean,
): Candidate[] {
  const chars: string[] = [];
  const dated: Range[] = [];
  let last = 0;
  for (const s of sentences) {
    // the text is rebuilt at its own offsets, so a span overlapping the one before cannot be placed
    if (s.start < last) continue;
    const t = text.slice(s.start, s.end);
    if (!MAY_HAVE_DATE.test(t)) continue;
    dated.push(s);
    chars.push(" ".repeat(s.start - last), t);
    last = s.end;
  }
  if (dated.length === 0) return [];
  // chrono reads "the night of Friday, Oct. 23" as tonight; TimeML marks the day alone
  let visible = chars.join("").replace(PART_OF_DAY_OF, (w) => " ".repeat(w.length));
  // "Interstate 24 Saturday night": chrono reads a road's number as an hour and drops the weekday
  visible = blankOut(visible, labelledNumbers(visible));
  const sentenceOf = (at: number) => indexAt(sentences, at);
  const ref = new Date(anchor.y, anchor.m - 1, anchor.d, 12);
  const out: Candidate[] = [];
  const condensed = condense(visible, dated);
  for (const r of parseInParts(condensed, ref)) {
    let start = condensed.toFull(r.index);
    const end = condensed.toFull(r.index + r.text.length);
    // a date reaching over cut blanks reads as the full text has it
    let words = end - start === r.text.length ? r.text : visible.slice(start, end);
    const lead = LEADING_PREP.exec(words);
    if (lead) {
      start += lead[0].length;
      words = words.slice(lead[0].length);
    }
    words = words.replace(/[\s,;:()]+$/, "");
    // a figure chrono took for an hour: "slid 2.3%, or 9.12, on Monday", "from March 1 at 870 marks"
    const figure = FIGURE_BEFORE.exec(words);
    if (figure) {
      start += figure[0].length;
      words = words.slice(figure[0].length);
    }
    const tail = FIGURE_AFTER.exec(words);
    if (tail && /^[,.]\d/.test(text.slice(start + words.length, start + words.length + 2)))
      words = words.slice(0, tail.index);
    if (!words) continue;
    if (sentenceOf(start) !== sentenceOf(start + words.length - 1)) continue;
    // a bare part of day ("morning", "night") is no date by itself
    if (/^(?:the\s+)?(?:morning|afternoon|evening|night|noon|midnight|midday)$/i.test(words)) continue;
    const c = r.start;
    const monthOnly = c.isCertain("month") && !c.isCertain("day") && !c.isCertain("year") && !r.end;
    if (monthOnly) {
      // month names are capitalized; "may", "march" are verbs; "May" after a name is a surname
      if (words[0] === words[0]!.toLowerCase()) continue;
      // "the March accession", "the May elections": a month names the time of the noun after it
      const modifiesNoun =
        /\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start)) &&
        /^\s+(?!(?:of|to|and|or|is|was|has|had|said|says)\b)[a-z]{3,}/.test(
          text.slice(start + words.length, start + words.length + 16),
        );
      if (
        AMBIGUOUS_MONTH.test(words) &&
        !modifiesNoun &&
        !TIME_CUE_BEFORE.test(text.slice(Math.max(0, start - 20), start))
      )
        continue;
      // "the March of the Combatant Mothers", "the 800 block of June Drive": a name
      const after = text.slice(start + words.length, start + words.length + 20);
      streetAfter ??= new RegExp(`^\\s(?:${alternation(lexicon().lex.street_words)})\\b`);
      if (streetAfter.test(after)) continue;
      if (/ of$/.test(words) ? /^\s*(?:the|a)\s+[A-Z]/.test(after) : /^\s*of\s+(?:the|a)\s+[A-Z]/.test(after)) continue;
    }
    if (/^\d+(?:[.:]\d+)?(?:\s*[ap])?$/i.test(words) || /^\d{1,2}\/\d{1,2}$/.test(words)) continue; // prices, fractions
    // "Sun", "Sat", "wed" are words before they are weekdays
    if (c.isCertain("weekday") && !/\b(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\b|\b[A-Z]{3,}DAY\b/.test(words))
      continue;
    if (!hasWords(words)) continue;
    if (/^(?:today|tomorrow)$/i.test(words) && !namesADay(text, start, start + words.length)) continue;
    let lean = leanAt(start, start + words.length);
    // "held since March", "since Sept. 12": what has held since a time began before the telling
    if (/\bsince\s+(?:(?:early|late|mid)[\s-]+)?$/i.test(text.slice(Math.max(0, start - 14), start))) lean = "past";
    // "resigned in March": a month told in the past tense is the latest one (a day keeps the nearest:
    // "extended to Nov. 20", "declared a dividend payable Dec. 15" look ahead)
    if (
      monthOnly &&
      lean === "neutral" &&
      pastClause(text, start, start + words.length, sentences[sentenceOf(start)]!.end)
    )
      lean = "past";
    if (
      lean === "neutral" &&
      c.isCertain("day") &&
      c.isCertain("month") &&
      !c.isCertain("year") &&
      PAST_VERB_RIGHT_BEFORE.test(text.slice(Math.max(0, start - 20), start)) &&
      !/\b(?:payable|extended|postponed|delayed|adjourned|scheduled|planned|set|moved|rescheduled)\s+(?:on\s+|in\s+)?$/i.test(
        text.slice(Math.max(0, start - 20), start),
      )
    )
      lean = "past";
    // "Until Thursday, they had not called him a suspect": a time up to which something had held is past
    if (
      lean === "future" &&
      /\b(?:until|till)\s+$/i.test(text.slice(Math.max(0, start - 8), start)) &&
      /^[^.;:!?]{0,40}\bhad\b/i.test(text.slice(start + words.length))
    )
      lean = "past";
    // "On Tuesday, the league plans to hold...": the clause's verb, after the day, looks ahead
    if (lean === "neutral" && c.isCertain("weekday")) {
      const after = /^[^.;:!?]{0,80}/.exec(text.slice(start + words.length))![0];
      const before = /[^.;:!?]{0,60}$/.exec(text.slice(Math.max(0, start - 60), start))![0];
      const f = FUTURE_AFTER.exec(after);
      if (f && !isPast(before) && !isPast(after.slice(0, f.index))) lean = "future";
    }
    // "the two leaders meet separately Monday", "the council meets Tuesday": a schedule told in the present
    if (lean === "neutral" && c.isCertain("weekday") && scheduledBefore(text.slice(Math.max(0, start - 70), start)))
      lean = "future";
    // "The boy who was shot turns 6 on Sunday": an age still to be reached is a birthday to come
    if (lean === "neutral" && c.isCertain("weekday") && TURNS_AGE.test(text.slice(Math.max(0, start - 40), start)))
      lean = "future";
    // "the end of September", "the end of the month": TimeML gives the month, as for "the end of this month"
    const part = PART_OF_MONTH.exec(words);
    if (part && !r.end && c.isCertain("month") && !/\b\d{1,2}\b/.test(words.slice(part[0].length))) {
      const the = /\bthe\s+$/i.exec(text.slice(Math.max(0, start - 4), start));
      const from = the ? start - the[0].length : start;
      if (lean === "neutral" && pastClause(text, from, start + words.length, sentences[sentenceOf(start)]!.end))
        lean = "past";
      const m = c.get("month")!;
      const y = c.isCertain("year") ? c.get("year")! : resolveMonthYear(anchor, m, lean);
      out.push({ start: from, end: start + words.length, value: fmtMonth(y, m), grain: "month", rule: "chrono" });
      continue;
    }
    if (r.end) {
      out.push(...splitRange(anchor, lean, r, start, words));
      continue;
    }
    const a = day(c, anchor, lean, words);
    if (a) out.push({ start, end: start + words.length, ...a, rule: "chrono" });
  }
  return out;
}
