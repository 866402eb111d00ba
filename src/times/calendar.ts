/**
 * Calendar arithmetic on plain days (UTC midnight), so results never depend on the machine's time zone.
 */

export interface Day {
  y: number;
  m: number; // 1-12
  d: number;
}

const MS_DAY = 864e5;

export function toUtc(day: Day): number {
  return Date.UTC(day.y, day.m - 1, day.d);
}

export function fromUtc(ms: number): Day {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addDays(day: Day, n: number): Day {
  return fromUtc(toUtc(day) + n * MS_DAY);
}

export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}

/** 0 = Sunday ... 6 = Saturday, as Date.getUTCDay. */
export function weekday(day: Day): number {
  return new Date(toUtc(day)).getUTCDay();
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const p2 = (n: number): string => String(n).padStart(2, "0");
const p4 = (n: number): string => String(n).padStart(4, "0");

export function fmtDay(day: Day): string {
  return `${p4(day.y)}-${p2(day.m)}-${p2(day.d)}`;
}
export function fmtMonth(y: number, m: number): string {
  return `${p4(y)}-${p2(m)}`;
}
export function fmtYear(y: number): string {
  return p4(y);
}

/** ISO 8601 week-numbering year and week of a day. */
export function isoWeek(day: Day): { y: number; w: number } {
  const dow = (weekday(day) + 6) % 7; // Monday = 0
  const thursday = addDays(day, 3 - dow);
  const jan1 = toUtc({ y: thursday.y, m: 1, d: 1 });
  return {
    y: thursday.y,
    w: Math.floor((toUtc(thursday) - jan1) / MS_DAY / 7) + 1,
  };
}

export function fmtWeek(day: Day): string {
  const { y, w } = isoWeek(day);
  return `${p4(y)}-W${p2(w)}`;
}

/** Reads the day of an ISO date or date-time ("2016-05-10", "1998-02-06T22:19:00"); null otherwise. */
export function parseDay(s: string | null | undefined): Day | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})/.exec(s) : null;
  if (!m) return null;
  const day = { y: +m[1]!, m: +m[2]!, d: +m[3]! };
  if (day.m < 1 || day.m > 12 || day.d < 1 || day.d > daysInMonth(day.y, day.m)) return null;
  return day;
}

export function compareDays(a: Day, b: Day): number {
  return toUtc(a) - toUtc(b);
}
