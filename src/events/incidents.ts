/**
 * Groups the casualty facts of one article into incidents and totals each one. Reports restate the
 * same toll (headline, lead, body) and then walk through the victims one by one; the restatements
 * agree, so an incident's count is the largest stated, and a victim-by-victim account adds up only
 * across people marked as new ("another man", "was also shot", a different age or name).
 */
import type { Casualty, Count, Range } from "../document/schema.js";
import { gram } from "../casualties/grammar.js";
import { lex } from "../casualties/lexicon.js";
import { cardinalValue, isVagueRule } from "../casualties/numbers.js";
import { loadData } from "../util/data.js";

export type TallyKind = "killed" | "injured" | "shot";

export interface CountFact {
  kind: TallyKind | "other";
  count: Count;
  additive: boolean;
  person: { name: string | null; age: number | null; definite: boolean } | null;
  negated: boolean;
  /** offsets in doc.text, or null for a fact read from the title */
  range: Range | null;
  sentence: number;
  perpetrator: string | null;
  victims: string | null;
  /** "killing himself": the doer, a person of their own in the tally */
  reflexive?: boolean;
  /** "one", "the other": a member of a group counted elsewhere */
  partitive?: boolean;
  /** the words of the fact, for what they say about the person ("she was shot") */
  phrase?: string | null;
  /** "the fifth man": one person, and at least that many people hit */
  ordinal?: number;
  /** "a third person has died": at least that many of the fact's own kind */
  nth?: boolean;
  /** "several injured": a coded default for a vague quantity, not a stated number */
  vague?: boolean;
  /** "she", "him": someone named before */
  pronoun?: boolean;
  /** "a murder-suicide": a count that holds the doer with the victims */
  withDoer?: boolean;
}

export interface Totals {
  fatalities: Count | null;
  injured: Count | null;
  /** how the totals were reached, for confidence: "stated" or "tally" */
  basis: "stated" | "tally" | "derived";
}

export function toCountFact(c: Casualty): CountFact {
  const ord = /^(ordinal|nth)-(\d+)$/.exec(c.rule ?? "");
  if (ord)
    return {
      ...toCountFact({ ...c, rule: "singular" }),
      ordinal: Number(ord[2]),
      nth: ord[1] === "nth",
    };
  const kind: CountFact["kind"] =
    c.kind === "killed" ? "killed" : c.kind === "injured" ? "injured" : c.kind === "casualties" ? "shot" : "other";
  return {
    kind,
    count: { low: c.low, best: c.best, high: c.high },
    additive: !!c.additive,
    person: c.person ?? null,
    negated: !!c.negated,
    range: { start: c.start, end: c.end },
    sentence: c.sentence ?? -1,
    perpetrator: c.perpetrator ?? null,
    victims: c.victims,
    reflexive: c.rule === "reflexive",
    partitive: c.rule === "exact" || c.rule === "other",
    pronoun: c.rule === "pronoun",
    withDoer: c.rule === "murder-suicide",
    phrase: c.victims ?? c.text,
    // ("a triple shooting" shares the rule of "multiple people" but states its number)
    vague: isVagueRule(c.rule ?? "") && c.low !== c.high,
  };
}

const value = (c: Count): number | null => c.best ?? c.low ?? c.high;

/** "Up to 16 were injured": an event's toll still needs one best figure, here its upper bound ("many", "more than 50" stay unknown). */
const withBest = (c: Count): Count => (c.best === null && c.high !== null ? { ...c, best: c.high } : c);

interface Victim {
  name: string | null;
  age: number | null;
  status: TallyKind;
  self?: boolean;
  sex: "m" | "f" | null;
  generation: "child" | "parent" | null;
  /** the sentence that first said this person died (-1: the headline) */
  killedAt?: number;
  /** where the person was first named, and the head noun naming them ("driver", "passenger") */
  sentence?: number;
  head?: string | null;
  /** first counted by a fact marked as adding people ("another man", "was also shot") */
  added?: boolean;
  /** "his son", "Pizzolato's son": a relative named by a possessive, whose noun is kept here */
  kin?: string | null;
  /** the other ages an article gives this relative ("his 10-year-old son" restated as 11) */
  ages?: number[];
  /** the name of whoever the first fact said hit this person ("Hollis also shot his father") */
  shooter?: string | null;
  /** "a second victim": the ordinal the person was first counted by */
  ordinal?: number;
  /** where the last fact that told of this person ends */
  lastEnd?: number;
  /** first told as the object of a doer's deed ("A man shot a clerk"): none the doer's role names after */
  doersVictim?: boolean;
  /** dead only as "turned the gun on himself" reads: no word of death, so a later state of the living undoes it */
  presumed?: boolean;
}

/** "by her husband, who then": the noun before the relative pronoun that opens a doer's own shot */
const OWN_SHOT_RELATIVE =
  /\b(?:his|her|their|the|a|an)\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,2}?([a-z-]{2,20}),\s{1,3}who\s{1,3}(?:(?:then|later|also|allegedly|reportedly)\s{1,3}){0,2}$/i;

/** "turned the gun on himself": a doer's own shot that news most often, not always, tells of a suicide by */
const TURNED_GUN = /\bturn(?:ed|ing|s)?\s{1,3}(?:the|his|her|a|their)\s{1,3}\S+\s{1,3}on\b/i;

let personNoun: RegExp | undefined;
/** Words that bring in a person of their own between a victim and a pronoun ("His wife was in the car"). */
function personNounIn(between: string): boolean {
  if (!personNoun) {
    const c = loadData<{ persons: string[] }>("casualties/cues.json");
    const kin = loadData<{ possessedKin: string[] }>("casualties/grammar.json").possessedKin;
    const words = [...new Set([...c.persons, ...kin].map((w) => w.toLowerCase()))].sort((a, b) => b.length - a.length);
    personNoun = new RegExp(`\\b(?:${words.join("|")})s?\\b`, "i");
  }
  return personNoun.test(between);
}

/**
 * "A man was shot in the leg. He was also shot in the arm": "also" after a pronoun adds a wound to the
 * person just told, when no one else came in between; not someone new ("His wife was in the car. She was
 * also shot" is the wife).
 */
function sameOneAgain(f: CountFact, victims: readonly Victim[], sex: Victim["sex"], text: string): Victim | undefined {
  if (!f.pronoun || !f.range || !sex) return undefined;
  let last: Victim | undefined;
  for (const v of victims) if (!v.self && v.lastEnd !== undefined && (!last || v.lastEnd > last.lastEnd!)) last = v;
  if (!last || (last.sex && last.sex !== sex)) return undefined;
  const between = text.slice(last.lastEnd, f.range.start);
  // the person told in this sentence or the one before, and nobody else named in between
  if ((between.match(/[.!?]["”’]?\s/g) ?? []).length > 1 || personNounIn(between)) return undefined;
  if (/[a-z,]\s{1,3}[A-Z][a-z]+/.test(between)) return undefined;
  return last;
}

/** "Hollis also shot his 60-year-old father ... Hollis' body": the one who fired is none of the people he hit */
function shotBy(v: Victim, name: string | null): boolean {
  if (!name || !v.shooter) return false;
  const words = nameWords(name);
  return nameWords(v.shooter).some((w) => words.includes(w));
}

/** The name a doer phrase ends with ("said Reyes when asked why Hollis" -> "Hollis"), or null. */
function doerName(perpetrator: string | null): string | null {
  return perpetrator ? (/\b([A-Z][\p{L}'’-]{1,30})\s*$/u.exec(perpetrator)?.[1] ?? null) : null;
}

let possessedKin: RegExp | undefined;
let headlineKin: RegExp | undefined;
/**
 * "shooting his 11-year-old son" ... "struck Pizzolato's 10-year-old son": the kin noun a possessive opens
 * the victim phrase with, which names one relative however many ages the article gives.
 */
function kinOf(f: CountFact, text: string): string | null {
  if (!f.victims) return null;
  if (!possessedKin) {
    const words = loadData<{ possessedKin: string[] }>("casualties/grammar.json").possessedKin;
    possessedKin = new RegExp(
      `(?:\\b(?:his|her|their)|\\p{L}['\u2019]s)\\s+(?:[\\p{L}\\d-]{1,20}\\s+){0,2}(${words.join("|")})$`,
      "iu",
    );
    headlineKin = new RegExp(`^(?:[\\p{L}\\d-]{1,20}\\s+){0,2}(${words.join("|")})$`, "iu");
  }
  // a headline drops its determiners and possessives: "Uncle Held in Accidental Shooting of 8-Year-Old Niece"
  if (!f.range) return headlineKin!.exec(f.victims)?.[1]?.toLowerCase() ?? null;
  // the tally reads the lower-cased text
  const said = text.slice(f.range.start, f.range.end).toLowerCase();
  const victims = f.victims.toLowerCase();
  const at = said.lastIndexOf(victims);
  if (at < 0) return null;
  const m = possessedKin.exec(said.slice(Math.max(0, at - 8), at) + victims);
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * Roles no one holds at once: the police who fired and the suspect they shot, the officer and the child.
 * The suspect's nouns are the casualties lexicon's doer roles, with the held ("detainee", "inmate") whom
 * officers may shoot too.
 */
let ROLE_OF: Record<string, string> | null = null;
const roles = (): Record<string, string> =>
  (ROLE_OF ??= Object.fromEntries([
    ..."officer trooper deputy policeman cop detective sergeant agent lieutenant sheriff"
      .split(" ")
      .map((w) => [w, "law"]),
    ...[...lex().doerRoles, "detainee", "inmate"].map((w) => [w, "suspect"]),
    ..."child baby infant toddler boy girl kid".split(" ").map((w) => [w, "child"]),
  ]));
/** "3 Deputies Hurt": a group named by a police rank, which holds no one of another kind */
export function officersOnly(victims: string | null): boolean {
  const head = headNoun(victims, null);
  return !!head && roles()[head.replace(/ies$/, "y").replace(/s$/, "")] === "law";
}
/** "the gunman", "the suspect": the head noun of a phrase names the one who fired */
export const isDoerRole = (head: string | null | undefined): boolean => !!head && roles()[head] === "suspect";
const clash = (a: string | null | undefined, b: string | null | undefined): boolean => {
  const x = a ? roles()[a] : undefined;
  const y = b ? roles()[b] : undefined;
  return !!x && !!y && x !== y && (x === "law" || y === "law");
};
/**
 * "A deputy was shot in the arm ... A woman went to the hospital": among the living, a noun
 * that tells only a person's sex is someone else than an officer told by rank
 */
const sexOnly = (h: string | null | undefined) => !!h && !roles()[h] && (MALE.has(h) || FEMALE.has(h));
// ("A female officer was shot ... the woman": an officer whose sex was told is left to the test of sex)
const officerAndOther = (f: CountFact, head: string | null, sex: Victim["sex"], v: Victim): boolean =>
  f.kind !== "killed" &&
  v.status !== "killed" &&
  ((!!v.head && roles()[v.head] === "law" && !v.sex && sexOnly(head)) ||
    (!!head && roles()[head] === "law" && !sex && sexOnly(v.head)));

/**
 * "The detainee also shot a woman": the one who fired is not the one hit. A fact's doer names a victim
 * counted before when both are suspects ("officers killed the gunman") or share a name.
 */
function doerOf(f: CountFact, v: Victim): boolean {
  if (!f.perpetrator) return false;
  const w = /([a-z]+)$/i.exec(f.perpetrator)?.[1]?.toLowerCase() ?? "";
  if (roles()[w] === "suspect" && !!v.head && roles()[v.head] === "suspect") return true;
  return !!v.name && /^[A-Z]/.test(f.perpetrator) && sameName(v.name, f.perpetrator, "");
}

/** The doer of a killing is the police: the one killed was the gunman. */
const POLICE = /\b(?:police|officers?|deput(?:y|ies)|troopers?|swat|marksman|agents?)$/i;
const POLICE_AGENT =
  /^\s{1,3}by\s{1,3}(?:(?:the|an?|two|three|several|responding|state|city|county|local|police|sheriff['’]s)\s{1,3}){0,3}(?:police|officers?|deput(?:y|ies)|troopers?|swat|marksman|agents?)\b|^\s{1,3}(?:in|during)\s{1,3}(?:an?|the)\s{1,3}(?:shootout|gunfight|gun\s{1,3}battle|exchange\s{1,3}of\s{1,3}gunfire)\s{1,3}with\s{1,3}(?:(?:the|an?|two|three|several|responding|state|city|county|local|police|sheriff['’]s)\s{1,3}){0,3}(?:police|officers?|deput(?:y|ies)|troopers?|swat|agents?)\b/i;

/** "deputies shot him dead", "until he was killed by officers": the police are the doer, before the verb or after it */
function killedByPolice(f: CountFact, text: string): boolean {
  if (f.perpetrator && POLICE.test(f.perpetrator)) return true;
  return !!f.range && POLICE_AGENT.test(text.slice(f.range.end, f.range.end + 60));
}

/**
 * "The gunman killed two people before a customer shot and killed him": a pronoun killed after a killing
 * with a doer, in one sentence, is that doer (the dead are not killed twice), whoever fired at him.
 */
function doerKilled(f: CountFact, facts: readonly CountFact[]): boolean {
  return f.kind === "killed" && !!f.pronoun && !f.negated && deedsBefore(f, facts).some((g) => g.kind === "killed");
}

/** The facts with a doer told by a name or noun (no pronoun) before `f` in its sentence, negated ones left out. */
function deedsBefore(f: CountFact, facts: readonly CountFact[]): CountFact[] {
  const at = f.range?.start;
  if (at === undefined) return [];
  return facts.filter(
    (g) =>
      g !== f &&
      g.sentence === f.sentence &&
      !g.negated &&
      !g.pronoun &&
      !!g.perpetrator &&
      !!g.range &&
      g.range.end <= at,
  );
}

const RELATIVE_DOER = /\bwho\s{1,3}(?:(?:had|has|allegedly|reportedly)\s{1,3}){0,2}$/i;
/** "a man who had shot two people": the group `r` is told as the deed of a relative clause's "who" */
const relativeDeed = (r: Range, text: string): boolean =>
  RELATIVE_DOER.test(text.slice(Math.max(0, r.start - 40), r.start));

/** A deed of someone other than the police told before `f` in its sentence. */
function deedBefore(f: CountFact, facts: readonly CountFact[]): boolean {
  return deedsBefore(f, facts).some((g) => g.kind !== "other" && !g.reflexive && !POLICE.test(g.perpetrator!));
}

/**
 * "The gunman killed a clerk before an officer shot him", "The suspect shot a deputy until other deputies
 * shot him": a pronoun hit in a clause of time after a deed with a doer, in one sentence, is that doer,
 * not the one the doer hit.
 */
function doerHit(f: CountFact, facts: readonly CountFact[], text: string): boolean {
  if ((f.kind !== "shot" && f.kind !== "injured") || !f.pronoun || f.negated) return false;
  return deedsBefore(f, facts).some(
    (g) =>
      g.kind !== "other" &&
      !g.reflexive &&
      /\b(?:before|until|when|after)\s/i.test(text.slice(g.range!.end, f.range!.start)),
  );
}

/** "Tyrell Hill and Jamal Cole", "Hill, Cole and Ortiz": a list of names only (ages taken out) */
const NAME_LIST =
  /^[A-Z][\p{L}'’.-]+(?:\s{1,3}[A-Z][\p{L}'’.-]+){0,3}(?:(?:,|,?\s{1,3}and)\s{1,3}[A-Z][\p{L}'’.-]+(?:\s{1,3}[A-Z][\p{L}'’.-]+){0,3})+$/u;

/** "was one of the victims", "the second of the three victims named": a member of a group of victims */
const GROUP_MEMBER =
  /\b(?:one|first|second|third|fourth|fifth|last)\s{1,3}of\s{1,3}the\s{1,3}(?:[\w-]{1,12}\s{1,3})?(?:victims|wounded|injured|dead|people\s{1,3}(?:shot|killed|wounded))\b/i;

/** A pronoun fact right after a sentence (or in one) that told its person a member of a group of victims. */
function memberBefore(f: CountFact, text: string): boolean {
  if (!f.pronoun || !f.range) return false;
  const lead = text.slice(Math.max(0, f.range.start - 400), f.range.start);
  const stops = [...lead.matchAll(/[.!?]["”’]?\s/g)];
  const from = stops.length >= 2 ? stops[stops.length - 2]!.index! : 0;
  return GROUP_MEMBER.test(lead.slice(from));
}

/** A death told anywhere in a sentence ("non-fatal" tells none) */
const DEATH_WORD =
  /\b(?:died|dies|die|dead|death|killed|killing|deceased|succumbed|succumbs|pronounced|slain|murdered|homicide|perished|life\s{1,3}support|(?:did\s{1,3}not|didn['’]t)\s{1,3}(?:survive|make\s{1,3}it)|lost\s{1,3}(?:his|her|their)\s{1,3}li(?:fe|ves))\b|(?<!non-?)\bfatal(?:ly)?\b/i;
/** Someone told alive: hurt, in hospital, in a condition */
const ALIVE_WORD =
  /\b(?:wounded|injured|injuries|hurt|hospitalized|treated|grazed|graze|non-?life[\s-]threatening|condition|expected\s{1,3}to\s{1,3}(?:survive|recover)|released|recovering)\b/i;

/**
 * "A woman was killed on Monday. A driver was shot in the knee and taken to a hospital": a
 * person noun told hit for the first time, by an indefinite description, in a sentence that tells them
 * alive and tells no death, is none of the dead told before
 */
function newOneAlive(f: CountFact, head: string | null, text: string): boolean {
  if (f.kind !== "shot" || !isIndefinitePersonHit(f) || !f.range || !head) return false;
  if (!lex().persons.has(head) || !/^an?\s/i.test(text.slice(f.range.start, f.range.end))) return false;
  const s = sentenceAround(text, f.range);
  if (DEATH_WORD.test(s) || !(ALIVE_WORD.test(s) || lex().limbWound.test(s))) return false;
  // "A driver was shot in the knee and taken to a hospital. He later died.": the next sentence may tell the
  // death of the one just told alive
  const at = text.indexOf(s, Math.max(0, f.range.start - s.length)) + s.length;
  const next = /^[.!?]["”’]?\s{1,3}([^.!?]{0,200})/.exec(text.slice(at))?.[1] ?? "";
  return !(/^(?:he|she)\b/i.test(next) && DEATH_WORD.test(next));
}

/** Nouns that point back at someone already named rather than name a new person. */
const REFERRING = new Set("victim person individual one other".split(" "));

/**
 * "a woman was treated for a graze wound": one person told hit for the first time, by an indefinite
 * description; a name, "the", a pronoun or "a third" may be someone already counted
 */
function isIndefinitePersonHit(f: CountFact): boolean {
  return (
    !!f.person &&
    !f.person.definite &&
    !f.person.name &&
    !f.pronoun &&
    !f.ordinal &&
    !f.negated &&
    !f.reflexive &&
    (f.kind === "shot" || f.kind === "injured")
  );
}

/** The head noun of a victim phrase, when it is a common noun that names someone ("the driver of the car" -> "driver"). */
function headNoun(phrase: string | null, name: string | null): string | null {
  if (!phrase || name) return null;
  const ws = phrase
    .toLowerCase()
    .replace(/\b(?:of|in|at|on|from|with|who|that|inside|outside|near)\b.*$/, "")
    .match(/[a-z-]+/g);
  const h = ws?.[ws.length - 1] ?? null;
  return h && !REFERRING.has(h) && !/^(?:he|she|him|her|himself|herself|self)$/.test(h) ? h : null;
}

const MALE = new Set(
  "man men boy son father dad husband brother grandfather grandson uncle nephew male gentleman boyfriend he him himself stepfather stepson".split(
    " ",
  ),
);
const FEMALE = new Set(
  "woman women girl daughter mother mom wife sister grandmother granddaughter aunt niece female lady girlfriend she her herself stepmother stepdaughter".split(
    " ",
  ),
);
const CHILD = new Set(
  "child baby infant toddler kid boy girl son daughter teen teenager juvenile grandson granddaughter".split(" "),
);
const PARENT = new Set(
  "mother mom father dad grandmother grandfather wife husband parent girlfriend boyfriend fiance fiancee".split(" "),
);

/**
 * The sex a group's own noun tells of every member ("two women", "his sisters", "both boys"), or null for
 * nouns that tell none ("people", "victims") and for lists that mix ("a man and two women")
 */
function groupSex(phrase: string | null): Victim["sex"] {
  const sexes = new Set<Victim["sex"]>();
  for (const part of (phrase ?? "").split(/,|\band\b|&/i)) {
    const h = headNoun(part, null);
    if (!h) return null;
    const one = /ves$/.test(h) ? h.replace(/ves$/, "fe") : h.replace(/s$/, "");
    const sex = MALE.has(h) || MALE.has(one) ? "m" : FEMALE.has(h) || FEMALE.has(one) ? "f" : null;
    if (!sex) return null;
    sexes.add(sex);
  }
  return sexes.size === 1 ? [...sexes][0]! : null;
}

/** What a victim phrase says about the person: sex and generation, to keep "the child" apart from "his mom". */
function traits(phrase: string | null): {
  sex: Victim["sex"];
  generation: Victim["generation"];
} {
  const ws = (phrase ?? "").toLowerCase().match(/[a-z]+/g) ?? [];
  let sex: Victim["sex"] = null;
  let generation: Victim["generation"] = null;
  // the head noun is the last person word: "Princeton's mom" is a mother, not a child
  for (const w of ws) {
    if (MALE.has(w)) sex = "m";
    if (FEMALE.has(w)) sex = "f";
    if (CHILD.has(w)) generation = "child";
    if (PARENT.has(w)) generation = "parent";
  }
  return { sex, generation };
}

const RANK: Record<TallyKind, number> = { shot: 0, injured: 1, killed: 2 };

const nameWords = (s: string): string[] =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\s'-]/gu, "")
    .split(/\s+/)
    .filter(Boolean);

/** Two names of one person: a shared word ("Payne", "Ethan Payne"), or first and last name written together in the (lower-cased) text. */
function sameName(a: string | null, b: string | null, text: string): boolean {
  if (!a || !b) return true;
  const x = nameWords(a);
  const y = nameWords(b);
  if (y.some((w) => x.includes(w))) return true;
  // "Edwin Bryant" and "Edward": a full name already holds its given name, and it is not this one
  if (x.length > 1 || y.length > 1) return false;
  const lower = text;
  return x.some((p) => y.some((q) => lower.includes(`${p} ${q}`) || lower.includes(`${q} ${p}`)));
}

/**
 * What a group phrase says of all its members: "his mother and grandmother" are women of the parents'
 * generation, "a man and his son" share only their sex.
 */
function groupTraits(phrase: string | null): { sex: Victim["sex"]; generation: Victim["generation"] } {
  const sexes = new Set<Victim["sex"]>();
  const generations = new Set<Victim["generation"]>();
  for (const part of (phrase ?? "").split(/,|\band\b|&/i)) {
    const t = traits(part);
    if (t.sex) sexes.add(t.sex);
    if (t.generation) generations.add(t.generation);
  }
  return {
    sex: sexes.size === 1 ? [...sexes][0]! : null,
    generation: generations.size === 1 ? [...generations][0]! : null,
  };
}

/**
 * "Father who shot son before killing himself" over "the man who died": where the doer is told dead and
 * everyone else told is a child of the family, a man or woman told dead is the doer.
 */
function doerDied(
  f: CountFact,
  head: string | null,
  sex: Victim["sex"],
  victims: readonly Victim[],
  facts: readonly CountFact[],
): boolean {
  if (f.kind !== "killed" || !f.person || f.pronoun || f.additive) return false;
  const { name, age, definite } = f.person;
  // "David Roe was found dead" under "father who shot 9-year-old son", where "Wyatt Roe, 9" names the
  // child: a full name told without an age, or with a grown-up's, is the doer
  const grownName = !!name && /\S\s+\S/.test(name.trim()) && (age === null || age >= 18);
  if (!grownName && !(definite && !name && (head === "man" || head === "woman"))) return false;
  const self = victims.find((v) => v.self);
  if (!self || self.status !== "killed" || (sex && self.sex && sex !== self.sex)) return false;
  const others = victims.filter((v) => !v.self);
  return (
    others.length > 0 &&
    others.every(
      (v) =>
        v.generation === "child" &&
        (!grownName ||
          (v.age !== null &&
            v.age < 18 &&
            !v.name &&
            // the child is named elsewhere, by another name told with the child's age
            facts.some(
              (g) => g.person?.name && g.person.age === v.age && g.person.name.toLowerCase() !== name!.toLowerCase(),
            ))),
    )
  );
}

/** The doer, counted, is the only person told of sex `sex`. */
function pronounOfDoer(sex: "m" | "f", kind: TallyKind, victims: readonly Victim[]): boolean {
  const self = victims.find((v) => v.self);
  if (!self || (self.sex && self.sex !== sex) || (kind === "injured" && self.status === "killed" && !self.presumed))
    return false;
  return victims.every((v) => v.self || (!!v.sex && v.sex !== sex));
}

/** "found a 62-year-old man": someone found and told by age, by the head noun given; made once a noun */
const foundByAgeOf = new Map<string, RegExp>();
function foundByAge(head: string): RegExp {
  let re = foundByAgeOf.get(head);
  if (!re)
    foundByAgeOf.set(
      head,
      (re = new RegExp(
        `\\b(?:found|discovered)\\s{1,3}(?:[\\w'’-]+\\s{1,3}){0,3}?an?\\s{1,3}\\d{1,3}-year-old\\s{1,3}(?:[\\w'’-]+\\s{1,3}){0,2}${head}\\b`,
      )),
    );
  return re;
}

/** Victims counted one by one: a new person only where the text marks one. */
function tally(
  facts: readonly CountFact[],
  text: string,
): { killed: number; hurt: number; unknownVictims: Victim[]; dead: Victim[]; self: Victim | undefined } {
  const victims: Victim[] = [];
  const bySubject = new Map<number, Victim>();
  // "Toddler, 3, found holding pistol after child, 6, shot" then "... after another child was shot": "another"
  // in the body's first report sets its person apart from someone else of that sentence, not from the
  // headline's victims, which the body goes on to tell
  let bodyTold = false;
  // "A man shot his wife and then shot himself ... The man is in critical condition": the noun the
  // doer was told by, once he is counted, names him again
  // ("shot and killed by her husband, who then turned the gun on himself ... The husband": the noun a
  // relative clause of the doer's own shot hangs on)
  const doerHeads = new Set(
    facts
      .map((g) =>
        g.reflexive && g.range && !g.perpetrator
          ? (OWN_SHOT_RELATIVE.exec(text.slice(Math.max(0, g.range.start - 80), g.range.start))?.[1] ?? null)
          : headNoun(g.perpetrator, null),
      )
      .filter((h): h is string => !!h),
  );
  for (const f of facts) {
    if (!f.person || f.negated || f.kind === "other") continue;
    const { name, age, definite } = f.person;
    const tr = traits(f.phrase ?? f.victims);
    const head = headNoun(f.victims, name);
    const kin = kinOf(f, text);
    // "A man was killed ... His son was shot": a relative the subject names by a possessive is someone
    // of the person told before, not that person
    // (one of the possessor's sex: "her son" after "the three-year-old" may be that child)
    const owner = kin && f.range ? /^(his|her)\s/.exec(text.slice(f.range.start, f.range.end))?.[1] : undefined;
    const otherKin = (v: Victim): boolean =>
      !!owner &&
      !/['’]s\b/.test(f.victims ?? "") &&
      v.sex === (owner === "his" ? "m" : "f") &&
      v.kin !== kin &&
      v.head !== kin;
    // "his 11-year-old son" ... "his 10-year-old son": one relative restated in another sentence, an age corrected
    const sameAge = (v: Victim): boolean =>
      age === null ||
      v.age === null ||
      v.age === age ||
      !!v.ages?.includes(age) ||
      (!!kin && v.kin === kin && v.sentence !== f.sentence) ||
      // a full name is one person whatever age a report gives them
      (!!name && !!v.name && /\s/.test(name.trim()) && name.toLowerCase() === v.name.toLowerCase());
    let target: Victim | undefined;
    // "ambushed deputies ... A deputy was hurt ... The gunman was killed by officers": the one
    // the police killed is none of the officers told hit before
    const killedByOfficers = f.kind === "killed" && killedByPolice(f, text);
    const policeKilledOfficer = (v: Victim): boolean => killedByOfficers && !!v.head && roles()[v.head] === "law";
    // "The man was shot to death by deputies. In a back bedroom, deputies found a 62-year-old man. The man
    // had been dead for days": "the" points back to the nearest mention of its noun, here someone found and
    // told by age after that death ("Police arrested a 25-year-old man. The man was pronounced dead" is
    // still the victim)
    const mentionOfHead =
      f.kind === "killed" && definite && !name && !f.pronoun && head && f.range ? foundByAge(head) : null;
    // "A man shot a clerk ... Officers shot and killed the suspect": the doer's role names none of the
    // people his deed hit
    const doerAndVictim = (v: Victim): boolean => isDoerRole(head) && !!v.doersVictim && !isDoerRole(v.head);
    const newerMention = (v: Victim): boolean =>
      !!mentionOfHead &&
      v.status === "killed" &&
      v.lastEnd !== undefined &&
      mentionOfHead.test(text.slice(v.lastEnd, f.range!.start));
    // "shot her ... before killing himself": the doer, marked additive, is a person of their own
    // "killed two clerks and hurt a third man before officers shot him dead": the one police killed is
    // the gunman, a person of his own, not the last victim told
    const byPolice =
      (f.kind === "killed" &&
        !!f.pronoun &&
        killedByPolice(f, text) &&
        facts.some((g) => g.sentence === f.sentence && g.kind === "killed" && !g.person && !g.negated)) ||
      doerKilled(f, facts) ||
      // "A man shot his neighbor before deputies killed him": the one police killed after another's deed
      // is that doer, whatever his deed did
      (f.kind === "killed" && !!f.pronoun && killedByPolice(f, text) && deedBefore(f, facts));
    const doer = (!!f.reflexive && f.additive) || byPolice || doerHit(f, facts, text);
    // the doer, once counted, is the one every later "himself" points to
    const self = f.reflexive ? victims.find((v) => v.self) : undefined;
    // "The man was shot several times ... and was flown to Mercy Trauma Center in serious condition":
    // two predicates of one subject phrase tell of one person, though a state of the wounded follows a
    // death (a death binds by its own words: the first predicate's reading may have gone astray)
    const sameSubject = f.range && f.kind !== "killed" ? bySubject.get(f.range.start) : undefined;
    // "The man hit in the leg was listed in stable condition" after the body told
    // a death: the subject's first predicate went to the dead, but one still hurt is someone else
    const deadSubject =
      !!sameSubject &&
      f.kind === "injured" &&
      sameSubject.status === "killed" &&
      !sameSubject.presumed &&
      (sameSubject.killedAt ?? -1) >= 0;
    if (deadSubject) target = undefined;
    else if (sameSubject && !doer && !f.reflexive) target = sameSubject;
    else if (doer || self) target = self;
    // "turned the gun on himself. The suspect died at a hospital": the doer, once counted, is the one
    // his role names after
    else if (definite && !name && !f.pronoun && isDoerRole(head) && victims.some((v) => v.self))
      target = victims.find((v) => v.self);
    else if (
      definite &&
      !name &&
      !f.pronoun &&
      !!head &&
      doerHeads.has(head) &&
      victims.some((v) => v.self) &&
      !victims.some((v) => !v.self && v.head === head)
    )
      target = victims.find((v) => v.self);
    // "wounding three people before turning the gun on himself. He died at the scene": a pronoun where
    // the doer is the only person told is the doer (one told hurt after "turned the gun on himself" is
    // left as before: that phrase is read as his death)
    else if (
      f.pronoun &&
      (f.kind !== "injured" || victims.some((v) => v.self && v.presumed)) &&
      victims.length > 0 &&
      victims.every((v) => v.self && (!tr.sex || !v.sex || v.sex === tr.sex))
    )
      target = victims[0];
    // "fatally shot his girlfriend and then shot himself. He died at the scene": a pronoun of the doer's
    // sex where every other person told is of the other sex is the doer (one told hurt is not the doer
    // whose own shot was read as his death)
    else if (f.pronoun && tr.sex && pronounOfDoer(tr.sex, f.kind, victims)) target = victims.find((v) => v.self);
    else if (doerDied(f, head, tr.sex, victims, facts)) target = victims.find((v) => v.self);
    else if (f.additive && (bodyTold || f.sentence < 0)) {
      // "The suspect is in guarded condition ... The suspect was also struck": "also" adds the suspect
      // to the others hit, and "the suspect" is the one already counted
      if (definite && head && !name) target = [...victims].reverse().find((v) => !v.self && v.head === head);
      // "Deputy Ray Cole was wounded ... disarmed Deputy Ray Cole and shot him": a name told before is that person
      else if (name)
        target =
          victims.find((v) => !v.self && !!v.name && sameName(v.name, name, text)) ??
          // "father who shot 9-year-old son" then "Wyatt Roe, 9, was also found wounded": the headline's
          // child of that age, named now
          victims.find((v) => !v.self && !v.name && v.sentence === -1 && age !== null && v.age === age);
      // "gunfire that also injured a man ... A 40-year-old man also suffered a bullet wound": the body tells
      // again, with "also" again, the one its lead set apart from the first victim, not a third one
      else if (
        !definite &&
        head &&
        !name &&
        !f.ordinal &&
        f.range &&
        !/^another\b/i.test(text.slice(f.range.start, f.range.end))
      )
        target = victims.find(
          (v) =>
            v.added && !v.self && !v.name && v.head === head && (v.sentence ?? f.sentence) < f.sentence && sameAge(v),
        );
      else target = sameOneAgain(f, victims, tr.sex, text);
    } else {
      // "A second victim, a juvenile female, was hit": right after one person told, the second person hit
      // is someone else
      // ("A deputy was shot ... The man was killed by deputies. A second deputy suffered minor injuries":
      // an ordinal of a noun counts the people that noun told, whoever else came between)
      const fresh =
        !!f.ordinal &&
        !name &&
        (victims.filter((v) => !v.self).length === f.ordinal - 1 ||
          (!!head && victims.filter((v) => !v.self && v.head === head).length === f.ordinal - 1)) &&
        !victims.some((v) => v.ordinal === f.ordinal);
      // the most recent compatible victim, preferring one already in the same state
      let fallback: Victim | undefined;
      for (let i = fresh ? -1 : victims.length - 1; i >= 0; i--) {
        const v = victims[i]!;
        if (
          v.self ||
          doerOf(f, v) ||
          shotBy(v, name) ||
          otherKin(v) ||
          policeKilledOfficer(v) ||
          officerAndOther(f, head, tr.sex, v) ||
          newerMention(v) ||
          doerAndVictim(v)
        )
          continue;
        const ageOk = sameAge(v);
        const sexOk = !tr.sex || !v.sex || tr.sex === v.sex;
        const genOk = !tr.generation || !v.generation || tr.generation === v.generation;
        if (!ageOk || !sexOk || !genOk || !sameName(v.name, name, text)) continue;
        // "struck Wilson ... Wilson was airlifted in critical condition": the same name is the same person,
        // whatever was said of them before
        if (name && v.name) {
          target = v;
          break;
        }
        // "The rider ... is in serious condition and a nine year old passenger has been declared dead":
        // two nouns in one sentence name two people
        if (head && v.head && head !== v.head && v.sentence === f.sentence) continue;
        // "hitting the trooper ... The suspect was shot and killed": two roles, two people
        if (clash(head, v.head)) continue;
        // "Vang died of his wounds. The other victim was 27-year-old Dorian Leville Marsh. The
        // Lakewood resident died at the scene": after a death told, the next person hit, of no fate yet,
        // is the one a definite phrase now tells dead
        const newerHit =
          f.kind === "killed" &&
          v.status === "killed" &&
          definite &&
          !name &&
          !f.pronoun &&
          fallback?.status === "shot" &&
          (fallback.sentence ?? -1) >= f.sentence - 1 &&
          v.killedAt !== undefined &&
          v.killedAt >= 0 &&
          (fallback.sentence ?? -1) > v.killedAt;
        if (!newerHit && (v.status === f.kind || (v.status !== "killed" && f.kind !== "killed"))) {
          target = v;
          break;
        }
        fallback ??= v;
      }
      // someone reported injured after a death is someone else: the dead are not "wounded" later; but
      // a headline tells the outcome first ("Child dies ..."), the body then tells it in order ("a wounded child")
      // ("A toddler is fighting for her life" under "Victim who died is named": one still alive
      // as the report is written is none of the headline's dead)
      const aliveNow =
        f.kind === "injured" && !!f.range && /\b(?:is|are|remains?)\s/.test(text.slice(f.range.start, f.range.end));
      // ("A man was shot and killed. A passenger was shot in the leg": one told alive after the body's
      // death, by an indefinite noun, is someone else)
      const aliveAfterDeath =
        fallback?.status === "killed" &&
        (fallback.killedAt ?? -1) >= 0 &&
        f.sentence > fallback.killedAt! &&
        newOneAlive(f, head, text);
      if (
        !(f.kind === "injured" && fallback?.status === "killed" && (fallback.killedAt !== -1 || aliveNow)) &&
        !aliveAfterDeath
      )
        target ??= fallback;
      if (!target && definite && !fresh)
        target = [...victims].reverse().find(
          (v) =>
            !v.self &&
            // "killing the fourth-grader and leaving the student in serious condition": the dead are not
            // the one left wounded
            !(f.kind === "injured" && !f.pronoun && v.status === "killed" && v.killedAt !== -1) &&
            !clash(head, v.head) &&
            !otherKin(v) &&
            !policeKilledOfficer(v) &&
            !officerAndOther(f, head, tr.sex, v) &&
            !newerMention(v) &&
            !doerAndVictim(v) &&
            // "A man was killed and his son was shot": two nouns in one sentence name two people
            !(head && v.head && head !== v.head && v.sentence === f.sentence) &&
            // "the 39-year-old man ... and the 26-year-old": a different age or name is someone else
            sameAge(v) &&
            sameName(v.name, name, text) &&
            (!tr.sex || !v.sex || tr.sex === v.sex) &&
            (!tr.generation || !v.generation || tr.generation === v.generation),
        );
    }
    // "Ana Ruiz was one of the three victims named on Monday. She had also been shot in the head":
    // a pronoun for a member of a group counted before, told again with "also", is no one new
    if (!target && f.additive && memberBefore(f, text)) continue;
    const presumed =
      f.kind === "killed" && !!f.reflexive && !!f.range && TURNED_GUN.test(text.slice(f.range.start, f.range.end));
    if (target) {
      // "turned the gun on himself ... He was hospitalized in critical condition": told alive after
      if (target.presumed && f.kind === "injured") {
        target.status = "injured";
        target.presumed = false;
        delete target.killedAt;
      } else if (target.status === "killed" && f.kind === "killed" && !presumed) target.presumed = false;
      else if (target.status !== "killed" && presumed) target.presumed = true;
      if (RANK[f.kind] > RANK[target.status]) target.status = f.kind;
      if (f.kind === "killed") target.killedAt ??= f.sentence;
      target.name ??= name;
      if (age !== null && target.age !== null && target.age !== age) (target.ages ??= []).push(age);
      target.age ??= age;
      target.kin ??= kin;
      target.sex ??= tr.sex;
      target.generation ??= tr.generation;
    } else {
      target = {
        name,
        age,
        status: f.kind,
        self: doer,
        ...tr,
        ...(f.kind === "killed" ? { killedAt: f.sentence } : {}),
        sentence: f.sentence,
        head,
        added: f.additive,
        kin,
        shooter: doerName(f.perpetrator),
        doersVictim: !!f.perpetrator && !POLICE.test(f.perpetrator) && !doer,
        ...(f.ordinal ? { ordinal: f.ordinal } : {}),
        ...(presumed ? { presumed } : {}),
      };
      victims.push(target);
    }
    if (f.range) {
      bySubject.set(f.range.start, target);
      target.lastEnd = Math.max(target.lastEnd ?? 0, f.range.end);
    }
    if (f.sentence >= 0) bodyTold = true;
  }
  let killed = 0;
  let hurt = 0;
  const unknownVictims: Victim[] = [];
  for (const v of victims) {
    if (v.status === "killed") killed++;
    else hurt++;
    // "John Doe shot his wife before shooting himself" under "Two people are dead": the doer, whose shot
    // at himself the text leaves open, may be one of the dead too
    if (v.status === "shot" && (v.self || !v.added)) unknownVictims.push(v);
  }
  return {
    killed,
    hurt,
    unknownVictims,
    dead: victims.filter((v) => v.status === "killed"),
    self: victims.find((v) => v.self),
  };
}

/** The article's text in lower case, made once: totals is asked for each incident of one article. */
let lowered = { text: "", lower: "" };
function lowerCase(text: string): string {
  if (lowered.text !== text) lowered = { text, lower: text.toLowerCase() };
  return lowered.lower;
}

/** The sentence holding `r`: from the stop or line break before it to the one after it. */
function sentenceAround(text: string, r: Range): string {
  const before = text.slice(Math.max(0, r.start - 400), r.start);
  const open = Math.max(before.search(/[.!?\n][^.!?\n]*$/) + 1, 0);
  const after = text.slice(r.end, r.end + 400).search(/[.!?](?:\s|$)|\n/);
  return text.slice(Math.max(0, r.start - 400) + open, after < 0 ? r.end + 400 : r.end + after);
}

/** The most wounded a group before `f` was told to hold (0: none told). */
function injuredBefore(facts: readonly CountFact[], f: CountFact): number {
  let n = 0;
  for (const g of facts) {
    if (g === f) break;
    if (g.kind === "injured" && !g.person && !g.negated && g.sentence >= 0 && g.sentence < f.sentence)
      n = Math.max(n, value(g.count) ?? 0);
  }
  return n;
}

/** An ordinal that counts on the wounded told before it: "two others were wounded ... a third person who was wounded". */
function continuesWounded(facts: readonly CountFact[], f: CountFact): boolean {
  return (
    !!f.ordinal &&
    !f.negated &&
    (f.kind === "injured" || (f.kind === "shot" && f.additive)) &&
    injuredBefore(facts, f) === f.ordinal - 1
  );
}

/** Whether the body tells an `n`th person wounded right after n - 1 wounded. */
export function woundedOrdinal(facts: readonly CountFact[], n: number): boolean {
  return facts.some((f) => f.range && f.ordinal === n && continuesWounded(facts, f));
}

/**
 * "Jane Doe and John Roe and a third teen were wounded ... John died over the weekend": a wounded
 * group whose members the text names, less those it later tells dead, who are no longer among the hurt.
 */
function withoutDiedLater(f: CountFact, facts: readonly CountFact[], text: string): Count {
  if (f.kind !== "injured" || f.person) return f.count;
  // "Two wounded in shooting" over "Two men were wounded ... One of the men died": the headline's
  // wounded are the body's group of that number, less the same dead
  if (f.sentence < 0) {
    const body = facts.find(
      (g) => g.kind === "injured" && !g.person && !g.negated && g.sentence >= 0 && value(g.count) === value(f.count),
    );
    return body ? withoutDiedLater(body, facts, text) : f.count;
  }
  const partDied = woundedWhoDied(f, facts, text);
  if (partDied > 0) {
    const less = (n: number | null) => (n === null ? null : Math.max(0, n - partDied));
    return { low: less(f.count.low), best: less(f.count.best), high: less(f.count.high) };
  }
  if (!f.victims) return f.count;
  const named = f.victims
    .split(/,|\band\b|&/i)
    .map((p) => p.trim())
    .filter((p) => /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’-]+)+$/u.test(p));
  if (!named.length) return f.count;
  // each death told names one member, whom all its name's words name ("Jacob" in "Jacob Hall"; a
  // shared family name alone names no one)
  const died = new Set<number>();
  for (const g of facts) {
    if (g.kind !== "killed" || g.negated || g.sentence <= f.sentence || !g.person?.name) continue;
    const ws = nameWords(g.person.name);
    const who = named.flatMap((p, at) => (ws.every((w) => nameWords(p).includes(w)) ? [at] : []));
    if (who.length === 1) died.add(who[0]!);
  }
  const dead = died.size;
  if (!dead) return f.count;
  const less = (n: number | null) => (n === null ? null : Math.max(0, n - dead));
  return { low: less(f.count.low), best: less(f.count.best), high: less(f.count.high) };
}

/** "one of the wounded later died", "one of the women later died": some of a group told wounded, told dead after it */
const OF_THE_GROUP = /^\S+\s{1,3}of\s{1,3}(?:(?:the|those)\s{1,3}([a-z-]+)|(them))\b/i;

/**
 * "Four people were wounded ... Two of the wounded later died": the most of the wounded group `f` told
 * dead in a later sentence (restatements of those deaths are not added up). The group may be named by
 * its own noun ("A man was killed and two women were hurt ... One of the women later died"), unless the
 * dead told by then share that noun, when "one of the men" may be one of them.
 */
function woundedWhoDied(f: CountFact, facts: readonly CountFact[], text: string): number {
  const noun = headNoun(f.victims, null);
  const own =
    noun &&
    !facts.some(
      (g) => g.kind === "killed" && !g.negated && g.sentence <= f.sentence && headNoun(g.victims, null) === noun,
    )
      ? noun
      : null;
  let n = 0;
  for (const g of facts) {
    if (g.kind !== "killed" || g.negated || !g.range || g.sentence <= f.sentence) continue;
    const of = OF_THE_GROUP.exec(text.slice(g.range.start, g.range.end));
    const group = of?.[1]?.toLowerCase();
    // "them" right after the group's sentence is that group, when no group of dead was told there
    const them =
      !!of?.[2] &&
      g.sentence === f.sentence + 1 &&
      !facts.some((d) => d.kind === "killed" && !d.person && d.sentence === f.sentence && (value(d.count) ?? 0) > 1);
    if (them || (group && (/^(?:wounded|injured|hurt)$/.test(group) || group === own)))
      n = Math.max(n, value(g.count) ?? 0);
  }
  return n;
}

/** "killed three people", "shot two people": a group told as the object of the doer's verb, of that verb's kind, or null */
function deedKind(g: CountFact, text: string): string | null {
  if (!g.range) return null;
  const words = text.slice(g.range.start, g.range.end).toLowerCase().split(/\s+/);
  for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
    const kind = lex().activeKind.get(words.slice(0, n).join(" "));
    if (kind) return kind;
  }
  return null;
}

/** "Two people are dead", "were found dead", "Three people died": a group's death told as its own state or verb */
const DEAD_STATE =
  /\s(?:are|were|is|was)\s{1,3}(?:(?:now|all|both)\s{1,3})?(?:found\s{1,3})?dead\b|\s(?:have\s{1,3}|had\s{1,3})?died\b/i;

/** "killed three people", "opened fire, killing two": a group told as the object of a killing, a doer's victims */
const killersObject = (g: CountFact, text: string): boolean => deedKind(g, text) === "killed";

/**
 * The dead told in `d`'s sentence beside the doer's own death, of those `admit` takes: one by one the
 * named victims add up; a restated group ("kills his 2 sons ... killed his two sons") counts once, at its
 * largest ("killed his girlfriend before turning the gun on himself in a murder-suicide": the
 * murder-suicide's two are the victim and the doer, no group of victims)
 */
function deadBeside(d: CountFact, facts: readonly CountFact[], admit: (g: CountFact) => boolean): number {
  let people = 0;
  let group = 0;
  for (const g of facts)
    if (g !== d && !g.reflexive && g.kind === "killed" && g.sentence === d.sentence && !g.negated && admit(g)) {
      if (g.person) people += 1;
      else if (!g.withDoer) group = Math.max(group, value(g.count) ?? 0);
    }
  return people + group;
}

/**
 * "Four people were killed at a bar": a group told killed in the passive, by someone's hand, whom a doer's
 * death told after does not join ("Four people were found dead", "Four people died" may hold him)
 */
const KILLED_BY_HAND =
  /\s(?:were|have\s{1,3}been|had\s{1,3}been)\s{1,3}(?:(?:shot\s{1,3}and\s{1,3})?killed|fatally\s{1,3}shot|shot\s{1,3}(?:dead|to\s{1,3}death)|gunned\s{1,3}down|murdered|slain)\b/i;
const killedByHand = (g: CountFact, text: string): boolean =>
  !!g.range && KILLED_BY_HAND.test(text.slice(g.range.start, g.range.end));

/**
 * "The gunman then killed himself": a doer's death told with no victim beside it in its sentence, in an
 * incident no one calls a murder-suicide ("the man shot his wife, then killed himself" retells the dead
 * counted before, himself among them)
 */
const toldAlone = (d: CountFact, facts: readonly CountFact[]): boolean =>
  !facts.some((g) => g.withDoer || (g !== d && g.sentence === d.sentence && !g.negated && !g.reflexive));

/**
 * "Three people were killed when a man shot his two children and then himself": a toll whose clause
 * opens the clause of the doer's own shot, by a word that joins an outcome to its deed, counts him
 */
function tollOfOwnShot(g: CountFact, d: CountFact, text: string): boolean {
  if (g.person || !g.range || !d.range || g.range.end > d.range.start) return false;
  return gram().outcomeClause.test(text.slice(g.range.end, d.range.start));
}

/**
 * Just one fewer people than `f`'s ordinal told hit before it in the body, and none told dead: the
 * ordinal counts the people hit ("Four people were shot ... A third person has died" counts the dead)
 */
function hitNoneDead(f: CountFact, facts: readonly CountFact[]): boolean {
  if (f.sentence < 0 || !f.ordinal) return false;
  const before = facts.filter((g) => g !== f && !g.negated && g.sentence >= 0 && g.sentence < f.sentence);
  if (before.some((g) => g.kind === "killed")) return false;
  const hit = before
    .filter((g) => g.kind === "shot" || g.kind === "injured")
    .reduce((n, g) => n + (value(g.count) ?? 0), 0);
  return hit === f.ordinal - 1;
}

/** "shot himself. He survived": the doer told by a pronoun, right after his own shot, to have lived */
const HE_SURVIVED = /^(?:[^.!?;]{0,40}[.;])?\s{0,3}he\s{1,3}(?:survived|lived)\b/i;
const SHE_SURVIVED = /^(?:[^.!?;]{0,40}[.;])?\s{0,3}she\s{1,3}(?:survived|lived)\b/i;

/** "The daughter survived": someone the deed left alive */
const SURVIVED = /\bsurviv(?:ed|es|ing|or|ors)\b/i;

/** ", a man who opened fire in the lobby, wounding": between the doer hurt and the group his fire hit */
const OPENED_FIRE_BETWEEN =
  /^\s{1,3}who\s{1,3}(?:had\s{1,3})?(?:opened\s{1,3}fire|fired|began\s{1,3}(?:shooting|firing))\b[^.;!?]{0,60},\s{1,3}$/i;

/** "Two men were shot and the gunman was wounded": `d` opens a clause joined by "and" to the clause of group `g` */
const clauseJoined = (g: CountFact, d: CountFact, text: string): boolean =>
  g.sentence === d.sentence &&
  !!g.range &&
  !!d.range &&
  g.range.end <= d.range.start &&
  /^[^.;:]{0,60}?,?\s{1,3}and\s{1,3}$/i.test(text.slice(g.range.end, d.range.start));

/**
 * "Police found two men shot ... Two other victims later showed up at a hospital": a count of "other"
 * people hit, told in a later sentence where no one is yet told dead, is set apart from the people told
 * hit before ("One man was killed ... Three other victims were taken to hospitals" sets them apart from the
 * dead, and may restate the wounded)
 */
function othersOfTheHit(f: CountFact, facts: readonly CountFact[], text: string): boolean {
  if (!f.range || f.vague || !/^(?!the\s)\S+\s{1,3}other\s/i.test(text.slice(f.range.start, f.range.end))) return false;
  if (facts.some((g) => g.kind === "killed" && !g.negated && g.sentence >= 0 && g.sentence <= f.sentence)) return false;
  // ("A teen hit in the arm and an uncle wounded in the hip ... Three other victims": other than the
  // people told one by one right before, all of a group told before them; "Four people were shot ... Two
  // victims were taken to a hospital. Two other victims": other than a part of the group)
  const before = facts.filter((g) => g !== f && !g.negated && g.sentence >= 0 && g.sentence < f.sentence);
  return before.length === 1 && !before[0]!.person;
}

/** "Two people, including the suspect, were killed": a group that names the doer among its own dead already counts him. */
function countsDoer(g: CountFact, text: string): boolean {
  if (!g.range) return false;
  // "killed his son and himself": the doer closing the list is counted in it
  if (gram().closingSelf.test(text.slice(g.range.start, g.range.end))) return true;
  const rest = /^[^.;!?]{0,120}/.exec(text.slice(g.range.start))![0];
  const member =
    /\b(?:including|among\s{1,3}them|one\s{1,3}of\s{1,3}them)\s{1,3}(?:was\s{1,3})?(?:the|an?)\s{1,3}(?:alleged\s{1,3}|suspected\s{1,3})?([a-z]+)/i.exec(
      rest,
    );
  return !!member && roles()[member[1]!.toLowerCase()] === "suspect";
}

export function totals(input: readonly CountFact[], text = ""): Totals {
  // "Two men were shot ... One died": where a group is counted, "one" of it is no new person
  // ("The other victim was Omar Price ... Hollis shot his parents": a group told only after is not
  // the one the person is of)
  const groups = input.filter(
    (f) => !f.person && !f.negated && f.kind !== "other" && (f.count.best ?? f.count.low ?? 0) > 1,
  );
  const facts = groups.length
    ? input.map((f) =>
        f.partitive && f.person && groups.some((g) => g.sentence <= f.sentence) ? { ...f, person: null } : f,
      )
    : input;
  let k: Count | null = null;
  let i: Count | null = null;
  let s: Count | null = null;
  let sOthers = 0;
  const bigger = (a: Count | null, b: Count): Count => (a === null || (value(b) ?? -1) > (value(a) ?? -1) ? b : a);
  // "A man and a 4-year-old boy suffered grave injuries ... Both later died": a group told
  // hurt, then all of it dead in the next sentences, is no longer hurt
  const diedLater = new Set(
    facts.filter(
      (f) =>
        f.kind === "injured" &&
        !f.person &&
        !f.negated &&
        f.sentence >= 0 &&
        facts.some(
          (g) =>
            g.kind === "killed" &&
            !g.person &&
            !g.negated &&
            /^(?:both|all)\b/i.test(g.phrase ?? "") &&
            value(g.count) === value(f.count) &&
            g.sentence > f.sentence &&
            g.sentence - f.sentence <= 2,
        ),
    ),
  );
  // "A man was killed and several others were wounded ... two other men were shot": a vague word gives
  // way to the number a later sentence states for the same people, both told "other" than the ones
  // before ("Several people were hurt ... two women were taken to a hospital" may name some of them)
  const stated = (f: CountFact) =>
    f.additive &&
    f.sentence >= 0 &&
    facts.some(
      (g) =>
        !g.person &&
        !g.negated &&
        !g.vague &&
        g.additive &&
        g.sentence > f.sentence &&
        (g.kind === "shot" || g.kind === "injured") &&
        (value(g.count) ?? 0) > 1,
    );
  for (const f of facts) {
    // one person's facts are counted by the tally, where restatements of the same person merge
    if (f.kind === "other" || (f.person && !f.negated) || diedLater.has(f)) continue;
    if (f.vague && f.kind !== "killed" && stated(f)) continue;
    const c = f.negated ? { low: 0, best: 0, high: 0 } : withoutDiedLater(f, facts, text);
    if (value(c) === null) continue;
    if (f.kind === "killed") k = bigger(k, c);
    else if (f.kind === "injured") i = bigger(i, c);
    else {
      s = bigger(s, c);
      // "five other people were shot" after a death: hit besides the dead, so all five survived
      if (f.additive) sOthers = Math.max(sOthers, value(c) ?? 0);
    }
  }
  // "Two men were shot ... Three more people were wounded minutes later": "more" adds to the people hit
  // a sentence before told of ("other" restates: "One man was killed ... Three other victims were taken
  // to hospitals" are the wounded besides the dead)
  for (const f of facts) {
    if (f.person || f.negated || !f.additive || f.sentence < 0 || (f.kind !== "shot" && f.kind !== "injured")) continue;
    const n = value(f.count);
    if (n === null || !(/^(?:more|additional)\b/i.test(f.victims ?? "") || othersOfTheHit(f, facts, text))) continue;
    let before: CountFact | null = null;
    for (const g of facts)
      if (
        !g.person &&
        !g.negated &&
        !g.additive &&
        g.sentence >= 0 &&
        g.sentence < f.sentence &&
        (g.kind === "shot" || g.kind === "injured") &&
        (value(g.count) ?? 0) > (before ? (value(before.count) ?? 0) : 0)
      )
        before = g;
    if (!before) continue;
    const sum = n + value(before.count)!;
    const c = { low: sum, best: sum, high: sum };
    if (before.kind === "injured" && f.kind === "injured") i = bigger(i, c);
    else s = bigger(s, c);
  }
  // "Three people were shot and a 9-year-old boy was hurt": one more person, told in a clause joined to
  // a group's, is none of that group ("and one of them died" or "and the boy was hurt" may be)
  for (const g of facts) {
    if (g.person || g.negated || !g.range || g.sentence < 0 || (g.kind !== "shot" && g.kind !== "injured")) continue;
    const n = value(g.count);
    if (n === null || n < 2) continue;
    const more = facts.filter(
      (f) =>
        isIndefinitePersonHit(f) &&
        f.sentence === g.sentence &&
        f.range &&
        f.range.start >= g.range!.end &&
        /^[^.;:]{0,60}?,?\s{1,3}and\s{1,3}$/i.test(text.slice(g.range!.end, f.range.start)) &&
        /^an?\s/i.test(text.slice(f.range.start, f.range.end)),
    ).length;
    if (more === 0) continue;
    const c = { low: n + more, best: n + more, high: n + more };
    if (g.kind === "injured") i = bigger(i, c);
    else s = bigger(s, c);
  }
  // "Two men were wounded ... A woman was treated for a graze wound": someone first told in a later
  // sentence, of the other sex than every member of a group told hurt, is none of that group
  for (const g of facts) {
    if (g.person || g.negated || g.sentence < 0 || (g.kind !== "shot" && g.kind !== "injured")) continue;
    const n = value(g.count);
    const parts = (g.victims ?? "").split(/,|\band\b|&/i).map((p) => traits(p).sex);
    const sex = parts.every((x) => x === parts[0]) ? parts[0] : null;
    // ("One woman had a wound to the arm. A man had one too": "one" of a group is no group of its own)
    if (n === null || n < 2 || !sex) continue;
    const others = new Set<number>();
    for (const f of facts)
      if (
        isIndefinitePersonHit(f) &&
        f.range &&
        f.sentence > g.sentence &&
        /^an?\s/i.test(text.slice(f.range.start, f.range.end)) &&
        traits(f.phrase ?? f.victims).sex === (sex === "m" ? "f" : "m")
      )
        others.add(f.range.start);
    if (others.size === 0) continue;
    const c = { low: n + others.size, best: n + others.size, high: n + others.size };
    if (g.kind === "injured") i = bigger(i, c);
    else s = bigger(s, c);
  }
  // "Two people were shot at a bar ... The gunman was also wounded": the doer "also" hit is none of the
  // victims a group told before him, unless the group says it holds him ("including the gunman"); a doer
  // told hit without "also" may be one of them ("Six people were shot, including the suspect"), unless a
  // clause of his own is joined to the group's ("Two men were shot and the gunman was wounded") or the
  // group is of officers, whom the one they fought is none of ("Two officers were shot. The suspect was wounded")
  let aliveSelf: boolean | null = null;
  const doerToldAlive = (): boolean => (aliveSelf ??= tally(facts, lowerCase(text)).self?.status === "injured");
  for (const d of facts) {
    if (!d.person || d.negated || d.pronoun || d.sentence < 0) continue;
    if (d.kind !== "shot" && d.kind !== "injured") continue;
    // "shot two people, then turned the gun on himself" (told alive after): his own wound is one more
    // ("shot two people and then himself. The gunman is in critical condition": his own shot, told
    // alive by his role after, too)
    if (
      !(d.reflexive && (d.kind === "injured" || doerToldAlive())) &&
      roles()[headNoun(d.victims, d.person.name) ?? ""] !== "suspect"
    )
      continue;
    let group: CountFact | null = null;
    for (const g of facts)
      if (
        !g.person &&
        !g.negated &&
        g.sentence >= 0 &&
        (g.sentence < d.sentence ||
          (!!d.reflexive && g.sentence === d.sentence && !!g.range && !!d.range && g.range.end <= d.range.start) ||
          clauseJoined(g, d, text)) &&
        (g.kind === "shot" || g.kind === "injured") &&
        roles()[headNoun(g.victims, null) ?? ""] !== "suspect" &&
        !countsDoer(g, text) &&
        (d.additive || officersOnly(g.victims) || clauseJoined(g, d, text)) &&
        (value(g.count) ?? 0) > (group ? (value(group.count) ?? 0) : 0)
      )
        group = g;
    if (!group) continue;
    const n = value(group.count)! + 1;
    const c = { low: n, best: n, high: n };
    if (group.kind === "injured") i = bigger(i, c);
    else s = bigger(s, c);
  }
  // "four more victims went to hospitals on their own ... police later found another man a block away
  // who had been shot": someone marked new after the others is one more of them
  const othersAt = facts.findIndex((f) => f.kind === "shot" && f.additive && !f.person && !f.negated && f.range);
  if (othersAt >= 0)
    sOthers += facts
      .slice(othersAt + 1)
      .filter(
        (f) =>
          f.person &&
          !f.person.definite &&
          f.additive &&
          !f.reflexive &&
          !f.negated &&
          f.kind !== "killed" &&
          f.kind !== "other" &&
          f.sentence > facts[othersAt]!.sentence,
      ).length;
  for (const f of facts) {
    // "arrested a second man" counts arrests, not people hit
    if (!f.ordinal || f.negated || f.kind === "other") continue;
    const floor = { low: f.ordinal, best: f.ordinal, high: null };
    // "a third person has died": at least three dead; "a fourth person was taken to a hospital in
    // critical condition": the fourth person hit, not a fourth one hurt
    // ("A man was shot in the foot. A second man was shot in the hand. A third man died": after people told
    // hit and none told dead, the ordinal counts the people hit, of whom this one died)
    if (f.nth && f.kind === "killed" && !hitNoneDead(f, facts)) k = bigger(k, floor);
    else s = bigger(s, floor);
    // "two others were taken to a hospital in critical condition ... A third person who was wounded": a
    // wounded ordinal right after that many wounded goes on counting the wounded, not everyone hit;
    // so does one "also shot" ("one dead and three others injured ... a fourth person was also shot")
    if (continuesWounded(facts, f)) i = bigger(i, floor);
  }
  // "Officers found three victims. One was dead.": "one" told dead right after a sentence counting a
  // group of victims is one of them, and the rest were hit and lived (a bare "victims" elsewhere
  // may be the dead alone)
  for (const f of facts) {
    if (f.kind !== "killed" || f.negated || !f.range || f.sentence < 1) continue;
    if (!/^one\s{1,3}(?:was\s{1,3}(?:dead|killed)|died)\b/i.test(text.slice(f.range.start, f.range.end))) continue;
    const group = /\b([a-z]+|\d+)\s{1,3}victims\b[^.!?;]{0,80}\.\s{1,3}$/i.exec(
      text.slice(Math.max(0, f.range.start - 160), f.range.start),
    );
    const n = group ? cardinalValue(group[1]!) : null;
    if (n !== null && n > 1) s = bigger(s, { low: n, best: n, high: n });
  }
  // "A man killed his mother, then drove to a bar and shot two people, killing one": someone told killed
  // before the group's shooting in its sentence is none of the group, dead beside the one of it who died
  for (const p of facts) {
    if (p.kind !== "killed" || !p.partitive || p.person || p.negated || !p.range) continue;
    const group = facts.find(
      (g) =>
        g.kind === "shot" &&
        !g.person &&
        !g.negated &&
        g.sentence === p.sentence &&
        !!g.range &&
        g.range.end <= p.range!.start &&
        /^[\s,]{0,3}(?:killing|fatally)\b/i.test(text.slice(g.range.end, p.range!.start + 8)),
    );
    if (!group) continue;
    const before = facts.filter(
      (d) =>
        d.kind === "killed" &&
        !!d.person &&
        !d.partitive &&
        !d.negated &&
        !d.reflexive &&
        !d.pronoun &&
        d.sentence === p.sentence &&
        !!d.range &&
        d.range.end <= group.range!.start,
    ).length;
    const dead = value(p.count);
    const hit = value(group.count);
    if (before === 0 || dead === null || hit === null) continue;
    k = bigger(k, { low: dead + before, best: dead + before, high: dead + before });
    s = bigger(s, { low: hit + before, best: hit + before, high: hit + before });
  }
  const lower = lowerCase(text);
  const t = tally(facts, lower);
  let basis: Totals["basis"] = "stated";
  const K = value(k ?? { low: null, best: null, high: null }) ?? 0;
  // "A man and his son were found dead ... a man and his son with gunshot wounds": someone shot whose
  // fate the text leaves open fills a death counted for the group before being counted as hurt
  // "a toddler taken to the hospital after her father and uncle were shot and killed": the child
  // is none of the dead the group names
  const deadGroups = facts
    .filter((f) => f.kind === "killed" && !f.person && !f.negated && (value(f.count) ?? 0) > 0)
    .map((g) => groupTraits(g.victims));
  const mayBeDead = (v: Victim) =>
    deadGroups.length === 0 ||
    deadGroups.some(
      (gt) =>
        (!gt.sex || !v.sex || gt.sex === v.sex) && (!gt.generation || !v.generation || gt.generation === v.generation),
    );
  // (the doer fills one only of a toll told in a number: "multiple dead" may be his victims alone)
  // ("an apparent murder-suicide ... Both were found dead": a toll some fact states exactly, or a murder-suicide's,
  // which holds the doer)
  const exact =
    !!k &&
    (k.high !== null ||
      facts.some(
        (f) =>
          f.kind === "killed" &&
          !f.person &&
          !f.negated &&
          value(f.count) === K &&
          (f.count.high !== null || !!f.withDoer),
      ));
  const open = t.unknownVictims.filter((v) => mayBeDead(v) && (!v.self || exact));
  t.hurt -= Math.min(open.length, Math.max(0, K - t.killed));
  if (t.killed > K) {
    k = { low: t.killed, best: t.killed, high: t.killed };
    basis = "tally";
  }
  /** raises the dead to `n` where fewer are counted */
  const killedAtLeast = (n: number) => {
    if (n > (value(k ?? { low: 0, best: 0, high: 0 }) ?? 0)) k = { low: n, best: n, high: n };
  };
  // "shot his wife and two sons before killing himself": the doer's victims plus the doer (not where
  // the doer who shot himself is told alive after: "He is hospitalized in serious condition")
  // "A man shot two people, then shot himself. He survived": the doer, told by a pronoun right after his
  // own shot to have lived, is hurt
  const doerSurvived = facts.some(
    (d) =>
      d.reflexive &&
      !d.negated &&
      (d.kind === "shot" || d.kind === "injured") &&
      !!d.range &&
      // (the pronoun of the doer's own sex: "shot himself. She survived" tells of his victim)
      (/\bherself\b/i.test(text.slice(d.range.start, d.range.end)) ? SHE_SURVIVED : HE_SURVIVED).test(
        text.slice(d.range.end, d.range.end + 80),
      ),
  );
  const doerAlive = t.self?.status === "injured" || doerSurvived;
  for (const d of facts) {
    if (!d.reflexive || !d.additive || d.negated || d.kind === "injured" || d.kind === "other") continue;
    // ("turned the gun on himself" tells no death of a doer told alive after)
    if ((d.kind === "shot" || (!!d.range && TURNED_GUN.test(text.slice(d.range.start, d.range.end)))) && doerAlive)
      continue;
    // ("Two people are dead after a man shot his wife and then killed himself": people told to be dead or to
    // have died, by a verb of their own, may be the doer's victims and the doer)
    const victims = deadBeside(
      d,
      facts,
      (g) =>
        (!!g.person || !g.range || !DEAD_STATE.test(text.slice(g.range.start, g.range.end))) &&
        !tollOfOwnShot(g, d, text),
    );
    if (victims > 0) killedAtLeast(victims + 1);
  }
  // "A man killed his wife and daughter in a murder-suicide": the doer's dead told in the sentence of the
  // murder-suicide, plus the doer
  for (const d of facts) {
    if (!d.withDoer || d.negated) continue;
    const victims = deadBeside(
      d,
      facts,
      (g) =>
        !g.withDoer &&
        (!!g.perpetrator || killersObject(g, text)) &&
        !countsDoer(g, text) &&
        // ("the murder-suicide that killed two people": the murder-suicide's own toll)
        !(
          d.range &&
          g.range &&
          g.range.start >= d.range.end &&
          /^[\s,]{0,3}(?:(?:that|which)\s{1,3})?$/i.test(text.slice(d.range.end, g.range.start))
        ),
    );
    if (victims > 0) killedAtLeast(victims + 1);
    // "He shot his wife and daughter before shooting himself in a murder-suicide": the word tells that
    // the people he shot there were killed, and he with them (unless someone is told alive: "The
    // daughter survived", "was rushed to a hospital in serious condition")
    else if (d.sentence >= 0 && !facts.some((g) => g.kind === "injured" && !g.negated) && !SURVIVED.test(text)) {
      const shot = facts.filter(
        (g) =>
          g.kind === "shot" &&
          g.sentence === d.sentence &&
          !g.reflexive &&
          !g.negated &&
          !g.withDoer &&
          deedKind(g, text) === "shot",
      );
      const n = shot.reduce((m, g) => Math.max(m, g.person ? 1 : (value(g.count) ?? 0)), 0);
      if (shot.length === 1 && n > 1) killedAtLeast(n + 1);
    }
  }
  // "A gunman killed three people at a bar ... He then killed himself", "... Officers later shot and
  // killed the gunman": the doer's own death, told after the deed, adds one to the victims the deed
  // counted ("Three people were found dead" may hold him)
  for (const d of facts) {
    if (d.kind !== "killed" || d.negated || d.sentence < 0) continue;
    const suspect = !!d.person && roles()[headNoun(d.victims, d.person.name) ?? ""] === "suspect";
    if (!d.reflexive && !suspect && !(d.person && !d.pronoun && killedByPolice(d, text))) continue;
    for (const g of facts)
      if (
        g.kind === "killed" &&
        !g.person &&
        !g.negated &&
        !g.reflexive &&
        !g.withDoer &&
        g.sentence >= 0 &&
        g.sentence < d.sentence &&
        (killersObject(g, text) || (d.reflexive && killedByHand(g, text) && toldAlone(d, facts))) &&
        !countsDoer(g, text)
      )
        killedAtLeast((value(g.count) ?? 0) + 1);
  }
  // "Five people were killed, not including the gunman, who also died": a toll that says it leaves the doer
  // out, with the doer told dead too, is one short of the dead
  for (const g of facts) {
    if (g.kind !== "killed" || g.person || g.negated || !g.range || g.sentence < 0) continue;
    const out =
      /^(?:[^.;!?,]{0,60},)?\s{1,3}(?:not\s{1,3}(?:including|counting)|excluding)\s{1,3}(?:the|an?)\s{1,3}(?:alleged\s{1,3}|suspected\s{1,3})?([a-z]+)/i.exec(
        text.slice(g.range.end, g.range.end + 140),
      );
    if (!out || roles()[out[1]!.toLowerCase()] !== "suspect") continue;
    const doerDead = facts.some(
      (d) =>
        d.kind === "killed" &&
        !d.negated &&
        !!d.person &&
        d.sentence >= g.sentence &&
        roles()[headNoun(d.victims, d.person.name) ?? ""] === "suspect",
    );
    if (doerDead) killedAtLeast((value(g.count) ?? 0) + 1);
  }
  // "Deputies found a woman dead ... Giaquinta and another man were found dead": "another" adds one to
  // the dead counted before, and the one named beside him adds one too unless named dead before
  for (const d of facts) {
    if (d.kind !== "killed" || d.person || d.negated || !d.additive || d.sentence < 0) continue;
    const pair = /^(.{1,60}?)\s{1,3}and\s{1,3}another\b/i.exec(d.phrase ?? "");
    if (!pair) continue;
    const before = facts.filter((f) => f.sentence < d.sentence);
    const stated = before.reduce(
      (n, f) => (f.kind === "killed" && !f.person && !f.negated ? Math.max(n, value(f.count) ?? 0) : n),
      0,
    );
    const dead = Math.max(stated, tally(before, lower).killed);
    if (dead === 0) continue;
    const named = /^[A-Z]/.test(pair[1]!) ? pair[1]! : null;
    const namedBefore =
      !named ||
      before.some(
        (f) =>
          f.kind === "killed" &&
          !f.negated &&
          // "John Giaquinta, 41, and his wife were found dead": a group names its members too
          (f.person?.name
            ? sameName(f.person.name, named, "")
            : nameWords(named).some((w) => nameWords(f.phrase ?? "").includes(w))),
      );
    killedAtLeast(dead + 1 + (namedBefore ? 0 : 1));
  }
  // "The bodies of Ann Roe, 43, Kay Roe, 48, and their mother were found ... charged in the killing of
  // Ivo Marsh": a list that names the dead one by one holds its members, and the sentence telling it
  // names the rest ("and their mother, Jo Roe"); someone named dead nowhere in that sentence is one more
  for (const g of facts) {
    const n = value(g.count) ?? 0;
    if (g.kind !== "killed" || g.person || g.negated || !g.range || n < 2) continue;
    if (!/^[A-Z][\w'’-]+\s{1,3}[A-Z][\w'’-]+,?\s.*(?:,|\band\b)/.test(g.victims ?? "")) continue;
    const told = sentenceAround(text, g.range).toLowerCase();
    const outside = t.dead.filter(
      (v) => !v.self && !!v.name && /\S\s+\S/.test(v.name.trim()) && !nameWords(v.name).some((w) => told.includes(w)),
    ).length;
    if (outside > 0) killedAtLeast(n + outside);
  }
  // "found three people shot dead and two wounded ... one of the wounded had since died": the wounded who
  // died are dead besides those the group's own sentence told dead
  for (const f of facts) {
    if (f.kind !== "injured" || f.person || f.negated || f.sentence < 0) continue;
    const died = woundedWhoDied(f, facts, text);
    if (died === 0) continue;
    let before = 0;
    for (const g of facts)
      // ("A man was killed and two women were hurt": one person told dead beside the group counts too)
      if (g.kind === "killed" && !g.negated && g.sentence === f.sentence)
        before = Math.max(before, value(g.count) ?? 0);
    killedAtLeast(before + died);
  }
  // "Long killed the three officers ... before a SWAT marksman killed Long": the shooter's own death adds one
  for (const d of facts) {
    if (d.kind !== "killed" || d.negated || !d.person?.name) continue;
    for (const g of facts) {
      if (g === d || g.kind !== "killed" || g.person || g.negated || !g.perpetrator) continue;
      if (!sameName(g.perpetrator, d.person.name, "") || !/^[A-Z]/.test(g.perpetrator)) continue;
      killedAtLeast((value(g.count) ?? 0) + 1);
    }
  }
  // "who allegedly killed three people ... before police killed him": the one police killed is the gunman,
  // not one of his victims
  for (const d of facts) {
    // "The suspect, who killed two people, was shot dead": the suspect dead beside his killing is the doer too
    const suspect = roles()[headNoun(d.victims, d.person?.name ?? null) ?? ""] === "suspect";
    if (d.kind !== "killed" || d.negated || !d.person || !(killedByPolice(d, text) || doerKilled(d, facts) || suspect))
      continue;
    let group = 0;
    for (const g of facts)
      if (
        g !== d &&
        g.kind === "killed" &&
        !g.person &&
        !g.negated &&
        g.sentence === d.sentence &&
        !countsDoer(g, text)
      )
        group = Math.max(group, value(g.count) ?? 0);
    if (group > 0) killedAtLeast(group + 1);
  }
  const Kv = value(k ?? { low: 0, best: 0, high: 0 }) ?? 0;
  const I = value(i ?? { low: null, best: null, high: null }) ?? 0;
  const S = s ? (value(s) ?? 0) : 0;
  // "Lane died at the scene. Hill and Cole were taken to Mercy Hospital": people hit, named one by one,
  // where every dead is named and none of them in the list, all lived
  let namedAlive = 0;
  if (Kv > 0 && t.dead.length === Kv && t.dead.every((v) => !!v.name))
    for (const g of facts) {
      if (g.person || g.negated || (g.kind !== "shot" && g.kind !== "injured")) continue;
      const list = (g.victims ?? "").replace(/,\s{0,3}\d{1,3}\b/g, "");
      if (!NAME_LIST.test(list)) continue;
      const words = nameWords(list);
      if (t.dead.some((v) => nameWords(v.name!).some((w) => words.includes(w)))) continue;
      namedAlive = Math.max(namedAlive, value(g.count) ?? 0);
    }
  // "A man was killed ... Two women were shot": a group whose noun tells a sex, where every one told dead
  // is of the other sex, holds none of the dead, so all of it lived ("Three people were shot ... a man
  // died" may count him among the three)
  let otherSexHit = 0;
  const deadFacts = facts.filter((f) => f.kind === "killed" && !f.negated);
  const deadSex = deadFacts.map((f) => (f.person ? traits(f.phrase ?? f.victims).sex : groupSex(f.victims)));
  if (deadFacts.length && deadSex.every((x) => x && x === deadSex[0]))
    for (const g of facts)
      if (
        g.kind === "shot" &&
        !g.person &&
        !g.negated &&
        !g.reflexive &&
        groupSex(g.victims) === (deadSex[0] === "m" ? "f" : "m")
      )
        otherSexHit = Math.max(otherSexHit, value(g.count) ?? 0);
  // "A man was shot in the chest ... Two women were also wounded": a group told hit "also" or "other",
  // where everyone told hit before it was told one by one and no one is dead, is none of those people
  // (a group counted before may hold it: "Four people were shot ... Two others were also hurt"; a group
  // told only "hurt" or "injured" may have been hurt by no bullet: "Two officers were also injured while
  // arresting him")
  let besidesHit = 0;
  if (Kv === 0)
    for (const f of facts) {
      if (f.person || f.negated || f.vague || !f.additive || f.sentence < 0 || !f.range) continue;
      if (f.kind !== "shot" && f.kind !== "injured") continue;
      if (f.kind === "injured" && !lex().gunshotWord.test(text.slice(f.range.start, f.range.end))) continue;
      const n = value(f.count);
      if (n === null || n < 1) continue;
      const before = facts.filter(
        (g) =>
          g.sentence >= 0 &&
          (g.sentence < f.sentence ||
            (g.sentence === f.sentence && !!g.range && !!f.range && g.range.end <= f.range.start)),
      );
      if (before.some((g) => !g.person && !g.negated && g.kind !== "other")) continue;
      const hurt = tally(before, lower).hurt;
      if (hurt > 0) besidesHit = Math.max(besidesHit, hurt + n);
    }
  // "A man shot three people, killing two, before killing himself": the doer is dead, but none of the
  // people his shooting verb counted
  // ("shot his wife and son, then himself. He died at the scene": the doer told dead after)
  const selfDead = facts.some((f) => f.reflexive && f.kind === "killed" && !f.negated) || t.self?.status === "killed";
  // ("A man who shot two people at a bar was killed by police": the one police killed beside a group
  // another shot is the doer)
  const policeKilledDoer = facts.some(
    (d) =>
      d.kind === "killed" &&
      !!d.person &&
      !d.pronoun &&
      !d.negated &&
      killedByPolice(d, text) &&
      facts.some(
        (g) =>
          g.sentence === d.sentence &&
          g.kind === "shot" &&
          !g.person &&
          !g.negated &&
          (g.perpetrator
            ? !POLICE.test(g.perpetrator)
            : // "Police killed a man who had shot two people": the doer is the one the relative clause tells of
              !!g.range && relativeDeed(g.range, text)),
      ),
  );
  const doersHit =
    (selfDead || policeKilledDoer) &&
    Kv > 0 &&
    facts.some(
      (f) => f.kind === "shot" && !f.person && !f.negated && value(f.count) === S && deedKind(f, text) === "shot",
    );
  // "A gunman wounded three people before police shot and wounded him": the doer, told by a pronoun
  // after his deed, hurt by the police, is one more beside the group his deed hit ("Police wounded a man
  // who had shot three people": so is the one a relative clause tells the doer)
  let doerWounded = 0;
  // the groups hurt told beside the one hurt `d` in his sentence, `where` says which side; he is one more
  const besideDoer = (d: CountFact, where: (g: CountFact, r: Range, dr: Range) => boolean): void => {
    for (const g of facts)
      if (
        g.sentence === d.sentence &&
        !g.person &&
        !g.negated &&
        (g.kind === "injured" || g.kind === "shot") &&
        !!g.range &&
        where(g, g.range, d.range!)
      )
        doerWounded = Math.max(doerWounded, (value(g.count) ?? 0) - (g.kind === "shot" ? Kv : 0) + 1);
  };
  for (const d of facts) {
    if ((d.kind !== "injured" && d.kind !== "shot") || !d.person || d.negated || !d.range) continue;
    if (killedByPolice(d, text))
      besideDoer(d, (g, r, dr) =>
        d.pronoun
          ? r.end <= dr.start && !!g.perpetrator && !POLICE.test(g.perpetrator)
          : r.start >= dr.end && relativeDeed(r, text),
      );
    // "A security guard shot and wounded a man who opened fire in the lobby, wounding two patrons": the one
    // hurt whom a relative clause tells opened fire is the doer, hurt beside the people his fire hit
    if (d.perpetrator)
      besideDoer(d, (_g, r, dr) => r.start >= dr.end && OPENED_FIRE_BETWEEN.test(text.slice(dr.end, r.start)));
  }
  const derived = Math.max(
    S - Kv + (doersHit ? 1 : 0),
    t.hurt,
    Kv > 0 ? sOthers : 0,
    namedAlive,
    otherSexHit,
    besidesHit,
    doerWounded,
    doerSurvived ? Math.max(0, S - Kv) + 1 : 0,
  );
  if (derived > I) {
    i = { low: derived, best: derived, high: derived };
    basis = basis === "tally" || t.hurt >= S - Kv ? "tally" : "derived";
  }
  if (k === null && i === null && s === null && t.killed === 0 && t.hurt === 0)
    return { fatalities: null, injured: null, basis };
  return {
    fatalities: withBest(k ?? { low: 0, best: 0, high: 0 }),
    injured: withBest(i ?? { low: 0, best: 0, high: 0 }),
    basis,
  };
}
