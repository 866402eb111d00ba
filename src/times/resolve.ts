/**
 * Resolution of expressions that lack a year or direction ("Friday", "In April", "Sept. 30"), leaning
 * to the past in reporting and to the future where the sentence speaks of what is to come.
 */
import { addDays, addMonths, type Day, fmtDay, fmtMonth, toUtc, weekday } from "./calendar.js";
import type { Lean } from "./types.js";

/** "Friday": the anchor itself when it is a Friday (same-day reporting), else the nearest one in the lean. */
export function resolveWeekday(anchor: Day, wd: number, lean: Lean, strict = false): Day {
  const diff = (wd - weekday(anchor) + 7) % 7; // days forward to the weekday
  if (lean !== "future") {
    const back = (7 - diff) % 7;
    return addDays(anchor, strict && back === 0 ? -7 : -back);
  }
  return addDays(anchor, strict && diff === 0 ? 7 : diff);
}

/**
 * "In April": the nearest April, the past one unless the next is twice as near; looking ahead, the next one.
 * (A story names the year of a month that lies further back than the nearest one.)
 */
export function resolveMonthYear(anchor: Day, month: number, lean: Lean): number {
  if (lean === "future") return month >= anchor.m ? anchor.y : anchor.y + 1;
  if (lean === "past") return month <= anchor.m ? anchor.y : anchor.y - 1;
  const fwd = (month - anchor.m + 12) % 12;
  const back = (anchor.m - month + 12) % 12;
  if (fwd === 0) return anchor.y;
  return 2 * fwd <= back ? (month > anchor.m ? anchor.y : anchor.y + 1) : month < anchor.m ? anchor.y : anchor.y - 1;
}

/** "Sept. 30": the nearest such day, the past one unless the next is twice as near; looking ahead, the next one. */
export function resolveDayYear(anchor: Day, month: number, day: number, lean: Lean): number {
  const diff = (y: number) => toUtc({ y, m: month, d: day }) - toUtc(anchor);
  const same = diff(anchor.y);
  if (lean === "future") return same >= 0 ? anchor.y : anchor.y + 1;
  if (lean === "past") return same <= 0 ? anchor.y : anchor.y - 1;
  const past = same <= 0 ? anchor.y : anchor.y - 1;
  const next = same > 0 ? anchor.y : anchor.y + 1;
  return 2 * diff(next) < -diff(past) ? next : past;
}

export function monthValue(anchor: Day, shift: number): string {
  const { y, m } = addMonths(anchor.y, anchor.m, shift);
  return fmtMonth(y, m);
}

export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}

/** A quarter as the month range the contract can hold ("1989-07/1989-09" for 1989-Q3). */
export function quarterValue(y: number, q: number): string {
  const k = y * 4 + (q - 1);
  const yy = Math.floor(k / 4);
  const qq = (k % 4) + 1;
  return `${fmtMonth(yy, qq * 3 - 2)}/${fmtMonth(yy, qq * 3)}`;
}

/** The Saturday-Sunday weekend before the anchor (or after it, looking ahead); a Sunday anchor is its own. */
export function weekendValue(anchor: Day, lean: Lean, shiftWeeks = 0): string {
  const wd = weekday(anchor);
  let sat: Day;
  if (lean !== "future") sat = wd === 6 ? anchor : wd === 0 ? addDays(anchor, -1) : addDays(anchor, -(wd + 1));
  else sat = addDays(anchor, wd === 0 ? -1 : 6 - wd);
  sat = addDays(sat, shiftWeeks * 7);
  return `${fmtDay(sat)}/${fmtDay(addDays(sat, 1))}`;
}
