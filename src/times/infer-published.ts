/**
 * When no publication date is known, it is read from the text: the latest date stated (a day without
 * its year takes the latest year the story names), moved on to the latest weekday the story mentions
 * after it ("... on May 6" then "warned Monday" = May 9).
 */
import * as chrono from "chrono-node";
import type { Range } from "../document/schema.js";
import { overlapsAny } from "../util/ranges.js";
import { addDays, compareDays, type Day, weekday } from "./calendar.js";

const YEAR = /\b(?:19[5-9]\d|20\d\d)\b/g;

export function inferPublished(text: string, sentences: readonly Range[], boilerplate: readonly Range[]): Day | null {
  let latest: Day | null = null;
  let maxYear = 0;
  const yearless: { m: number; d: number }[] = [];
  const weekdays: number[] = [];
  const later = (d: Day) => {
    if (!latest || compareDays(d, latest) > 0) latest = d;
  };
  for (const s of sentences) {
    if (overlapsAny(s, boilerplate)) continue;
    const sentence = text.slice(s.start, s.end);
    for (const y of sentence.match(YEAR) ?? []) maxYear = Math.max(maxYear, +y);
    for (const r of chrono.casual.parse(sentence)) {
      const c = r.start;
      // "today", "yesterday" would read the machine's clock: only dates written out count
      if (c.isCertain("month") && c.isCertain("day") && /\d/.test(r.text)) {
        if (c.isCertain("year")) later({ y: c.get("year")!, m: c.get("month")!, d: c.get("day")! });
        else yearless.push({ m: c.get("month")!, d: c.get("day")! });
      } else if (c.isCertain("weekday") && !c.isCertain("day") && !/\b(?:next|coming)\b/i.test(r.text)) {
        // "next Tuesday" is still to come when the story is filed
        weekdays.push(c.get("weekday")!);
      }
    }
  }
  if (maxYear) for (const md of yearless) later({ y: maxYear, ...md });
  const base: Day | null = latest;
  if (!base) return null;
  let best: Day = base;
  for (const wd of weekdays) {
    const d = addDays(base, (wd - weekday(base) + 7) % 7);
    if (compareDays(d, best) > 0) best = d;
  }
  return best;
}
