/**
 * The closed word classes of data/casualties/grammar.json, compiled once into the patterns that read
 * around a count or a clause: a part of a group, a fronted time, a serial list, a self-inflicted wound.
 */
import { loadData } from "../util/data.js";
import { alternation } from "./lexicon.js";

interface GrammarFile {
  partOfQuantifiers: string[];
  dayParts: string[];
  weekdays: string[];
  indefinite: string[];
  listDeterminers: string[];
  listConjunctions: string[];
  selfInflicted: string[];
  reflexives: string[];
  months: string[];
  pastOpeners: string[];
  sequelUnits: string[];
  laterUnits: string[];
  placeOpeners: string[];
  placeHeads: string[];
  periods: string[];
  ingNouns: string[];
  asideSources: string[];
  asideVerbs: string[];
  reportNouns: string[];
  possessedKin: string[];
  phraseStarters: string[];
  woundParticiples: string[];
  ofPeople: string[];
  indefinitePersons: string[];
  clauseBreakWords: string[];
  reducedPrepositions: string[];
  outcomeLinks: string[];
}

interface NumberWords {
  units: Record<string, number>;
}

export interface Grammar {
  /** "six of ", "none of ": a part counted of the group that follows (tested on the text before the group) */
  partOf: RegExp;
  /** "Shortly before midnight, a 23-year-old woman was stabbed", "Friday evening, 8-year-old Kira Dunn": a time before the comma, then someone not told of before */
  frontedTime: RegExp;
  /** "In the Maple Heights neighborhood, a 30-year-old man", "On the West Side, two men": a place before the comma (group 1), then someone not told of before */
  frontedPlace: RegExp;
  /** "About an hour later, ", "Around 4 a.m., ": a fronted time closed by its comma, a fronted place may follow */
  leadTime: RegExp;
  /** ", his son and a neighbor", ", her friend, a local sheriff and ...": the rest of a serial list */
  serialNext: RegExp;
  /** " and himself", " and then herself": the doer closing a list of the people he harmed */
  closingSelf: RegExp;
  /**
   * ", daughter and himself", ", son and a neighbor": a bare noun (group 1), then "and" and one more person;
   * or, as a headline lists them, a comma and the doer ("Man Kills Wife, Daughter, Self")
   */
  barePersonNext: RegExp;
  /** "houses, cars, and ", "a car and ": a short list of nouns closed by a conjunction */
  thingsThen: RegExp;
  /** " when a man shot ...", ", after he shot ...": the text between a passive toll and the deed that made it */
  outcomeClause: RegExp;
  /** "from an apparent self-inflicted gunshot wound": within the clause after the predicate */
  selfInflicted: RegExp;
  /** "between Friday evening and Monday morning": a span from one weekday (group 1) to another (group 2) */
  weekdaySpan: RegExp;
  /** the determiner and up to two modifiers a noun phrase opens with: "His 11-year-old ", "the two " */
  phraseOpener: RegExp;
  /** "over the weekend", "in May": a stretch of time (global: it is cut out of a clause) */
  stretch: RegExp;
  /** "Last month", "Two years ago": an opening phrase (before its comma) that dates a sentence weeks back or more */
  pastOpener: RegExp;
  /** "(a child fatally shot) last year in Ferguson": the same words right after a predicate date its fact back */
  pastAfter: RegExp;
  /** "(killed) in the same neighborhood (in March)": the whole text is up to five words of no clause of its own */
  noClauseBetween: RegExp;
  /** "A few weeks later", "Days later": an opening phrase that goes on from the time told before */
  sequelOpener: RegExp;
  /** "in another bloody weekend": a stretch of time like others, no other incident (global: cut out of a sentence) */
  anotherPeriod: RegExp;
  /** "Five people were killed within four hours", "shot in five hours": a count over a stretch of hours */
  hoursSpan: RegExp;
  /** weekday names, Monday first */
  weekdays: readonly string[];
  /** month names, January first */
  months: readonly string[];
  /** "during", "morning", "shooting": words in -ing that are no participle after a person noun */
  ingNouns: ReadonlySet<string>;
  /** "police believe ": an aside between a relative pronoun and its verb (matched right after the pronoun) */
  relativeAside: string;
  /** "his 63-year-old father": a relative named by a possessive pronoun, the whole phrase */
  kinObject: RegExp;
  /** "reports of ", "a call about ": the people told of follow (global: the last one in a clause is taken) */
  reportOf: RegExp;
  /** the words a subject phrase may open with, lower case */
  phraseStarters: readonly string[];
  /** "shot", "wounded": a participle that opens its phrase and tells a wound itself */
  woundParticiple: RegExp;
  /** "them", "those": the whole phrase is a pronoun of people ("a couple of them") */
  ofPeople: RegExp;
  /** "someone", "somebody": the whole phrase is an indefinite person */
  indefinitePerson: RegExp;
  /** what ends the clause a participle opens: a break, a conjunction, a verb of saying, a subject pronoun */
  clauseBreak: RegExp;
  /** a preposition right after a reduced relative clause's participle, with the spaces around it */
  reducedPreposition: RegExp;
}

let grammar: Grammar | null = null;

export function gram(): Grammar {
  if (grammar) return grammar;
  const G = loadData<GrammarFile>("casualties/grammar.json");
  const N = loadData<NumberWords>("casualties/numbers.json");
  const det = alternation(G.listDeterminers);
  const and = alternation(G.listConjunctions);
  // a spelled count from one to ten opens a noun phrase as a determiner does: "the two", "four teens"
  const smallCardinals = Object.keys(N.units).filter((w) => N.units[w]! >= 1 && N.units[w]! <= 10);
  const detPhrase = `(?:${det})\\s{1,3}(?:[\\w'’-]{1,20}\\s{1,3}){0,2}[\\w'’-]{1,20}`;
  // the doer, "then" or not before him
  const self = `(?:then\\s{1,3})?(?:${alternation(G.reflexives)})\\b`;
  // a word that opens no clause of its own, nor names the day of this week's incident
  const noClauseWord = `(?!(?:where|when|while|after|before|as|and|but|or|that|who|which|since|${alternation(G.weekdays)})\\b)[\\w'’-]{1,15}`;
  grammar = {
    partOf: new RegExp(
      `\\b(?:\\d{1,3}|${alternation([...Object.keys(N.units), ...G.partOfQuantifiers])})\\s{1,3}of\\s{1,3}$`,
      "i",
    ),
    // "Earlier that day, two women were wounded": a time told against the day of the shooting before it,
    // which opens another as a day part does ("day" alone would take "The next day, the man died")
    frontedTime: new RegExp(
      `^(?:[\\w.'’:,-]{1,12}\\s{1,3}){0,5}?(?:${alternation([...G.dayParts, ...G.weekdays])}|(?:${alternation(G.laterUnits)})s?\\s{1,3}later|(?:earlier|later)\\s{1,3}(?:that|the\\s{1,3}same|in\\s{1,3}the)\\s{1,3}day)(?:\\s{1,3}[\\w.'’:-]{1,12}){0,5}?\\s{0,3},\\s{1,3}(?:${alternation([...G.indefinite, ...smallCardinals.filter((w) => N.units[w]! >= 2)])}|\\d{1,3}-year-old)\\s`,
      "i",
    ),
    frontedPlace: new RegExp(
      `^(?:${alternation(G.placeOpeners)})\\s{1,3}((?:[\\w.'’:-]{1,20}\\s{1,3}){0,6}?(?:${alternation(G.placeHeads)})s?\\b(?:\\s{1,3}[\\w.'’:-]{1,20}){0,6}?)\\s{0,3},\\s{1,3}(?:${alternation([...G.indefinite, ...smallCardinals.filter((w) => N.units[w]! >= 2)])}|\\d{1,3}-year-old)\\s`,
      "i",
    ),
    leadTime: new RegExp(
      `^(?:[\\w.'’:-]{1,12}\\s{1,3}){0,5}?(?:${alternation([...G.dayParts, ...G.weekdays])}|(?:${alternation(G.laterUnits)})s?\\s{1,3}later)(?:\\s{1,3}[\\w.'’:-]{1,12}){0,3}?\\s{0,3},\\s{1,3}`,
      "i",
    ),
    // ("killed his wife, her mother and himself": the doer closes a list too)
    serialNext: new RegExp(
      `^,\\s{1,3}${detPhrase}(?:\\s{0,3},)?\\s{1,3}(?:${and})\\s{1,3}(?:(?:${det})\\s|${self})|^,\\s{1,3}${detPhrase}\\s{0,3},\\s{1,3}(?:(?:${det})\\s|${self})`,
      "i",
    ),
    closingSelf: new RegExp(`\\b(?:${and})\\s{1,3}${self}`, "i"),
    outcomeClause: new RegExp(`^[\\s,]{0,3}(?:${alternation(G.outcomeLinks)})\\s[^.;!?]*$`, "i"),
    barePersonNext: new RegExp(
      `^,\\s{1,3}([a-z-]{2,20})(?:\\s{1,3}(?:${and})\\s{1,3}(?:(?:${det})\\s|${self})|\\s{0,3},\\s{0,3}(?:then\\s{1,3})?(?:himself|herself|self)\\b)`,
      "i",
    ),
    thingsThen: new RegExp(
      `^(?:(?:(?:[\\w'’-]{1,20}\\s{1,3}){0,2}[\\w'’-]{1,20}\\s{0,3},\\s{1,3}){1,4}|(?:[\\w'’-]{1,20}\\s{1,3}){1,3})(?:${and})\\s{1,3}`,
      "i",
    ),
    selfInflicted: new RegExp(`^[^;]{0,80}?\\b(?:${alternation(G.selfInflicted)})\\b`, "i"),
    hoursSpan: new RegExp(
      `\\b(?:within|in)\\s{1,3}(?:\\d{1,2}|${alternation(Object.keys(N.units).filter((w) => N.units[w]! >= 2))})\\s{1,3}hours\\b`,
      "i",
    ),
    weekdaySpan: new RegExp(
      `\\bbetween\\s{1,3}(?:(?:early|late)\\s{1,3})?(${alternation(G.weekdays)})\\s{1,3}(?:[\\w.]{1,12}\\s{1,3}){0,2}?and\\s{1,3}(?:(?:early|late)\\s{1,3})?(${alternation(G.weekdays)})\\b`,
      "i",
    ),
    phraseOpener: new RegExp(
      `^(?:a|an|the|his|her|their|its|my|our|your|[\\w'’-]{1,30}['’]s|\\d{1,3}|${alternation(smallCardinals)})\\s{1,3}(?:[\\w'’-]{1,30}\\s{1,3}){0,2}$`,
      "i",
    ),
    stretch: new RegExp(
      `\\b(?:(?:over|during|this)\\s{1,3}(?:the\\s{1,3})?weekend|in\\s{1,3}(?:${alternation(G.months)}))\\b`,
      "gi",
    ),
    pastOpener: new RegExp(
      `^(?:(?:just|only|about|nearly|some|more than)\\s{1,3})?(?:[\\w-]{1,12}\\s{1,3})?(?:${alternation(G.pastOpeners)})(?:\\s{1,3}(?:on|in|at)\\s{1,3}(?:[\\w'’.-]{1,15}\\s{1,3}){0,3}[\\w'’.-]{1,15})?$`,
      "i",
    ),
    // "killed in the same neighborhood two years ago": where it happened may stand between, but no
    // clause of its own ("killed Sunday where his cousin died years ago")
    pastAfter: new RegExp(`^\\s{0,3}(?:${noClauseWord}\\s{1,3}){0,5}?(?:${alternation(G.pastOpeners)})\\b`, "i"),
    noClauseBetween: new RegExp(`^(?:\\s{0,3}${noClauseWord}){0,5}\\s{0,3}$`, "i"),
    sequelOpener: new RegExp(`^(?:[\\w-]{1,12}\\s{1,3}){0,2}(?:${alternation(G.sequelUnits)})s?\\s{1,3}later$`, "i"),
    anotherPeriod: new RegExp(
      `\\bin\\s{1,3}another\\s{1,3}(?:[\\w-]{1,15}\\s{1,3})?(?:${alternation(G.periods)})s?\\b`,
      "gi",
    ),
    weekdays: G.weekdays,
    months: G.months,
    phraseStarters: G.phraseStarters,
    woundParticiple: new RegExp(`^(?:${alternation(G.woundParticiples)})\\b`),
    ofPeople: new RegExp(`^(?:${alternation(G.ofPeople)})$`, "i"),
    clauseBreak: new RegExp(`[,;:"“”()]|\\b(?:${alternation(G.clauseBreakWords)})\\b`, "i"),
    reducedPreposition: new RegExp(`^\\s{1,3}(?:${alternation(G.reducedPrepositions)})\\s`, "i"),
    indefinitePerson: new RegExp(`^(?:${alternation(G.indefinitePersons)})$`, "i"),
    ingNouns: new Set(G.ingNouns),
    reportOf: new RegExp(`\\b(?:${alternation(G.reportNouns)})\\s{1,3}(?:of|about)\\s{1,3}`, "gi"),
    kinObject: new RegExp(
      `^(?:his|her|their)\\s{1,3}(?:[\\w'’-]{1,20}\\s{1,3}){0,2}(?:${alternation(G.possessedKin)})$`,
      "i",
    ),
    relativeAside: `(?:(?:${alternation(G.asideSources)})\\s{1,3}(?:${alternation(G.asideVerbs)})\\s{1,3})?`,
  };
  return grammar;
}
