import type { Entity, Range, SitrepDocument } from "../document/schema.js";
import { indexAt, overlaps, overlapsAny } from "../util/ranges.js";
import { SpanIndex } from "../util/span-index.js";
import type { Candidate } from "./candidate.js";
import { findToponyms, linkContainers, LIST_SEPARATOR, namedPeople, notAPlace, sentenceTokens } from "./finder.js";
import { nameKey, type Gazetteer } from "./gazetteer/index.js";
import { type Lexicon, lexicon } from "./lexicon.js";
import { quarterOf } from "./quarter.js";
import { pushTo } from "../util/group.js";

/** The dateline's place ("BEIRUT —", "GAINESVILLE, Fla. —") as candidates: context only, never event places. */
export function datelineCandidates(doc: SitrepDocument, g: Gazetteer): Candidate[] {
  const d = doc.dateline;
  if (!d || !d.place) return [];
  const out: Candidate[] = [];
  const raw = doc.text.slice(d.start, d.start + d.place.length);
  if (raw.toLowerCase() !== d.place.toLowerCase()) return [];
  // "HAMILTON TWP.", "TODD COUNTY": the town or county name without the township word
  const head = g.lookup(raw).length ? raw : raw.replace(/\s+(?:TWP\.?|TOWNSHIP|Twp\.?|Township)$/, "");
  const town: Candidate | null = g.lookup(head).length
    ? { start: d.start, end: d.start + head.length, text: head, source: "dateline", sentence: -1 }
    : null;
  if (town) out.push(town);
  const m = /^,\s{0,3}([A-Z][A-Za-z.'’ ]{0,30}?)\s{0,3}(?=\(|[—–:]|-{1,2}|,)/.exec(d.text.slice(raw.length));
  if (m) {
    const start = d.start + raw.length + m[0].indexOf(m[1]!);
    const text = m[1]!.trim();
    // "EDMONTON, Ky (WBKO)": an AP abbreviation may lose its dot
    if (g.abbreviation(text) || g.abbreviation(`${text}.`) || g.lookup(text).length) {
      out.push({ start, end: start + text.length, text, source: "dateline", sentence: -1 });
      if (town) town.container = { start, end: start + text.length };
    }
  }
  return out;
}

/**
 * Where a mention's proper name ends when its last words are lower-case common nouns ("Brooklyn
 * park" ends after "Brooklyn"); the whole length when the last word is capitalized, or when the
 * lower-case word joins names ("Stratford-upon-Avon", "Bay of Pigs") or nothing capitalized is left.
 */
/** Words that follow a noun phrase, not sit inside it. */
const NOUN_PHRASE_ENDS = new Set(["of", "for", "with", "and", "or", "who", "that", "which", "is", "was"]);

export function lowerTail(s: string): number {
  const m = /^(.*?\p{Lu}[\p{L}.'’-]*)((?:\s{1,2}\p{Ll}[\p{L}'’-]*){1,3})$/u.exec(s);
  if (!m) return s.length;
  const words = m[2]!.trim().split(/\s+/);
  if (words.some((w) => lexicon().connectors.has(w))) return s.length;
  return m[1]!.length;
}

/** `outer` holds `inner` and more: "White House" holds "White", "West Nile virus" holds "West Nile". */
function holds(outer: Range, inner: Range): boolean {
  return outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start;
}

/**
 * Entity mentions chained by list separators ("Lucerne, Albertson, Kemps, Sunshine and Boomsma"):
 * a coordinated list names things of one kind, so where most members are not places, a member the
 * gazetteer does not know is not one either.
 */
function nonPlaceLists(text: string, entities: Entity[]): Range[] {
  const ents = [...entities].sort((a, b) => a.start - b.start);
  const out: Range[] = [];
  let k = 0;
  while (k < ents.length) {
    let j = k;
    while (j + 1 < ents.length && LIST_SEPARATOR.test(text.slice(ents[j]!.end, ents[j + 1]!.start))) j++;
    const group = ents.slice(k, j + 1);
    const placesIn = group.filter((e) => e.type === "place").length;
    if (group.length >= 3 && placesIn * 2 < group.length)
      out.push({ start: group[0]!.start, end: group[group.length - 1]!.end });
    k = j + 1;
  }
  return out;
}

/**
 * Does a person (or group) mention keep the finder's name from being a place? Not when the person is
 * described by where they are from ("Leonard of Ada, Oklahoma"), nor when the "person" lies inside a
 * country's name of several words ("Côte d'Ivoire", "Democratic Republic" of the Congo), nor when the tagger's "person" is the bare
 * name alone and the name is a place anyway: a country, a first-order division or a city of 100,000
 * ("Angola, Chad, and Congo"; "Hunan and Hubei provinces"; "a Denver judge"), or a name the article
 * uses as a place elsewhere ("in Esperance" ... "Esperance residents"). A bare name the article also
 * writes as part of a person's name ("Andrew Jackson" ... "Jackson") or before a speech verb
 * ("Kerry said") stays a person.
 */
function personVeto(text: string, p: Entity, c: Candidate, g: Gazetteer, seen: PlaceEvidence): boolean {
  if (!overlaps(p, c)) return false;
  if (c.start > p.start && /\sof\s{1,2}$/.test(text.slice(p.start, c.start))) return false;
  const hits = g.lookup(c.text);
  // "Democratic Republic" tagged a person inside "Democratic Republic of the Congo", "Anne" inside
  // "Queen Anne's County": a division's or country's full name of several words is no person
  if (
    c.start <= p.start &&
    p.end <= c.end &&
    /\s/.test(c.text) &&
    hits.some((h) => !h.alternate && ["country", "admin1", "admin2"].includes(h.feature.kind))
  )
    return false;
  // "Aleppo Mayor Brita Hagi Hasan": a place before an office title names where the office is
  if (c.start === p.start && c.end < p.end && titleAfter(text, c.end)) return false;
  if (!bareName(text, p, c) || seen.surnames.has(c.text) || speechAfter(text, c.end)) return true;
  if (seen.names.has(c.text) || g.abbreviation(c.text)) return false;
  const big = hits.some(
    (h) =>
      !h.alternate &&
      (h.feature.kind === "country" ||
        h.feature.kind === "admin1" ||
        (h.feature.kind === "city" && h.feature.population >= 100_000)),
  );
  if (big) return false;
  // a member of a list of places ("the suburbs of Brisbane, Carindale, Sunnybank Hills"), or a
  // name followed by its region ("Wyong, New South Wales")
  return !placesAround(seen, c).some(
    (s) =>
      (s.end <= c.start && LIST_SEPARATOR.test(text.slice(s.end, c.start))) ||
      (c.end <= s.start && LIST_SEPARATOR.test(text.slice(c.end, s.start))) ||
      (c.end <= s.start && /^,\s{1,2}$/.test(text.slice(c.end, s.start)) && regionOf(s, g)),
  );
}

/** The longest text LIST_SEPARATOR matches: ",  or  the  ". */
const SEPARATOR_MAX = 13;

/**
 * The places that end at most SEPARATOR_MAX characters before `c` or start at most that far after it:
 * the only ones a list separator can join to it. A long text's places are many; these come from maps
 * by offset, rebuilt when places were added.
 */
function placesAround(seen: PlaceEvidence, c: Range): Candidate[] {
  if (seen.edges?.n !== seen.places.length) {
    const ends = new Map<number, Candidate[]>();
    const starts = new Map<number, Candidate[]>();
    for (const p of seen.places) {
      pushTo(ends, p.end, p);
      pushTo(starts, p.start, p);
    }
    seen.edges = { n: seen.places.length, ends, starts };
  }
  const out: Candidate[] = [];
  for (let at = c.start - SEPARATOR_MAX; at <= c.start; at++) out.push(...(seen.edges.ends.get(at) ?? []));
  for (let at = c.end; at <= c.end + SEPARATOR_MAX; at++) out.push(...(seen.edges.starts.get(at) ?? []));
  return out;
}

/** What the article shows of places apart from the tagger's person mentions. */
interface PlaceEvidence {
  /** words written inside longer person names ("Andrew Jackson" gives "Jackson") */
  surnames: Set<string>;
  /** names the article uses as places where no person mention touches them */
  names: Set<string>;
  /** those place candidates themselves */
  places: Candidate[];
  /** `places` by end and by start, as of when it had `n` members */
  edges?: { n: number; ends: Map<number, Candidate[]>; starts: Map<number, Candidate[]> };
}

function regionOf(c: Candidate, g: Gazetteer): boolean {
  return (
    g.abbreviation(c.text) !== null ||
    g.lookup(c.text).some((h) => !h.alternate && (h.feature.kind === "country" || h.feature.kind === "admin1"))
  );
}

/**
 * The person mention is the candidate's name and nothing more but punctuation or a leading common
 * word ("Chad -", "— Pailin", "Four Guerrero").
 */
function bareName(text: string, p: Entity, c: Candidate): boolean {
  if (c.start < p.start || c.end > p.end) return false;
  const before = text.slice(p.start, c.start).trim().toLowerCase();
  if (before && !lexicon().common.has(before.replace(/[^\p{L}]/gu, ""))) {
    if (/[\p{L}\p{N}]/u.test(before)) return false;
  }
  return !/[\p{L}\p{N}]/u.test(text.slice(c.end, p.end));
}

/** "Kerry said", "Jordan told": a speech verb right after the name makes it a person. */
function speechAfter(text: string, end: number): boolean {
  const w = /^\s{1,2}([a-z]+)/.exec(text.slice(end, end + 16))?.[1];
  return w !== undefined && lexicon().personVerbs.has(w);
}

/** An office title right after a name ("Mayor", "Governor", "Police Chief"). */
function titleAfter(text: string, end: number): boolean {
  const w = /^\s{1,2}(\p{Lu}[\p{L}]{1,15})\.?\s/u.exec(text.slice(end, end + 30))?.[1];
  return w !== undefined && lexicon().officeTitles.has(w);
}

/** Words written inside longer person names ("Andrew Jackson" gives "Andrew", "Jackson"). */
function personWords(persons: Entity[]): Set<string> {
  const out = new Set<string>();
  for (const p of persons) {
    // "Four Guerrero": a capitalized number or common word before a name is no first name
    const words = p.text.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !lexicon().common.has(w.toLowerCase()));
    if (words.length >= 2) for (const w of words) out.add(w.replace(/['’]s$/, ""));
  }
  return out;
}

/**
 * Candidates from the entities stage (its `place` mentions) and from this stage's finder. Both pass
 * the same not-a-place tests; an NER place inside a longer organization or other name is none. The
 * finder's names inside such names stay: news geoparsing gold counts "Texas" in "Texas Department of
 * Health" (vetoing them lost 181 gold toponyms on the geo dev set, 29 for `other` spans alone). Where both found a name, the NER span wins, unless the finder's known
 * name covers it and more ("Republic of Côte d'Ivoire"). Finder names inside a person's name or a
 * nationality word are dropped. Lists and "City, State" pairs are read over the merged set, so a
 * name's role does not depend on who found it. The two sources stay separate modules so either can
 * be switched off.
 */
export function collectCandidates(doc: SitrepDocument, g: Gazetteer, opts: { finder?: boolean } = {}): Candidate[] {
  const { text } = doc;
  const lex = lexicon();
  const layoutSentence = (start: number): number => indexAt(doc.sentences, start);
  const vetoes = doc.entities.filter((e) => e.type === "organization" || e.type === "other");
  const vetoSpans = new SpanIndex(vetoes);
  const notPlaceLists = nonPlaceLists(text, doc.entities);
  const fromNer: Candidate[] = [];
  for (let e of doc.entities) {
    if (e.type !== "place" || overlapsAny(e, doc.boilerplate)) continue;
    if (doc.dateline && overlaps(e, doc.dateline)) continue;
    const sentence = layoutSentence(e.start);
    if (sentence < 0) continue;
    // "A Brooklyn park", "the Flint police": English capitalizes every main word of a proper name,
    // so a lower-case word closing the mention is a common noun after the name
    const cut = lowerTail(e.text);
    if (cut < e.text.length) e = { ...e, end: e.start + cut, text: e.text.slice(0, cut) };
    const inside = (r: Range) => vetoSpans.overlapping(r.start - 1, r.end + 1).some((k) => holds(vetoes[k]!, r));
    if (notAPlace(text, e.start, e.end, g, lex) || inside(e)) continue;
    const known = g.lookup(e.text).length > 0 || g.abbreviation(e.text) !== null || quarterOf(e.text, g).length > 0;
    // "Posted: Wednesday": a lone dictionary word the gazetteer does not know is a word, not a place
    if (!known && /^\p{Lu}\p{Ll}+$/u.test(e.text) && lex.common.has(e.text.toLowerCase())) continue;
    // "THE DEPUTIES IDENTIFIED THE BOY AS BENTLEY": in capitals, a name the gazetteer lacks cannot be
    // told from any other word
    if (!known && /^[\p{Lu}\s.'’-]+$/u.test(e.text) && /\p{Lu}{2}/u.test(e.text)) continue;
    // "is an Obstetrician-Gynecologist at": a name the gazetteer lacks that makes a whole noun phrase
    // after "a"/"an" is a capitalized common noun ("a Brooklyn park" keeps its name: the noun follows)
    if (!known && /(?:^|[^\p{L}])an?\s$/iu.test(text.slice(Math.max(0, e.start - 4), e.start))) {
      const next = /^\s{0,2}(\p{Ll}+)?/u.exec(text.slice(e.end, e.end + 24))?.[1];
      if (!next || lex.locative.has(next) || NOUN_PHRASE_ENDS.has(next)) continue;
    }
    if (!known && notPlaceLists.some((l) => l.start <= e.start && e.end <= l.end)) continue;
    fromNer.push({ start: e.start, end: e.end, text: e.text, source: "entity", sentence, unknown: !known });
  }
  // "a witness named Austin ... Austin said": the name is the person's all through the article
  const sents = sentenceTokens(doc);
  const persons = namedPeople(text, sents, lex, g);
  const personal = (c: Candidate): boolean => {
    if (!persons.has(c.text)) return false;
    const before = /(\p{L}+)\s{1,2}$/u.exec(text.slice(Math.max(0, c.start - 16), c.start))?.[1];
    return !before || !lex.locative.has(before.toLowerCase());
  };
  for (let i = fromNer.length - 1; i >= 0; i--) if (personal(fromNer[i]!)) fromNer.splice(i, 1);
  const blocked = doc.entities.filter((e) => e.type === "person" || e.type === "group");
  const blockedSpans = new SpanIndex(blocked);
  const blocking = (c: Range): Entity[] => blockedSpans.overlapping(c.start, c.end).map((k) => blocked[k]!);
  // "Antoine Smelley, 33, and Cleveland Smelley": a name the gazetteer lacks that ends in a surname
  // the article gives a person is that person's kin
  const kin = personWords(blocked);
  for (let i = fromNer.length - 1; i >= 0; i--) {
    const c = fromNer[i]!;
    const last = c.text.split(/\s+/).pop()!;
    if (c.unknown && /\s/.test(c.text) && kin.has(last) && !lex.street.has(last.toLowerCase())) fromNer.splice(i, 1);
  }
  const found = opts.finder === false ? [] : findToponyms(doc, g, { sents, persons });
  const places = [
    ...fromNer.filter((c) => !c.unknown),
    ...found.filter((c) => !c.unknown && !overlapsAny(c, blocking(c))),
  ];
  const seen: PlaceEvidence = { surnames: kin, names: new Set(places.map((c) => c.text)), places };
  // a list member let through vouches for the next one ("Edmonton, Mount Sheridan, Trinity Beach")
  let fromFinder: Candidate[] = [];
  for (let pass = 0; pass < 3; pass++) {
    // (personVeto asks only of the person mentions overlapping the name)
    fromFinder = found.filter((c) => !blocking(c).some((b) => personVeto(text, b, c, g, seen)));
    const known = new Set(seen.places);
    const more = fromFinder.filter((c) => !c.unknown && !known.has(c));
    if (!more.length) break;
    seen.places.push(...more);
  }

  const merged: Candidate[] = [...fromNer];
  // the NER names by their first span, and those whose span a finder name has since replaced
  const nerSpans = new SpanIndex(fromNer.map((n) => ({ start: n.start, end: n.end })));
  const moved = new Set<number>();
  for (const c of fromFinder) {
    const at = [...nerSpans.overlapping(c.start, c.end), ...moved]
      .filter((k) => fromNer[k]!.source === "entity" && overlaps(fromNer[k]!, c))
      .reduce((a, b) => Math.min(a, b), Infinity);
    const ner = fromNer[at];
    if (ner) {
      if (c.division) ner.division = true;
      const covers = c.start <= ner.start && ner.end <= c.end;
      if ((ner.unknown || covers) && !c.unknown) {
        if (ner.start !== c.start || ner.end !== c.end) moved.add(at);
        Object.assign(ner, { start: c.start, end: c.end, text: c.text, unknown: false });
      }
      continue;
    }
    merged.push(c);
  }
  // "Nine-year-old Georgia Stevens", tagged an organization, is the kin of "Cory Stevens": a person
  const misread = doc.entities.filter((e) => {
    if (e.type !== "organization") return false;
    const words = e.text.split(/\s+/);
    return words.length === 2 && lex.givenNames.has(words[0]!.toLowerCase()) && kin.has(words[1]!);
  });
  dropGivenNames(text, merged, [...blocked, ...misread], lex);
  merged.sort((a, b) => a.start - b.start);
  for (const c of merged) {
    delete c.list;
    delete c.container;
  }
  linkContainers(text, merged, g);
  merged.push(...datelineCandidates(doc, g));
  dropFacilityNames(text, merged, g);
  dropInsideNonPlaces(text, merged);
  return merged.sort((a, b) => a.start - b.start);
}

/**
 * "Southside High School", "Merit-Health", "the Blue Fountain apartment complex": a small town's name
 * that opens a facility's or a business's name says nothing of where the event happened, unless the
 * article names it as a place elsewhere ("Paris Regional Medical Center" in a story set in Paris,
 * Texas). A big city's name stays ("Toronto General Hospital").
 */
function dropFacilityNames(text: string, cands: Candidate[], g: Gazetteer): void {
  const lex = lexicon();
  const facility = (c: Candidate): boolean => {
    const after = text.slice(c.end, c.end + 48);
    if (lex.facilityAfter.test(after)) return true;
    // a lower-case noun after a longer capitalized name ("Blue Fountain"), not after a town ("a Memphis apartment complex")
    const before = /(\p{Lu}[\p{L}'’]{0,20}) $/u.exec(text.slice(Math.max(0, c.start - 24), c.start))?.[1];
    return before !== undefined && !NOT_NAME_WORDS.has(before.toLowerCase()) && lex.facilityNounAfter.test(after);
  };
  const big = (c: Candidate): boolean =>
    g.abbreviation(c.text) !== null ||
    g.lookup(c.text).some((h) => !h.alternate && (h.feature.kind !== "city" || h.feature.population >= 100_000));
  const inFacility = new Set<Candidate>();
  for (const c of cands) if (c.source !== "dateline" && !c.container && facility(c)) inFacility.add(c);
  if (!inFacility.size) return;
  // (the dateline's "POPLAR BLUFF, Mo." names the town of "Poplar Bluff High School" as a place)
  const elsewhere = new Set(cands.filter((c) => !inFacility.has(c)).map((c) => nameKey(c.text)));
  for (let i = cands.length - 1; i >= 0; i--) {
    const c = cands[i]!;
    if (inFacility.has(c) && !elsewhere.has(nameKey(c.text)) && !big(c)) cands.splice(i, 1);
  }
}

/** Capitalized words before a name that open a sentence or a phrase, not a longer name. */
const NOT_NAME_WORDS = new Set([
  "the",
  "a",
  "an",
  "at",
  "in",
  "on",
  "near",
  "from",
  "to",
  "of",
  "by",
  "outside",
  "inside",
]);

/**
 * "the name of Austin Whitlock ... including Austin, his uncle and a neighbour": after a person's full
 * name, the given name alone is that person, not the town ("in Austin" stays a place, and so does
 * "Austin police").
 */
function dropGivenNames(text: string, cands: Candidate[], persons: Entity[], lex: Lexicon): void {
  const firstSeen = new Map<string, number>();
  for (const p of persons) {
    const words = p.text.split(/\s+/);
    const given = words[0]!;
    if (words.length < 2 || !/^\p{Lu}\p{Ll}+$/u.test(given) || lex.common.has(given.toLowerCase())) continue;
    // "Aleppo Mayor Brita Hagi Hasan" is the town's mayor
    if (!/^\p{Lu}/u.test(words[1]!) || lex.officeTitles.has(words[1]!)) continue;
    if ((firstSeen.get(given) ?? Infinity) > p.start) firstSeen.set(given, p.start);
  }
  if (!firstSeen.size) return;
  for (let i = cands.length - 1; i >= 0; i--) {
    const c = cands[i]!;
    const name = c.text.replace(/['’]s$/, "");
    if ((firstSeen.get(name) ?? Infinity) >= c.start) continue;
    const before = /(\p{L}+)\s{1,2}$/u.exec(text.slice(Math.max(0, c.start - 16), c.start))?.[1];
    // "from Georgia's hard work": before a possessive the preposition governs the thing possessed
    const possessive = /['’]s$/.test(c.text) || /^['’]s\b/.test(text.slice(c.end, c.end + 3));
    if (before && lex.locative.has(before.toLowerCase()) && !possessive) continue;
    if (/^\s{1,2}(?:\p{Lu}|police\b|area\b|county\b)/u.test(text.slice(c.end, c.end + 12))) continue;
    cands.splice(i, 1);
  }
}

/** "Agence France-Presse", "The Washington Post": a listed non-place of several words holds no place. */
function dropInsideNonPlaces(text: string, cands: Candidate[]): void {
  const re = lexicon().notPlacePhrases;
  re.lastIndex = 0;
  const spans: Range[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length });
  if (!spans.length) return;
  for (let i = cands.length - 1; i >= 0; i--) {
    const c = cands[i]!;
    if (spans.some((s) => s.start <= c.start && c.end <= s.end)) cands.splice(i, 1);
  }
}
