/**
 * chrono-node finds the calendar dates (month-day, month-year, weekdays, numeric dates, ranges, times
 * of day, today/yesterday); its results are read back here by which components the text states, and
 * the missing year or week is filled in the direction the sentence leans.
 */
import * as chrono from "chrono-node";
import { type Day, fmtDay, fmtMonth } from "../calendar.js";
import { resolveDayYear, resolveMonthYear, resolveWeekday } from "../resolve.js";
import type { Candidate, Lean, Parser, SentenceContext } from "../types.js";

type Components = chrono.ParsedComponents;

// Only the casual parsers' calendar part: chrono's relative ones ("last week", "3 years ago", "now") are
// replaced by parsers of our own that follow TimeML.
const parser = chrono.casual.clone();
parser.parsers = parser.parsers.filter((p) => !/TimeUnit|RelativeDate/.test(p.constructor.name));

const AMBIGUOUS_MONTH = /^(may|march|jan|mar|jun|sept?|oct|dec|aug|nov)\.?$/i;
const TIME_CUE_BEFORE = /\b(?:in|of|since|by|until|till|from|to|through|during|early|late|mid|last|next|this|before|after|between|and|or|throughout|on)[\s-]*$/i;
const LEADING_PREP = /^(?:at|on|in|by|from|of|since|around|about)\s+/i;

function day(c: Components, anchor: Day, lean: Lean, text: string): { value: string; grain: Candidate["grain"] } | null {
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
    if (/\blast\b|\bpast\b/.test(low)) return { value: fmtDay(resolveWeekday(anchor, wd, "past", true)), grain: "day" };
    if (/\bnext\b/.test(low)) return { value: fmtDay(resolveWeekday(anchor, wd, "future", true)), grain: "day" };
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

/** A date needs a word (a month, a weekday) or a full numeric form ("5/6/2016"). */
function hasWords(text: string): boolean {
  return /[a-z]{3}/i.test(text) || /\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}/.test(text);
}

const JOINER = /^(.*?)(\s*[-–—]\s*|\s+(?:to|through|until|till)\s+)(.+)$/i;

/** "Sept. 14 to Thursday": TimeML marks each end apart, and so do we (year ranges are the year parser's). */
function splitRange(s: SentenceContext, r: chrono.ParsedResult, start: number, text: string): Candidate[] {
  const m = JOINER.exec(text);
  // "rose 3 to 20", "7,000 to 8,000": counts, not days
  if (!m || !r.end || !hasWords(m[1]!) || !hasWords(m[3]!)) return [];
  const out: Candidate[] = [];
  const at = s.offset + start;
  const a = day(r.start, s.anchor, s.lean, m[1]!);
  if (a && m[1]) out.push({ start: at, end: at + m[1].length, ...a, rule: "chrono" });
  const b = day(r.end, s.anchor, s.lean, m[3]!);
  const bs = at + m[1]!.length + m[2]!.length;
  if (b) out.push({ start: bs, end: bs + m[3]!.length, ...b, rule: "chrono" });
  return out;
}

// chrono runs some forty patterns; a sentence without a digit or a calendar word has no date for them
const MAY_HAVE_DATE = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|day\b|days\b|tonight|noon|midnight|morning|evening|night|afternoon/i;

export const chronoDates: Parser = (s) => {
  if (!MAY_HAVE_DATE.test(s.text)) return [];
  const ref = new Date(s.anchor.y, s.anchor.m - 1, s.anchor.d, 12);
  const out: Candidate[] = [];
  for (const r of parser.parse(s.text, { instant: ref }, { forwardDate: false })) {
    let start = r.index;
    let text = r.text;
    const lead = LEADING_PREP.exec(text);
    if (lead) {
      start += lead[0].length;
      text = text.slice(lead[0].length);
    }
    text = text.replace(/[\s,;:()]+$/, "");
    if (!text) continue;
    // a bare part of day ("morning", "night") is no date by itself
    if (/^(?:this\s+|the\s+)?(?:morning|afternoon|evening|night|noon|midnight|midday)$/i.test(text)) continue;
    const c = r.start;
    const monthOnly = c.isCertain("month") && !c.isCertain("day") && !c.isCertain("year") && !r.end;
    if (monthOnly) {
      // month names are capitalized; "may", "march" are verbs; "May" after a name is a surname
      if (text[0] === text[0]!.toLowerCase()) continue;
      if (AMBIGUOUS_MONTH.test(text) && !TIME_CUE_BEFORE.test(s.text.slice(Math.max(0, start - 20), start))) continue;
    }
    if (/^\d+(?:[.:]\d+)?(?:\s*[ap])?$/i.test(text) || /^\d{1,2}\/\d{1,2}$/.test(text)) continue; // prices, fractions
    // "Sun", "Sat", "wed" are words before they are weekdays
    if (c.isCertain("weekday") && !c.isCertain("day") && !/\b(?:sun|mon|tues|wednes|thurs|fri|satur)day\b/i.test(text)) continue;
    if (c.isCertain("weekday") && !/\b(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\b|\b[A-Z]{3,}DAY\b/.test(text)) continue;
    if (!hasWords(text)) continue;
    if (r.end) {
      out.push(...splitRange(s, r, start, text));
      continue;
    }
    const a = day(c, s.anchor, s.lean, text);
    if (!a) continue;
    out.push({ start: s.offset + start, end: s.offset + start + text.length, ...a, rule: "chrono" });
  }
  return out;
};
