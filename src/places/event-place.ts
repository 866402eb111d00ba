import type { Place, PlaceRef, Range, SitrepDocument } from "../document/schema.js";
import { SpanIndex } from "../util/span-index.js";
import { Layout } from "./layout.js";
import { lexicon } from "./lexicon.js";
import { mostNamed } from "./most-named.js";
import { isEventCandidate, specificity } from "./specificity.js";
import { groupBy } from "../util/group.js";
import { placeRef as ref } from "./place-ref.js";

/*
 * The event place for a clause or sentence, for the events stage. In order:
 *   1. the most specific place inside `range` (a town beats a province beats a country; ties: first),
 *   2. else in the sentence holding it, 3. else in its paragraph,
 *   4. else the article's dominant place (the most named of its most specific level), precision at least 2.
 * Datelines and metonymic places ("Tehran deployed") are never chosen, nor where a victim was taken
 * ("taken to Grady Memorial Hospital"), nor a country or region
 * the text puts the event outside of ("its first deployment outside of Iran"), nor a place naming a war
 * ("since the Iran-Iraq war").
 */
export function eventPlace(doc: SitrepDocument, range: Range): PlaceRef | null {
  const own = ownEventPlace(doc, range);
  if (own) return own;
  const { dominant } = prepared(doc);
  return dominant ? ref(dominant, Math.max(dominant.precision ?? 2, 2) as 2 | 3) : null;
}

type Pool = readonly Place[];

interface Prepared {
  pool: Pool;
  layout: Layout;
  /** the candidates named as a person's home town */
  home: ReadonlySet<Place>;
  dominant: Place | null;
  /** the pool by sentence and by paragraph (each in pool order), and by offset */
  bySentence: Map<number, Place[]>;
  byParagraph: Map<number, Place[]>;
  spans: SpanIndex;
}

/** The candidates and the layout of a document, read once: the events stage asks for each of its events. */
const cache = new WeakMap<SitrepDocument, Prepared>();

function prepared(doc: SitrepDocument): Prepared {
  let c = cache.get(doc);
  if (!c) {
    const layout = new Layout(doc);
    const pool = eventCandidates(doc, layout);
    const people = new Set(doc.entities.filter((e) => e.type === "person").map((e) => e.end));
    const home = new Set(pool.filter((p) => isHomeTown(doc.text, p) || personOf(doc.text, p, people)));
    cache.set(
      doc,
      (c = {
        pool,
        layout,
        home,
        dominant: dominantPlace(pool, home),
        bySentence: groupBy(pool, (p) => layout.sentenceOf(p)),
        byParagraph: groupBy(pool, (p) => layout.paragraph(p)),
        spans: new SpanIndex(pool),
      }),
    );
  }
  return c;
}

/** Steps 1-3 alone: the place the event's own clause, sentence or paragraph names, or null. */
export function ownEventPlace(doc: SitrepDocument, range: Range): PlaceRef | null {
  const { pool, layout, home: homes, bySentence, byParagraph, spans } = prepared(doc);
  const mostSpecific = (ps: Pool): Place | null => {
    let best: Place | null = null;
    let bestHome = false;
    let bestIn = false;
    for (const p of ps) {
      const d = best ? specificity(p) - specificity(best) : 1;
      // "the niece of a Gastonia firefighter, who was shot in west Raleigh": of two towns, the
      // one the clause puts the event in
      const put = d === 0 && !bestIn && locatedIn(doc.text, p);
      if (d < 0 || (d === 0 && !bestHome && !put)) continue;
      // "A Louisville man is charged after a shooting in Ozark": of two towns, the one the event is in;
      // "in Old Town — among 17 shot in Chicago": a town's other name (GeoNames gives Las Vegas that
      // one) is a weaker reading than a town written as itself
      const home = homes.has(p) || otherName(p);
      // (a name the gazetteer lacks, borrowing a nearby town's coordinates, is no better a clue)
      if (d === 0 && (home || p.anchor)) continue;
      best = p;
      bestHome = home;
      bestIn = locatedIn(doc.text, p);
    }
    return best;
  };
  const s = layout.sentenceOf(range);
  const para = layout.paragraph(range);
  // (looked up, not filtered from the whole pool: the events stage asks for each of its events)
  const steps = [
    spans
      .overlapping(range.start - 1, range.end + 1)
      .map((k) => pool[k]!)
      .filter((p) => range.start <= p.start && p.end <= range.end),
    s >= 0 ? (bySentence.get(s) ?? []) : [],
    para >= 0 ? (byParagraph.get(para) ?? []) : [],
  ];
  for (let i = 0; i < steps.length; i++) {
    const p = mostSpecific(steps[i]!);
    if (!p) continue;
    // "A 31-year-old Glendale man was fatally stabbed after a concert in Pasadena": a home town the
    // event's clause names yields to a place its sentence puts the event in
    if (i === 0 && homes.has(p)) {
      const away = steps[1]!.filter((x) => !homes.has(x));
      // ("Officers went to 88 Mill Creek Lane, Xenia, Ohio and found Marcus Dean of Dayton wounded": where
      // the police came, said without a locative, is still not a home)
      const q =
        mostSpecific(away.filter((x) => /\b(?:in|near|outside)\s{1,3}$/.test(doc.text.slice(x.start - 10, x.start)))) ??
        mostSpecific(away);
      if (q && specificity(q) >= specificity(p)) return ref(q, q.precision);
    }
    return ref(p, p.precision);
  }
  return null;
}

/** "a Louisville man", "the Jackson, Tennessee, man", "Gonzalez, 20, of Reseda": where a person lives. */
export function isHomeTown(text: string, p: Range): boolean {
  const { residentAfter, residentBefore } = lexicon();
  return (
    residentAfter.test(text.slice(p.end, p.end + 40)) ||
    residentBefore.test(text.slice(Math.max(0, p.start - 16), p.start))
  );
}

/**
 * "Marcus Dean of Dayton", "Ella Ross, 47, of Dayton" (the age is isHomeTown's): a town
 * right after a person's name and "of" is where the person lives.
 */
function personOf(text: string, p: Range, personEnds: ReadonlySet<number>): boolean {
  const m = /,?\s{1,2}of\s{1,2}$/.exec(text.slice(Math.max(0, p.start - 8), p.start));
  return m !== null && personEnds.has(p.start - m[0].length);
}

/** "in Charlotte", "in northeast Charlotte", "near downtown Fargo": a place the clause puts something in. */
function locatedIn(text: string, p: Range): boolean {
  return LOCATED_IN.test(text.slice(Math.max(0, p.start - 30), p.start));
}

const LOCATED_IN =
  /\b(?:in|near|outside)\s{1,3}(?:(?:the\s{1,3})?(?:north|south|east|west|northeast|northwest|southeast|southwest|downtown|central|suburban|rural)\s{1,3})?$/i;

/** A mention written as another name of its place than the place's own ("Old Town" for Las Vegas). */
function otherName(p: { text: string; name: string }): boolean {
  const t = p.text.toLowerCase();
  const n = p.name.toLowerCase();
  // "West Philadelphia", "Philly" → "Philadelphia"? a quarter's compass word or a cut name is the town's own
  return !t.includes(n) && !n.startsWith(t);
}

function eventCandidates(doc: SitrepDocument, layout: Layout): Place[] {
  const { elsewhereBefore, namedWarAfter, destinationBefore, arrestBefore } = lexicon();
  // "was taken to Grady Memorial Hospital", "flown by helicopter to Fargo": where the victim went; and
  // the same town again in that sentence ("calls heard over the Fargo-area scanner") is still there
  const went = new Set<string>();
  for (const p of doc.places)
    if (destinationBefore.test(doc.text.slice(Math.max(0, p.start - 100), p.start)))
      went.add(`${layout.sentenceOf(p)}|${p.name}|${p.lat}|${p.lon}`);
  // "was taken into custody late Friday night near Fallon, Nevada": where a suspect was caught, and
  // the state written after it
  const caught = new Set<Place>();
  let last: Place | null = null;
  for (const p of doc.places) {
    if (
      arrestBefore.test(doc.text.slice(Math.max(0, p.start - 130), p.start)) ||
      (last && caught.has(last) && /^,\s{1,2}$/.test(doc.text.slice(last.end, p.start)))
    )
      caught.add(p);
    last = p;
  }
  return doc.places.filter(
    (p) =>
      isEventCandidate(p) &&
      !namedWarAfter.test(doc.text.slice(p.end, p.end + 30)) &&
      !(specificity(p) <= 2 && elsewhereBefore.test(doc.text.slice(Math.max(0, p.start - 24), p.start))) &&
      !caught.has(p) &&
      !agencyOffice(doc.text, p) &&
      !went.has(`${layout.sentenceOf(p)}|${p.name}|${p.lat}|${p.lon}`),
  );
}

/** "the FBI's Tampa field office", "the ATF's Houston office": the town an agency's office sits in */
const OFFICE_AFTER =
  /^\s{1,3}(?:(?:field|regional|district|resident|area)\s{1,3}office|(?:office|division)\b(?!\s{1,3}(?:building|park)))/i;
const OFFICE_FIELD = /^\s{1,3}(?:field|regional|district|resident)\s{1,3}office/i;
const AGENCY_BEFORE = /\b[A-Z]{2,5}['’]s\s{1,3}$/;
/** "the Kern County Coroner's Office": where bodies are examined for the whole county, not where one was found */
const EXAMINER_AFTER =
  /^\s{1,3}(?:County\s{1,3})?(?:Coroner|Medical\s{1,3}Examiner)['’]?s?\s{1,3}(?:Office|Department)\b/i;

/**
 * "The FBI's Tampa field office is assisting": an office's town is where the agency sits, not where
 * the event happened.
 */
function agencyOffice(text: string, p: Range): boolean {
  const after = text.slice(p.end, p.end + 30);
  if (OFFICE_FIELD.test(after) || EXAMINER_AFTER.test(after)) return true;
  return OFFICE_AFTER.test(after) && AGENCY_BEFORE.test(text.slice(Math.max(0, p.start - 12), p.start));
}

/** The most named place among those of the article's most specific level. */
function dominantPlace(pool: Pool, home: ReadonlySet<Place>): Place | null {
  if (!pool.length) return null;
  // "Denzel Harris, 31, of Knoxville" beside "Allegheny County": a home town sets the level only when
  // nothing else is named
  const away = pool.filter((p) => !home.has(p));
  const top = Math.max(...(away.length ? away : pool).map(specificity));
  // a town named as a person's home ("A Louisville man") counts half a mention of where things happened
  return mostNamed(
    pool.filter((p) => specificity(p) === top),
    (p) => (home.has(p) ? 0.5 : 1),
  );
}
