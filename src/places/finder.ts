import type { SitrepDocument, Token } from "../document/schema.js";
import type { Candidate } from "./candidate.js";
import type { Gazetteer, NameHit } from "./gazetteer/index.js";
import { lexicon, type Lexicon } from "./lexicon.js";
import { startsUpper } from "../util/letters.js";
import { forceWord } from "./forces.js";

/** An age noun right after a name ("Laurel 5-year-old", "Tyler teen"): the name is the person's town. */
const RESIDENT_AFTER = /^\s{1,2}(?:\d{1,2}-year-old|teen|teenager|toddler)\b/;

/*
 * This stage's own toponym finder: the recall backstop beside the entities stage's NER. It proposes
 * the longest capitalized word sequences the gazetteer knows ("Democratic Republic of the Congo",
 * "Metcalfe County", "Ky."), "X province" and "City, State", and capitalized names it does not know
 * when the words around them say "place" ("in Khan Tuman", "the village of X"). Capitalized common
 * words, parts of people's names and names after titles are turned away unless the place is big.
 */

const MAX_NAME_TOKENS = 6;

function isCap(t: Token): boolean {
  // a capital first letter is a letter
  return startsUpper(t.text);
}

function isAllCaps(s: string): boolean {
  return /^[\p{Lu}\s.'’-]+$/u.test(s) && /\p{Lu}{2}/u.test(s);
}

/** Tokens of one sentence, in order. */
export function sentenceTokens(doc: SitrepDocument): Token[][] {
  const out: Token[][] = doc.sentences.map(() => []);
  for (const t of doc.tokens) out[t.sentence]?.push(t);
  return out;
}

/** Two tokens sit next to each other in one name: at most one space between, no line break. */
function adjacent(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return gap.length <= 1 && !/[\n\r\t]/.test(gap);
}

/** The strongest reading of a name, to decide whether a doubtful mention is worth keeping. */
function strongest(hits: NameHit[]): { kind: string; population: number } {
  let kind = "city";
  let population = 0;
  for (const h of hits) {
    if (h.feature.kind !== "city") kind = h.feature.kind;
    if (!h.alternate || h.feature.kind !== "city") population = Math.max(population, h.feature.population);
  }
  return { kind, population };
}

function isBig(hits: NameHit[]): boolean {
  const { kind, population } = strongest(hits);
  return kind !== "city" || population >= 100_000;
}

/** Given-name-led and title-led capitalized runs: their later words are people's names, not towns. */
function personNameWords(text: string, sents: Token[][], lex: Lexicon, g: Gazetteer): Set<string> {
  const out = new Set<string>();
  for (const toks of sents) {
    for (let i = 0; i + 1 < toks.length; i++) {
      const a = toks[i]!;
      if (!isCap(a)) continue;
      const low = a.text.toLowerCase().replace(/\.$/, "");
      if (!(lex.givenNames.has(low) || lex.titles.has(low))) continue;
      let j = i + 1;
      while (j < toks.length && isCap(toks[j]!) && adjacent(text, toks[j - 1]!, toks[j]!)) j++;
      if (j - i < 2) continue;
      const whole = text.slice(a.start, toks[j - 1]!.end);
      if (g.lookup(whole).length) continue;
      for (let k = i + 1; k < j; k++) out.add(toks[k]!.text);
    }
  }
  return out;
}

/**
 * One-word names the article gives a person: "a woman named Mary", or a given name before a person's
 * verb ("Mary says"). One sense per article: the name's other mentions are the person too ("Mary
 * described the scene"), unless a locative makes one a place.
 */
export function namedPeople(text: string, sents: Token[][], lex: Lexicon, g: Gazetteer): Set<string> {
  const out = new Set<string>();
  for (const toks of sents) {
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (!isCap(t) || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) continue;
      const next = toks[i + 1];
      if (next && isCap(next) && adjacent(text, t, next)) continue;
      const prev = toks[i - 1]?.text.toLowerCase();
      const before = toks[i - 2]?.text.toLowerCase();
      const named = prev === "named" && before !== undefined && lex.personNouns.has(before);
      // each test below only when the ones before it leave the answer open
      if (named) {
        out.add(t.text);
        continue;
      }
      if (prev && lex.locative.has(prev)) continue;
      const speaks =
        next !== undefined &&
        lex.personVerbs.has(next.text) &&
        lex.givenNames.has(t.text.toLowerCase()) &&
        !g.lookup(t.text).some((h) => !h.alternate && h.feature.kind === "country");
      // "Sanford was charged": only a person is charged, arrested or sentenced, whatever the name
      const after = toks[i + 2];
      // (not a big place: "a man who opened fire in southeast Houston was arrested")
      const charged =
        !speaks &&
        next !== undefined &&
        after !== undefined &&
        lex.personVerbs.has(`${next.text} ${after.text}`) &&
        !isBig(g.lookup(t.text));
      if (speaks || charged) out.add(t.text);
    }
  }
  return out;
}

interface Match {
  end: number;
  n: number;
  hits: NameHit[];
  abbreviation: boolean;
}

/**
 * Two tokens with nothing between them are one written word: the tokenizer splits at some accented
 * letters ("Toru" "ń", "İ" "stanbul") and at hyphens ("Port" "-" "au" "-" "Prince").
 */
function glued(a: Token, b: Token): boolean {
  return a.end === b.start && /\p{L}/u.test(b.text) && !/^['’]/.test(b.text);
}

/** The longest gazetteer name starting at token i, if any. */
function longestMatch(text: string, toks: Token[], i: number, g: Gazetteer, lex: Lexicon): Match | null {
  const maxN = Math.min(MAX_NAME_TOKENS, toks.length - i);
  for (let n = maxN; n >= 1; n--) {
    const last = toks[i + n - 1]!;
    if (n > 1 && !isCap(last) && !glued(toks[i + n - 2]!, last) && !/^[dl]['’]\p{Lu}/u.test(last.text)) continue;
    let ok = true;
    for (let k = i + 1; k < i + n && ok; k++) {
      const t = toks[k]!;
      if (!adjacent(text, toks[k - 1]!, t)) ok = false;
      else if (
        k < i + n - 1 &&
        !isCap(t) &&
        !glued(toks[k - 1]!, t) &&
        !lex.connectors.has(t.text.toLowerCase()) &&
        !/^(?:[-'’.]|['’]s|[dl]['’]?)$/i.test(t.text)
      )
        ok = false;
    }
    if (!ok) continue;
    const start = toks[i]!.start;
    const span = text.slice(start, last.end);
    // AP abbreviations keep their final dot, which the tokenizer may split off ("Ky" ".").
    if (text[last.end] === "." && g.abbreviation(span + "."))
      return { end: last.end + 1, n, hits: [], abbreviation: true };
    if (g.abbreviation(span)) return { end: last.end, n, hits: [], abbreviation: true };
    const hits = g.lookup(span);
    // two capitals alone are initials or codes, unless a country goes by them ("US", "UK")
    if (n === 1 && /^\p{Lu}{2}$/u.test(span) && !hits.some((h) => h.feature.kind === "country")) continue;
    // "London City airport": a longer name known only as a small town's alternate yields to the
    // shorter main name inside it (resolution would drop that reading anyway)
    if (n > 1 && hits.every((h) => h.alternate && h.feature.kind === "city" && h.feature.population < 20_000)) continue;
    if (hits.length) return { end: last.end, n, hits, abbreviation: false };
  }
  return null;
}

/** `read`: the sentences' tokens and namedPeople, when the caller has them already. */
export function findToponyms(
  doc: SitrepDocument,
  g: Gazetteer,
  read?: { sents: Token[][]; persons: Set<string> },
): Candidate[] {
  const lex = lexicon();
  const { text } = doc;
  const sents = read?.sents ?? sentenceTokens(doc);
  const people = personNameWords(text, sents, lex, g);
  const persons = read?.persons ?? namedPeople(text, sents, lex, g);
  const out: Candidate[] = [];

  for (let si = 0; si < sents.length; si++) {
    const toks = sents[si]!;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (!isCap(t)) continue;
      const prev = i > 0 ? toks[i - 1]! : null;
      const prevLow = prev?.text.toLowerCase() ?? "";
      const initial = !prev || /^["“‘'([—–-]$/.test(prev.text) || /[:.]$/.test(prev.text);
      const m = longestMatch(text, toks, i, g, lex);
      if (m) {
        const next = toks[i + m.n];
        const nextAdj = next && adjacent(text, toks[i + m.n - 1]!, next) && text[m.end - 1] !== "." ? next : null;
        let end = m.end;
        let division = false;
        const divisible = m.hits.some(
          (h) => h.feature.kind === "admin1" || h.feature.kind === "admin2" || h.feature.kind === "city",
        );
        const beyond = toks[i + m.n + 1];
        // "Oregon State Police", "the Oregon Department of Parks and Recreation": an agency's name, not a division's
        const agency =
          nextAdj !== null &&
          isCap(nextAdj) &&
          beyond !== undefined &&
          adjacent(text, nextAdj, beyond) &&
          (isCap(beyond) || beyond.text === "of");
        if (divisible && nextAdj && lex.division.has(nextAdj.text.toLowerCase()) && !agency) {
          division = true;
          // "Fars Province" is one name; "Mazandaran province" is a name and a common noun.
          if (isCap(nextAdj)) end = nextAdj.end;
        }
        // "the state of Washington", "the province of Idlib": the division word comes first
        if (divisible && i >= 2 && prevLow === "of" && lex.division.has(toks[i - 2]!.text.toLowerCase()))
          division = true;
        const admin = m.hits.some((h) => h.feature.kind === "admin1" || h.feature.kind === "admin2");
        if (
          m.abbreviation ||
          (division && admin) ||
          (keep(m, t, prev, prevLow, nextAdj, initial, people, lex, g, text) &&
            !(m.n === 1 && persons.has(t.text) && !(prev && lex.locative.has(prevLow))))
        ) {
          out.push({ start: t.start, end, text: text.slice(t.start, end), source: "finder", sentence: si, division });
          i += m.n - 1 + (end > m.end ? 1 : 0);
          continue;
        }
        // Turned away: the run may still be a place the gazetteer lacks ("Khan" is a town, "Khan Tuman" is not in it).
      }
      // A capitalized run the gazetteer does not know: a place only when the words around say so.
      let j = i + 1;
      while (
        j < toks.length &&
        j - i < MAX_NAME_TOKENS &&
        adjacent(text, toks[j - 1]!, toks[j]!) &&
        (isCap(toks[j]!) ||
          /^[-'’]$/.test(toks[j]!.text) ||
          (["al", "el", "ad", "ar", "as", "ash", "an", "az"].includes(toks[j]!.text) &&
            toks[j + 1] &&
            isCap(toks[j + 1]!)))
      )
        j++;
      const run = toks.slice(i, j);
      const end = run[run.length - 1]!.end;
      const after = toks[j];
      const afterLow = after?.text.toLowerCase() ?? "";
      // (a capitalized "In" inside a sentence is a title-case headline's, where every word is capitalized:
      // "Victim In Critical Condition" names no place)
      const placeBefore =
        prev !== null &&
        !initial &&
        prev.text === prevLow &&
        ["in", "near", "outside", "around", "of"].includes(prevLow);
      const settlementBefore =
        i >= 2 &&
        prevLow === "of" &&
        [
          "village",
          "villages",
          "town",
          "towns",
          "city",
          "district",
          "province",
          "governorate",
          "region",
          "neighbourhood",
          "neighborhood",
          "suburb",
          "area",
          "community",
          "island",
        ].includes(toks[i - 2]!.text.toLowerCase());
      const divisionAfter =
        after &&
        adjacent(text, run[run.length - 1]!, after) &&
        (lex.division.has(afterLow) || ["village", "town", "camp", "neighbourhood", "neighborhood"].includes(afterLow));
      // streets and buildings are below what a geoparser or ACLED codes
      const street =
        /^(?:Road|Street|St|Avenue|Ave|Lane|Drive|Boulevard|Blvd|Way|Close|Court|Crescent|Terrace|Highway|Hospital|School|Church|Centre|Center|Hall|Park|Stadium|Mall|Hotel|Bridge|Station)$/.test(
          run[run.length - 1]!.text,
        );
      const plausible =
        !street &&
        !lex.notPlaces.has(text.slice(t.start, end).toLowerCase()) &&
        run.every((x) => {
          const low = x.text.toLowerCase();
          return (
            /^[-'’]$/.test(x.text) ||
            (x.text.length > 1 &&
              !lex.common.has(low) &&
              !lex.titles.has(low) &&
              !people.has(x.text) &&
              !g.demonym(x.text) &&
              !isAllCaps(x.text))
          );
        });
      if (plausible && (settlementBefore || divisionAfter || (placeBefore && prevLow !== "of" && run.length >= 2))) {
        let e = end;
        if (divisionAfter && isCap(after!)) e = after!.end;
        out.push({
          start: t.start,
          end: e,
          text: text.slice(t.start, e),
          source: "finder",
          sentence: si,
          unknown: true,
          division: Boolean(divisionAfter && lex.division.has(afterLow)),
        });
        i = j - 1;
      }
      // otherwise the run's later words get their own chance ("A Texas court", "Environment Canada")
    }
  }
  listUnknowns(doc, out, people, lex, g);
  elidedNames(text, out, g);
  repeatUnknowns(doc, out);
  linkContainers(text, out, g);
  return out;
}

/** A name once taken for a place stays one in the same article ("to seize Khan Tuman", after "in Khan Tuman"). */
function repeatUnknowns(doc: SitrepDocument, out: Candidate[]): void {
  const names = new Set(out.filter((c) => c.unknown).map((c) => c.text));
  for (const name of names) {
    let at = doc.text.indexOf(name);
    while (at >= 0) {
      const end = at + name.length;
      const bounded = !/[\p{L}\p{N}]/u.test(doc.text[at - 1] ?? "") && !/[\p{L}\p{N}]/u.test(doc.text[end] ?? "");
      const sentence = doc.sentences.findIndex((s) => s.start <= at && end <= s.end);
      if (bounded && sentence >= 0 && !out.some((c) => c.start < end && at < c.end)) {
        out.push({ start: at, end, text: name, source: "finder", sentence, unknown: true });
      }
      at = doc.text.indexOf(name, end);
    }
  }
  out.sort((a, b) => a.start - b.start);
}

/**
 * Words around a name that say it is no place, whoever proposed it: a listed non-place ("White
 * House"), a disease or currency after it ("West Nile virus", "US$"), a nationality word alone.
 */
export function notAPlace(text: string, start: number, end: number, g: Gazetteer, lex: Lexicon = lexicon()): boolean {
  const span = text.slice(start, end);
  if (lex.notPlaces.has(span.toLowerCase().replace(/\.$/, ""))) return true;
  if (text[end] === "$" || span.includes("$")) return true;
  const hits = g.lookup(span);
  const nextWord = /^ ([\p{L}]{1,20})/u.exec(text.slice(end, end + 24))?.[1]?.toLowerCase();
  if (nextWord && lex.notPlaceAfter.has(nextWord) && !hits.some((h) => h.feature.kind === "country" && !h.alternate))
    return true;
  if (namesStreetOrComplex(text, end, lex) || streetByContext(text, start, end, isBig(hits), lex)) return true;
  if (saintsInstitution(span, text, end, g, lex)) return true;
  if (stationBrand(text, start, hits, lex)) return true;
  // No demonym test here: the tagger already types nationality words as groups, and the gazetteer's
  // demonyms include town names, so the test dropped real places (US local news lost 3-4 points of
  // state and city accuracy).
  return false;
}

/** "FOX Carolina": a station's brand names its market, not a place ("NBC Connecticut" still names the state). */
function stationBrand(text: string, start: number, hits: NameHit[], lex: Lexicon): boolean {
  return lex.stationBefore.test(text.slice(Math.max(0, start - 16), start)) && !regionHit(hits);
}

/** A reading of the name is a country or a first-order division by its own name. */
function regionHit(hits: NameHit[]): boolean {
  return hits.some((h) => !h.alternate && (h.feature.kind === "country" || h.feature.kind === "admin1"));
}

/** "St. Vincent's Hospital", "St. Mary's Church": a saint's name in the possessive before an institution. */
function saintsInstitution(span: string, text: string, end: number, g: Gazetteer, lex: Lexicon = lexicon()): boolean {
  if (!/^(?:St\.?|Saint|Ste\.?)\s/.test(span)) return false;
  const m = /^(['’]s)?\s{1,2}(\p{Lu}\p{Ll}{1,12})\b/u.exec(text.slice(end, end + 20));
  if (m === null || !lex.saintInstitutions.has(m[2]!)) return false;
  // "St. Bernard Hospital" too, but "St. Louis Children's Hospital" is the city's
  return m[1] !== undefined || !isBig(g.lookup(span));
}

/**
 * The name at `end` goes on into a street's name ("Cambridge Street", "Lappin Ave.", "the 600 block
 * of Memphis Avenue") or a housing complex's ("the Corning Village Apartments", "Westwood Homes"):
 * a street or complex named after a town says nothing about where it lies.
 */
function namesStreetOrComplex(text: string, end: number, lex: Lexicon = lexicon()): boolean {
  const m = /^ {1,2}(\p{Lu}\p{Ll}{1,11})\b(?: {1,2}(\p{Lu}\p{Ll}{1,12})\b)?/u.exec(text.slice(end, end + 32));
  if (m === null) return false;
  if (lex.street.has(m[1]!.toLowerCase())) return true;
  return lex.residence.has(m[1]!.toLowerCase()) || (m[2] !== undefined && lex.residence.has(m[2].toLowerCase()));
}

/**
 * "at the corner of Elm and Vine": streets, whatever small towns share their names (a big city's
 * name stays the city's: "the intersection of Elm and San Diego Streets"); "14th NE and NE Oxford":
 * a compass prefix only streets take.
 */
function streetByContext(text: string, start: number, end: number, big: boolean, lex: Lexicon = lexicon()): boolean {
  const before = text.slice(Math.max(0, start - 72), start);
  // (but "a shooting in SW Houston": a big city's quarter after a locative)
  if (lex.compassStreetBefore.test(before))
    return !(big && /\b(?:in|near|across|throughout)\s{1,2}\S{2,4}\s{1,2}$/i.test(before));
  // "the intersection of Brownsville and Amanda": the first of two streets, whatever city has the name
  if (lex.firstStreetBefore.test(before) && /^\s{1,3}(?:and|&)\s{1,3}[\p{Lu}\d]/u.test(text.slice(end, end + 12)))
    return true;
  return !big && lex.streetBefore.test(before);
}

/** Should a gazetteer match from the finder stand? Filters the capitalized words that are not places. */
function keep(
  m: Match,
  t: Token,
  prev: Token | null,
  prevLow: string,
  nextAdj: Token | undefined | null,
  initial: boolean,
  people: Set<string>,
  lex: Lexicon,
  g: Gazetteer,
  text: string,
): boolean {
  const span = text.slice(t.start, m.end);
  if (lex.notPlaces.has(span.toLowerCase().replace(/\.$/, ""))) return false;
  // "West Nile virus", "Marburg fever" name diseases; "United States flu season" still names a country
  if (
    nextAdj &&
    lex.notPlaceAfter.has(nextAdj.text.toLowerCase()) &&
    !m.hits.some((h) => h.feature.kind === "country" && !h.alternate)
  )
    return false;
  if (text[m.end] === "$" || span.includes("$")) return false; // "US$"
  if (namesStreetOrComplex(text, m.end, lex)) return false;
  if (saintsInstitution(span, text, m.end, g, lex)) return false;
  if (stationBrand(text, t.start, m.hits, lex)) return false;
  const { kind, population } = strongest(m.hits);
  // "Marion, Ohio", "Hugo, Okla.", "Clacton, Essex": a name followed by its region is a town, whatever else it could be
  if (m.n === 1 && kind === "city" && regionFollows(text, m.end, g)) return true;
  // dotted initials ("U.N.") name countries or nothing
  if (/^(?:\p{Lu}\.){2,}$/u.test(span) && kind !== "country" && kind !== "admin1") return false;
  const big = kind !== "city" || population >= 100_000;
  // a big city's name stays the city's even in "the intersection of Elm and San Diego Streets"
  if (streetByContext(text, t.start, m.end, big, lex)) return false;
  if (m.n === 1 && g.demonym(span) && kind !== "country") return false;
  if (prev && lex.titles.has(prevLow.replace(/\.$/, "")) && isCap(prev)) return false;
  // Inside a longer capitalized run ("Thomas Memorial Hospital", "Recep Tayyip Erdogan").
  // "Villegas-Hernandez": the second half of a hyphenated name
  const compound =
    prev?.text === "-" &&
    prev.start === t.start - 1 &&
    /\p{Lu}\p{Ll}*$/u.test(text.slice(Math.max(0, prev.start - 20), prev.start));
  const prevCap =
    compound ||
    (prev &&
      isCap(prev) &&
      adjacent(text, prev, t) &&
      !initial &&
      !g.demonym(prev.text) &&
      !lex.common.has(prev.text.toLowerCase()) &&
      !/^(North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Greater|New|Old)$/.test(
        prev.text,
      ));
  // "Litchfield Superior Court", "Glasgow Police Department", "Brant OPP": the town is still named
  const nextCap =
    nextAdj &&
    isCap(nextAdj) &&
    !lex.settlement.has(nextAdj.text.toLowerCase()) &&
    !lex.institution.has(nextAdj.text) &&
    !forceWord(nextAdj.text);
  if ((prevCap || nextCap) && !big) return false;
  // "Georgia Stevens", "Jordan Peterson": a given name before an unknown capitalized word is a person
  if (m.n === 1 && nextCap && lex.givenNames.has(span.toLowerCase()) && nextAdj && !isBig(g.lookup(nextAdj.text)))
    return false;
  if (m.n === 1 && people.has(span) && kind === "city") return false;
  // "Walsh said", "Franklin told reporters": a lone name before a person's verb is a person
  // ("was born", "was charged": a verb of two words)
  const two = /^\s{1,2}([a-z]+)(?:\s([a-z]+))?/.exec(text.slice(m.end, m.end + 24));
  const after = two && two[2] && lex.personVerbs.has(`${two[1]} ${two[2]}`) ? `${two[1]} ${two[2]}` : two?.[1];
  const low = span.toLowerCase();
  // "a resident of Lubbock", "39, of Fairfield": "of" after a common noun or an age tells where someone is from
  const ofPlace =
    prevLow === "of" && /(?:\b\p{Ll}+|\d,?)\s{1,2}$/u.test(text.slice(Math.max(0, prev!.start - 20), prev!.start));
  // (a capitalized "In" inside a title-case run is a word of the name: "Special Agent In Charge")
  const locative = prev !== null && !initial && ((lex.locative.has(prevLow) && prev.text === prevLow) || ofPlace);
  if (m.n === 1 && after && !locative && lex.personVerbs.has(after) && kind === "city" && population < 1_000_000)
    return false;
  if (m.n === 1 && lex.common.has(low)) {
    if (initial) return kind !== "city" ? kind === "country" || kind === "admin1" : population >= 500_000;
    if (!(kind !== "city" || population >= 50_000 || locative)) return false;
  }
  // "a Laurel 5-year-old", "Tyler teen": a given name does not name someone by an age noun after it;
  // a town does, its resident
  const resident = RESIDENT_AFTER.test(text.slice(m.end, m.end + 16));
  if (m.n === 1 && lex.givenNames.has(low) && !locative && !resident && kind === "city" && population < 100_000)
    return false;
  // All-capital words in running text are acronyms far more often than towns ("SWAT", "NATO").
  if (
    m.n === 1 &&
    isAllCaps(span) &&
    kind !== "country" &&
    kind !== "admin1" &&
    !(kind === "city" && population >= 100_000)
  )
    return false;
  return true;
}

/** "Springfield, Ill." / "Khan Shaykhun, Idlib" / "Kabul, Afghanistan": the second names the first's container. */
export function linkContainers(text: string, cands: Candidate[], g: Gazetteer): void {
  markLists(text, cands, g);
  for (let k = 0; k + 1 < cands.length; k++) {
    const a = cands[k]!;
    const b = cands[k + 1]!;
    // In a list ("Ohio, Oregon, Utah") the comma separates peers; it does not nest one in the next.
    if (a.list !== undefined && a.list === b.list && !cityInRegion(a, b, g)) continue;
    if (!/^,\s{1,2}$/.test(text.slice(a.end, b.start))) continue;
    // a country lies in nothing the text could name after it ("China, Japan"), but a town named after
    // one does: "Lebanon, Pa.", "Mexico, Mo."
    if (g.lookup(a.text).some((h) => h.feature.kind === "country" && !h.alternate) && !townOfCountryName(a, b, g))
      continue;
    a.container = { start: b.start, end: b.end };
  }
  // Postal codes are only trusted right after "City,": "Louisville, KY".
  // Sticky: matched only where the name ends, never searched for further on (quadratic on long texts).
  const re = /,\s([A-Z]{2})\b/y;
  for (const a of [...cands]) {
    re.lastIndex = a.end;
    const m = re.exec(text);
    if (!m || m.index !== a.end || !g.postalCode(m[1]!)) continue;
    const start = m.index + m[0].length - 2;
    if (cands.some((c) => c.start === start)) continue;
    cands.push({ start, end: start + 2, text: m[1]!, source: "finder", sentence: a.sentence });
    a.container = { start, end: start + 2 };
  }
  cands.sort((x, y) => x.start - y.start);
}

/** "Lebanon, Pa.": a country's name, then a division abbreviated or in full where a town has the name. */
function townOfCountryName(a: Candidate, b: Candidate, g: Gazetteer): boolean {
  const region =
    g.abbreviation(b.text) ?? g.lookup(b.text).find((h) => !h.alternate && h.feature.kind === "admin1")?.feature;
  if (!region) return false;
  return g
    .lookup(a.text)
    .some(
      (h) =>
        !h.alternate &&
        h.feature.kind === "city" &&
        h.feature.country === region.country &&
        h.feature.admin1 === region.admin1,
    );
}

/** ", Ohio", ", Okla.", ", Essex": right after `end`, a comma and a name that is a country or a division. */
function regionFollows(text: string, end: number, g: Gazetteer): boolean {
  const m = /^,\s{1,2}(\p{Lu}[\p{L}.'’-]{1,20}(?:\s\p{Lu}[\p{L}.'’-]{1,20})?)/u.exec(text.slice(end, end + 48));
  if (!m) return false;
  const words = m[1]!.split(" ");
  for (let n = words.length; n >= 1; n--) {
    const name = words.slice(0, n).join(" ");
    if (g.abbreviation(name) || g.abbreviation(name.replace(/\.$/, ""))) return true;
    const hits = g.lookup(name.replace(/[.,]$/, "")).filter((h) => !h.alternate);
    if (hits.some((h) => h.feature.kind === "country" || h.feature.kind === "admin1" || h.feature.kind === "admin2"))
      return true;
  }
  return false;
}

/** "Kabul, Afghanistan" inside a list: a name that is only a town, then one that is only a region. */
function cityInRegion(a: Candidate, b: Candidate, g: Gazetteer): boolean {
  const region = (k: string): boolean => k === "country" || k === "admin1";
  const ah = g.lookup(a.text).filter((h) => !h.alternate);
  const bh = g.lookup(b.text).filter((h) => !h.alternate);
  return ah.length > 0 && ah.every((h) => !region(h.feature.kind)) && bh.some((h) => region(h.feature.kind));
}

export const LIST_SEPARATOR = /^(?:,\s{1,2}(?:(?:and|or)\s{1,2})?|\s{1,2}(?:and|or)\s{1,2})(?:the\s{1,2})?$/;

/**
 * Coordinated names: three or more joined by commas, or any run closed by "and"/"or" ("Washington,
 * Pennsylvania and California"). Such a run lists peers, so no member is the next one's container;
 * an abbreviation ("Springfield, Ill., and Chicago") still closes a "City, State" pair instead.
 */
function markLists(text: string, cands: Candidate[], g: Gazetteer): void {
  let k = 0;
  while (k < cands.length) {
    let j = k;
    let conj = false;
    while (j + 1 < cands.length) {
      const gap = text.slice(cands[j]!.end, cands[j + 1]!.start);
      if (!LIST_SEPARATOR.test(gap) || g.abbreviation(cands[j + 1]!.text)) break;
      if (/\b(?:and|or)\b/.test(gap)) conj = true;
      j++;
    }
    const n = j - k + 1;
    if (n >= 3 || (n === 2 && conj)) for (let m = k; m <= j; m++) cands[m]!.list = cands[k]!.start;
    k = j + 1;
  }
}

// A capitalized name of up to four words, as a list member ("Homa Bay", "Vest-Agder", "Dar es Salaam").
const LIST_ITEM = /\p{Lu}[\p{L}'’.-]{0,30}(?:[ -](?:\p{Lu}[\p{L}'’.-]{0,30}|al|el|es|de|au|la)){0,3}/gu;

/**
 * Unknown names listed among known places are places too ("the villages of Kampungu, Makonono,
 * Kaluamba and Mombo"; "Rogaland, Vestfold, Buskerud, Oslo"): a coordinated list names things of
 * one kind. At least two members, and half of them, must be places the gazetteer knows (brand and
 * team names often happen to be towns: "Lucerne, Albertson, Sunshine").
 */
function listUnknowns(doc: SitrepDocument, out: Candidate[], people: Set<string>, lex: Lexicon, g: Gazetteer): void {
  const { text } = doc;
  const added: Candidate[] = [];
  // only sentences with two known places can hold such a list
  const known = new Map<number, number>();
  for (const c of out) if (!c.unknown) known.set(c.sentence, (known.get(c.sentence) ?? 0) + 1);
  for (const [si, n] of known) {
    const sent = doc.sentences[si];
    if (n < 2 || !sent) continue;
    const body = text.slice(sent.start, sent.end);
    if (!body.includes(",") || !/ (?:and|or) /.test(body)) continue;
    const items: { start: number; end: number }[] = [];
    LIST_ITEM.lastIndex = 0;
    for (let m = LIST_ITEM.exec(body); m; m = LIST_ITEM.exec(body)) {
      const t = m[0].replace(/[.]$/, "");
      items.push({ start: sent.start + m.index, end: sent.start + m.index + t.length });
    }
    let k = 0;
    while (k < items.length) {
      let j = k;
      let conj = false;
      while (j + 1 < items.length) {
        const gap = text.slice(items[j]!.end, items[j + 1]!.start);
        if (!LIST_SEPARATOR.test(gap)) break;
        if (/\b(?:and|or)\b/.test(gap)) conj = true;
        j++;
      }
      const group = items.slice(k, j + 1);
      k = j + 1;
      if (group.length < 3 || !conj) continue;
      const covering = (it: { start: number; end: number }): Candidate | undefined =>
        out.find((c) => c.start < it.end && it.start < c.end);
      const places = group.filter((it) => {
        const c = covering(it);
        return c !== undefined && !c.unknown;
      }).length;
      if (places < 2 || places * 2 < group.length) continue;
      for (const it of group) {
        if (covering(it)) continue;
        const name = text.slice(it.start, it.end);
        // "Sheriff's Office": part of a longer name, not a member of its own
        if (/['’]s\b/.test(name) || /['’]s\s$/.test(text.slice(Math.max(0, it.start - 4), it.start))) continue;
        const words = name.split(/[ -]/);
        const plausible =
          !lex.notPlaces.has(name.toLowerCase()) &&
          words.every((w) => {
            const low = w.toLowerCase();
            return (
              w.length > 1 &&
              !lex.common.has(low) &&
              !lex.titles.has(low) &&
              !people.has(w) &&
              !g.demonym(w) &&
              !isAllCaps(w)
            );
          });
        if (plausible)
          added.push({ start: it.start, end: it.end, text: name, source: "finder", sentence: si, unknown: true });
      }
    }
  }
  out.push(...added);
  out.sort((a, b) => a.start - b.start);
}

// "Central and South America", "North and South Korea", "Eastern and Southern Europe": a qualifier
// whose noun is written only once, after the last member.
const ELISION =
  /\b(North|South|East|West|Central|Northern|Southern|Eastern|Western|Upper|Lower)(?:\s{1,2}(?:and|or)\s{1,2}|,\s{1,2})(?=(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Upper|Lower)\s)/g;

/**
 * The first qualifier of an elided coordination, when the second member is a place the finder found
 * and the first qualifier with the same noun is a place too ("Central" + "America").
 */
function elidedNames(text: string, out: Candidate[], g: Gazetteer): void {
  const added: Candidate[] = [];
  ELISION.lastIndex = 0;
  for (let m = ELISION.exec(text); m; m = ELISION.exec(text)) {
    const start = m.index;
    const end = start + m[1]!.length;
    const nextStart = start + m[0].length;
    const second = out.find((c) => c.start === nextStart && !c.unknown);
    if (!second || out.some((c) => c.start < end && start < c.end)) continue;
    const noun = second.text.split(/\s+/).slice(1).join(" ");
    if (!noun) continue;
    const full = `${m[1]} ${noun}`;
    if (!g.lookup(full).some((h) => !h.alternate && h.feature.kind !== "city")) continue;
    added.push({ start, end, text: m[1]!, source: "finder", sentence: second.sentence, elided: full });
  }
  out.push(...added);
  out.sort((a, b) => a.start - b.start);
}
