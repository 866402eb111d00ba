/**
 * The casualty lexicons of data/casualties/*.json compiled once into regular expressions. Phrases are
 * sorted longest first so "shot and killed" wins over "shot" at the same position.
 */
import { loadData } from "../util/data.js";
import { compilePattern, PhraseMatcher, type PhrasePattern } from "./phrases.js";
import { escapeRegExp } from "../util/regexp.js";

export type FactKind = "killed" | "injured" | "shot" | "casualties" | "captured" | "missing" | "arrested" | "displaced";

interface LexiconFile {
  predicates: Record<string, string[]>;
  /** predicates written as slots of alternatives, by kind ("about" holds the note) */
  predicatePatterns?: Record<string, PhrasePattern[] | string>;
  headlinePredicates: Record<string, string[] | string>;
  actives: Record<string, string[]>;
  /** active predicates written as slots of alternatives, by kind ("about" holds the note) */
  activePatterns?: Record<string, PhrasePattern[] | string>;
  results: { verbs: string[] };
  naming: { verbs: string[] };
  firedUpon: { verbs: string[]; after: string[] };
  sentToHospital: { verbs: string[] };
  nouns: Record<string, string[]>;
  tolls: Record<string, string[] | string>;
  multiples: { words: Record<string, number>; nouns: Record<string, string> };
  nominalizations: Record<string, string[] | string>;
  possessiveNominals?: Record<string, string[] | string>;
}

interface CuesFile {
  persons: string[];
  doerRoles: string[];
  /** nouns naming two people at once: "the couple", "the pair" */
  pairs: string[];
  /** adjectives that make a plural person noun two people: "twin brothers" */
  pairAdjectives: string[];
  /** singular nouns of a group of people: "his family" */
  collectives: string[];
  notCounted: string[];
  boundaries: string[];
  negators: string[];
  additive: string[];
  aggregate: string[];
  history: string[];
  mourningSettings: string[];
  rites: string[];
  hypothetical: string[];
  hypotheticalEnders: string[];
  naturalCauses: string[];
  fleeingHarms: string[];
  medicalCauses: string[];
  bodyParts: string[];
  gunshotWords: string[];
  violenceWords: string[];
  limbs: string[];
  statuteVerbs: string[];
  trial: string[];
  separate: string[];
  titles: string[];
  nounGerunds: string[];
  parentOf: string[];
  notAgentNouns: string[];
}

export interface Lexicon {
  /** a casualty predicate: "was killed", "1 dead", "suffered a gunshot wound" */
  predicate: PhraseMatcher;
  predicateKind: Map<string, FactKind>;
  /** predicates read in headlines only ("Boy stable after ...", "Woman critical after ...") */
  headlinePredicate: PhraseMatcher;
  activeKind: Map<string, FactKind>;
  /** a count followed by a casualty noun: "400 casualties", "two deaths" */
  nounKind: Map<string, FactKind>;
  noun: RegExp;
  /** "murder victims", "homicide victim": the killed nouns in "victims", singular or plural, uncounted */
  killedVictims: RegExp;
  toll: RegExp;
  tollKind: Map<string, FactKind>;
  multiple: RegExp;
  /** "the shooting death of Julius Gray": the victims follow */
  nominal: RegExp;
  nominalKind: Map<string, FactKind>;
  /** "the boy's death": the possessor (group 1) is the victim of the noun (group 2) */
  possessive: RegExp;
  possessiveKind: Map<string, FactKind>;
  /** "his death", "her killing": a death a pronoun's possessive owns */
  pronounPossessive: RegExp;
  /** "The shooting proved fatal", "the wound was fatal": the one told hit before died */
  definiteFatal: RegExp;
  /** "Tuesday's fatal shooting": times that own a casualty noun without being its victim */
  possessiveTimes: Set<string>;
  multipleWords: Record<string, number>;
  multipleNouns: Record<string, string>;
  resultVerbs: Set<string>;
  /** "identified the man killed in ...": verbs whose object a participle after it tells the harm of */
  namingVerbs: Set<string>;
  /** "shot at", "fired at": verbs that with "at" say someone was fired upon, not hit */
  firedUpon: Set<string>;
  /** "sent four men to the hospital": verbs whose object, then a hospital, was hit */
  sending: Set<string>;
  /** what follows "at" when no place does: "shot at by", "shot at while", "shot at." */
  firedUponAfter: RegExp;
  persons: Set<string>;
  /** "the suspect", "the gunman": nouns that name the one who fired by his role */
  doerRoles: Set<string>;
  pairs: Set<string>;
  pairAdjectives: Set<string>;
  collectives: Set<string>;
  notCounted: Set<string>;
  boundaries: Set<string>;
  /** "Sheriff Joey Terrell": a title before a name */
  titleBefore: RegExp;
  /** "the Habersham County Sheriff Joey Terrell": a determiner and the words of an office, then its title and a name */
  titleAfterOffice: RegExp;
  nounGerunds: Set<string>;
  /** nouns in -er/-or that name no person: "the attempted murder", "the corner" */
  notAgentNouns: Set<string>;
  /** "Father of 5", "a mother of three": one person, the count is their children */
  parentOf: RegExp;
  /** the same, ending right before a count: a count there is no subject of its own */
  parentOfBefore: RegExp;
  cues: CuesFile;
  aggregate: RegExp;
  /** a threat or a hypothetical before a harm in its own clause: "would pay", "threatened to", "if " */
  hypothetical: RegExp;
  /** "after", "when", "and": a word after a threat that goes on to tell what was done */
  hypotheticalEnder: RegExp;
  history: RegExp;
  /** "as people gathered for a vigil for": the one mourned, named next, died in an earlier incident */
  mourned: RegExp;
  separate: RegExp;
  /** "the others from illness": a death's cause right after its predicate, one no violence brings */
  naturalCause: RegExp;
  /** "injured when she fell trying to run away": a harm of the flight from gunfire, not of the gunfire */
  fleeingHarm: RegExp;
  /** "for difficulty breathing", "as a precaution": a reason for a hospital visit that no weapon brings, in the visit's own clause */
  medicalCause: RegExp;
  /** "on the back of the head": where on the body a blow landed, right after "struck" or "hit" */
  blowOnTheBody: RegExp;
  /** a law's generic present before a harm noun: "causes the death of another" */
  statuteBefore: RegExp;
  /** a word of a harm of the flight from gunfire anywhere in a sentence */
  fleeingWord: RegExp;
  /** a word that tells people hit by the gunfire itself */
  gunshotWord: RegExp;
  /** a word that tells an act of violence, by any weapon */
  violenceWord: RegExp;
  /** "in the leg", "to his left arm": a wound of a limb, which a bullet seldom kills through */
  limbWound: RegExp;
}

/** A phrase as a regex source: metacharacters escaped, each space any short run of whitespace */
export const esc = (s: string): string => escapeRegExp(s).replace(/ /g, "\\s{1,3}");
export const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, " ").trim();

/** Longest phrase first, so a regex alternation prefers "shot dead" to "shot" */
export function alternation(phrases: Iterable<string>): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join("|");
}

/**
 * Kinds by normalized phrase; a phrase no list holds is looked up in the patterns, whose matches are
 * phrases too ("suffered a non-life-threatening gunshot wound" is "injured").
 */
class KindMap extends Map<string, FactKind> {
  private readonly patterns: { re: RegExp; kind: FactKind }[] = [];

  addPattern(p: PhrasePattern, kind: FactKind): void {
    this.patterns.push({ re: new RegExp(`^(?:${compilePattern(p).source})$`, "i"), kind });
  }

  override get(phrase: string): FactKind | undefined {
    const k = super.get(phrase);
    if (k !== undefined || this.patterns.length === 0) return k;
    // a single word is never a pattern's whole match: keep the hot lookups of tokens cheap
    if (!phrase.includes(" ")) return undefined;
    for (const p of this.patterns) if (p.re.test(phrase)) return p.kind;
    return undefined;
  }

  override has(phrase: string): boolean {
    return this.get(phrase) !== undefined;
  }
}

let lexicon: Lexicon | null = null;

export function lex(): Lexicon {
  if (lexicon) return lexicon;
  const L = loadData<LexiconFile>("casualties/lexicon.json");
  const C = loadData<CuesFile>("casualties/cues.json");
  const predicateKind = new KindMap();
  for (const [k, ps] of Object.entries(L.predicates)) for (const p of ps) predicateKind.set(norm(p), k as FactKind);
  const patterns: PhrasePattern[] = [];
  for (const [k, ps] of Object.entries(L.predicatePatterns ?? {}))
    if (Array.isArray(ps))
      for (const p of ps) {
        predicateKind.addPattern(p, k as FactKind);
        patterns.push(p);
      }
  const headlineWords: string[] = [];
  for (const [k, ps] of Object.entries(L.headlinePredicates))
    if (Array.isArray(ps))
      for (const p of ps) {
        predicateKind.set(norm(p), k as FactKind);
        headlineWords.push(p);
      }
  const activeKind = new KindMap();
  for (const [k, ps] of Object.entries(L.actives)) for (const p of ps) activeKind.set(norm(p), k as FactKind);
  for (const v of L.sentToHospital.verbs) activeKind.set(norm(v), "shot");
  for (const [k, ps] of Object.entries(L.activePatterns ?? {}))
    if (Array.isArray(ps))
      for (const p of ps) {
        activeKind.addPattern(p, k as FactKind);
        patterns.push(p);
      }
  const nounKind = new Map<string, FactKind>();
  for (const [k, ps] of Object.entries(L.nouns)) for (const p of ps) nounKind.set(norm(p), k as FactKind);
  const tollKind = new Map<string, FactKind>();
  for (const [k, ps] of Object.entries(L.tolls))
    if (Array.isArray(ps)) for (const p of ps) tollKind.set(norm(p), k as FactKind);
  const nominalKind = new Map<string, FactKind>();
  for (const [k, ps] of Object.entries(L.nominalizations))
    if (Array.isArray(ps)) for (const p of ps) nominalKind.set(norm(p), k as FactKind);
  const possessiveKind = new Map<string, FactKind>();
  const possessiveStop: string[] = [];
  const possessiveTimes = new Set<string>();
  const pronounOwned: string[] = [];
  const definiteFatal: string[] = [];
  for (const [k, ps] of Object.entries(L.possessiveNominals ?? {})) {
    if (!Array.isArray(ps)) continue;
    if (k === "notBefore") possessiveStop.push(...ps);
    else if (k === "timeOwners") for (const p of ps) possessiveTimes.add(norm(p));
    else if (k === "afterPronoun") pronounOwned.push(...ps);
    else if (k === "definiteFatal") definiteFatal.push(...ps);
    else if (k === "fatalWounds") {
      pronounOwned.push(...ps);
      definiteFatal.push(...ps);
      for (const p of ps) possessiveKind.set(norm(p), "killed");
    } else for (const p of ps) possessiveKind.set(norm(p), k as FactKind);
  }
  const words = Object.keys(L.multiples.words).join("|");
  const mnouns = alternation(Object.keys(L.multiples.nouns));
  const cueRe = (xs: string[]): RegExp => new RegExp(`(?:^|[^\\w])(?:${alternation(xs)})`, "i");
  lexicon = {
    predicate: new PhraseMatcher(
      [...predicateKind.keys(), ...activeKind.keys()].filter((p) => !headlineWords.includes(p)),
      patterns,
    ),
    headlinePredicate: new PhraseMatcher(headlineWords),
    predicateKind,
    activeKind,
    nounKind,
    noun: new RegExp(`^(?:\\s{1,3}[\\w'’-]{1,20}){0,2}?\\s{1,3}(${alternation(nounKind.keys())})\\b`, "i"),
    killedVictims: new RegExp(
      `\\b(?:${alternation(
        [...nounKind]
          .filter(([k, v]) => v === "killed" && / victims$/.test(k))
          .map(([k]) => k.replace(/ victims$/, "")),
      )})\\s{1,3}victims?\\b`,
      "gi",
    ),
    toll: new RegExp(`\\b(${alternation(tollKind.keys())})\\b`, "gi"),
    tollKind,
    // ("a double murder-suicide": two murdered, and the one who took his own life)
    multiple: new RegExp(
      `\\b(?:(attempted|apparent)\\s)?(?:(${words})[-\\s](${mnouns})(?:[-\\s](suicide))?|(murder[-\\s]suicide))\\b`,
      "gi",
    ),
    nominal: new RegExp(`\\b(${alternation(nominalKind.keys())})\\s`, "gi"),
    nominalKind,
    // "Hollis' body": a name ending in s takes the apostrophe alone
    possessive: new RegExp(
      `\\b((?:(?:the|a|an|his|her|their)\\s{1,3})?(?:[\\w-]{1,20}\\s{1,3}){0,2}[\\w-]{1,20})(?:['’]s|(?<=s)['’])\\s{1,3}(${alternation(possessiveKind.keys())})\\b(?!\\s{1,3}(?:${alternation(possessiveStop)})\\b)`,
      "gi",
    ),
    possessiveKind,
    pronounPossessive: new RegExp(
      `\\b(?:his|her)\\s{1,3}(${alternation(pronounOwned)})\\b(?!\\s{1,3}(?:${alternation(possessiveStop)})\\b)`,
      "gi",
    ),
    definiteFatal: new RegExp(`\\bthe\\s{1,3}(${alternation(definiteFatal)})\\b`, "gi"),
    possessiveTimes,
    multipleWords: L.multiples.words,
    multipleNouns: L.multiples.nouns,
    resultVerbs: new Set(L.results.verbs),
    namingVerbs: new Set(L.naming.verbs),
    firedUpon: new Set(L.firedUpon.verbs.map(norm)),
    sending: new Set(L.sentToHospital.verbs.map(norm)),
    firedUponAfter: new RegExp(
      `^\\s{1,3}at(?:\\s{1,3}(?:${alternation(L.firedUpon.after)})\\b|\\s{0,3}(?:[.,;:!?)]|$))`,
      "i",
    ),
    persons: new Set(C.persons.map(norm)),
    doerRoles: new Set(C.doerRoles.map(norm)),
    pairs: new Set(C.pairs.map(norm)),
    pairAdjectives: new Set(C.pairAdjectives.map(norm)),
    collectives: new Set(C.collectives.map(norm)),
    notCounted: new Set(C.notCounted.map(norm)),
    boundaries: new Set(C.boundaries.map(norm)),
    titleBefore: new RegExp(`^(?:${alternation(C.titles)})\\.?\\s{1,3}(?=[A-Z][a-z])`),
    titleAfterOffice: new RegExp(
      `^(?:[Tt]he|[Aa]n?)\\s{1,3}(?:[A-Z][\\w'’.-]{0,30}\\s{1,3}){0,4}(?:${alternation(C.titles)})\\.?\\s{1,3}(?=[A-Z][a-z])`,
    ),
    nounGerunds: new Set(C.nounGerunds.map(norm)),
    notAgentNouns: new Set(C.notAgentNouns.map(norm)),
    parentOf: new RegExp(
      `^(?:(?:a|the|his|her|their|one)\\s{1,3})?(?:[\\w'’-]{1,20}\\s{1,3})?(?:${alternation(C.parentOf)})\\s{1,3}of\\s{1,3}\\S{1,20}(?:\\s{1,3}(?:children|kids|sons|daughters|boys|girls))?$`,
      "i",
    ),
    parentOfBefore: new RegExp(`\\b(?:${alternation(C.parentOf)})\\s{1,3}of\\s{1,3}$`, "i"),
    cues: C,
    aggregate: cueRe(C.aggregate),
    hypothetical: new RegExp(`(?:^|[^\\w])(?:${alternation(C.hypothetical)})`, "gi"),
    hypotheticalEnder: new RegExp(`\\b(?:${alternation(C.hypotheticalEnders)})\\b`, "i"),
    history: cueRe(C.history),
    mourned: new RegExp(
      `(?:^|[^\\w])(?:${alternation(C.mourningSettings)})\\s{1,3}(?:a|the)\\s{1,3}(?:${alternation(C.rites)})\\s{1,3}for\\b`,
      "gi",
    ),
    separate: cueRe(C.separate),
    fleeingWord: new RegExp(`\\b(?:${alternation(C.fleeingHarms)})\\b`, "i"),
    gunshotWord: new RegExp(`\\b(?:${alternation(C.gunshotWords)})\\b`, "i"),
    violenceWord: new RegExp(`\\b(?:${alternation(C.violenceWords)})\\b`, "i"),
    limbWound: new RegExp(
      `\\b(?:in|to)\\s{1,3}(?:the|his|her|their|both|one)\\s{1,3}(?:(?:left|right|upper|lower)\\s{1,3})?(?:${alternation(C.limbs)})\\b`,
      "i",
    ),
    statuteBefore: new RegExp(`\\b(?:${alternation(C.statuteVerbs)})\\s{1,3}(?:the\\s{1,3}|a\\s{1,3})?$`, "i"),
    naturalCause: new RegExp(`\\b(?:from|of)\\s{1,3}(?:${alternation(C.naturalCauses)})\\b`, "i"),
    medicalCause: new RegExp(
      `^(?:(?!\\b(?:but|while|whereas|although|though)\\b)[^.;,]){0,40}?\\b(?:for|with|from|due\\s{1,3}to|as)\\s{1,3}(?:(?:possible|apparent|further|minor|severe)\\s{1,3})?(?:${alternation(C.medicalCauses)})\\b`,
      "i",
    ),
    blowOnTheBody: new RegExp(
      `^\\s{1,3}on\\s{1,3}(?:the|his|her|their)\\s{1,3}(?:(?:left|right|upper|lower|side|top|back)\\s{1,3}(?:of\\s{1,3}(?:the|his|her|their)\\s{1,3})?)?(?:${alternation(C.bodyParts)})\\b`,
      "i",
    ),
    fleeingHarm: new RegExp(
      `^\\s{0,3}(?:,?\\s{0,3}but\\s{1,3}(?:that|it)\\s{1,3}(?:was|is)\\s{1,3})?(?:(?:when|as|while|after|by|from|because)\\s{1,3}(?:(?:he|she|they|the\\s{1,3}[a-z]{2,15})\\s{1,3})?(?:(?:was|were)\\s{1,3})?)?(?:${alternation(C.fleeingHarms)})\\b`,
      "i",
    ),
  };
  return lexicon;
}
