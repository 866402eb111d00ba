/** Named days ("Thanksgiving Day", "Christmas Eve", "last Labor Day"), read from data/times/holidays.json. */
import { addDays, type Day, daysInMonth, fmtDay, fmtWeek, toUtc, weekday } from "../calendar.js";
import { alternation } from "../lexicon.js";
import { type Parser, scan } from "../types.js";
import { loadData } from "../../util/data.js";
import type { Lean } from "../types.js";

interface ByWeekday {
  month: number;
  weekday: number;
  nth: number;
  from?: number;
}
interface Holidays {
  fixed: Record<string, [number, number]>;
  weekday: Record<string, ByWeekday>;
  easter: Record<string, number>;
}

let cache: ReturnType<typeof build> | undefined;
function build() {
  const lex = loadData<Holidays>("times/holidays.json");
  const names = [...Object.keys(lex.fixed), ...Object.keys(lex.weekday), ...Object.keys(lex.easter)];
  const words = alternation(names).replace(/'/g, "['’]?");
  const keyed = <T>(r: Record<string, T>) => new Map(Object.entries(r).map(([k, v]) => [keyOf(k), v]));
  return {
    fixed: keyed(lex.fixed),
    weekday: keyed(lex.weekday),
    easter: keyed(lex.easter),
    // a name is capitalized ("Labor Day"), and ends there ("Christmas Island" is a place); "last
    // Thanksgiving", "Christmas 1998" carry their year; "Easter week" is the week that holds the day;
    // "the day after Thanksgiving", "day-before-Christmas" is the day next to it
    re: new RegExp(
      `\\b(?:day[\\s-]+(after|before)[\\s-]+)?(?:(last|this|next|this past|this coming)\\s+)?(${words})\\b(\\s+week\\b)?(?:,?\\s+((?:19|20)\\d\\d)\\b)?`,
      "gi",
    ),
  };
}

/** A name as looked up: lower case, single spaces, no apostrophes ("New Years Day" is New Year's Day). */
const keyOf = (name: string) => name.toLowerCase().replace(/\s+/g, " ").replace(/['’]/g, "");

/** Easter Sunday of year y in the Gregorian calendar (the anonymous Gregorian computus). */
export function easterSunday(y: number): Day {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** The day a holiday falls on in year y. */
export function holidayDay(name: string, y: number): Day | null {
  cache ??= build();
  const key = keyOf(name);
  const fixed = cache.fixed.get(key);
  if (fixed) return { y, m: fixed[0], d: fixed[1] };
  const fromEaster = cache.easter.get(key);
  if (fromEaster !== undefined) return addDays(easterSunday(y), fromEaster);
  const w = cache.weekday.get(key);
  if (!w) return null;
  if (w.nth > 0) {
    const first: Day = { y, m: w.month, d: w.from ?? 1 };
    return addDays(first, ((w.weekday - weekday(first) + 7) % 7) + (w.nth - 1) * 7);
  }
  const last: Day = { y, m: w.month, d: daysInMonth(y, w.month) };
  return addDays(last, -((weekday(last) - w.weekday + 7) % 7));
}

/** The year of a holiday named without one: as for a day of the month, the nearest in the lean. */
function holidayYear(name: string, anchor: Day, lean: Lean, det: string): number {
  const at = (y: number) => toUtc(holidayDay(name, y)!) - toUtc(anchor);
  const same = at(anchor.y);
  if (det === "last" || det === "this past" || lean === "past")
    return same < 0 || (same === 0 && lean === "past") ? anchor.y : anchor.y - 1;
  if (det === "next" || det === "this coming" || lean === "future") return same >= 0 ? anchor.y : anchor.y + 1;
  const past = same <= 0 ? anchor.y : anchor.y - 1;
  const next = same > 0 ? anchor.y : anchor.y + 1;
  return 2 * at(next) < -at(past) ? next : past;
}

export const holidays: Parser = (s) => {
  // names are capitalized: most sentences hold none of these words
  if (
    !/[A-Z][a-z]+['’]?s?['’]? (?:Day|Eve)\b|Christmas|Thanksgiving|Halloween|Fourth|Easter|Good Friday|Palm Sunday|Holy Thursday|Maundy|Ash Wednesday|Pentecost/.test(
      s.text,
    )
  )
    return [];
  cache ??= build();
  return scan(s, cache.re, (m) => {
    const [, shift, det0, name, week, year] = m as unknown as (string | undefined)[];
    if (!/^[A-Z]/.test(name!.replace(/^the\s+/i, ""))) return null;
    const after = s.text.slice(m.index + m[0].length, m.index + m[0].length + 3);
    if (!week && !year && /^[ \t]+[A-Z][a-z]/.test(after)) return null;
    const det = (det0 ?? "").toLowerCase();
    const y = year ? +year : holidayYear(name!, s.anchor, s.lean, det);
    const named = holidayDay(name!, y);
    if (!named) return null;
    if (!shift)
      return week
        ? { value: fmtWeek(named), grain: "week", rule: "holiday" }
        : { value: fmtDay(named), grain: "day", rule: "holiday" };
    const the = /\bthe[\s-]+$/i.exec(s.text.slice(Math.max(0, m.index - 4), m.index));
    const day = addDays(named, /^after$/i.test(shift) ? 1 : -1);
    return { value: fmtDay(day), grain: "day", rule: "holiday", lead: the ? -the[0].length : 0 };
  });
};
