/**
 * When no publication date is known, it is read from the text: the latest full date stated, moved on
 * to the latest weekday the story mentions after it ("... on May 6" then "warned Monday" = May 9).
 */
import * as chrono from "chrono-node";
import type { Range } from "../document/schema.js";
import { overlapsAny } from "../util/ranges.js";
import { addDays, compareDays, type Day, weekday } from "./calendar.js";

export function inferPublished(text: string, sentences: readonly Range[], boilerplate: readonly Range[]): Day | null {
  let latest: Day | null = null;
  const weekdays: number[] = [];
  for (const s of sentences) {
    if (overlapsAny(s, boilerplate)) continue;
    for (const r of chrono.strict.parse(text.slice(s.start, s.end))) {
      const c = r.start;
      if (c.isCertain("year") && c.isCertain("month") && c.isCertain("day")) {
        const d = { y: c.get("year")!, m: c.get("month")!, d: c.get("day")! };
        if (!latest || compareDays(d, latest) > 0) latest = d;
      } else if (c.isCertain("weekday") && !c.isCertain("day")) weekdays.push(c.get("weekday")!);
    }
  }
  if (!latest) return null;
  let best = latest;
  for (const wd of weekdays) {
    const diff = (wd - weekday(latest) + 7) % 7;
    const d = addDays(latest, diff);
    if (compareDays(d, best) > 0) best = d;
  }
  return best;
}
