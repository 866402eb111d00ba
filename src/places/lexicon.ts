import { loadData } from "../util/data.js";

interface Cues {
  divisionWords: string[];
  settlementWords: string[];
  locativePrepositions: string[];
  relativePatterns: string[];
  relativeAfter: string[];
  metonymyVerbs: string[];
  metonymyAuxFollowers: string[];
  connectors: string[];
  titles: string[];
  officeTitles: string[];
  notPlaces: string[];
  notPlaceAfter: string[];
  streetWords: string[];
  residenceWords: string[];
  personVerbs: string[];
  personNouns: string[];
  quarterWords: string[];
  saintInstitutions: string[];
  neighbourhoodAfter: string[];
  neighbourhoodOwners: string[];
  institutionWords: string[];
  givenNamesThatArePlaces: string[];
  elsewhereBefore: string[];
  namedWarAfter: string[];
  destinationVerbs: string[];
  destinationNouns: string[];
  destinationStay: string[];
  residentNouns: string[];
  streetBefore: string[];
  streetCompassPrefixes: string[];
  facilityWords: string[];
  facilityNouns: string[];
  stationNetworks: string[];
  arrestVerbs: string[];
  arrestGapStops: string[];
  nationDivisions: string[];
}

export interface Lexicon {
  /** first-order divisions that are nations of their own, as COUNTRY.ADMIN1 ('GB.WLS') */
  nationDivisions: Set<string>;
  division: Set<string>;
  settlement: Set<string>;
  locative: Set<string>;
  relativeBefore: RegExp;
  relativeAfter: string[];
  metonymyVerbs: Set<string>;
  metonymyAuxFollowers: Set<string>;
  connectors: Set<string>;
  titles: Set<string>;
  officeTitles: Set<string>;
  notPlaces: Set<string>;
  /** the listed non-places of several words, found anywhere ("Agence France-Presse") */
  notPlacePhrases: RegExp;
  notPlaceAfter: Set<string>;
  street: Set<string>;
  /** "Apartments" of "Corning Village Apartments": a housing complex's name, not the town's */
  residence: Set<string>;
  personVerbs: Set<string>;
  /** nouns for people: "a woman named Mary" */
  personNouns: Set<string>;
  /** "West" of "West Philadelphia": a quarter of the city named after it */
  quarterWords: Set<string>;
  /** "Hospital" of "St. Vincent's Hospital": a saint's name, not a town's */
  saintInstitutions: Set<string>;
  /** "the Roseland neighborhood": a part of a city, not a town of its own */
  neighbourhoodAfter: Set<string>;
  /** "the city's South Side": a possessive noun for a town before a name makes it a part of that town */
  neighbourhoodOwners: Set<string>;
  institution: Set<string>;
  common: Set<string>;
  /** brands and nouns that open names more often than they name towns ("Metro police", "a Toyota") */
  weak: Set<string>;
  givenNames: Set<string>;
  /** the end of the text before a country or region that puts an event elsewhere ("outside of Iran") */
  elsewhereBefore: RegExp;
  /** the start of the text after a place that makes it a war's name ("Iran-Iraq war", "the Vietnam War") */
  namedWarAfter: RegExp;
  /** the end of the text before a place a victim was carried to ("taken by ambulance to") */
  destinationBefore: RegExp;
  /** the end of the text before a place a suspect was caught at ("was arrested early Wednesday near ") */
  arrestBefore: RegExp;
  /** the start of the text after a town that makes it where a person lives ("Louisville man", ", Tenn., woman") */
  residentAfter: RegExp;
  /** the end of the text before a town that makes it a person's home ("Gonzalez, 20, of Reseda") */
  residentBefore: RegExp;
  /** the end of the text before a name that makes it a street's ("the intersection of Linn and") */
  streetBefore: RegExp;
  /** the end of the text before the first of two streets at a crossing ("the intersection of ") */
  firstStreetBefore: RegExp;
  /** a compass prefix that only streets take ("SW Cambridge") */
  compassStreetBefore: RegExp;
  /** the start of the text after a name that makes it a facility's or business's ("High School", "-Health") */
  facilityAfter: RegExp;
  /** the start of the text after the last word of a longer name that makes it a facility's ("apartment complex") */
  facilityNounAfter: RegExp;
  /** the end of the text before a name that makes it a station's brand ("FOX Carolina") */
  stationBefore: RegExp;
}

let lex: Lexicon | null = null;

/** The stage's word lists (data/places/cues.json, common-words.json), compiled once. */
export function lexicon(): Lexicon {
  if (lex) return lex;
  const c = loadData<Cues>("places/cues.json");
  // "the intersection of", "the corner of": the words before the streets of a crossing
  const crossing = c.streetBefore.map((w) => w.replace(/ /g, "\\s{1,3}")).join("|");
  const w = loadData<{ words: string[]; givenNames: string[] }>("places/common-words.json");
  lex = {
    division: new Set(c.divisionWords),
    settlement: new Set(c.settlementWords),
    locative: new Set(c.locativePrepositions),
    // Anchored at the end of the text before a toponym; the patterns' quantifiers are bounded.
    relativeBefore: new RegExp(`(?:${c.relativePatterns.join("|")})$`, "i"),
    relativeAfter: c.relativeAfter,
    metonymyVerbs: new Set(c.metonymyVerbs),
    metonymyAuxFollowers: new Set(c.metonymyAuxFollowers),
    connectors: new Set(c.connectors),
    titles: new Set(c.titles),
    officeTitles: new Set(c.officeTitles),
    notPlaces: new Set(c.notPlaces),
    notPlacePhrases: new RegExp(
      `\\b(?:${c.notPlaces
        .filter((w) => /[ -]/.test(w) && !/^(?:north|south)-/.test(w))
        .map((w) => w.replace(/[- ]/g, "[- ]{1,2}"))
        .join("|")})\\b`,
      "gi",
    ),
    notPlaceAfter: new Set(c.notPlaceAfter),
    nationDivisions: new Set(c.nationDivisions),
    street: new Set(c.streetWords),
    residence: new Set(c.residenceWords),
    personVerbs: new Set(c.personVerbs),
    personNouns: new Set(c.personNouns),
    quarterWords: new Set(c.quarterWords),
    saintInstitutions: new Set(c.saintInstitutions),
    neighbourhoodAfter: new Set(c.neighbourhoodAfter),
    neighbourhoodOwners: new Set(c.neighbourhoodOwners),
    institution: new Set(c.institutionWords),
    common: new Set(w.words),
    weak: new Set(loadData<{ words: string[] }>("places/weak-names.json").words),
    givenNames: new Set([...w.givenNames, ...c.givenNamesThatArePlaces]),
    namedWarAfter: new RegExp(`^(?:-[A-Z][\\w']{1,20})?\\s{1,3}(?:${c.namedWarAfter.join("|")})\\b`, "i"),
    destinationBefore: new RegExp(
      `\\b(?:${c.destinationVerbs.map((v) => v.replace(/ /g, "\\s{1,3}")).join("|")})\\b[^.;!?]{0,30}?\\s(?:to|at)\\s{1,3}(?:(?:the|a|an)\\s{1,3})?` +
        // "taken to Nationwide Children's Hospital in Columbus": the hospital's town is where it went too
        `(?:(?:[\\w’'.-]{1,25}\\s{1,3}){0,4}?(?:${c.destinationNouns.join("|")})\\s{1,3}(?:in|at)\\s{1,3})?$` +
        // "remain hospitalized in Jackson", "is at a hospital in McComb"
        `|\\b(?:${c.destinationStay.join("|")})\\s{1,3}(?:in|at)\\s{1,3}$`,
      "i",
    ),
    // the words between may not name the harm: "arrested in connection with a shooting in Reno" is Reno's
    arrestBefore: new RegExp(
      `\\b(?:${c.arrestVerbs.map((v) => v.replace(/ /g, "\\s{1,3}")).join("|")})\\b` +
        `(?:(?!${c.arrestGapStops.join("|")})[^.;!?]){0,90}?\\s(?:in|near|outside)\\s{1,3}$`,
      "i",
    ),
    residentAfter: new RegExp(
      `^(?:,\\s{1,2}[A-Z][\\w.]{1,14}(?:\\s[A-Z][\\w.]{1,14})?,)?\\s{1,2}(?:${c.residentNouns.join("|")})\\b`,
    ),
    // "Gonzalez, 20, of Reseda"; "a 17-year-old male from Akron", "a man from Dayton": a person's
    // noun and "from" tell where the person comes from, not where the clause puts them
    residentBefore: new RegExp(
      `(?:,\\s{0,2}\\d{1,3},\\s{1,2}(?:of|from)|\\b(?:${c.residentNouns.join("|")}|male|female|\\d{1,3}-year-old)\\s{1,2}from)\\s{1,3}$`,
    ),
    // "the 16600 block of Edmore": a house number's block is a street's, whatever town shares the name
    streetBefore: new RegExp(
      `\\b(?:${crossing}|\\d{1,6}\\s{1,3}block\\s{1,3}of)\\s{1,3}` +
        // the second of two streets: "of Linn and ", "of 54th and "
        `(?:(?:[A-Z0-9][\\w.'’-]{0,20}\\s{1,3}){1,3}(?:and|&)\\s{1,3})?$`,
    ),
    firstStreetBefore: new RegExp(`\\b(?:${crossing})\\s{1,3}$`),
    compassStreetBefore: new RegExp(
      `(?:^|\\s)(?:${c.streetCompassPrefixes.map((w) => w.replace(/\./g, "\\.")).join("|")})\\s{1,2}$`,
    ),
    facilityAfter: new RegExp(`^(?:[ -]\\p{Lu}[\\p{L}'’]{1,15})?[ -](?:${c.facilityWords.join("|")})\\b`, "u"),
    facilityNounAfter: new RegExp(`^ {1,2}(?:${c.facilityNouns.map((w) => w.replace(/ /g, " {1,2}")).join("|")})\\b`),
    stationBefore: new RegExp(`(?:^|[^\\p{L}])(?:${c.stationNetworks.join("|")}) {1,2}$`, "u"),
    elsewhereBefore: new RegExp(`\\b(?:${c.elsewhereBefore.join("|")})\\s{1,3}(?:the\\s{1,3})?$`, "i"),
  };
  return lex;
}
