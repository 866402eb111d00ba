import type { Place } from "../document/schema.js";
import { isHomeTown } from "./event-place.js";
import type { Layout } from "./layout.js";
import { mostNamed } from "./most-named.js";
import { isEventCandidate, specificity } from "./specificity.js";
import { groupBy } from "../util/group.js";

/*
 * A name the gazetteer lacks ("Khan Tuman") keeps its own name and borrows, as ACLED does, the
 * coordinates of the nearest resolvable anchor: the most specific place in the same sentence; when
 * that is only a country or a division, a town of that country or division in the same paragraph,
 * else the town of it the article names most, else the division itself. A place written right after
 * the name and a comma ("Fort Detrick, Maryland") stands first. With nothing in its sentence or
 * paragraph, the town the article names most, not counting people's home towns. Precision 2 (3 when only a country could be found).
 */
export function anchorUnknowns(places: Place[], layout: Layout, text: string): void {
  const anchors = places.filter((p) => isEventCandidate(p) && !p.anchor);
  const towns = anchors.filter((p) => specificity(p) === 4);
  // a person's home town ("Denzel Harris, 31, of Knoxville") says little of where the rest lies
  const awayTowns = towns.filter((a) => !isHomeTown(text, a));
  // nor where an event next to it was ("A 40-year-old Van Nuys man was stabbed after a ball game
  // in Encino"): it lends its point only when the article names no other town
  const lenders = awayTowns.length ? anchors.filter((a) => specificity(a) !== 4 || awayTowns.includes(a)) : anchors;
  // One sense per article: a name anchored once is anchored the same way when it comes back.
  const earlier = new Map<string, Place>();
  // The pools below by sentence and paragraph, each in its own order: a long text has thousands of
  // places the gazetteer lacks, and each would otherwise filter all places again.
  const lendersBySentence = groupBy(lenders, (a) => layout.sentenceOf(a));
  const lendersByParagraph = groupBy(lenders, (a) => layout.paragraph(a));
  const townsByParagraph = groupBy(towns, (a) => layout.paragraph(a));
  const anchorsByStart = groupBy(anchors, (a) => a.start);
  const mostAway = mostNamed(awayTowns);
  const mostIn = new Map<string, Place | null>();
  for (const p of places) {
    if (p.lat !== null) continue;
    // "HOLLIDAY, Mo. —": a dateline town the gazetteer lacks lies in the region written after it, and nowhere else
    if (p.role === "dateline") {
      const region = places.find(
        (a) => a.start > p.end && a.lat !== null && /^,\s{1,2}$/.test(text.slice(p.end, a.start)),
      );
      if (region)
        Object.assign(p, {
          country: region.country,
          admin1: region.admin1,
          lat: region.lat,
          lon: region.lon,
          precision: 3,
          anchor: { start: region.start, end: region.end },
        });
      continue;
    }
    const key = p.text.toLowerCase();
    const seen = earlier.get(key);
    if (seen) {
      Object.assign(p, {
        country: seen.country,
        admin1: seen.admin1,
        lat: seen.lat,
        lon: seen.lon,
        precision: seen.precision,
        anchor: seen.anchor,
      });
      continue;
    }
    const s = layout.sentenceOf(p);
    // "in Maoxian county in Sichuan province. The landslide hit the village of Xinmo": with nothing
    // in its sentence or paragraph, the town the article names most, unless it lies outside the
    // region the sentence before names (Yueyang, in Hunan, named once, later, for another landslide)
    const nearestOrMostNamed = (s: number): Place | null => {
      const most = mostAway;
      const before = s > 0 ? pick(lendersBySentence.get(s - 1) ?? []) : null;
      if (!most || !before || specificity(before) === 4) return most;
      // (a town named again and again is the article's setting: "Chicago" over "Maryland" just before)
      if (awayTowns.filter((a) => a.name === most.name).length > 1) return most;
      const inside = most.country === before.country && (!before.admin1 || most.admin1 === before.admin1);
      return inside ? most : before;
    };
    const para = layout.paragraph(p);
    const dist = (a: Place): number => Math.abs(a.start - p.start);
    const pick = (pool: Place[]): Place | null => {
      let best: Place | null = null;
      for (const a of pool) {
        if (
          !best ||
          specificity(a) > specificity(best) ||
          (specificity(a) === specificity(best) && dist(a) < dist(best))
        )
          best = a;
      }
      return best;
    };
    // "Fort Detrick, Maryland": the place written after the name and a comma holds it
    // (the comma and its blanks are at most three characters)
    const container: Place | undefined = [1, 2, 3]
      .flatMap((d) => anchorsByStart.get(p.end + d) ?? [])
      .filter((a) => /^,\s{1,2}$/.test(text.slice(p.end, a.start)))
      .sort((a, b) => anchors.indexOf(a) - anchors.indexOf(b))[0];
    let anchor: Place | null = container ?? pick(s >= 0 ? (lendersBySentence.get(s) ?? []) : []);
    if (!anchor || specificity(anchor) < 4) {
      // a town of the division or country the sentence names ("the village of Xinmo" after "Sichuan
      // province": a town of Sichuan, not one of Hunan named elsewhere)
      const region = anchor;
      const inRegion = (a: Place): boolean =>
        region === null ||
        (a.country === region.country && (specificity(region) < 2 || !region.admin1 || a.admin1 === region.admin1));
      const inPara = pick(
        (para >= 0 ? ((region ? townsByParagraph : lendersByParagraph).get(para) ?? []) : []).filter(
          (a) => specificity(a) === 4 && inRegion(a),
        ),
      );
      if (inPara) anchor = inPara;
      else if (anchor && anchor.country) {
        // the towns inside a region depend only on its country and, below a country, its division
        const key = `${anchor.country}|${specificity(anchor) < 2 || !anchor.admin1 ? "" : "." + anchor.admin1}`;
        if (!mostIn.has(key)) mostIn.set(key, mostNamed(awayTowns.filter(inRegion)));
        anchor = mostIn.get(key) ?? anchor;
      } else if (!anchor) {
        anchor = pick(para >= 0 ? (lendersByParagraph.get(para) ?? []) : []) ?? nearestOrMostNamed(s);
      }
    }
    if (!anchor) continue;
    p.country = anchor.country;
    p.admin1 = anchor.admin1;
    p.lat = anchor.lat;
    p.lon = anchor.lon;
    p.precision = specificity(anchor) >= 3 ? 2 : 3;
    p.anchor = { start: anchor.start, end: anchor.end };
    earlier.set(key, p);
  }
}
