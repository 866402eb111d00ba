/**
 * Reads the noun phrase that names the victims of a casualty predicate: how many people it counts
 * ("three students", "A woman and her 9-year-old niece", "two more, one of them an infant"), whether it adds to
 * people counted before ("another", "also"), and what identifies a single victim (a name, an age).
 */
import { cardinalValue, findCounts, type CountReading } from "./numbers.js";
import { gram } from "./grammar.js";
import { lex, norm } from "./lexicon.js";

export interface Phrase extends CountReading {
  start: number;
  end: number;
  /** the victims as written, without the count: "IRGC members", "others", "Antonio Mason" */
  victims: string | null;
  /** one person (a/an/one/he/a name) rather than a group */
  singular: boolean;
  additive: boolean;
  negated: boolean;
  /** a definite or pronoun mention ("the victim", "he") that points back at someone already counted */
  definite: boolean;
  name: string | null;
  age: number | null;
}

const AUX =
  /^(?:was|were|is|are|be|been|being|has|have|had|got|gets|get|getting|remain|remains|remained|will|would|could|might|may|must|should|did|does|do)$/i;
const DETS = /^(?:the|his|her|their|its|our|my|your|this|that|these|those)\s/i;
const NAME_STOP = new Set(
  "police officers authorities investigators deputies detectives officials the a an it he she they we i there this that these those one on in at after before when while sunday monday tuesday wednesday thursday friday saturday january february march april may june july august september october november december according witnesses neighbors family sources troopers medics firefighters paramedics".split(
    " ",
  ),
);
const PRONOUN_ONE = /^(?:he|she|him|her|himself|herself|self)$/i;
const PRONOUN_MANY = /^(?:they|them|themselves)$/i;

interface Conjunct {
  start: number;
  end: number;
  /** "one of N ..." may be read as the N (a reduced relative clause follows) */
  groupOk?: boolean;
  /** the last of several conjuncts ("his wife and children") */
  inList?: boolean;
}

const tidy = (s: string | null): string | null => {
  const v = s ? s.replace(/[\s.,;:!?]+$/, "").trim() : "";
  return v || null;
};

function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

/** one person a list opens with: "a man", "his brother", "Deon Lee" (not a count: "two others") */
const LIST_ITEM =
  /^\s*(?:(?:a|an|his|her|their|my|our)\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,2}[\w'’-]{1,20}|[A-Z][a-z][\w'’-]*(?:\s{1,3}[A-Z][a-z][\w'’-]*){0,2})\s*$/;

/** "of Ashford", "of the 1200 block of N. Elm Street": where a person lives, told after the age */
const HOME = String.raw`of\s{1,3}(?:the\s{1,3}\d{1,5}\s{1,3}block\s{1,3}of\s{1,3}(?:[NSEW]\.?\s{1,3})?(?:\d{1,4}(?:st|nd|rd|th)\s{1,3})?)?[A-Z][\w.'’-]*(?:\s{1,3}[A-Z][\w.'’-]*){0,3}`;

/** "22", "22, of Plano", "ages 3 and 5": a conjunct that is only the age (and home) of the person before it */
const AGE_CONJUNCT = new RegExp(
  String.raw`^\s*(?:ages?\s|aged\s)?\d{1,3}(?:\s{0,3}(?:,|and|,\s{0,3}and)\s{1,3}\d{1,3}){0,4}(?:\s(?:years old|years of age))?(?:\s{1,3}and\s{1,3}[a-z]{2,20}|,\s{0,3}${HOME})?[.;:]?\s*$`,
  "i",
);

/** words after which ", 2" is a count opening a clause, not a person's age */
const NO_AGE_BEFORE =
  /\b(?:shot|killed|wounded|injured|hurt|hit|struck|slain|dead|morning|afternoon|evening|night|overnight|today|yesterday|tonight|[ap]\.m\.?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*$/i;

/** ", ages 4, 6" before the last of a list of ages */
const AGES_BEFORE = /,\s{0,3}(?:ages|aged)\s{1,3}(?:\d{1,3}\s{0,3},\s{0,3}){0,5}\d{1,3}\s{0,3}$/i;

/** Strips trailing appositions ("Antonio Mason, 35,", "another two, including a baby,"), keeping an age. */
function stripAppositions(text: string, start: number, end: number): { end: number; age: number | null } {
  let age: number | null = null;
  for (let i = 0; i < 3; i++) {
    let e = end;
    while (e > start && /\s/.test(text[e - 1]!)) e--;
    if (text[e - 1] !== ",") break;
    const prev = text.lastIndexOf(",", e - 2);
    if (prev < start) break;
    const seg = text.slice(prev + 1, e - 1).trim();
    if (seg.length > 90) break;
    // "The victims, a man, a woman and a girl, were wounded": a plural verb after the closing comma makes
    // the last comma's phrase the close of a list, no aside ("The man, a father and a husband, was")
    const item = text.slice(Math.max(start, text.lastIndexOf(",", prev - 1) + 1), prev);
    if (
      gram().serialNext.test(text.slice(prev, e)) &&
      LIST_ITEM.test(item) &&
      /^\s{1,3}(?:were|are|have)\b/i.test(text.slice(e, e + 8))
    ) {
      end = e - 1;
      break;
    }
    // "her daughters, Ella, Ruth and Ivy, were", "The victims, Ella Doe, Ruth Roe and Ivy Poe, were": the
    // names of a group's members close a list too
    const itemAt = Math.max(start, text.lastIndexOf(",", prev - 1));
    const group = GROUP_THEN_NAMES.exec(text.slice(start, itemAt));
    if (
      group &&
      pluralPersons(group[1]!.toLowerCase()) &&
      ONE_NAME.test(item) &&
      LAST_TWO_NAMES.test(seg) &&
      /^\s{1,3}(?:were|are|have)\b/i.test(text.slice(e, e + 8))
    ) {
      end = e - 1;
      break;
    }
    const a = /^(?:ages?d?\s)?(\d{1,3})(?:-year-old)?\b/i.exec(seg) ?? /\b(\d{1,3})-year-old\b/i.exec(seg);
    if (a && age === null) age = Number(a[1]);
    // "Three children, ages 4, 6 and 9, were": the ages of a list, its own commas inside, are one aside
    const ages = /^\d{1,3}(?:\s{1,3}and\s{1,3}\d{1,3})?$/.test(seg)
      ? AGES_BEFORE.exec(text.slice(Math.max(start, prev - 40), prev))
      : null;
    end = ages ? prev - ages[0].length : prev;
  }
  // "Ethan Payne, 13" once ", of Lexington," is gone; "two others — a man and a woman —"
  for (let i = 0; i < 2; i++) {
    const tail = text.slice(start, end);
    // "Dale Moss, 52, of Elm Grove was pronounced dead": a residence after the age, its closing comma left out
    const home = /,\s{0,3}(?:age\s{1,3})?(\d{1,3})\s{0,3},\s{1,3}of\s{1,3}[^,;]{1,80}$/i.exec(tail);
    if (home) {
      age ??= Number(home[1]);
      end = start + home.index;
      continue;
    }
    const a = /,\s{0,3}(\d{1,3})\s*$/.exec(tail);
    // "Of the 5 people shot Sunday, 2 died": after a time or a participle of harm the number opens a
    // clause of its own, no age of a person
    if (a && NO_AGE_BEFORE.test(tail.slice(0, a.index))) break;
    if (a) {
      age ??= Number(a[1]);
      end = start + a.index;
      continue;
    }
    const d = /\s*[—–]\s?[^—–]{1,60}[—–]\s*$/.exec(tail);
    if (d) {
      end = start + d.index;
      continue;
    }
    // "five others (aged between 12 and 40)"
    const paren = /\s*\([^()]{1,80}\)\s*$/.exec(tail);
    if (paren) {
      end = start + paren.index;
      continue;
    }
    break;
  }
  // "the suspect, John Doe, 35, was also killed": once the age is gone the name left is an apposition of
  // the role noun before it, as it is with no age ("the suspect, John Doe, was"); a doer's role tells who
  // he is (a victim's or a relative's name is what later sentences match him by, so it stays)
  if (age !== null) {
    const role = ROLE_THEN_NAME.exec(text.slice(start, end));
    if (role && lex().doerRoles.has(role[1]!.toLowerCase())) end = start + role.index + role[0].indexOf(",");
  }
  return { end, age };
}

/** a name in a list of a group's members: "Ella", "Ella Doe" */
const LISTED_NAME = String.raw`[A-Z][\w'’-]*(?:\s{1,3}[A-Z][\w'’.-]*){0,2}`;

const ONE_NAME = new RegExp(String.raw`^\s*${LISTED_NAME}\s*$`);
// ("Ella, Ruth, and Ivy": after a serial comma the last name's "and" stands alone)
const LAST_TWO_NAMES = new RegExp(String.raw`^(?:${LISTED_NAME}\s{1,3})?and\s{1,3}${LISTED_NAME}$`);
/**
 * a phrase ending in a group of people, and any names of its members listed before the last two: "her
 * two daughters", "the victims", "The victims, Ella, Ruth"
 */
const GROUP_THEN_NAMES = new RegExp(
  String.raw`\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s{1,3}(?:[a-z-]{1,20}\s{1,3}){0,2}([a-z-]{2,20})(?:\s{0,3},\s{1,3}${LISTED_NAME})*$`,
);

/** "the suspect, John Doe", "The shooter, identified as John Doe": a determined person noun, then a name set off by a comma */
const ROLE_THEN_NAME =
  /\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s{1,3}(?:[a-z][\w'’-]{0,20}\s{1,3}){0,2}([a-z][\w'’-]{1,20}),\s{1,3}(?:(?:identified|named|known)\s{1,3}as\s{1,3})?[A-Z][\w'’.-]{1,20}(?:\s{1,3}[A-Z][\w'’.-]{1,20}){0,3}\s*$/;

/** "Ann Lee I live in york pa": a subject pronoun after a name opens a clause of its own */
const CLAUSE_PRONOUN = /^(?:I|he|she|we|they|you)$/i;
const NAME_WORD = /^[A-Z](?:[a-z]|['’][A-Z]?[a-z])[\w'’.-]{0,30}$/;
/** a generational suffix after a surname: "Jr.", "Sr.", "III" */
const NAME_SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?$/;
/** how a name starts, with an elided particle too: "Price", "D'Andre", "O'Neal" */
const NAME_START = /^[A-Z](?:[a-z]|['’][A-Z]?[a-z])/;
/** words that open a sentence or a phrase capitalised, never a name: "In Chicago, John Smith and ..." */
const NOT_NAME =
  /^(?:In|On|At|The|A|An|After|Before|When|While|Since|Police|Officers|Authorities|Investigators|Deputies|According|Meanwhile|Also|Then|But|And|Later|Earlier|Friday|Saturday|Sunday|Monday|Tuesday|Wednesday|Thursday)$/;

/**
 * A comma between two names of a list that ends in "and": both sides are runs of one to three
 * capitalised words, and the run before it opens the segment or follows another comma; a serial comma
 * right before the "and" counts as one.
 */
function nameListComma(toks: { t: string }[], i: number): boolean {
  let a = i - 1;
  while (a >= 0 && i - a <= 3 && NAME_WORD.test(toks[a]!.t)) a--;
  const firstBefore = toks[a + 1];
  if (a === i - 1 || !firstBefore || NOT_NAME.test(firstBefore.t)) return false;
  if (a >= 0 && toks[a]!.t !== "," && !/^(?:said|say|says|victims|identified|as)$/i.test(toks[a]!.t)) return false;
  // "Amy Doe, Tom Roe, and Bob Poe were": the serial comma before the last name's "and"
  const serial = /^and$/i.test(toks[i + 1]?.t ?? "");
  const from = serial ? i + 2 : i + 1;
  let b = from;
  while (b < toks.length && b - from < 3 && NAME_WORD.test(toks[b]!.t)) b++;
  if (b === from) return false;
  if (b >= toks.length) return serial;
  return toks[b]!.t === "," || (!serial && /^and$/i.test(toks[b]!.t));
}

/**
 * "Marie Lund, 55, of Landover, and ...", "... 55, of the 1200 block of Elm Street, and ...": a town or
 * street of residence after a person's age closes that person as an age does, the comma at `i` ending it
 */
function residenceAfterAge(toks: { t: string }[], i: number): boolean {
  let a = i - 1;
  while (a >= 0 && i - a <= 4 && /^(?:[A-Z][a-z]|[NSEW]\.?$|\d{1,4}(?:st|nd|rd|th)$)/.test(toks[a]!.t)) a--;
  // "of the 1200 block of Elm Street": a street of residence
  if (
    /^of$/i.test(toks[a]?.t ?? "") &&
    /^block$/i.test(toks[a - 1]?.t ?? "") &&
    /^\d{1,5}$/.test(toks[a - 2]?.t ?? "") &&
    /^the$/i.test(toks[a - 3]?.t ?? "")
  )
    a -= 4;
  return (
    a < i - 1 &&
    /^of$/i.test(toks[a]?.t ?? "") &&
    toks[a - 1]?.t === "," &&
    /^\d{1,3}$/.test(toks[a - 2]?.t ?? "") &&
    toks[a - 3]?.t === ","
  );
}

/**
 * "and his brother" ends right before the comma at `i`: one person of kin, added to a list; so does
 * "her son" after a person's age or name in a list that "and" closes ("Jane Roe, 35, her son, Tom, 6, and
 * ...", "Tom Roe, his wife, Ann, and ...")
 */
function andKinBefore(toks: { t: string }[], i: number, sawAnd: boolean): boolean {
  const k = kinDeterminerBefore(toks, i);
  // one person only: "and his two sons, Julian Roe and Ian Roe" names a counted group instead
  return (
    k > 0 &&
    (/^and$/i.test(toks[k - 1]!.t) ||
      (sawAnd &&
        toks[k - 1]?.t === "," &&
        ((/^\d{1,3}$/.test(toks[k - 2]?.t ?? "") && toks[k - 3]?.t === ",") ||
          NAME_START.test(toks[k - 2]?.t ?? "")))) &&
    lex().persons.has(toks[i - 1]!.t) &&
    !pluralPersons(toks[i - 1]!.t) &&
    !toks.slice(k + 1, i).some((x) => /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten)$/i.test(x.t))
  );
}

/** Where "his", "her" or "their" opens the one to three lowercase words right before `i` ("her two sons"), or -1. */
function kinDeterminerBefore(toks: { t: string }[], i: number): number {
  for (let k = i - 2; k >= Math.max(1, i - 4); k--) {
    if (!/^[a-z][\w-]*$/.test(toks[k + 1]!.t)) return -1;
    if (/^(?:his|her|their)$/i.test(toks[k]!.t)) return k;
  }
  return -1;
}

/**
 * "Jane Roe, 35, and her two children, Amy, 8, and Tom, 6", "Jane Roe and her children, Amy and Tom": a kin
 * group joined by "and" to a person before it, then named member by member (the names are the group's, so
 * the list goes on past the comma)
 */
function andKinGroupBefore(toks: { t: string }[], i: number): boolean {
  const k = kinDeterminerBefore(toks, i);
  return k > 0 && /^and$/i.test(toks[k - 1]!.t) && pluralPersons(toks[i - 1]!.t.toLowerCase());
}

/** "Saturday's shooting", "the Elm Street shooting": the word at `i` follows a possessive or a name after "the" */
function nounAfterOwner(toks: readonly { t: string }[], i: number): boolean {
  const prev = toks[i - 1]?.t ?? "";
  if (/['’]s$/i.test(prev)) return true;
  if (!/^[A-Z][a-z]/.test(prev)) return false;
  for (let j = i - 2; j >= Math.max(0, i - 4); j--) {
    const t = toks[j]!.t;
    if (/^the$/i.test(t)) return true;
    if (!/^[A-Z][a-z]/.test(t)) return false;
  }
  return false;
}

/** Where the clause holding the subject begins: after a hard boundary word, an auxiliary or punctuation. */
function clauseStart(text: string, floor: number, end: number): number {
  const L = lex();
  const re = /[\w'’.-]+|[,;:()"“”—–]/g;
  const seg = text.slice(floor, end);
  const toks: { s: number; e: number; t: string }[] = [];
  for (let m = re.exec(seg); m; m = re.exec(seg))
    toks.push({
      s: floor + m.index,
      e: floor + m.index + m[0].length,
      t: m[0],
    });
  let start = floor;
  let sawAnd = false;
  for (let i = toks.length - 1; i >= 0; i--) {
    const t = toks[i]!;
    const w = t.t.toLowerCase();
    if (w === "and") sawAnd = true;
    if (w === ",") {
      // "a man, a woman and a child": a comma inside a list of people is not a clause edge
      let nextTok = toks[i + 1];
      if (nextTok && /^and$/i.test(nextTok.t)) nextTok = toks[i + 2];
      const prevTok = toks[i - 1];
      // "Alexis Mungin, 29 and pregnant, and ...": an age with a state closes a person of the list too
      const ageBefore =
        !!prevTok &&
        (/^\d{1,3}$/.test(prevTok.t) ||
          (/^and$/i.test(toks[i - 2]?.t ?? "") && /^\d{1,3}$/.test(toks[i - 3]?.t ?? "")) ||
          residenceAfterAge(toks, i) ||
          (prevTok.t === ")" && /^\d{1,3}$/.test(toks[i - 2]?.t ?? "") && toks[i - 3]?.t === "("));
      const personBefore =
        !!prevTok &&
        (L.persons.has(prevTok.t.toLowerCase()) ||
          /\d/.test(prevTok.t) ||
          NAME_START.test(prevTok.t) ||
          NAME_SUFFIX.test(prevTok.t) ||
          ageBefore);
      if (
        sawAnd &&
        personBefore &&
        nextTok &&
        (/^(?:a|an|one|two|three|four|five|\d+|his|her|their|the|ages?|aged)$/i.test(nextTok.t) ||
          // "a 14-, 16- and 19-year-old": a suspended hyphen goes on a list of ages
          /^\d{1,3}-$/.test(nextTok.t) ||
          // "70-year-old Ruth Dale, 12-year-old Nia Dale and ...": names with their ages before them
          (/^\d{1,3}-(?:year|month|week|day)-old$/i.test(nextTok.t) && NAME_START.test(toks[i + 2]?.t ?? "")) ||
          // "Sean Archilles, 14, and Stef'An Strawder, 18": names with their ages
          ((ageBefore || NAME_SUFFIX.test(prevTok.t)) && NAME_START.test(nextTok.t)) ||
          // "Marie Lund, 55, of Landover, and ...": the town (or street) a person of the list lives in
          (ageBefore &&
            /^of$/i.test(nextTok.t) &&
            (/^[A-Z][a-z]/.test(toks[i + 2]?.t ?? "") || /^block$/i.test(toks[i + 4]?.t ?? ""))))
      )
        continue;
      // "Marcus Jones, Jr., 19": a generational suffix set off by commas belongs to the name before it
      if (prevTok && NAME_START.test(prevTok.t) && toks[i + 1] && NAME_SUFFIX.test(toks[i + 1]!.t)) continue;
      // "Rea Holt, 48, and their mother, Ida Holt, 73, were": a name restating kin that "and" adds
      if (nextTok && NAME_START.test(toks[i + 1]!.t) && (andKinBefore(toks, i, sawAnd) || andKinGroupBefore(toks, i)))
        continue;
      // "Andre Boyce, Lena Whitfield and Marcus Doyle all died": a list of names up to "and"
      if (sawAnd && nextTok && prevTok && nameListComma(toks, i)) continue;
      // "Another man, woman were injured": a headline list of people
      if (prevTok && nextTok && L.persons.has(prevTok.t.toLowerCase()) && L.persons.has(nextTok.t.toLowerCase()))
        continue;
      // "Mother, 2 kids found dead": a person then a counted group of people
      if (
        prevTok &&
        nextTok &&
        L.persons.has(prevTok.t.toLowerCase()) &&
        /^(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)$/i.test(nextTok.t) &&
        L.persons.has(toks[i + 2]?.t.toLowerCase() ?? "")
      )
        continue;
      start = t.e;
      break;
    }
    // "Five people including two children were shot": "including" right after people names some of
    // them, inside the subject
    if (w === "including" && L.persons.has((toks[i - 1]?.t ?? "").toLowerCase())) continue;
    // "Two people were killed, including a child, and three others were hurt": an aside of "including"
    // set off by commas names some of the people before it; the subject opens after its closing comma
    if (w === "including" && toks[i - 1]?.t === ",") {
      const close = toks.findIndex((x, k) => k > i && x.t === ",");
      if (close > i) {
        start = toks[close]!.e;
        break;
      }
    }
    // "Cole Hart (19) and Ivy Lott (20)": an age in brackets is no clause edge
    const bracketAge =
      (w === "(" && /^\d{1,3}$/.test(toks[i + 1]?.t ?? "") && toks[i + 2]?.t === ")") ||
      (w === ")" && /^\d{1,3}$/.test(toks[i - 1]?.t ?? "") && toks[i - 2]?.t === "(");
    if (!bracketAge && (/^[;:()"“”—–]$/.test(w) || AUX.test(w) || L.boundaries.has(w))) {
      start = t.e;
      break;
    }
    // "people involved in the shooting": a casualty word after an article is a noun, not a clause's verb
    // ("A victim of Saturday's shooting", "of the Elm Street shooting": so is one after a possessive or a
    // name after "the")
    if (
      (L.predicateKind.has(w) || L.activeKind.has(w)) &&
      !/^(?:a|an|the|this|that)$/i.test(toks[i - 1]?.t ?? "") &&
      !(/ing$/.test(w) && nounAfterOwner(toks, i))
    ) {
      start = t.e;
      break;
    }
  }
  return start;
}

/** ordinal words a victim or incident is counted by ("the second victim") */
export const ORDINALS: Record<string, number> = {
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  // "a 2nd victim", "a 4th person": local news writes ordinals in figures too
  "2nd": 2,
  "3rd": 3,
  "4th": 4,
  "5th": 5,
  "6th": 6,
  "7th": 7,
  "8th": 8,
  "9th": 9,
  "10th": 10,
};

/** "the fifth man", "a 2nd victim": a determiner, an ordinal and the word after it */
const ORDINAL_PHRASE = new RegExp(`^(?:a|the)\\s+(${Object.keys(ORDINALS).join("|")})(?:\\s+(\\S+)|$)`, "i");

/** plurals of people that do not end in -s */
const PEOPLE_PLURAL = /^(?:people|men|women|children)$/;

/** "children", "sons", "people": a plural noun of people (not the shooters) */
function pluralPersons(head: string): boolean {
  const L = lex();
  if (PEOPLE_PLURAL.test(head)) return true;
  return (
    /[^s'’]s$/.test(head) && L.persons.has(head.slice(0, -1)) && !/^(?:polices|gunmen|shooters|suspects)$/.test(head)
  );
}

function isNameWord(w: string): boolean {
  return (
    /^(?=.*[a-z])[A-Z][A-Za-z'’.-]+$|^[A-Z]\.$/.test(w) && !NAME_STOP.has(w.toLowerCase().replace(/[.,;:!?]+$/, ""))
  );
}

/** The count a single conjunct carries ("three men", "a 7-year-old boy", "Antonio Mason", "he"). */
function readConjunct(text: string, c: Conjunct): Phrase | null {
  const L = lex();
  const raw = text.slice(c.start, c.end);
  const s = raw.trim();
  if (!s) return null;
  const lead = c.start + raw.indexOf(s);
  // "his brother, Dana Jones": kin and the name restating it are one person, read by the kin
  const kinNamed =
    /^((?:his|her|their)\s{1,3}[a-z][\w\s-]{1,40}?),\s{1,3}[A-Z][\w'’.-]*(?:\s{1,3}[A-Z][\w'’.-]*){0,3}$/.exec(s);
  if (kinNamed && onesKin(kinNamed[1]!))
    return readConjunct(text, { ...c, start: lead, end: lead + kinNamed[1]!.length });
  // "13-year-old's toe grazed by bullet", "the boy's leg": the person whose body was hit
  const part =
    /^(.{1,60}?)['’]s\s{1,3}(?:(?:left|right|upper|lower)\s{1,3})?(?:toes?|foot|feet|legs?|arms?|hands?|head|face|chest|back|neck|shoulders?|stomach|thighs?|knees?|ankles?|hips?|abdomen|fingers?|eyes?|jaw|buttocks|wrists?|elbows?)$/i.exec(
      s,
    );
  if (part) {
    const who = readConjunct(text, { ...c, start: lead, end: lead + part[1]!.length });
    return who && { ...who, end: lead + s.length };
  }
  // "his wife, 31-year-old Lesly Paredes": one person of kin or role, then the name and age that restate them
  const appos =
    /^(.{2,60}?),\s{1,3}(\d{1,3})-year-old\s{1,3}([A-Z][\w'’.-]{0,30}(?:\s{1,3}[A-Z][\w'’.-]{0,30}){0,3}?)[.,;]?$/.exec(
      s,
    );
  if (appos && ONES_KIN.test(appos[1]!)) {
    const who = readConjunct(text, { ...c, start: lead, end: lead + appos[1]!.length });
    if (who?.singular)
      return {
        ...who,
        end: lead + s.length,
        age: who.age ?? Number(appos[2]),
        name: who.name ?? appos[3]!.replace(/[.,;]+$/, ""),
      };
  }
  // "19-year-old James Keyser", "Sheriff Joey Terrell": an age or a title before a name names that person
  const pre =
    /^\d{1,3}-(?:year|month|week)-old\s{1,3}(?=[A-Z][a-z])/.exec(s) ??
    L.titleBefore.exec(s) ??
    L.titleAfterOffice.exec(s);
  if (pre) {
    const who = readConjunct(text, { ...c, start: lead + pre[0].length, end: lead + s.length });
    if (who?.rule === "named") {
      const years = /^(\d{1,3})-year/.exec(pre[0]);
      return { ...who, start: lead, age: who.age ?? (years ? Number(years[1]) : null) };
    }
  }
  const lower = s.toLowerCase();
  const ws = words(s);
  const first = ws[0]!.toLowerCase().replace(/[^\w'-]/g, "");
  // "a three year old": an age may be spelled out
  const ageM = /\b(\d{1,3}|[a-z]{3,9})[- ](year|month|week)s?[- ]old\b/i.exec(s);
  const ageN = ageM ? cardinalValue(ageM[1]!) : null;
  // ages in years: a "22-month-old boy" is the "2-year-old" of the next sentence
  const age =
    ageM && ageN !== null ? (/^y/i.test(ageM[2]!) ? ageN : Math.round(ageN / (/^m/i.test(ageM[2]!) ? 12 : 52))) : null;
  const base = {
    start: lead,
    end: lead + s.length,
    name: null as string | null,
    age,
    negated: false,
    definite: false,
  };
  // One person: the commonest reading of a victim phrase ("he", "another", "a 7-year-old boy", a name).
  const onePerson = (rule: string, victims: string | null, more: Partial<Phrase> = {}): Phrase => ({
    ...base,
    low: 1,
    best: 1,
    high: 1,
    rule,
    victims,
    singular: true,
    additive: false,
    ...more,
  });
  // "Father of 5", "a mother of three": one parent, whatever the count of children
  if (L.parentOf.test(s)) return onePerson(/^(?:the|his|her|their)\s/i.test(s) ? "definite" : "singular", s);
  const headWord = (from: string): string => {
    const w = words(
      from.replace(
        /\b(?:in|at|on|from|of|with|inside|outside|near|who|that|as|identified|named|called|believed|described|listed)\b.*$/i,
        "",
      ),
    );
    return (w[w.length - 1] ?? "").toLowerCase().replace(/[^\w'-]/g, "");
  };
  const strip = (x: string): string | null => {
    const v = x.replace(/^(?:the|his|her|their|its|all|both|another|other|an additional|the other)\s+/i, "").trim();
    return v || null;
  };
  // "Not one child was harmed", "not a single person was hurt": "not" before the count denies it
  const deniedCount =
    /^not\s{1,3}(?:one|a\s{1,3}single|a|any)\b/.test(lower) ||
    (/^(?:one|a\s{1,3}single|a|any)\b/.test(lower) && /\bnot\s{1,3}$/i.test(text.slice(Math.max(0, lead - 8), lead)));
  if (
    deniedCount ||
    /^(?:no one|nobody|none|no other|neither)\b/.test(lower) ||
    (/^no\s/.test(lower) && L.persons.has(headWord(s)))
  ) {
    return {
      ...base,
      low: 0,
      best: 0,
      high: 0,
      rule: "none",
      victims: s,
      singular: false,
      additive: false,
      negated: true,
    };
  }
  // "one of three people hit by gunfire": the group is the subject of the reduced clause
  const oneOf = /^(?:one|two|three)\s+of\s+(?:the\s+|those\s+)?(?=\w)/i.exec(s);
  if (oneOf && c.groupOk) {
    const inner = readConjunct(text, {
      start: lead + oneOf[0].length,
      end: c.end,
    });
    if (inner && inner.best !== null && inner.best > 1) return inner;
  }
  // "a family of four": the count after "of" is the family
  const family = /^(?:a|an|the|this|that)\s{1,3}(?:[a-z]{2,20}\s{1,3})?family\s{1,3}of\s{1,3}(?=\w)/i.exec(s);
  if (family) {
    const k = findCounts(text, lead + family[0].length, lead + s.length)[0];
    if (
      k &&
      k.start === lead + family[0].length &&
      /^[.,;:!?]*$/.test(text.slice(k.end, lead + s.length)) &&
      (k.best ?? 0) > 1
    )
      return {
        ...base,
        low: k.low,
        best: k.best,
        high: k.high,
        rule: "family",
        victims: s,
        singular: false,
        additive: false,
        definite: /^(?:the|this|that)\s/i.test(s),
      };
  }
  const counts = findCounts(text, lead, lead + s.length);
  const detM =
    /^(?:(?:the|all|all of the|his|her|their|its|our|these|those|the other|another|other|an additional|some of the)\s+)?/i.exec(
      s,
    )!;
  const cnt =
    counts.find((k) => k.start === lead + detM[0].length) ?? (counts[0]?.start === lead ? counts[0] : undefined);
  if (cnt) {
    const after = text.slice(cnt.end, c.end).trim();
    const nextWord = (words(after)[0] ?? "").toLowerCase().replace(/[^\w.'-]/g, "");
    // ("two store clerks": a thing's noun before a person's modifies it; "8 yo girl" tells an age)
    const head = headWord(after);
    if ((L.notCounted.has(nextWord) && !thingBeforePerson(nextWord, head)) || L.notCounted.has(head)) return null;
    // "51 Boy killed": a list number before a singular noun
    if (
      (cnt.best ?? 0) > 1 &&
      /^[A-Z]/.test(after) &&
      L.persons.has(nextWord) &&
      !/s$|^(?:men|women|children|people|police)$/.test(nextWord)
    )
      return null;
    if (/^(?:a\.m|p\.m)/i.test(after)) return null;
    // "five reports of people shot": the count is of the noun before "of", and that names no person
    const ofHead = /^([a-z]{3,20})\s{1,3}of\b/i.exec(after);
    if (ofHead && !L.persons.has(ofHead[1]!.toLowerCase()) && !L.pairs.has(ofHead[1]!.toLowerCase())) return null;
    const det = detM[0].toLowerCase();
    // "another two", "five other people", "three others", "two more"
    const additive =
      cnt.additive || /another|other|additional/.test(det) || /^(?:other|others|more|additional)\b/i.test(after);
    const definite = /^(?:the|his|her|their|these|those)\s/.test(det) && !/other/.test(det);
    const rest = after.replace(/^of\s+(?:the\s+|those\s+)?/i, "");
    // "seven officers returned fire": a count, its noun, then a verb is a clause, not a phrase
    const rw = words(rest.replace(/[,.;:]+/g, " "));
    let pi = -1;
    // "three of his adult cousins": a plural of a person noun ("cousins") closes the phrase too
    for (let j = 0; j < Math.min(rw.length, 5); j++)
      if (L.persons.has(rw[j]!.toLowerCase()) || pluralPersons(rw[j]!.toLowerCase())) pi = j;
    if (pi < 0 && rw.findIndex((w) => L.persons.has(w.toLowerCase())) > 4) return null;
    // "a dispute over a pair of shoes", "a couple of hours": a count word made of a noun and "of"
    // counts the noun after it, and that names no person
    if (
      pi < 0 &&
      rw.length > 0 &&
      !gram().ofPeople.test(rw[0]!) &&
      /\bof$/i.test(text.slice(cnt.start, cnt.end).trim())
    )
      return null;
    const tail = pi >= 0 ? rw.slice(pi + 1) : rw.slice(2);
    if (
      tail.length &&
      !/^(?:in|at|on|of|from|with|near|inside|outside|including|involved|aged?|ages|between|who|under|over|across|along|during|to|and|monday|tuesday|wednesday|thursday|friday|saturday|sunday|overnight|yesterday|today|tonight|early|late|last)$/i.test(
        tail[0]!,
      )
    )
      return null;
    return {
      ...base,
      low: cnt.low,
      best: cnt.best,
      high: cnt.high,
      rule: cnt.rule,
      victims: tidy(strip(rest)),
      singular: cnt.best === 1 && cnt.low === 1,
      additive,
      definite,
    };
  }
  if (PRONOUN_ONE.test(first) && ws.length === 1) {
    // "killing himself": the doer is a victim too, never the person shot before
    // "then fatally shoots self": a headline's reflexive
    const rule = /^(?:himself|herself|self)$/i.test(first) ? "reflexive" : "pronoun";
    return onePerson(rule, null, { definite: true });
  }
  if (PRONOUN_MANY.test(first) && ws.length === 1) return null;
  if (first === "both" && (ws.length === 1 || L.persons.has(headWord(s)))) {
    return {
      ...base,
      low: 2,
      best: 2,
      high: 2,
      rule: "both",
      victims: strip(s.slice(4)),
      singular: false,
      additive: false,
      definite: true,
    };
  }
  const head = headWord(s);
  if (L.notCounted.has(head)) return null;
  // "the couple", "the elderly pair", "the twins", "an elderly couple": one noun, two people
  const pair = (definite: boolean): Phrase => ({
    ...base,
    low: 2,
    best: 2,
    high: 2,
    rule: "pair",
    victims: strip(s),
    singular: false,
    additive: false,
    definite,
  });
  // "over a pair of shoes": a pair of things, not of people
  const last = (ws[ws.length - 1] ?? "").toLowerCase().replace(/[^a-z-]/g, "");
  const pairOfThings = /\bof\s/i.test(s) && !L.persons.has(last) && !gram().ofPeople.test(last);
  // ("an elderly couple", "a Dallas couple": a word between the article and the noun, which "a couple"
  // and "a pair" alone, counts of their own, lack)
  if (L.pairs.has(head) && counts.length === 0 && ws.length <= 4 && !/^an?\s+\S+$/i.test(s) && !pairOfThings) {
    return pair(/^(?:the|this|that|both)\s/i.test(s));
  }
  // "Twin 17-year-old brothers were killed", "the twin sisters": a pair adjective makes the plural two
  const pairAdj = ws.findIndex((w) => L.pairAdjectives.has(w.toLowerCase()));
  if (
    pairAdj >= 0 &&
    pairAdj <= 1 &&
    counts.length === 0 &&
    ws.length <= 5 &&
    /s$/.test(head) &&
    pluralPersons(head) &&
    (pairAdj === 0 || /^(?:the|his|her|their)$/i.test(ws[0]!))
  ) {
    return pair(pairAdj === 1);
  }
  // "the fifth man was pronounced dead": one person, the fifth of those counted
  // "Two people died and a third is in critical condition": the ordinal alone stands for the person
  const ord = ORDINAL_PHRASE.exec(s);
  if (ord && (ord[2] === undefined || L.persons.has(ord[2].toLowerCase().replace(/[^\w'-]/g, "")))) {
    const n = ORDINALS[ord[1]!.toLowerCase()]!;
    // one person, and at least n people counted: "the fifth man" of those hit, "a third person has
    // died" the third of that kind; the rule keeps n for the events stage
    return onePerson(/^a\s/i.test(s) ? `nth-${n}` : `ordinal-${n}`, strip(s));
  }
  if (first === "another") {
    return onePerson("another", strip(s), { additive: true });
  }
  if (/^(?:a|an|one)$/.test(first) && ws.length > 1) {
    // "an apartment near Stapley Drive" is no person: the head must be one, or carry an age
    if (!L.persons.has(head) && !age && (!/(?:er|or|ist|ian|ee|man|woman)$/.test(head) || L.notAgentNouns.has(head)))
      return null;
    return onePerson("singular", ws.slice(1).join(" "));
  }

  // "bailiffs Joseph Zangaro", "her mother Carol Mungin": a role before a name names one person
  const role = /^(?:(?:the|his|her|their)\s{1,3})?(?:[a-z][\w'-]{1,20}\s{1,3}){1,2}(?=[A-Z])/.exec(s);
  if (role) {
    const roleHead = words(role[0]).pop()!.toLowerCase();
    const named = readConjunct(text, { start: lead + role[0].length, end: lead + s.length });
    if (
      (L.persons.has(roleHead) || pluralPersons(roleHead) || /(?:er|or|ist|ian|ee|iff)s?$/.test(roleHead)) &&
      named?.rule === "named" &&
      !PEOPLE_PLURAL.test(roleHead)
    )
      return { ...named, start: lead, age: named.age ?? age };
  }
  if (DETS.test(s) && ws.length > 1) {
    const plural = /s$/.test(head) && !/(?:ss|us)$/.test(head) && !["boss"].includes(head);
    // "his wife and children" / "his children": a group of at least two
    if (
      (plural || PEOPLE_PLURAL.test(head)) &&
      ws.length === 2 &&
      /^(?:his|her|their)\s/i.test(s) &&
      pluralPersons(head)
    )
      return {
        ...base,
        low: 2,
        best: 2,
        high: null,
        rule: "plural",
        victims: strip(s),
        singular: false,
        additive: false,
        definite: true,
      };
    // "killed my whole family": a group of people in one noun, of no count the noun tells
    // ("the men who were shot": a group as well, not one man)
    if (plural || PEOPLE_PLURAL.test(head) || L.collectives.has(head)) return null;
    if (!L.persons.has(head) && !age && (!/(?:er|or|ist|ian|ee)$/.test(head) || L.notAgentNouns.has(head))) return null;
    const rule = /^the\s+other\b/i.test(s) ? "other" : "definite";
    return onePerson(rule, strip(s), { definite: true });
  }
  // "2-year-old killed": an age alone names one person
  if (ws.length === 1 && /^\d{1,3}-(?:year|month|week)-old$/i.test(ws[0]!)) {
    return onePerson("bare", s);
  }
  // "his wife and children", "men killed": a bare plural names a group of at least two
  if (c.inList && ws.length === 1 && counts.length === 0 && pluralPersons(head)) {
    return { ...base, low: 2, best: 2, high: null, rule: "plural", victims: s, singular: false, additive: false };
  }
  // "Bystanders were hit", "Innocent bystanders were hit": a plural person noun with no count opening a
  // sentence names a group of unknown size (coded as "multiple" is), never a name for its capital
  // (mid-sentence, "hits innocent victims", "the killing of officers" tell of no incident's victims)
  if (
    !c.inList &&
    /^[A-Z][a-z]/.test(ws[0]!) &&
    counts.length === 0 &&
    ws.length <= 3 &&
    pluralPersons(head) &&
    ws[ws.length - 1]!.toLowerCase().replace(/[^\w'’-]/g, "") === head &&
    ws.slice(1).every((w) => /^[a-z]/.test(w))
  ) {
    return { ...base, low: 2, best: 2, high: null, rule: "plural", victims: s, singular: false, additive: false };
  }
  // headline style without a determiner: "14-year-old girl shot to death", "young woman dead"
  if (
    ws.length <= 4 &&
    counts.length === 0 &&
    !/\./.test(s) &&
    L.persons.has(head) &&
    !/s$/.test(head) &&
    !/^(?:police|gunman|shooter|people|men|women|children)$/.test(head)
  ) {
    // "Third person dies after Friday bar shooting": a headline drops the "a" of "a third person has died"
    const ordinal = ws.length > 1 ? /^(?:([a-z]+)|(\d)(?:st|nd|rd|th))$/i.exec(ws[0]!) : null;
    const n = ordinal ? (ordinal[1] ? ORDINALS[ordinal[1].toLowerCase()] : Number(ordinal[2])) : undefined;
    if (n && n > 1) return onePerson(`nth-${n}`, strip(s));
    return onePerson("bare", s);
  }
  if (isNameWord(ws[0]!)) {
    // "Marcus Jones, Jr.": the comma before a suffix sets off no second part
    const ws = words(s.replace(/,(\s{1,3}(?:Jr|Sr|II|III|IV)\b)/g, "$1"));
    let n = 0;
    while (n < ws.length && (isNameWord(ws[n]!) || NAME_SUFFIX.test(ws[n]!.replace(/,$/, "")))) n++;
    // "Ann Lee I live in york pa and my son": a pronoun after the name opens a clause of its own
    if (n === ws.length || (n >= 2 && !ws.slice(n).some((w) => CLAUSE_PRONOUN.test(w)))) {
      const name = ws
        .slice(0, n)
        .join(" ")
        .replace(/[.,;:!?]+$/, "");
      // "Southern Ohio Medical Center": a place or an institution, not a person
      if (
        /\b(?:Center|Centre|Hospital|Medical|Health|County|Street|St|Avenue|Ave|Road|Rd|Department|Park|University|School|College|Church|Bar|Club|Mall|Apartments|Boulevard|Drive|Lane|City|Township|Police|Sheriff|Office|Force|Unit|News|Coroner)\b/.test(
          name,
        ) &&
        !surnameLikePlaceWord(name)
      )
        return null;
      return onePerson("named", name, { name });
    }
  }
  return null;
}

/** place words that are also surnames ("Marcus Lane", "Devon Park", "Tyrell Church") */
const SURNAME_PLACE_WORDS = /^(?:Lane|Park|Church|Street)$/;
/** what opens a street's or a park's name rather than a person's ("Main Street", "West Park", "First Church") */
const PLACE_NAME_OPENERS =
  /^(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|Main|Old|New|High|Central|Grand|Memorial|Baptist|Methodist|Lutheran|Catholic|Presbyterian|Episcopal|Community|Christian|First|Second|Third|St\.?|Saint|Mt\.?|Mount|Oak|Pine|Elm|Maple|Cedar|Park|Lake|River|Hill|Market|Church|Water|Spring|Mill|Bridge|Center|Union|Liberty|Broad|Front|Court)$/;

/**
 * "Marcus Lane": a place word closing a name of two or three words after a given name is the person's
 * surname (a street has a number or an opener like "Main" before it, and a place has more words)
 */
function surnameLikePlaceWord(name: string): boolean {
  const ws = name.split(/\s+/).filter((w) => !NAME_SUFFIX.test(w));
  // "Lane died at the scene": a place word alone, without "the" or a name before it, is a surname told again
  if (ws.length === 1) return SURNAME_PLACE_WORDS.test(ws[0]!);
  if (ws.length > 3) return false;
  if (!SURNAME_PLACE_WORDS.test(ws[ws.length - 1]!)) return false;
  return ws
    .slice(0, -1)
    .every(
      (w) =>
        !PLACE_NAME_OPENERS.test(w) &&
        !/^(?:Center|Centre|Hospital|Medical|Health|County|University|School|College|Police|Sheriff)$/.test(w),
    );
}

/** one person named by kin or role of someone: "his wife", "the boy's father", "her longtime boyfriend" */
const ONES_KIN = /^(?:his|her|their|[\w'’-]{1,30}['’]s)\s{1,3}(?:[a-z-]{1,20}\s{1,3}){0,2}[a-z-]{1,20}[^s\s]$/i;

/** one person of kin, not a group of them ("her children", "his two sons") */
function onesKin(s: string): boolean {
  const head = /([a-z-]+)$/i.exec(s)?.[1]?.toLowerCase() ?? "";
  return ONES_KIN.test(s) && !pluralPersons(head);
}

/** Splits a phrase into conjuncts at "and" or list commas that open a new person. */
function conjuncts(text: string, start: number, end: number): Conjunct[] {
  const seg = text.slice(start, end);
  const out: Conjunct[] = [];
  const re = /\s*,\s*(?:and\s+)?|\s+and\s+/g;
  let last = 0;
  for (let m = re.exec(seg); m; m = re.exec(seg)) {
    const right = seg.slice(m.index + m[0].length);
    // "between 1,500 and 3,000" and "ages 3 and 5" are one count, not two conjuncts
    if (/^\d/.test(right) && /\d\s*$/.test(seg.slice(0, m.index))) continue;
    const rightWord = (/^[\w'-]+/.exec(right)?.[0] ?? "").toLowerCase();
    // "killed his wife and himself": the doer closing the list is one more person
    if (
      !/^(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|another|his|her|their|the|himself|herself)\b|[A-Z]|\d)/.test(
        right,
      ) &&
      !lex().persons.has(rightWord)
    )
      continue;
    if (/^ages?\b|^aged\b/i.test(right)) continue;
    // "and his brother, Dana Jones": the name is the brother's
    // ("her two children, Amy, 8, and Tom, 6": a counted group's names are its members, each a conjunct)
    if (!/and/.test(m[0]) && /^[A-Z]/.test(right) && onesKin(seg.slice(last, m.index).trim())) continue;
    // "Marcus Jones, Jr.": the suffix is the name's own, no second person
    if (NAME_SUFFIX.test(/^[\w.]+/.exec(right)?.[0] ?? "")) continue;
    // "his friend, 63-year-old Daniel Caron": a name with its age after a comma restates the person;
    // so does it after one person's kin or role ("her brother, 27-year-old Omar Vance and ...")
    if (
      !/and/.test(m[0]) &&
      /^\d{1,3}-(?:year|month|week)-old\s{1,3}[A-Z][a-z]/.test(right) &&
      (!/[,]|\band\b/.test(right) || ONES_KIN.test(seg.slice(last, m.index)))
    )
      continue;
    out.push({ start: start + last, end: start + m.index });
    last = m.index + m[0].length;
  }
  out.push({ start: start + last, end });
  return out;
}

const AGE_IN_WORDS =
  /^\s*[a-z]{3,9}(?:-[a-z]{3,9})?\s{1,3}(?:years?|months?|weeks?)\s{1,3}(?:old|of\s{1,3}age)[.;:]?\s*$/i;

/**
 * "Jane Roe, 35, and her two children, Amy, 8, and Tom, 6": people named one by one right after a
 * kin group and set off from it by a comma are its members, not more people; as many as it counts
 * (the names past that are more people), or all of them where it gives no number
 */
function membersNamed(text: string, parts: Phrase[]): Phrase[] {
  const out: Phrase[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    out.push(p);
    const group = /^(?:his|her|their)\s/i.test(text.slice(p.start, p.end)) && !p.singular;
    // "her two children and Tom Roe": a name joined by "and" is one more person
    if (!group || i + 1 >= parts.length || !/^\s*,\s*$/.test(text.slice(p.end, parts[i + 1]!.start))) continue;
    let names = 0;
    while (i + 1 + names < parts.length && parts[i + 1 + names]!.singular && parts[i + 1 + names]!.name) names++;
    const n = p.best;
    if (n !== null && p.low === p.high) i += Math.min(names, n);
    else if (names >= 2) {
      // "her children, Amy and Tom": the names count the group that gave no number
      out.pop();
      for (let k = 1; k <= names; k++) out.push(parts[i + k]!);
      i += names;
    }
  }
  return out;
}

/** Reads a whole phrase: the counts of its conjuncts add up. */
/** People counted by a number the words state outright ("two of whom", "her 6- and 9-year-old nephews"). */
export function exactCount(start: number, end: number, n: number, victims: string | null, definite: boolean): Phrase {
  return {
    start,
    end,
    low: n,
    best: n,
    high: n,
    rule: "exact",
    victims,
    singular: n === 1,
    additive: false,
    negated: false,
    definite,
    name: null,
    age: null,
  };
}

/**
 * "her 6- and 9-year-old nephews", "the 3-, 5- and 7-year-old girls": suspended hyphens before one shared age
 * word; the hyphens may be left out ("her 6 and 9 year old nephews"), and the noun too ("a 14, 16 and 19 year
 * old"), where the age word is the noun of each
 */
const SHARED_AGES =
  /^(?:(?:an?|the|his|her|their)\s{1,3})?((?:\d{1,2}-?\s{0,3},?\s{0,3})+(?:and|or)\s{1,3})\d{1,2}-year-old(?:\s{1,3}([a-z]{3,20}))?[.,;]?\s*$/i;

export function readPhrase(
  text: string,
  start: number,
  end: number,
  extraAge: number | null = null,
  groupOk = false,
): Phrase | null {
  // "her 6- and 9-year-old nephews": ages that share one hyphenated word count one person each
  const shared = SHARED_AGES.exec(text.slice(start, end));
  if (shared && (!shared[2] || lex().persons.has(shared[2].toLowerCase()))) {
    const n = shared[1]!.split(/,|\band\b|\bor\b/).filter((x) => /\d/.test(x)).length + 1;
    const noun = shared[2] ?? "year-olds";
    return exactCount(start, end, n, noun, /^(?:the|his|her|their)\s/i.test(text.slice(start, end)));
  }
  // "Both the suspect and the minor child": "both" announces the conjunction, it adds nobody
  const both = /^both\s+(?=\S.*\sand\s)/i.exec(text.slice(start, end));
  if (both) start += both[0].length;
  // "Diana Gomez, 27, and her two children": a bare number after a person is an age, not a conjunct
  // "Armani Mungin, eight years old": an age in words, said to be one
  const cs = conjuncts(text, start, end).filter(
    (c, i) =>
      i === 0 || !(AGE_CONJUNCT.test(text.slice(c.start, c.end)) || AGE_IN_WORDS.test(text.slice(c.start, c.end))),
  );
  // only the last conjunct may be a bare plural ("his wife and children"): a first one heads an
  // apposition ("The wounded, a woman, 52, and three men")
  const read = cs.map((c, i) => readConjunct(text, { ...c, groupOk, inList: cs.length > 1 && i === cs.length - 1 }));
  // every conjunct must name people, or the phrase began too early ("They found a man and a boy")
  if (read.length === 0 || read.some((p) => p === null)) return null;
  const parts = membersNamed(text, read as Phrase[]);
  if (parts.length === 1) {
    const p = parts[0]!;
    return { ...p, age: p.age ?? extraAge };
  }
  const sum = (f: (p: Phrase) => number | null): number | null => {
    let t = 0;
    for (const p of parts) {
      const v = f(p);
      if (v === null) return null;
      t += v;
    }
    return t;
  };
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  return {
    start: first.start,
    end: last.end,
    low: sum((p) => p.low),
    best: sum((p) => p.best ?? p.low),
    high: sum((p) => p.high),
    rule: "conjunction",
    victims: text.slice(first.start, last.end),
    singular: false,
    additive: parts.some((p) => p.additive),
    negated: false,
    definite: false,
    name: null,
    age: null,
  };
}

/** what no noun phrase's own modifiers hold: a clause edge, a preposition, a conjunction, a pronoun */
const WIDENS_NOT =
  /[,;:()"“”—–]|\b(?:in|at|on|of|to|for|from|with|by|near|into|after|before|about|and|or|but|who|that|which|when|while|as|than|he|she|they|it|we|i|you)\b/i;

const RELATIVE_ASIDE_IN_LIST =
  /,\s{1,3}(?:who|whose)\s[^,;:()"“”—–]{1,80},(?=\s{1,3}and\s{1,3}(?:(?:a|an|the|his|her|their|one|two|three|four|five|six|\d{1,2})\s|[A-Z]))/i;

/**
 * "The woman and a 5-year-old girl who was grazed were treated": a short restrictive relative clause that
 * closes the last member of an "and" list, right before the main verb
 */
const RELATIVE_CLOSING_LIST =
  /(?<=\band\s{1,3}(?:a|an|the|his|her|their|one|two|three|four|five|\d{1,2})\s[^,;:()"“”—–]{1,40}?)\s(?:who|that)\s{1,3}(?:was|were)\s{1,3}(?:also\s{1,3})?[a-z]{3,20}(?:\s{1,3}(?:in|on)\s{1,3}(?:the|his|her|their)\s{1,3}[a-z]{2,15})?\s*$/i;

/** The subject phrase ending just before `end` (an auxiliary or the predicate), not reaching below `floor`. */
export function subjectBefore(
  text: string,
  floor: number,
  end: number,
  reduced = false,
  nearest = false,
  headline = false,
): Phrase | null {
  // "A woman, who was visiting from Ohio, and three men were treated": a relative clause set off by
  // commas between the members of a coordinated subject is no clause edge; the subject is read without
  // it (blanked, so the offsets stay)
  const aside =
    RELATIVE_ASIDE_IN_LIST.exec(text.slice(floor, end)) ?? RELATIVE_CLOSING_LIST.exec(text.slice(floor, end));
  if (aside) {
    const a = floor + aside.index;
    const b = a + aside[0].length;
    const p = subjectBefore(
      text.slice(0, a) + " ".repeat(b - a) + text.slice(b),
      floor,
      end,
      reduced,
      nearest,
      headline,
    );
    return p?.victims ? { ...p, victims: p.victims.replace(/\s{2,}/g, " ") } : p;
  }
  const { end: e, age } = stripAppositions(text, floor, end);
  const s = clauseStart(text, floor, e);
  let from = s;
  while (from < e && /[\s,]/.test(text[from]!)) from++;
  // skip a leading conjunction or adverb: "and another two", "also a woman"
  // "Brian Sadowsky, 44 -- and injured 14 others": a phrase ending in a conjunction is no subject
  if (/\b(?:and|or)\s*$/i.test(text.slice(from, e))) return null;
  const lead = /^(?:(?:and|or|but|then|also|later|now|all|initially|meanwhile)\s+)+/i.exec(text.slice(from, e));
  if (lead) from += lead[0].length;
  // the phrase begins at its first word that can open a noun phrase
  const seg = text.slice(from, e);
  const opener = OPENER();
  WORD_START.lastIndex = 0;
  // "around 2 a.m. three men": the first opener that reads as people wins; the antecedent of a
  // relative pronoun is the nearest one ("a call in reference to a teenager who has been shot")
  // the caps count the clause's words, openers or not: a phrase far into a clause ("the names of two
  // students killed", "on Hwy 150 with a gunshot wound") is seldom its subject
  const starts: number[] = [];
  let words = 0;
  const firstSix: number[] = [];
  for (let m = WORD_START.exec(seg); m && words < 12; m = WORD_START.exec(seg)) {
    const at = from + m.index + m[0].length;
    opener.lastIndex = m.index;
    // a headline drops its articles: any word may open its phrase ("after teenage girl accidentally shot")
    const opens = headline || opener.exec(seg)?.index === m.index;
    // "shot in Miami": a name after a preposition is a place, not the subject; "Mead Valley": nor is
    // the second word of a name
    const name = /^[A-Z][a-z]/.test(text.slice(at, at + 2));
    if (
      !name ||
      (!/\b(?:in|at|on|near|from|of|to|into|outside|inside|for|by|with|across|along|off)\s{1,3}$/i.test(
        text.slice(Math.max(from, at - 12), at),
      ) &&
        !(at > from && /(?:^|\s)[A-Z][a-z][\w'’.-]*\s{1,3}$/.test(text.slice(Math.max(from, at - 30), at))))
    )
      // "Father of 5 killed": the count of children is no subject
      // "and another deputy": a conjunction opens the second half of a phrase, never a phrase
      if (
        !lex().parentOfBefore.test(text.slice(Math.max(from, at - 30), at)) &&
        !/^(?:and|or)\s/i.test(text.slice(at, at + 4))
      ) {
        if (opens) {
          starts.push(at);
          if (words < 6) firstSix.push(at);
        }
        words++;
      }
    if (m[0].length === 0) WORD_START.lastIndex++;
  }
  WORD_START.lastIndex = 0;
  if (nearest) {
    // the nearest phrase that reads as people, widened over the determiner and modifiers before it
    // ("Her teenage cousin who was hurt as well"), never over a preposition or a clause edge
    let found: Phrase | null = null;
    let foundAt = -1;
    for (const p0 of starts.reverse().slice(0, 6)) {
      if (found && WIDENS_NOT.test(text.slice(p0, foundAt))) break;
      if (found && !gram().phraseOpener.test(text.slice(p0, foundAt))) continue;
      const p = readPhrase(text, p0, e, age, reduced);
      if (p) [found, foundAt] = [p, p0];
    }
    return found ?? appositionCounted(text, floor, end, reduced);
  }
  // "Deputies were sent to the street on reports of a woman shot": the people a report tells of, however
  // many words open the clause before them
  if (reduced && words > 6) {
    let told: RegExpExecArray | null = null;
    for (const m of seg.matchAll(gram().reportOf)) told = m;
    if (told && told.index + told[0].length < seg.length) {
      const p = readPhrase(text, from + told.index + told[0].length, e, age, reduced);
      if (p) return p;
    }
  }
  for (const p0 of firstSix) {
    const p = readPhrase(text, p0, e, age, reduced);
    if (p) return p;
  }
  // "we live out near millbrook and my cousin was taken from us way too soon": in a long run-on sentence
  // the subject is the definite phrase right after the last "and" that joins two clauses
  const joined = JOINED_SUBJECT.exec(text.slice(Math.max(from, e - 60), e));
  if (joined && words > 6) {
    const p = readPhrase(text, e - joined[1]!.length, e, age, reduced);
    if (p?.definite) return p;
  }
  return appositionCounted(text, floor, end, reduced);
}

/**
 * Where a subject phrase can start: a word that opens a noun phrase (in either case at a sentence's
 * start), a capital (a name; case-sensitive, so "shot" is no opener) or a digit
 */
/** where a word starts */
// ("at 1 a.m.another man": after a dotted abbreviation whose space was lost, a lowercase word starts too)
const GLUED = String.raw`(?<=(?:^|\s)(?:[A-Za-z]\.){2,})(?=[a-z]{2})`;
const WORD_START = new RegExp(String.raw`(?:^|\s|${GLUED})(?=[A-Za-z\d])`, "g");
let opener: RegExp | null = null;
const OPENER = (): RegExp =>
  (opener ??= new RegExp(
    `(?:^|\\s|${GLUED})(?=(?:${gram()
      .phraseStarters.map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`)
      .join("|")})\\b|[A-Z]|\\d)`,
    "g",
  ));

const JOINED_SUBJECT =
  /\sand\s{1,3}((?:the|his|her|their|my|our)\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,2}[\w'’-]{1,20}\s{0,3})$/i;

/**
 * "The victims, a 20-year-old man and a 19-year-old woman, were wounded": an uncounted group whose
 * apposition between commas names and counts its people.
 */
function appositionCounted(text: string, floor: number, end: number, reduced: boolean): Phrase | null {
  const seg = text.slice(Math.max(floor, end - 140), end);
  const m = GROUP_APPOSITION.exec(seg);
  if (!m) return null;
  // the mark that opens the apposition closes it
  const mark = m[1] ?? m[2] ?? m[3];
  const from = end - seg.length + m.index + m[0].length;
  let to = end;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  // "The victims - a man and two women - were": dashes set the apposition off as commas do
  const close = /(?:,|\s[-—–]|[—–])$/.exec(text.slice(Math.max(from, to - 2), to));
  if (!close || close[0].trim() !== mark) return null;
  to -= close[0].length;
  let s = from;
  while (s < to && /\s/.test(text[s]!)) s++;
  const p = readPhrase(text, s, to, null, reduced);
  return p && p.best !== null && p.best >= 2 ? p : null;
}
const GROUP_APPOSITION =
  /\b(?:the|both|all)\s{1,3}(?:[\w-]{1,20}\s{1,3})?victims(?:\s{0,3}(,)|\s{1,3}(-)(?=\s)|\s{0,3}([—–]))(?=[^;:]{3,110}$)/i;

const OBJECT_HEDGE =
  /^(?:at\s{1,3}least|at\s{1,3}most|about|around|nearly|almost|approximately|roughly|more\s{1,3}than|as\s{1,3}many\s{1,3}as|up\s{1,3}to)\s{1,3}(?=\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s{1,3}dozen|dozens|several)\b)/i;

/** The object phrase right after an active verb ("killing 13 IRGC members and injuring ..."). */
const RESIDENCE = new RegExp(String.raw`^,\s{1,3}${HOME}(?=\s*[,.;]|$|\s{1,3}and\s{1,3}[A-Z])`);

/** "several times", "three times": a count of shots after the object, not of people */
const TIMES_AFTER =
  /^(?:multiple|several|many|numerous|two|three|four|five|six|seven|eight|nine|ten|a\s{1,3}few|\d{1,2})\s{1,3}times\b/i;

const PARTICIPLE = /^(?:[a-z]{2,20}ed|found|shot|hit|struck|slain|seen|held|taken|left)$/;
/** ", Ann Roe," : a full name of two to four capitalised words between commas */
const APPOSED_NAME = /^,\s{1,3}([A-Z][\w'’.-]+)(\s{1,3}[A-Z][\w'’.-]+){0,3}(?=,)/;
/** a given name and a surname, a middle name or initial between them maybe: "Ada Vos", "Eli J. Park" */
const FULL_NAME = String.raw`[A-Z][a-z][\w'’-]*(?:\s{1,3}[A-Z][\w'’.-]*){1,2}`;
/** ", Ada Vos and Eli Park", ", Ada Vos, Eli Park, and Ivo Lee": full names a closing "and" ends */
const NAME_SERIES = new RegExp(
  String.raw`^,\s{1,3}${FULL_NAME}(?:\s{0,3},\s{1,3}${FULL_NAME}){0,4}\s{0,3},?\s{1,3}and\s{1,3}${FULL_NAME}\b`,
);
const SERIAL_LAST_NAME = new RegExp(String.raw`^,\s{1,3}and\s{1,3}${FULL_NAME}\b`);
const FULL_NAME_END = new RegExp(String.raw`(?:^|\s)${FULL_NAME}$`);
/** the words after the last list comma or "and" */
const lastConjunct = (before: string): string =>
  before
    .split(/,|\band\b/)
    .pop()!
    .trim();
const REDUCED_ADJUNCT = /^\s{1,3}(?:in|at|on|inside|outside|near|by|behind|under|along|early|late|last|dead)(?=\s)/i;

/** Words of the uncounted that measure (an age, a time, a unit) rather than name a thing: "8 yo girl" */
const MEASURE =
  /^(?:y(?:ea)?rs?|yo|y\/o|[\w-]*-olds?|months?|weeks?|days?|hours?|minutes?|seconds?|times?|a\.?m\.?|p\.?m\.?|o'clock|miles?|feet|foot|yards|blocks?|inches|pounds|degrees|percent|cents|dollars|mm|cal|caliber)$/i;

/** "store clerk", "car passenger": a thing's noun before a person's noun modifies it; a measure ("8 yo girl") does not */
function thingBeforePerson(thing: string, next: string): boolean {
  return !MEASURE.test(thing) && lex().persons.has(norm(next));
}

export function objectAfter(text: string, start: number, ceiling: number, thingsFirst = true): Phrase | null {
  const L = lex();
  let s = start;
  while (s < ceiling && /\s/.test(text[s]!)) s++;
  const re = /[\w'’.-]+|[^\w\s]/g;
  const seg = text.slice(s, Math.min(ceiling, s + 160));
  let end = s;
  let n = 0;
  let lastWord = "";
  // word count at the last ", 61" apposition: the comma closing it may continue a list of people
  let ageAt = -9;
  let listComma = 0;
  // where a serial list of determiner phrases began: the object up to there, if the list reads as no people
  let serialAt = 0;
  // where the first name set off by commas began: the object up to there, if the whole reads as no people
  let apposedAt = 0;
  // "killed at least 12 soldiers", "injured about 20 people": a count's own hedge opens the object
  const hedge = OBJECT_HEDGE.exec(seg);
  const hedgeEnd = hedge ? hedge[0].length : 0;
  for (let m = re.exec(seg); m; m = re.exec(seg)) {
    const w = m[0].toLowerCase();
    const prevEnd = end;
    if (m.index < hedgeEnd) {
      end = s + m.index + m[0].length;
      continue;
    }
    if (w === "," && /^,\s{1,3}\d{1,3}\b/.test(seg.slice(m.index))) {
      ageAt = n;
      continue;
    }
    // "Cole Hart, Jr., 19": a suffix set off by commas is the name's own
    if (w === "," && /^,\s{1,3}(?:Jr|Sr|II|III|IV)\b/.test(seg.slice(m.index))) continue;
    // "Nora Dill, 54, of Ashford, and ...": the town after the age is part of that apposition; so is a
    // street of residence ("of the 1200 block of Elm Street and ...")
    const town = RESIDENCE.exec(seg.slice(m.index));
    if (w === "," && n - ageAt <= 2 && town) {
      // the town's words are no words of the object's own (the cap counts those)
      ageAt = n;
      end = s + m.index + town[0].length;
      re.lastIndex = m.index + town[0].length;
      continue;
    }
    // "Joseph Zangaro, 61, and Ronald Kienzle, 63": after an age, a comma opening another person
    // ("Tillie Turner, 65, a security guard" is an apposition, not a second person)
    if (
      w === "," &&
      n - ageAt <= 3 &&
      /^,\s{1,3}(?:(?:and\s{1,3})?(?:[A-Z][a-z]|(?:his|her|their)\s)|and\s{1,3}(?:a|an)\s)/.test(seg.slice(m.index))
    ) {
      listComma = end;
      continue;
    }
    // "killed his wife, Ann Roe, 44, and their son": a name set off by commas after one person's kin or
    // role is that person's, and the comma closing it may go on with the list ("a woman, Ann Roe, and
    // her son" may be a list of three)
    const named = w === "," && n > 0 ? APPOSED_NAME.exec(seg.slice(m.index)) : null;
    // ("killed his wife, Ann, and his son": a first name alone, if it is a name at all, is hers too)
    const aName = !!named && (!!named[2] || (!NOT_NAME.test(named[1]!) && !NAME_STOP.has(named[1]!.toLowerCase())));
    if (named && aName && onesKin(lastConjunct(seg.slice(0, m.index)))) {
      apposedAt ||= end;
      ageAt = n;
      end = s + m.index + named[0].length;
      re.lastIndex = m.index + named[0].length;
      continue;
    }
    // "killed Kai Lund, Ada Vos and Eli Park": after a full name, a comma before more of them that a
    // closing "and" ends goes on with a list of people
    // (the serial comma before that "and" too)
    if (
      w === "," &&
      n > 0 &&
      FULL_NAME_END.test(seg.slice(0, m.index)) &&
      (NAME_SERIES.test(seg.slice(m.index)) || (listComma > 0 && SERIAL_LAST_NAME.test(seg.slice(m.index))))
    ) {
      listComma = end;
      continue;
    }
    // "killed his wife, daughter and himself": a bare noun of a person after the comma shares the
    // determiner before it, where a closing "and" goes on with one more person
    const barePerson = w === "," && n > 0 ? gram().barePersonNext.exec(seg.slice(m.index)) : null;
    if (barePerson && L.persons.has(barePerson[1]!.toLowerCase())) {
      serialAt ||= end;
      continue;
    }
    // "killed his wife, his son and a neighbor": a comma before a determiner's short phrase that a
    // closing "and" or another such comma follows goes on with a list of people
    if (w === "," && gram().serialNext.test(seg.slice(m.index))) {
      serialAt ||= end;
      continue;
    }
    // "John McLean, 53, Sgt. Manny Hernandez said": the name after the comma is the source
    if (listComma > 0 && /^(?:said|says|told|added|stated)\.?$/.test(w)) {
      end = listComma;
      break;
    }
    // a spaced hyphen is a dash: "four people - including a 6-year-old boy"
    if (/^(?:[,;:.!?()"“”—–]|-{1,})$/.test(w)) break;
    if (
      /^(?:in|on|at|near|outside|inside|during|after|before|while|when|as|from|for|by|since|because|with|who|that|which|before|early|late|last|this|around|about|despite|without|following|until|amid)$/.test(
        w,
      )
    )
      break;
    // "shot a man Sunday", "wounded a woman yesterday": a bare day after the object is the time of the deed
    const bare = w.replace(/\.$/, "");
    if (n > 0 && (gram().weekdays.includes(bare) || /^(?:yesterday|today|tonight|overnight)$/.test(bare))) break;
    // "shot his wife twice", "shot a man several times": how often the deed struck, after the object
    // ("shooting seven or eight times": a range of how often is no object at all)
    if (n > 0 && (/^(?:once|twice|repeatedly)$/.test(bare) || TIMES_AFTER.test(seg.slice(m.index)))) {
      if (/^\S+\s{1,3}(?:or|to)\s*$/i.test(seg.slice(0, m.index))) return null;
      break;
    }
    // "the two daughters he doted on": a relative clause without its pronoun closes the object
    if (n > 0 && /^(?:he|she|they|we|i)$/.test(w)) break;
    // "the bodies of two men were found": the object ends where its clause's verb begins
    if (n > 0 && /^(?:was|were|is|are|has|have|had|remain|remained)$/.test(w)) break;
    // "Killed in Sunday's shooting were ...": a noun's verb, not a verb's object, follows the word
    if (n === 0 && /^(?:was|were|is|are)$/.test(w)) return null;
    if (w === "and") {
      const next = /^\s*([\w'-]+)/.exec(seg.slice(m.index + 3));
      const nw = (next?.[1] ?? "").toLowerCase();
      // "killed two clerks and then himself": "then" opens another verb phrase, elided or not
      if (nw === "then") break;
      if (!nw || /(?:ing|ed)$/.test(nw) || L.predicateKind.has(nw) || L.activeKind.has(nw)) break;
      // "murdering a girl and the attempted murder of a man": a second charge, not a second victim
      if (/^\s*(?:(?:the|an?)\s+)?attempted\b/i.test(seg.slice(m.index + 3))) break;
    }
    // "the deaths of a man and a woman found in a home": a participle with its own adjunct after the
    // noun is a reduced relative clause, which closes the object ("two armed men" keeps its adjective)
    // (after a name, "and Torres escaped on foot", the word is the name's own verb)
    if (
      n > 0 &&
      PARTICIPLE.test(m[0]) &&
      !/[A-Z][\w'’.-]*\s{1,3}$/.test(seg.slice(0, m.index)) &&
      REDUCED_ADJUNCT.test(seg.slice(m.index + m[0].length))
    )
      break;
    // "shot a woman sitting on her front steps", "two men standing outside": a present participle right after
    // the person's noun opens a reduced relative clause, which closes the object
    // ("seven people including a girl": a preposition in -ing goes on with the object)
    if (
      n > 0 &&
      /^[a-z]{2,20}ing$/.test(w) &&
      !/^(?:including|excluding|involving|concerning|regarding|during|according)$/.test(w) &&
      L.persons.has(norm(lastWord))
    )
      break;
    // "shot his friend dead", "shot the clerk to death": the result closes the object (the word keeps
    // the sentence's closing period: "officers shot him dead.")
    if (bare === "dead" && n > 0) break;
    if (w === "to" && n > 0 && /^to\s{1,3}death\b/i.test(seg.slice(m.index))) break;
    // ("a store clerk", "the car passenger": the thing's noun modifies a person's noun after it)
    const modifies = /^\s{1,3}([a-z-]{2,20})\b/i.exec(seg.slice(m.index + m[0].length));
    if (L.notCounted.has(w) && n > 0 && !(modifies && thingBeforePerson(w, modifies[1]!))) {
      end = s + m.index + m[0].length;
      break;
    }
    end = s + m.index + m[0].length;
    lastWord = w;
    n++;
    if (n > 10) {
      end = prevEnd;
      break;
    }
  }
  // "He shot the clerk and was arrested": the verb closed the object, and "and" with it
  const dangling = /\s{1,3}(?:and|or)$/i.exec(text.slice(s, end));
  if (dangling) end -= dangling[0].length;
  if (end <= s) return null;
  const p = readPhrase(text, s, end);
  if (p) return p;
  if (apposedAt > s) return readPhrase(text, s, apposedAt);
  if (serialAt > s) return readPhrase(text, s, serialAt);
  // "He shot the clerk and was arrested", "and ran": a second verb of the doer after "and", not a
  // second person, where the words after "and" read as no people
  let and: RegExpExecArray | null = null;
  for (const m of text.slice(s, end).matchAll(/\sand\s{1,3}(?=\S)/g)) and = m;
  // ("his 12- and 10-year-old sons": a hyphen before "and" shares the words after it)
  if (and && !/-$/.test(text.slice(s, s + and.index)) && !readPhrase(text, s + and.index + and[0].length, end)) {
    const first = readPhrase(text, s, s + and.index);
    if (first) return first;
  }
  // "striking houses, cars, and four people", "hitting a car and two men": things struck before the
  // people struck; the people close the list
  if (!thingsFirst) return null;
  const things = gram().thingsThen.exec(text.slice(s, Math.min(ceiling, s + 120)));
  return things ? objectAfter(text, s + things[0].length, ceiling, false) : null;
}

export { norm };
