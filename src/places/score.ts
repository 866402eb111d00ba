import type { Candidate } from "./candidate.js";
import type { DocContext } from "./context.js";
import type { Feature, NameHit } from "./gazetteer/index.js";

/*
 * How much a reading of a name is believed. Priors: what kind of feature it is, how many people
 * live there, whether the name is its main one. Context: the countries and divisions the rest of
 * the article names (a US state in the text pulls "Springfield" there), an explicit container
 * ("Springfield, Ill."), and the words around it ("X province" is a division).
 */

const KIND_PRIOR: Record<string, number> = {
  country: 12,
  continent: 9,
  region: 8,
  sea: 8,
  river: 7.5,
  admin1: 8.5,
  admin2: 6.5,
};

// An airport named in news is the airport, not a small town of the same name ("Heathrow", Florida).
// A county seat's rank weighs less than twice the people (log10 2 = 0.3): "Mount Vernon" alone is
// New York's (68,000), not the county seat in Washington (35,000).
const CODE_BONUS: Record<string, number> = { PPLC: 3, PPLA: 1.5, PPLG: 1, PPLA2: 0.25, PPLA3: 0.1, AIRP: 4 };

export function priorScore(h: NameHit, c: Candidate): number {
  const f = h.feature;
  let s: number;
  if (f.kind === "city")
    s = 1.5 + 1.0 * Math.log10(f.population + 10) + (CODE_BONUS[f.code] ?? 0) - (f.code === "PPLX" ? 1.5 : 0);
  else s = KIND_PRIOR[f.kind] ?? 6;
  // among counties or states of one name, the populous one (a tiebreak: a tenfold difference is
  // worth 0.02): "Maryland" alone is the US state, not Liberia's Maryland County
  if (f.kind === "admin2" || f.kind === "admin1") s += 0.02 * (Math.log10(f.population + 10) - 5);
  if (h.alternate) s -= f.kind === "city" ? 2 : 1;
  if (c.division) s += f.kind === "admin1" || f.kind === "admin2" ? 5 : -3;
  return s;
}

/** The container a "City, State" mention names, as a filter on this candidate's readings. */
export function inside(f: Feature, container: Feature): boolean {
  if (!container.country || f.country !== container.country) return false;
  if (container.kind === "country") return f.kind !== "country";
  if (container.kind === "admin1") return f.admin1 === container.admin1 && f.kind !== "admin1";
  if (container.kind === "admin2")
    return f.admin1 === container.admin1 && f.admin2 === container.admin2 && f.kind === "city";
  return false;
}

/** What a named country adds to its capital when the article is set elsewhere: as much as a division named in the same sentence. */
const CAPITAL_ABROAD = 3;

/** What a division named in the same sentence adds to a reading inside it (county and town names repeat across states). */
const SAME_SENTENCE = 3;

export function contextScore(h: NameHit, ctx: DocContext, name: string, sentence = -1): number {
  const f = h.feature;
  if (!f.country) return 0;
  const cw = ctx.countryWeight(f.country, name);
  // the article's other names pull toward a country too ("Mexican troops ... Mexico")
  if (f.kind === "country") return Math.min(3, 1.5 * cw);
  // a country named three times or more outweighs a capital's head start for a city of its own
  // ("London" in a Canadian story), not for a small namesake ("Paris" agreement in a US story)
  const cap = f.kind === "city" && f.population < 100_000 ? 1 : 1.5;
  let s = 4 * Math.min(cap, cw / 2);
  // a capital abroad whose country the article names is that capital, not a small namesake in the
  // article's own state ("Paris' iconic Champs-Elysees" in a Kentucky story that says "in France")
  if (f.code === "PPLC" && ctx.countryNamed(f.country, name) && ctx.topCountry()?.[0] !== f.country)
    s += CAPITAL_ABROAD;
  // a division whose towns are named, or a town whose division is named
  // (in full from a division named or a firm town; a doubtful small town's namesake vouches less)
  s += 3 * Math.min(1, ctx.admin1Weight(f.country, f.admin1, name) / 0.5);
  // the same sentence names its division: the nearest context there is
  if (!h.alternate && f.kind !== "admin1" && f.admin1 && ctx.sameSentence(sentence, f.country, f.admin1, name))
    s += SAME_SENTENCE;
  // (a town near another named town lies in a country the article names: skip the distances otherwise)
  if (cw > 0 && (f.kind === "city" || f.kind === "admin2") && ctx.nearTown(f.lat, f.lon, 150, name)) s += 2;
  return s;
}

export function bestHit(
  hits: NameHit[],
  score: (h: NameHit) => number,
): { hit: NameHit; score: number; margin: number } | null {
  let best: NameHit | null = null;
  let bs = -Infinity;
  let second = -Infinity;
  for (const h of hits) {
    const s = score(h);
    if (s > bs) {
      second = bs;
      bs = s;
      best = h;
    } else if (s > second) second = s;
  }
  return best ? { hit: best, score: bs, margin: bs - second } : null;
}
