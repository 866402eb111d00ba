import type { Gazetteer, NameHit } from "./gazetteer/index.js";
import { lexicon } from "./lexicon.js";

/** Population from which a town has quarters named after it ("West Philadelphia", "North Austin"). */
const CITY = 100_000;

/**
 * "West Philadelphia", "South Philly": a compass word before a city's name is a quarter of that city,
 * which the gazetteer seldom lists; its readings are the city's. Empty for anything else, and for a
 * name the gazetteer knows whole ("West Virginia", "South Bend").
 */
export function quarterOf(text: string, g: Gazetteer): NameHit[] {
  const m = /^(\p{Lu}\p{L}{3,10})\s{1,2}(\p{Lu}.{2,40})$/u.exec(text.trim());
  if (!m || !lexicon().quarterWords.has(m[1]!)) return [];
  if (g.lookup(text).length) return [];
  const hits = g.lookup(m[2]!).filter((h) => h.feature.kind === "city" && h.feature.population >= CITY);
  // the city by its own name ("Philadelphia" is not Amman's old name here); a nickname ("Philly") otherwise
  const main = hits.filter((h) => !h.alternate);
  return main.length ? main : hits;
}
