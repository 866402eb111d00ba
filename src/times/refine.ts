/**
 * Refiners: they take every parser's candidates for a document and leave one clean list.
 */
import {
  addDays,
  addMonths,
  type Day,
  daysInMonth,
  fmtDay,
  fmtMonth,
  fmtWeek,
  fmtYear,
  parseDay,
  weekday,
} from "./calendar.js";
import { lexicon, readNumber } from "./lexicon.js";
import type { Candidate } from "./types.js";

/** Rules that win a tie in length against chrono: ours follow TimeML where chrono does not. */
const PRIORITY: Record<string, number> = {
  "year-range": 5,
  "day-range": 5,
  quarter: 4,
  half: 4,
  decade: 4,
  season: 3,
  holiday: 3,
  weekend: 3,
  relative: 3,
  ago: 3,
  shift: 3,
  ref: 2,
  duration: 2,
  chrono: 1,
  year: 0,
};

const MODIFIER = /\b(?:early|late|mid|middle|the (?:end|beginning|start|middle) of)[- ]?\s*$/i;
// "the end of this week", "the beginning of next year": TimeML takes the part of the period in
const PART_OF = /\bthe\s+(?:end|beginning|start|middle)\s+of\s+$/i;

// "Earlier Sunday", "later yesterday": a day named by itself takes the comparative too
const COMPARATIVE = /\b(?:earlier|later)\s+$/i;
const NAMED_DAY = /^(?:(?:sun|mon|tues|wednes|thurs|fri|satur)day|today|yesterday|tomorrow|tonight)\b/i;

/** "late February 2016", "early Tuesday", "mid-November": the modifier belongs to the expression. */
export function attachModifiers(text: string, cands: Candidate[]): void {
  for (const c of cands) {
    if (c.rule === "relative" || c.rule === "quarter") {
      const part = PART_OF.exec(text.slice(Math.max(0, c.start - 24), c.start));
      if (part && /^(?:this|next|last|the)\b/i.test(text.slice(c.start, c.end))) c.start -= part[0].length;
      continue;
    }
    if (c.rule !== "chrono" && c.rule !== "year") continue;
    const before = text.slice(Math.max(0, c.start - 20), c.start);
    const m = MODIFIER.exec(before) ?? (NAMED_DAY.test(text.slice(c.start, c.end)) ? COMPARATIVE.exec(before) : null);
    if (m) c.start -= m[0].length;
  }
}

const WEEK_OF = /\bthe\s+week\s+of\s+$/i;

/** "the week of March 6": the week that holds the day. */
export function weekOf(text: string, cands: Candidate[]): void {
  for (const c of cands) {
    if (c.rule !== "chrono" || c.grain !== "day") continue;
    const m = WEEK_OF.exec(text.slice(Math.max(0, c.start - 20), c.start));
    const day = parseDay(c.value);
    if (!m || !day) continue;
    c.start -= m[0].length;
    c.value = fmtWeek(day);
    c.grain = "week";
  }
}

/**
 * "the winter of nineteen ninety-four": a season with its year spelled out after "of" is the season of
 * that year (the season parser reads digits only).
 */
export function seasonOfYear(text: string, cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    if (c.rule !== "season" || /\d/.test(c.text ?? "")) {
      out.push(c);
      continue;
    }
    const of = /^\s+of\s+/.exec(text.slice(c.end, c.end + 6));
    const year = of && cands.find((y) => y.rule === "year" && y.grain === "year" && y.start === c.end + of[0].length);
    const v = year ? shiftValue(c.value, "Y", +year.value - +c.value.slice(0, 4)) : null;
    out.push(year && v ? { ...c, end: year.end, value: v } : c);
  }
  return out;
}

/** Keeps the longest of overlapping candidates (ties to the more specific rule), in text order. */
export function selectLongest(cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) || (PRIORITY[b.rule] ?? 0) - (PRIORITY[a.rule] ?? 0) || a.start - b.start,
  );
  const kept: Candidate[] = [];
  // the kept ones by start and end: they never overlap, so their ends rise with their starts, and the last
  // one starting before c's end is the only one that need be asked whether it reaches past c's start
  const byStart: Candidate[] = [];
  const count = (before: (k: Candidate) => boolean): number => {
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(byStart[mid]!)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (const c of sorted) {
    const last = byStart[count((k) => k.start < c.end) - 1];
    if (last && c.start < last.end) continue;
    kept.push(c);
    byStart.splice(
      count((k) => k.start < c.start || (k.start === c.start && k.end <= c.end)),
      0,
      c,
    );
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** "most recently last October": the vague word only leans on the time that follows it, which says when. */
export function dropRefBeforeTime(text: string, cands: Candidate[]): Candidate[] {
  return cands.filter((c, i) => {
    const next = cands[i + 1];
    return !(c.rule === "ref" && next && next.rule !== "ref" && /^\s+$/.test(text.slice(c.end, next.start)));
  });
}

/** Shifts a value by whole years, months or days at its own grain ("a year earlier" than 1989-Q3 = 1988-Q3). */
function shiftValue(value: string, unit: "Y" | "M" | "D", n: number): string | null {
  if (value.includes("/")) {
    const [a, b] = value.split("/");
    const sa = shiftValue(a!, unit, n);
    const sb = shiftValue(b!, unit, n);
    return sa && sb ? `${sa}/${sb}` : null;
  }
  let m: RegExpExecArray | null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const d: Day = parseDay(value)!;
    if (unit === "D") return fmtDay(addDays(d, n));
    const t = addMonths(d.y, d.m, unit === "Y" ? 12 * n : n);
    return fmtDay({ y: t.y, m: t.m, d: Math.min(d.d, daysInMonth(t.y, t.m)) });
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    if (unit === "D") return null;
    const t = addMonths(+m[1]!, +m[2]!, unit === "Y" ? 12 * n : n);
    return fmtMonth(t.y, t.m);
  }
  if ((m = /^(\d{4})$/.exec(value))) return unit === "Y" ? fmtYear(+m[1]! + n) : null;
  return null;
}

// "the day before last Tuesday", "two days after Christmas": measured from the day the words name
let dayBefore: RegExp | undefined;

/** "the day before last Tuesday's hearing": the day the words count from that day. */
export function daysFromDay(text: string, cands: Candidate[]): void {
  dayBefore ??= new RegExp(`\\b(?:the|(${lexicon().num}))\\s+days?\\s+(before|after)\\s+$`, "i");
  for (const c of cands) {
    const day = c.value.length === 10 ? parseDay(c.value) : null;
    const m = day && dayBefore.exec(text.slice(Math.max(0, c.start - 30), c.start));
    if (!day || !m) continue;
    const n = m[1] ? readNumber(m[1]) : 1;
    if (n === null || !Number.isInteger(n)) continue;
    c.start -= m[0].length;
    c.value = fmtDay(addDays(day, /before/i.test(m[2]!) ? -n : n));
  }
}

/** How far back (characters) a named quarter still sets the frame for "a year earlier". */
const NEAR = 400;

const isQuarter = (v: string | null): v is string => !!v && v.includes("/");
const monthIndex = (v: string) => +v.slice(0, 4) * 12 + +v.slice(5, 7);

/**
 * The quarters an earnings report discusses, counted as they are named or measured from: the most
 * discussed one is "the period" of the report ("the year-earlier period", "the 1989 period"), whatever
 * other quarter a sentence touched last ("after a flat second quarter"). A quarter not yet over at the
 * anchor is a forecast, never the reported period.
 */
class ReportedQuarter {
  private counts = new Map<string, number>();
  constructor(private anchor: Day) {}
  note(q: string): void {
    if (monthIndex(q.split("/")[1]!) >= this.anchor.y * 12 + this.anchor.m) return;
    this.counts.set(q, (this.counts.get(q) ?? 0) + 1);
  }
  /** The most discussed quarter (the first named on a tie), or null before any. */
  get(): string | null {
    let best: string | null = null;
    for (const [q, n] of this.counts) if (best === null || n > this.counts.get(best)!) best = q;
    return best;
  }
}

/** The grain a resolved shift's value is written at: "1989-07/1989-09" (a quarter) is a range, "1990-W05" a week. */
function grainOf(v: string): Candidate["grain"] {
  if (v.includes("/")) return "range";
  if (v.includes("W")) return "week";
  return v.length === 10 ? "day" : v.length === 7 ? "month" : "year";
}

/**
 * "a year earlier", "the previous day", "the following year": measured from the latest time before
 * them of a fitting grain (a year back from a quarter is that quarter a year before), else from the anchor.
 */
export function resolveShifts(cands: Candidate[], anchor: Day): Candidate[] {
  const out: Candidate[] = [];
  let lastDay: string | null = null;
  let lastPeriod: string | null = null; // latest quarter or month
  let lastPeriodEnd = -Infinity;
  // a year, month, day or stretch of time named since the latest quarter moves the talk off that quarter
  let datedSincePeriod = false;
  let lastYear: number | null = null;
  // the month of the latest month or day named: "the following month", "later that month" count from it
  let lastMonth: string | null = null;
  const reported = new ReportedQuarter(anchor);
  // a quarter named anew sets the frame; one only measured from ("a year earlier") keeps it as it was
  const discuss = (q: string, end: number | null) => {
    lastPeriod = q;
    reported.note(q);
    if (end === null) return;
    lastPeriodEnd = end;
    datedSincePeriod = false;
  };
  for (const c of cands) {
    if (c.inYear !== undefined) {
      const { inYear, ...rest } = c;
      const base = reported.get() ?? (isQuarter(lastPeriod) ? lastPeriod : null);
      const q = base ? shiftValue(base, "Y", inYear - +base.slice(0, 4)) : null;
      if (base) discuss(base, c.end);
      out.push(q ? { ...rest, value: q, grain: "range" } : rest);
      continue;
    }
    if (c.shift) {
      const { unit, n } = c.shift;
      let v: string | null;
      if (c.shift.weekday !== undefined) {
        const from = parseDay(lastDay) ?? anchor;
        const diff =
          n < 0 ? -((weekday(from) - c.shift.weekday + 7) % 7 || 7) : (c.shift.weekday - weekday(from) + 7) % 7 || 7;
        v = fmtDay(addDays(from, diff));
      } else if (unit === "D") v = shiftValue(lastDay ?? fmtDay(anchor), "D", n);
      else if (unit === "W") v = fmtWeek(addDays(parseDay(lastDay) ?? anchor, 7 * n));
      // a quarter just named ("third-quarter profit ... a year earlier"), or one the words name
      else if (
        unit === "Y" &&
        Math.abs(n) === 1 &&
        isQuarter(lastPeriod) &&
        (c.start - lastPeriodEnd < NEAR || !datedSincePeriod || /quarter|period/i.test(c.text ?? ""))
      ) {
        const base: string = (/period/i.test(c.text ?? "") ? reported.get() : null) ?? lastPeriod;
        v = shiftValue(base, "Y", n);
        // "the quarter a year ago": one expression, the quarter a year back
        const prev = out[out.length - 1];
        if (prev && prev.rule === "quarter" && prev.value === base && c.start - prev.end === 1) {
          out.pop();
          c.start = prev.start;
        }
        discuss(base, null);
      } else if (
        unit === "Y" &&
        (n === 0 || /following|previous|preceding|before|after|later|next/i.test(c.text ?? ""))
      )
        v = fmtYear((lastYear ?? anchor.y) + n);
      else if (unit === "Y") v = fmtYear(anchor.y + n);
      else v = shiftValue(lastMonth ?? fmtMonth(anchor.y, anchor.m), "M", n);
      if (!v) continue;
      const { shift: _resolved, ...rest } = c;
      out.push({
        ...rest,
        value: v,
        grain: grainOf(v),
      });
      // a narrative moves on: "The previous year, ... A decade later" counts from the year just reached
      if (/^\d{4}$/.test(v)) lastYear = +v;
      if (/^\d{4}-\d{2}-\d{2}$/.test(v)) lastDay = v;
      continue;
    }
    if (/^\d{4}/.test(c.value) && c.grain !== "duration") lastYear = +c.value.slice(0, 4);
    if (c.grain === "day" && c.value.length === 10) lastDay = c.value;
    if ((c.grain === "day" || c.grain === "month") && /^\d{4}-\d{2}(?:-\d{2})?$/.test(c.value))
      lastMonth = c.value.slice(0, 7);
    if (c.rule === "quarter" && isQuarter(c.value)) discuss(c.value, c.end);
    else if (c.grain === "month") {
      lastPeriod = c.value;
      lastPeriodEnd = c.end;
    } else if (!c.value.endsWith("_REF")) datedSincePeriod = true;
    out.push(c);
  }
  return out;
}
