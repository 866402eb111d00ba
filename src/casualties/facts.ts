/**
 * Casualty facts of one sentence, from the three shapes reports use:
 *   passive or predicative  "four teens ... were shot", "1 dead, 3 hurt", "Antonio Mason, 35, died"
 *   active                  "killing 13 IRGC members and injuring 21 others", "shot and killed a man"
 *   nominal                 "over 400 casualties", "the death toll rose to 13", "a triple shooting"
 * Each fact keeps the phrase that names its victims and the rule that read its count.
 */
import type { Range } from "../document/schema.js";
import { lex, norm, type FactKind } from "./lexicon.js";
import { gram } from "./grammar.js";
import { cardinalValue, findCounts } from "./numbers.js";
import { ORDINALS, exactCount, objectAfter, readPhrase, subjectBefore, type Phrase } from "./phrase.js";

export interface Fact {
  start: number;
  end: number;
  kind: FactKind;
  low: number | null;
  best: number | null;
  high: number | null;
  rule: string;
  victims: string | null;
  perpetrator: string | null;
  negated: boolean;
  additive: boolean;
  singular: boolean;
  definite: boolean;
  name: string | null;
  age: number | null;
  /** "active" | "passive" | "nominal" | "toll" | "multiple" */
  form: string;
  sentence: number;
  /** a cumulative total, not one incident (set by the context reader) */
  aggregate?: boolean;
  /** where the predicate itself sits: used for context cues */
  cue: Range;
}

// "He's in stable condition", "she'd been shot": a contracted "is"/"are"/"had" after a pronoun is an auxiliary too
const AUX_CHAIN =
  /(?:\b(?:was|were|is|are|be|been|being|has|have|had|got|gets|get|getting|remain|remains|remained|will|would|could|might|may|must|should|reportedly|allegedly|also|later|all|both|each|since|then|eventually|subsequently|not|never|critically|seriously|badly|fatally|who|that|which|now|still|initially|apparently|found|left|believed to be|said to be|appeared to|appears to|seemed to|seems to|listed as|listed|\w{1,20}ly)\s{1,3}|n't\s{1,3}|(?<=\b(?:he|she|they|who|we))['’](?:s|re|d)\s{1,3}){1,8}$/i;
// "she'd be killed": a contracted "would" before a bare "be" is a modal ("she'd been shot" is "had")
const MODAL = /\b(?:will|would|could|might|may|must|should)\b|['’]d\s{1,3}be\b/i;
/** the object of a verb of sending, then "to" a hospital: group 1 runs to "to" */
const SENT_TO_HOSPITAL =
  /^(\s{1,3}(?:[^\s.;:]+\s{1,3}){1,8}?)to\s{1,3}(?:(?:the|a|an|area|local|nearby|different|separate|several|two|three)\s{1,3}){0,2}(?:hospitals?|trauma\s{1,3}cent(?:er|re)s?)\b/i;
/** "... to a hospital with minor injuries": the hurt who live (a gunshot wound tells a hit only) */
const WITH_INJURIES =
  /^\s{1,3}(?:for\s{1,3}treatment\s{1,3})?(?:with|for)\s{1,3}(?:(?!gun|bullet|fatal|mortal)[\w-]{1,25}\s{1,3}){0,2}?(?:injuries|wounds)\b/i;
/** "claim" as a verb of death, whose object is the lives taken */
const CLAIM = /^claim(?:s|ed|ing)?$/i;
const NEGATION = /\b(?:not|never)\b|n't\b/i;
/**
 * predicates that are verbs of their own: any subject may precede them without an auxiliary ("had" and
 * "has" open a wound's frame as "suffered" does: "The teen had non-life-threatening wounds")
 */
const INTRANSITIVE =
  /^(?:had\s|has\s|died|dies|die|perished|did not survive|didn't survive|did not make it|didn't make it|could not be saved|couldn't be saved|could not be revived|couldn't be revived|lost|survived|survives|suffer|sustained|received|remains|remained|underwent|passed away|passes away|pass away|succumbed|succumbs|succumb|went to|gone to|drove to|walked into|showed up|arrived at|sought treatment|(?:drove|drives|took|takes|got) (?:him|her|them)sel(?:f|ves) to|(?:took|takes) (?:his|her|their) own li(?:fe|ves)|committed suicide|commits suicide)/;
/**
 * "disarmed Deputy Ray Cole (during a fight) and (then) ": a verb, the capitalized name it took, an
 * adjunct of when or where, and the next verb's "and"
 */
const NAMED_THEN =
  /\b[a-z]{3,20}(?:ed|ing|s)\s{1,3}((?:[A-Z][\w.'’-]{0,20}\s{1,3}){1,4}?)(?:(?:during|in|after|at|outside|inside|near)\s{1,3}(?:an?|the|his|her|their)\s{1,3}(?:[a-z][\w'’-]{0,20}\s{1,3}){1,3}?)?(?:,\s{0,3})?and\s{1,3}(?:then\s{1,3})?$/;
/** "before being ", "and was later ", ", then was ": a passive whose subject is the doer of the clause before */
const DOER_PASSIVE =
  /^[^.;:"“”]{0,60}?(?:\b(?:before|after|until)\s{1,3}being|(?:\band|,)\s{1,3}(?:(?:then|later)\s{1,3})?(?:was|were)(?:\s{1,3}(?:later|then|eventually|subsequently|\w{1,20}ly))?)\s{1,3}$/i;
/** what may follow a gapped passive participle: the clause's end, or where, when or by whom */
const GAPPED_END =
  /^(?:\s{0,3}(?:[.,;:!?)]|$)|\s{1,3}(?:in|at|on|by|during|when|after|while|outside|inside|near|as|and|but|last|early|late|overnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)/i;
/** ", Amy, 8, and Tom Roe Jr., 6, ": names (with ages) set off by commas, nothing else */
const KIN_MEMBERS_GAP =
  /^(\s{0,3},\s{1,3}[A-Z][\w'’.-]{1,30}(?:(?:\s{1,3}|\s{0,3},\s{1,3}|\s{1,3}and\s{1,3}|,\s{1,3}and\s{1,3})(?:[A-Z][\w'’.-]{1,30}|\d{1,3})){0,12}),\s{0,3}$/;
/** a phrase ending in one's kin: "her children", "his son" */
const KIN_END = /\b(?:his|her|their)\s{1,3}(?:[a-z-]{1,20}\s{1,3}){0,2}[a-z-]{2,20}$/i;
const FOUND_GAP = /\b(?:was|were|is|are|been)\s{1,3}(?:found|located|discovered)\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){1,6}$/i;
const AMONG =
  /\b(?:(was|were|is|are)\s{1,3}among\s{1,3}(?:the|those)\s{1,3}(dead|killed|wounded|injured|hurt|shot)|among\s{1,3}the\s{1,3}(dead|killed|wounded|injured|hurt)\s{1,3}(?:was|were)|^\s*(?:also\s{1,3})?(killed|wounded|injured|hurt|shot|dead)(?:\s{1,3}(?:in|during|at)\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,3}?(?:shooting|shootings|attack|gunfire|incident|rampage|ambush|massacre))?\s{1,3}(?:was|were|is|are)|^\s*the\s{1,3}(dead|wounded|injured)\s{1,3}(?:include[sd]?|were|are)(?!\s{1,3}(?:identified|named|taken|rushed|transported|listed|expected|all|both|not|in|at)\b))\b/gi;
/** "or wounded", "or killed": the other fate, after a predicate's own */
const EITHER_FATE = /^\s{1,3}or\s{1,3}(?:\w{2,20}ly\s{1,3})?(killed|dead|wounded|injured|hurt)\b/i;
/** "to death", "dead", "and killed": what the shooting did, right after "people shot" */
const SHOT_RESULT = /^\s{1,3}(?:(?:apparently|fatally)\s{1,3})?(?:to\s{1,3}death|dead|and\s{1,3}killed)\b/i;
/**
 * "The dead were identified as ", "Those killed have been named as ", "The victims who died were identified
 * as ": a subject that is the dead, and the verb that names them
 */
const DEAD_IDENTIFIED =
  /\b(?:the|those)\s{1,3}(?:dead|deceased|slain|killed|(?:victims|people|men|women)\s{1,3}(?:killed|who\s{1,3}(?:died|were\s{1,3}killed)))\s{1,3}(?:(?:have|has|had)\s{1,3}been|were|are|was|is)\s{1,3}(?:identified|named)\s{1,3}as\s{1,3}/gi;
/**
 * "The wounded were Tyrell Hill, 19, and Jamal Cole, 25", "The injured have been identified as ": the hurt
 * told by a noun of their own (group 1), and the people they are after the verb
 */
const HURT_IDENTIFIED =
  /\b(?:the|those)\s{1,3}(wounded|injured|hurt|(?:victims|people|men|women)\s{1,3}(?:wounded|injured|hurt|who\s{1,3}(?:survived|were\s{1,3}(?:wounded|injured|hurt))))\s{1,3}(?:(?:(?:have|has|had)\s{1,3}been|were|are)\s{1,3}(?:identified|named)\s{1,3}as|were|are)\s{1,3}/gi;
/** ", whom Hollis ", ", whom police ": an object relative pronoun and the doer after it, up to three words */
const WHOM_DOER = /,?\s{1,3}whom\s{1,3}((?:[\w'’.-]{1,20}\s{1,3}){1,3})$/i;
const OF_WHOM = /(?:^|[\s,])(one|two|three|four|five|six)\s{1,3}of\s{1,3}whom\s{0,3}$/i;
/** "the armed robbery suspect who ...": a singular person with up to three words before it, then "who" */
let relativeEnd: RegExp | null = null;
/** a relative pronoun ending the text before a verb, with an aside between ("who police believe ") */
const RELATIVE_END = (): RegExp =>
  (relativeEnd ??= new RegExp(`\\b(?:who|that|which)\\s{1,3}${gram().relativeAside}$`, "i"));
let relativePassive: RegExp | null = null;
/** "who was shot", "who police say had been shot": a relative clause in the passive */
const RELATIVE_PASSIVE = (): RegExp =>
  (relativePassive ??= new RegExp(
    `\\s(?:who|that)\\s{1,3}${gram().relativeAside}(?:had\\s{1,3}|has\\s{1,3})?(?:been|was|were)\\s`,
    "i",
  ));
const RELATIVE_HEAD = /(?:^|\s)(the|a|an)\s{1,3}((?:[\w'’-]{1,20}\s{1,3}){0,3})([a-z]{2,20})(,?\s{1,3}who\s)/gi;
/** "a woman sitting in the back seat": a person with up to three words before it, then a participle in -ing (group 4) */
const PARTICIPLE_HEAD =
  /(?:^|\s)(the|a|an)\s{1,3}((?:[\w'’-]{1,20}\s{1,3}){0,3})([a-z]{2,20})\s{1,3}([a-z]{2,20}ing)\s/gi;
/**
 * The words a sentence opens with, after a source ("Police said"): a personal pronoun, or "the" / "a"
 * and up to four words, which hold the subject phrase up to its first person noun (group 1)
 */
const CLAUSE_SUBJECT =
  /^\s{0,3}(?:(?:[A-Z][\w.'’-]{0,20}\s{1,3}){1,3}(?:said|says)\s{1,3}(?:that\s{1,3})?)?((?:he|she)(?=\s)|(?:the|a|an)\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,3}[\w'’-]{1,20}(?=\s))/i;
/** what follows a participle that modifies the noun before it: a place, a time, an agent */
const REDUCED_AFTER =
  /^\s{1,3}(?:by|in|on|at|during|near|outside|inside|early|late|last|overnight|while|when|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;
/**
 * "the other victim was", "a third victim, ...", "The other victim of the late-night attack, ...",
 * "Another shooting victim, a 20-year-old man, ...":
 * another victim (group 1, its ordinal group 2) and a linking verb or an apposition's comma (group 3)
 */
const VICTIM_INTRO = new RegExp(
  `\\b(the\\s{1,3}other|another|(?:a|the)\\s{1,3}(${Object.keys(ORDINALS).join("|")}))\\s{1,3}(?:shooting\\s{1,3})?victim(?:\\s{1,3}of\\s{1,3}(?:the\\s{1,3})?(?:[\\w'’-]{1,20}\\s{1,3}){0,3}?[\\w'’-]{1,20})?(?:\\s{1,3}(?:was|is)\\s{1,3}(?:identified\\s{1,3}as\\s{1,3})?|\\s{0,3}(,)\\s{0,3})`,
  "gi",
);
// a determiner or object pronoun right after a verb opens its object
const ACTIVE_OBJECT =
  /^\s{1,3}(?:the|a|an|his|her|their|its|my|our|your|this|that|these|those|him|them|it|me|us)\b(?!\s{1,3}(?:day|night|morning|afternoon|evening|weekend|week|month|year)\b)/i;
/** "shot at the officers", "shot at two men before fleeing": aimed at people, where "at the park" is a place */
const AIMED_AT_NOUN =
  /^\s{1,3}(?:at|toward|towards)\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,3}?([a-z]{3,20})(?=\s{0,3}[,.;]|\s{1,3}(?:and|before|after|as|while|when|who|from|outside|near|in|on)\b|\s*$)/i;
function aimedAtPeople(after: string): boolean {
  const m = AIMED_AT_NOUN.exec(after);
  return !!m && lex().persons.has(m[1]!.toLowerCase());
}
const ADJ_DET = /\b(?:the|a|an|his|her|their|its)\s{1,3}$/i;
/**
 * "a gunman in a passing car shot at them", "someone shot into the crowd": a bare verb aimed at a
 * pronoun or into something tells what its subject did; "A man shot at a party died" is a reduced
 * passive, so only a pronoun may follow "at"
 */
const AIMED_AT =
  /^\s{1,3}(?:(?:at|toward|towards)\s{1,3}(?:him|her|them|us|me|it|each\s{1,3}other|one\s{1,3}another)\b|into\s)/i;

function fact(
  p: Phrase,
  kind: FactKind,
  form: string,
  sentence: number,
  cue: Range,
  extra: { negated?: boolean; perpetrator?: string | null },
): Fact {
  const start = Math.min(p.start, cue.start);
  const end = Math.max(p.end, cue.end);
  return {
    start,
    end,
    kind,
    low: p.low,
    best: p.best,
    high: p.high,
    rule: p.rule,
    victims: p.victims,
    perpetrator: extra.perpetrator ?? null,
    negated: p.negated || !!extra.negated,
    additive: p.additive,
    singular: p.singular,
    definite: p.definite,
    name: p.name,
    age: p.age,
    form,
    sentence,
    cue,
  };
}

/** A casualty predicate right after `at`, with only auxiliaries and adverbs between ("has since died"). */
function predicateRightAfter(text: string, at: number, end: number): boolean {
  const hit = lex().predicate.find(text, at, Math.min(end, at + 60))[0];
  return (
    !!hit &&
    /^\s{1,3}(?:(?:has|have|had|was|were|is|are|been|later|since|also|then|[a-z]{2,15}ly)\s{1,3}){0,3}$/i.test(
      text.slice(at, hit.start),
    )
  );
}

/** Victims named without a count ("claims lives", "murder victims"): one person, or a group of at least two. */
const HEADLINE_VICTIM_OF_KILLING =
  /\bvictim(s)?\s{1,3}(?:(?:identified|named|ID['’]?d)\s{1,3})?(?:in|of)\s{1,3}(?:(?:a|an|the)\s{1,3})?(?:[\w'’.-]{1,20}\s{1,3}){0,3}?(?:(?:fatal|deadly)\s{1,3}(?:[\w'’.-]{1,20}\s{1,3}){0,3}?(?:shooting|stabbing|attack|assault|beating)|homicide|murder|killing|slaying)s?\b/gi;

function uncounted(start: number, end: number, one: boolean, victims: string | null): Phrase {
  return {
    start,
    end,
    low: one ? 1 : 2,
    best: one ? 1 : 2,
    high: one ? 1 : null,
    rule: one ? "singular" : "plural",
    victims,
    singular: one,
    additive: false,
    negated: false,
    definite: false,
    name: null,
    age: null,
  };
}

/** One definite person told without a count: the doer turning the act on himself, a pronoun, a borrowed subject. */
function onePersonTold(start: number, end: number, rule: "reflexive" | "pronoun", additive: boolean): Phrase {
  return {
    start,
    end,
    low: 1,
    best: 1,
    high: 1,
    rule,
    victims: null,
    singular: true,
    additive,
    negated: false,
    definite: true,
    name: null,
    age: null,
  };
}

/** The doer turning the act on himself ("and then himself", "before taking his own life"): one more person. */
const doerHimself = (start: number, end: number): Phrase => onePersonTold(start, end, "reflexive", true);

/**
 * The subject a clause opens with, up to its first person noun ("The man fled" -> "The man"), one person;
 * with `named`, a name opening the clause too ("Dana underwent ...").
 */
function clauseSubject(text: string, sent: Range, subjEnd: number, named = false): Phrase | null {
  const L = lex();
  const lead = CLAUSE_SUBJECT.exec(text.slice(sent.start, subjEnd));
  const ws = lead ? [...lead[1]!.matchAll(/[\w'’-]+/g)] : [];
  const headAt = ws.findIndex((w, k) =>
    k === 0 ? /^(?:he|she)$/i.test(w[0]) : L.persons.has(w[0].toLowerCase()) || /^other$/i.test(w[0]),
  );
  let start: number;
  let phraseEnd: number;
  if (lead && headAt >= 0) {
    start = sent.start + lead[0].length - lead[1]!.length;
    phraseEnd = start + ws[headAt]!.index + ws[headAt]![0].length;
  } else if (named) {
    const name = CLAUSE_NAME.exec(text.slice(sent.start, subjEnd));
    if (!name) return null;
    start = sent.start + name[0].length - name[1]!.length;
    phraseEnd = start + name[1]!.length;
  } else return null;
  const rest = text.slice(phraseEnd, subjEnd);
  if (/[;:"“”]|\b(?:who|that|which|when|while|after|before|because|if|said|says|told)\b/i.test(rest)) return null;
  const p = readPhrase(text, start, phraseEnd);
  if (!p || !p.singular) return null;
  return named && !(lead && headAt >= 0) && p.rule !== "named" ? null : p;
}

/** a name opening a clause, after a source ("Holt said Marsh ...") */
const CLAUSE_NAME =
  /^\s{0,3}(?:(?:[A-Z][\w.'’-]{0,20}\s{1,3}){1,3}(?:said|says)\s{1,3}(?:that\s{1,3})?)?([A-Z][a-z'’-]{1,20}(?:\s{1,3}[A-Z][a-z'’-]{1,20}){0,2})(?=\s)/;

/** "pronounced him dead", "declared the boy deceased": the object between the verb and its result */
const DECLARED_DEAD =
  /\b(?:pronounced|pronounces|pronounce|declared|declares|declare)\s{1,3}((?:him|her|them|(?:the|a|an|both)\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,2}[\w'’-]{1,20}|[A-Z][\w'’-]{1,20}(?:\s{1,3}[A-Z][\w'’-]{1,20}){0,2}))\s{1,3}(dead|deceased)\b/g;

/**
 * "... and then himself", ", then herself": the doer as an elided verb's second object, maybe after the
 * first's where, when or how ("shot his son Sunday, then himself", "shot her in the head and then himself")
 */
const ELLIPTIC_SELF =
  /^(?:\s{1,3}[\w'’.-]{1,20}){0,6}?\s{0,3}(?:,\s{0,3})?(?:and\s{1,3})?then\s{1,3}(himself|herself|self)\b/i;
/** "Man kills wife, self": a headline lists the doer last after a comma alone */
const LISTED_SELF = /^\s{0,3},\s{0,3}(himself|herself|self)\b/i;
/**
 * "killed his wife, Mary, and then himself", "his two sons, Tom, 8, and Bob, 6, and then himself": the
 * names (and ages) set after the object in commas are the same people, not what stands between the
 * object and the doer's "then himself" ("killed Mary Doe, 45, and then himself": nor is an age alone)
 */
const NAMED_APPOSITIVE = new RegExp(
  String.raw`^\s{0,3},\s{0,3}(?:NAME(?:\s{0,3},?\s{0,3}(?:and\s{1,3})?NAME){0,5}|\d{1,3})(?=\s{0,3},)`.replace(
    /NAME/g,
    String.raw`[A-Z][\w'’-]{1,20}(?:\s{1,3}[A-Z][\w'’.-]{0,20}){0,2}(?:,\s{0,3}\d{1,3})?`,
  ),
);

/**
 * "The coroner identified the victim as Jon Hart": a coroner or medical examiner names the dead only;
 * the one named is one of them
 */
const CORONER_NAMED =
  /\b(?:coroner|medical\s{1,3}examiner)(?:['’]s\s{1,3}office)?\s{1,3}(?:(?:has|have|had|later|also)\s{1,3})?(?:identified|identifies|named|names)\s{1,3}(him|her|(?:the|a)\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,2}[\w'’-]{1,20})\s{1,3}as\b/gi;

/**
 * "Police identified the dead as Jon Hart, 22, and Lee Cole, 30", "named the people killed in Sunday's
 * shooting as ...": whoever names them, an object that is the dead by a noun of their own, with no count;
 * the names after "as" count them ("identified the victims as" may name the hurt too)
 */
const NAMED_DEAD =
  /\b(?:identified|identifies|named|names)\s{1,3}(?:the|those)\s{1,3}(?:(?:dead|deceased|slain)(?:\s{1,3}(?:victims|people|men|women))?|(?:victims|people|men|women)\s{1,3}(?:killed|slain|who\s{1,3}(?:died|were\s{1,3}killed)))(?:\s{1,3}(?:in|during|at|on)\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,4}?[\w'’-]{1,20})?\s{1,3}as\s{1,3}/gi;

/**
 * "The coroner's office said it received a victim from the shooting": a coroner or medical examiner
 * takes in the dead only, so the victims or bodies it received are dead
 */
const CORONER_RECEIVED =
  /\b(?:coroner|medical\s{1,3}examiner)\b[^.;:]{0,60}?\b(?:received|took\s{1,3}custody\s{1,3}of)\s{1,3}((?:a|an|one|two|three|four|five|six|\d{1,2})\s{1,3}(?:victims?|bod(?:y|ies)))\b(?!['’])/gi;

const LAW_AFTER_SUBORDINATOR =
  /\b(?:before|after|when|until|as|and)\s{1,3}(police|officers|deputies|troopers|agents)\s{1,3}(?:(?:then|later|eventually|finally|also)\s{1,3})?(?:shot\s{1,3}and\s{1,3})?$/i;

function perpetratorBefore(text: string, floor: number, verbStart: number): string | null {
  const before = text.slice(Math.max(floor, verbStart - 160), verbStart);
  const gerund = /\b(?:after|before|by|while|for)\s{1,3}$/i.test(before);
  let clause: string;
  if (gerund) {
    const th = Math.max(before.lastIndexOf(" that "), before.lastIndexOf(", "));
    clause = th >= 0 ? before.slice(th + 5) : before;
    const aux = /^(.*?)\s(?:would|will|could|had|has|have|was|were|is|are|must|might)\b/i.exec(clause.trim());
    if (!aux) return null;
    clause = aux[1]!;
  } else {
    const m = /([A-Z“"][\w“”"'’ -]{1,60})\s{1,3}(?:(?:allegedly|reportedly|then|also)\s{1,3})?$/.exec(before);
    // "... hit a third man before officers killed him": the law's bare plural opens a clause in lower case
    const law = LAW_AFTER_SUBORDINATOR.exec(before);
    if (law) return law[1]!;
    if (!m) return null;
    clause = m[1]!;
  }
  const name = clause
    .replace(/[“”"]/g, "")
    .replace(/^(?:the|a|an)\s+/i, "")
    .replace(/\s+(?:allegedly|reportedly|then|also)$/i, "")
    .trim();
  if (!name || name.split(/\s+/).length > 6) return null;
  if (/^(?:he|she|they|it|who|police|someone|somebody)$/i.test(name)) return /^(?:police)$/i.test(name) ? name : null;
  return name;
}

/**
 * The whole coordinated phrase a nominal count ends ("A woman and her two sons found dead" -> 3), when
 * "and" joins it to people named before; null when the count stands alone.
 */
function coordinatedBefore(
  text: string,
  floor: number,
  c: { start: number; end: number; best: number | null },
  between: string,
): (Phrase & { victimsEnd: number }) | null {
  if (c.best === null) return null;
  const L = lex();
  const before = text.slice(Math.max(floor, c.start - 24), c.start);
  // ("Mother, 2 kids found dead": a headline's comma joins a person to the count as "and" does)
  const comma = /\b([a-z]+),\s{1,3}(?:(?:his|her|their)\s{1,3})?$/i.exec(before);
  // ("the victim, two women": an apposition restates, naming no one of its own)
  const joined =
    !!comma &&
    L.persons.has(comma[1]!.toLowerCase()) &&
    !/^(?:victim|person|individual|suspect|gunman|shooter)$/i.test(comma[1]!);
  if (!/\band\s{1,3}(?:(?:his|her|their|the)\s{1,3})?$/i.test(before) && !joined) return null;
  // the phrase ends at its last person noun: "sons" of " sons found "
  let victimsEnd = 0;
  for (const w of between.matchAll(/[\w'’-]+/g))
    if (L.persons.has(w[0].toLowerCase())) victimsEnd = w.index + w[0].length;
  if (!victimsEnd) return null;
  const p = subjectBefore(text, floor, c.end + victimsEnd, true);
  if (!p || p.start >= c.start || p.best === null || p.best <= c.best || p.rule !== "conjunction") return null;
  return { ...p, victimsEnd };
}

/**
 * "The individual shot in the hand", "the man wounded Sunday": a passive fact read with no auxiliary,
 * its participle right after the noun and followed by where, when or by whom, is a reduced relative
 * clause; the sentence's main verb still follows.
 */
function reducedRelative(text: string, f: Fact, sentEnd: number): boolean {
  return (
    f.form === "passive" &&
    f.cue.end === f.end &&
    f.cue.start > f.start &&
    /^\S[^,;:]{0,60}\s$/.test(text.slice(f.start, f.cue.start)) &&
    !/\b(?:was|were|is|are|be|been|being|has|have|had|got|gets|get|who|that|which)\b/i.test(
      text.slice(f.start, f.cue.start),
    ) &&
    REDUCED_AFTER.test(text.slice(f.end, Math.min(sentEnd, f.end + 16)))
  );
}

/** Finds the casualty facts of sentence `si` spanning `sent`. */
/**
 * "Lena Ortiz, 33; Mario Ortiz, 8; and Dale Pruitt, 47; were wounded": semicolons after ages part
 * the people of a list, as commas do. Read as commas (the offsets stay those of the text).
 */
const AGE_SEMICOLON = /(\d{1,3});(?=\s{1,3}(?:and\s{1,3})?[A-Z][a-z]|\s{1,3}(?:were|are|was|had|have|all|both)\b)/g;

/** "turned the gun on ...": a pattern of aiming, whose object decides what it tells */
const TURNED_ON = /^turn(?:ed|ing|s)?\b/i;

/** "them", "both of them", "them all" right after a verb: its object is a group told before it */
const THEM_AFTER = /^\s{1,3}(?:them(?:\s{1,3}(?:both|all))?|(?:both|all)\s{1,3}of\s{1,3}them)\b/i;

/**
 * "forced two clerks to kneel, hitting them with the gun", "confronted two men and shot them": "them"
 * is the people a number counted earlier in the sentence, the last count of persons before the verb.
 */
function themCounted(text: string, from: number, verbStart: number, verbEnd: number): Phrase | null {
  const them = THEM_AFTER.exec(text.slice(verbEnd, verbEnd + 24));
  if (!them) return null;
  const group = countedGroup(text, from, verbStart);
  if (!group) return null;
  return exactCount(
    verbEnd + them[0].length - them[0].trimStart().length,
    verbEnd + them[0].length,
    group.n,
    group.noun,
    true,
  );
}

/** A verb telling people hit by gunfire ("shot", "shot and wounded", "struck"), not a state of the hurt */
const HIT_VERB = /^(?:shot|wounded|injured|hit|struck|grazed|killed|gunned\s{1,3}down)\b/i;

/** "They had been shot", "they were both hit": "they" as a clause's whole subject */
const THEY_BEFORE = /(?:^|[,;:"“]\s{0,3}|\b(?:and|but|said|says)\s{1,3})they(?:\s{1,3}(?:both|all))?\s{0,3}$/i;

/** The last group of persons a number counts in text[from, to) ("two 14-year-old boys", "three young men"). */
function countedGroup(text: string, from: number, to: number): { n: number; noun: string } | null {
  const L = lex();
  let group: { n: number; noun: string } | null = null;
  for (const c of findCounts(text, from, to)) {
    const n = c.best;
    if (n === null || n < 2 || c.low !== c.high) continue;
    // the count's noun, one of the three words after it
    const words = /^(?:\s{1,3}[\w'’-]{1,20}){1,3}/.exec(text.slice(c.end, to))?.[0].trim().split(/\s+/) ?? [];
    const noun = words.find((w) => L.persons.has(norm(w)));
    if (noun) group = { n, noun };
  }
  return group;
}

/** "Neither survived", "None of the victims survived": at the start of a sentence, all of a group died */
const NONE_SURVIVED =
  /^\s*(?:(?:police|officials|authorities)\s{1,3}said\s{1,3})?(?:neither|none)(?:\s{1,3}of\s{1,3}(?:them|the\s{1,3}[a-z]{3,15})|\s{1,3}(?:man|woman|victim|one|person|boy|girl|teen))?\s{1,3}(survived|lived|made\s{1,3}it)\b/i;

/** One person told by a pronoun or by the subject a clause borrows ("his death", "and was later killed"). */
const pronounPhrase = (start: number, end: number): Phrase => onePersonTold(start, end, "pronoun", false);

/**
 * "a 14 year old", "a 3 year-old", "the 22-year old woman": an age compound written with spaces for its
 * hyphens is the same word as "a 14-year-old" (a singular "year" before "old"; "14 years old" is a
 * predicate, "a 10 year sentence" no age). Read hyphenated, so the offsets stay those of the text.
 */
const SPACED_AGE = /\b(\d{1,3})(?:\s|-)(year|month|week|day)(?:\s|-)old\b/gi;

export function sentenceFacts(text: string, sent: Range, si: number, titleCase = false): Fact[] {
  const body = text.slice(sent.start, sent.end);
  let read = /\d;/.test(body) ? body.replace(AGE_SEMICOLON, "$1,") : body;
  if (/\d[\s-](?:year|month|week|day)\s|\d\s(?:year|month|week|day)-old/i.test(read))
    read = read.replace(SPACED_AGE, (_, n: string, unit: string) => `${n}-${unit}-old`);
  if (read === body) return readFacts(text, sent, si, titleCase);
  return readFacts(text.slice(0, sent.start) + read + text.slice(sent.end), sent, si, titleCase);
}

function readFacts(text: string, sent: Range, si: number, titleCase: boolean): Fact[] {
  const L = lex();
  const out: Fact[] = [];
  const body = text.slice(sent.start, sent.end);
  const taken: Range[] = [];
  const free = (r: Range): boolean => !taken.some((t) => r.start < t.end && t.start < r.end);

  // nominal: tolls and multiples first, they are the most specific
  L.toll.lastIndex = 0;
  for (let m = L.toll.exec(body); m; m = L.toll.exec(body)) {
    const cueStart = sent.start + m.index;
    const cueEnd = cueStart + m[0].length;
    const kind = L.tollKind.get(norm(m[1]!))!;
    const tail = text.slice(cueEnd, Math.min(sent.end, cueEnd + 60));
    const near =
      /^(?:\s{1,3}[\w'’-]{1,15}){0,4}?\s{1,3}(?:to|at|of|is|was|reached|stands at|stood at|rose to|climbed to)\s{1,3}/i.exec(
        tail,
      );
    if (!near) continue;
    const cs = findCounts(text, cueEnd + near[0].length, Math.min(sent.end, cueEnd + near[0].length + 40));
    const c = cs[0];
    if (!c || c.start !== cueEnd + near[0].length) continue;
    const cue = { start: cueStart, end: cueEnd };
    const p: Phrase = {
      ...c,
      victims: null,
      singular: false,
      negated: false,
      definite: false,
      name: null,
      age: null,
    };
    out.push(fact(p, kind, "toll", si, cue, {}));
    taken.push({ start: cueStart, end: c.end });
  }
  L.multiple.lastIndex = 0;
  for (let m = L.multiple.exec(body); m; m = L.multiple.exec(body)) {
    if (m[1] && /attempted/i.test(m[1])) continue;
    const start = sent.start + m.index + (m[1] ? m[1].length + 1 : 0);
    const end = sent.start + m.index + m[0].length;
    let n: number;
    let kind: FactKind;
    if (m[5]) {
      n = 2;
      kind = "killed";
    } else {
      n = L.multipleWords[m[2]!.toLowerCase()]!;
      kind = (L.multipleNouns[norm(m[3]!)] ?? "shot") as FactKind;
      // "a double murder-suicide": the doer is dead beside the two he murdered
      if (m[4] && kind === "killed") n += 1;
    }
    const rule = m[5] || (m[4] && kind === "killed") ? "murder-suicide" : "multiple";
    const p: Phrase = {
      start,
      end,
      low: n,
      best: n,
      high: m[5] ? null : n,
      rule,
      victims: null,
      singular: false,
      additive: false,
      negated: false,
      definite: false,
      name: null,
      age: null,
    };
    out.push(fact(p, kind, "multiple", si, { start, end }, {}));
    taken.push({ start, end });
  }
  // the sentence's counts, read once for the two rules below that start from them
  const counts = findCounts(text, sent.start, sent.end);
  // nominal: a count whose head is a casualty noun ("over 400 casualties", "two deaths", "3 dead, 2 injured")
  for (const c of counts) {
    const tail = text.slice(c.end, Math.min(sent.end, c.end + 50));
    const m = L.noun.exec(tail);
    if (!m) continue;
    let kind = L.nounKind.get(norm(m[1]!))!;
    let end = c.end + m[0].length;
    const cue = { start: end - m[1]!.length, end };
    // "found 5 people shot to death": the result after the participle makes the people shot the dead
    const result = kind === "shot" ? SHOT_RESULT.exec(text.slice(end, sent.end)) : null;
    if (result) {
      kind = "killed";
      end += result[0].length;
      cue.end = end;
    }
    if (!free({ start: c.start, end })) continue;
    const between = tail.slice(0, m[0].length - m[1]!.length);
    if (
      /\b(?:of|in|to|from|and|with|were|was|are|is|who|that|which|had|has|have|been|be|not|no|for|on|at|the|a|an|news)\b/i.test(
        between,
      )
    )
      continue;
    const sufferer =
      /([A-Z][\w'’-]{1,30}(?:\s[A-Z][\w'’-]{1,30}){0,3})\s{1,3}(?:has|have|had)?\s{0,3}(?:suffered|sustained|lost|incurred|taken)\s{1,3}$/.exec(
        text.slice(Math.max(sent.start, c.start - 80), c.start),
      );
    const victims = between.trim() || sufferer?.[1] || null;
    // "found one man and two children dead": a person named before "and" belongs to the count
    const one = /(?:^|\s)((?:one|a|an)\s{1,3}(?:[a-z-]{2,15}\s{1,3})?([a-z-]{2,15}))\s{1,3}and\s{1,3}$/i.exec(
      text.slice(Math.max(sent.start, c.start - 40), c.start),
    );
    const more = one && L.persons.has(one[2]!.toLowerCase()) && !/s$/i.test(one[2]!) && c.best !== null ? one : null;
    // "the mother and her two sons found dead": people coordinated before the count belong to it too
    const group = more ? null : coordinatedBefore(text, sent.start, c, between);
    if (group) {
      out.push(
        fact({ ...group, victims: text.slice(group.start, c.end + group.victimsEnd) }, kind, "nominal", si, cue, {}),
      );
      taken.push({ start: group.start, end });
      continue;
    }
    const p: Phrase = {
      ...c,
      ...(more
        ? {
            start: c.start - more[0].length + (more[0].length - more[0].trimStart().length),
            low: (c.low ?? c.best!) + 1,
            best: c.best! + 1,
            high: c.high === null ? null : c.high + 1,
            rule: "conjunction",
          }
        : {}),
      victims,
      singular: false,
      negated: false,
      definite: false,
      name: null,
      age: null,
    };
    out.push(fact(p, kind, "nominal", si, cue, {}));
    taken.push({ start: c.start, end });
  }

  // "the stabbing death of 29-year-old Ray Colton", "the killing of three women"
  L.nominal.lastIndex = 0;
  for (let m = L.nominal.exec(body); m; m = L.nominal.exec(body)) {
    const cueStart = sent.start + m.index;
    const cueEnd = cueStart + m[1]!.length;
    if (!free({ start: cueStart, end: cueEnd })) continue;
    // "charged with attempted murder of a neighbor": nobody died
    if (/\battempted\s{1,3}$/i.test(text.slice(Math.max(sent.start, cueStart - 12), cueStart))) continue;
    // "a person who causes the death of another": a statute's definition, quoted in a court story
    if (L.statuteBefore.test(text.slice(Math.max(sent.start, cueStart - 40), cueStart))) continue;
    const obj = objectAfter(text, cueEnd, sent.end);
    if (!obj || obj.best === null) continue;
    out.push(fact(obj, L.nominalKind.get(norm(m[1]!))!, "nominal", si, { start: cueStart, end: cueEnd }, {}));
    taken.push({ start: cueStart, end: obj.end });
  }

  // "the boy's death", "Smith's killing": the possessor is the victim, one person
  L.possessive.lastIndex = 0;
  // the possessive's "'s" first: the full expression tries three words back from every word boundary
  const possessor = /['’]s\s|s['’]\s/i.test(body);
  for (let m = possessor ? L.possessive.exec(body) : null; m; m = L.possessive.exec(body)) {
    const whoStart = sent.start + m.index;
    const whoEnd = whoStart + m[1]!.length;
    const cueStart = sent.start + m.index + m[0].length - m[2]!.length;
    const cue = { start: cueStart, end: sent.start + m.index + m[0].length };
    if (!free({ start: whoStart, end: cue.end })) continue;
    // the nearest words that read as one person: "learned about the boy" -> "the boy"
    let who: Phrase | null = null;
    for (let i = whoStart; i < whoEnd && !who; i++)
      if (
        (i === whoStart || /\s/.test(text[i - 1]!)) &&
        /^(?:(?:the|a|an|his|her|their)\s|[A-Z0-9])/.test(text.slice(i, i + 6))
      )
        who = readPhrase(text, i, whoEnd);
    if (!who || !who.singular) continue;
    // "the suspect in Tuesday's fatal shooting": a time owns the shooting, the person before it is
    // no victim unless named one ("the victim of Thursday's homicide")
    const owner = /([\w-]+)$/.exec(m[1]!)![1]!.toLowerCase();
    if (L.possessiveTimes.has(owner) && !/\bvictim\b/i.test(text.slice(who.start, whoEnd))) continue;
    // "A victim of Saturday's shooting died Monday": the victim is the subject of the predicate right
    // after, which tells their fate
    if (L.possessiveTimes.has(owner) && predicateRightAfter(text, cue.end, sent.end)) continue;
    out.push(fact(who, L.possessiveKind.get(norm(m[2]!))!, "nominal", si, cue, {}));
    taken.push({ start: who.start, end: cue.end });
  }

  // "The coroner ruled his death a homicide": the pronoun's owner, someone told before, died
  L.pronounPossessive.lastIndex = 0;
  for (let m = L.pronounPossessive.exec(body); m; m = L.pronounPossessive.exec(body)) {
    const start = sent.start + m.index;
    const cue = { start: start + m[0].length - m[1]!.length, end: start + m[0].length };
    if (!free({ start, end: cue.end })) continue;
    if (/\battempted\s{1,3}$/i.test(text.slice(Math.max(sent.start, cue.start - 12), cue.start))) continue;
    const who = pronounPhrase(start, start + 3);
    out.push(fact(who, "killed", "nominal", si, cue, {}));
    taken.push({ start, end: cue.end });
  }

  // "Two men were shot. Neither survived": every one of the group counted just before died
  const none = NONE_SURVIVED.exec(body);
  if (none) {
    const start = sent.start + none.index + none[0].length - none[0].trimStart().length;
    const r = { start, end: sent.start + none.index + none[0].length };
    const stop = text.slice(Math.max(0, sent.start - 400), Math.max(0, sent.start - 1)).search(/[.!?]["”’]?\s[^.!?]*$/);
    const from = stop < 0 ? Math.max(0, sent.start - 400) : Math.max(0, sent.start - 400) + stop + 1;
    const group = free(r) ? countedGroup(text, from, start) : null;
    // "neither" is of two
    if (group && (!/^neither/i.test(none[0].trim()) || group.n === 2)) {
      const cue = { start: r.end - none[1]!.length, end: r.end };
      out.push(fact(exactCount(r.start, r.end, group.n, group.noun, true), "killed", "nominal", si, cue, {}));
      taken.push(r);
    }
  }

  // "A man was shot Friday. The wound proved fatal": the one told hit before died
  L.definiteFatal.lastIndex = 0;
  for (let m = L.definiteFatal.exec(body); m; m = L.definiteFatal.exec(body)) {
    const start = sent.start + m.index;
    const cue = { start: start + m[0].length - m[1]!.length, end: start + m[0].length };
    if (!free({ start, end: cue.end })) continue;
    out.push(fact(pronounPhrase(start, start + 3), "killed", "nominal", si, cue, {}));
    taken.push({ start, end: cue.end });
  }

  // "Four people were shot, one fatally"
  for (const c of counts) {
    const tail = text.slice(c.end, Math.min(sent.end, c.end + 20));
    // "Two teens were shot, one critically": the one badly hurt lives
    const m = /^\s{1,3}(?:of them\s{1,3})?(fatally|critically|seriously|gravely)\b/i.exec(tail);
    if (!m || !/,\s{0,3}$/.test(text.slice(Math.max(sent.start, c.start - 3), c.start))) continue;
    const fatal = /^fatally$/i.test(m[1]!);
    const cue = { start: c.end, end: c.end + m[0].length };
    const p: Phrase = {
      ...c,
      victims: null,
      singular: c.best === 1,
      negated: false,
      definite: false,
      name: null,
      age: null,
    };
    out.push(fact(p, fatal ? "killed" : "injured", "fatally", si, cue, {}));
    taken.push({ start: c.start, end: cue.end });
  }

  // verbal predicates
  let floor = sent.start;
  const hits = L.predicate.find(text, sent.start, sent.end);
  // "Boy stable after accidental shooting": a headline's bare condition words
  if (titleCase) hits.push(...L.headlinePredicate.find(text, sent.start, sent.end));
  hits.sort((a, b) => a.start - b.start);
  for (const hit of hits) {
    const ps = hit.start;
    const pe = hit.end;
    const phrase = norm(hit.text);
    const cue = { start: ps, end: pe };
    if (!free(cue)) continue;
    // "Shooting Task Force": a capitalised casualty word inside a sentence is a name, not a report
    if (
      !titleCase &&
      ps > sent.start &&
      /^[A-Z]/.test(hit.text) &&
      !/[.:!?"“]\s{0,3}$/.test(text.slice(Math.max(sent.start, ps - 5), ps))
    )
      continue;
    // "were shot at while sitting in a car": fired upon, not hit ("shot at a party" is a place)
    if (L.firedUpon.has(phrase) && L.firedUponAfter.test(text.slice(pe, Math.min(sent.end, pe + 20)))) continue;
    const before = text.slice(Math.max(sent.start, ps - 80), ps);
    // "was found unresponsive with a gunshot wound", "were found lying in the street with gunshot wounds":
    // what they were found doing stands between the auxiliary and the wound
    const aux = AUX_CHAIN.exec(before) ?? (/^with\s/i.test(phrase) ? FOUND_GAP.exec(before) : null);
    const passiveKind = L.predicateKind.get(phrase);
    const activeKind = L.activeKind.get(phrase);
    // "Slain teen identified": a headline drops the article before an adjective
    const bareTitleAdj = titleCase && /(?:^|[:;,.!?'"‘’“”|–—-])\s{0,3}$/.test(before);
    // "the killed Iranian soldiers", "a wounded man": an adjective, not a report
    if (!aux && (ADJ_DET.test(before) || bareTitleAdj)) {
      // "An injured woman was found", "the wounded man": one person of that kind
      const det = (/\b(a|an|the|his|her|their|its)\s{1,3}$/i.exec(before)?.[1] ?? "the").toLowerCase();
      const after = /^\s{1,3}(?:([\w'-]{1,20})\s{1,3})?([\w'-]{1,20})/.exec(
        text.slice(pe, Math.min(sent.end, pe + 50)),
      );
      const kind = passiveKind ?? activeKind;
      // "Slain teen identified": the head noun may be the first word, a verb follows
      const headFirst =
        !!after?.[1] && L.persons.has(after[1].toLowerCase()) && !L.persons.has(after[2]!.toLowerCase());
      if (
        after &&
        kind &&
        kind !== "shot" &&
        // "Toddler shot, killed by brother": a participle before a preposition is a passive's, no adjective
        !/^(?:by|in|at|on|near|after|during|outside|inside|from|with|while)$/i.test(after[1] ?? "") &&
        (headFirst || (L.persons.has(after[2]!.toLowerCase()) && !L.persons.has((after[1] ?? "x").toLowerCase()))) &&
        !/s$/.test(headFirst ? after[1]! : after[2]!)
      ) {
        const end = headFirst ? pe + after[0].indexOf(after[1]!) + after[1]!.length : pe + after[0].length;
        const p: Phrase = {
          start: ADJ_DET.test(before) ? ps - det.length - 1 : ps,
          end,
          low: 1,
          best: 1,
          high: 1,
          rule: det === "a" || det === "an" ? "singular" : "definite",
          victims: text.slice(pe, end).trim(),
          singular: true,
          additive: false,
          negated: false,
          definite: !(det === "a" || det === "an"),
          name: null,
          age: null,
        };
        out.push(fact(p, kind, "attributive", si, cue, {}));
        taken.push({ start: p.start, end });
        continue;
      }
      if (ADJ_DET.test(before)) continue;
    }
    // "an accidental shooting Saturday": a noun, not a verb taking an object
    // ("the vehicle injuring a police officer": only some gerunds are nouns)
    if (
      L.nounGerunds.has(phrase) &&
      /\b(?:a|an|the|this|that|his|her|their|its|fatal|deadly|accidental|double|triple|police|drive-by)\s{1,3}(?:[\w-]{1,20}\s{1,3})?$/i.test(
        before,
      )
    )
      continue;
    // "shooting suspect Nathan Doe", "the murder suspects": a compound noun naming the doer, not a
    // verb whose object was hit
    if (!aux && L.nounGerunds.has(phrase) && /^\s{1,3}suspects?\b/i.test(text.slice(pe, Math.min(sent.end, pe + 12))))
      continue;
    // "threatened to kill", "vowed to kill"
    // "vowed to kill", "could have killed her"
    // "could easily have killed her": an adverb may sit between the modal and the verb
    const toInf =
      /\bto\s{1,3}(?:\w{1,20}\s{1,3}or\s{1,3})?$|\b(?:could|would|might|may)\s{1,3}(?:\w{1,20}ly\s{1,3})?(?:have\s{1,3})?$/i.test(
        before,
      );
    let done = false;
    const realAux =
      !!aux &&
      /\b(?:was|were|is|are|be|been|being|got|gets|get|getting|remain|remains|remained|found|left)\b|['’](?:s|re)\s/i.test(
        aux[0],
      );
    // "Killed were Cole Hart and ...": a participle opening the sentence before "was"/"were" is an
    // inverted passive, read with "among the dead were"
    const inverted =
      ps - sent.start < 8 &&
      /^\s*(?:also\s{1,3})?$/i.test(text.slice(sent.start, ps)) &&
      /^\s{1,3}(?:was|were)\b/i.test(text.slice(pe, pe + 8));
    if (
      activeKind &&
      !inverted &&
      (!realAux || /\b(?:who|that|which|allegedly|reportedly|then|also|later)\s{1,3}$/i.test(before))
    ) {
      // "sent four men to the hospital": the object ends before the hospital, without which the verb
      // tells no casualty
      const sending = L.sending.has(phrase);
      const sentTo = sending ? SENT_TO_HOSPITAL.exec(text.slice(pe, sent.end)) : null;
      if (sending && !sentTo) continue;
      const obj = sentTo
        ? objectAfter(text, pe, pe + sentTo[1]!.length)
        : (objectAfter(text, pe, sent.end) ?? themCounted(text, Math.max(floor, sent.start), ps, pe));
      // "the crash claimed two lives": "claim" takes lives only; "claimed two men were shot" reports
      if (CLAIM.test(phrase) && !(obj && /^li(?:fe|ves)$/i.test(obj.victims ?? ""))) continue;
      if (obj) {
        // "Medics were unable to save him": those who failed to revive or save someone did not kill him
        const perp = /\b(?:revive|save)$/i.test(phrase) ? null : perpetratorBefore(text, sent.start, ps);
        // "shooting his friend dead", "shot his 2-year-old son dead", "shot the clerk to death": a
        // result that kills
        const dead = /^\s{1,3}(?:dead|to\s{1,3}death)\b/i.exec(text.slice(obj.end, Math.min(sent.end, obj.end + 14)));
        // "turned the gun on two officers": aiming at others tells a shot at most, only "on himself" a death
        const aimedAtOthers = activeKind === "killed" && TURNED_ON.test(phrase) && obj.rule !== "reflexive";
        const f = fact(
          dead ? { ...obj, end: obj.end + dead[0].length } : obj,
          dead && activeKind === "shot"
            ? "killed"
            : aimedAtOthers
              ? "shot"
              : sentTo && WITH_INJURIES.test(text.slice(pe + sentTo[0].length, sent.end))
                ? "injured"
                : activeKind,
          "active",
          si,
          cue,
          { perpetrator: perp },
        );
        // "shot and killed another boy": another than the shooter, not one more victim
        if (obj.rule === "another") f.additive = false;
        // "The suspect then also wounded a clerk": "also" before the verb adds someone not named before
        // ("Pruitt also stabbed his elderly uncle": a relative of the doer is someone new too)
        if (
          /\balso\s{1,3}$/i.test(before) &&
          ((!obj.definite && !obj.name) || gram().kinObject.test(text.slice(obj.start, obj.end))) &&
          obj.rule !== "reflexive"
        )
          f.additive = true;
        // "shot his wife before killing himself": after other victims of the same doer, the doer adds one
        if (
          obj.rule === "reflexive" &&
          (out.some((g) => g.form === "active" && g.rule !== "reflexive") ||
            (out.some((g) => g.rule !== "reflexive" && (g.kind === "killed" || g.kind === "shot")) &&
              /\b(?:before|then)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}$/i.test(
                text.slice(Math.max(sent.start, ps - 40), ps),
              )) ||
            /gun|weapon|rifle|pistol|revolver|firearm/i.test(phrase))
        )
          f.additive = true;
        // "disarmed Deputy Ray Cole and shot him": the pronoun is the person the verb before it named, who
        // may be no one counted yet
        if (obj.rule === "pronoun" && /^(?:him|her)\b/i.test(text.slice(obj.start, obj.end))) {
          const named = NAMED_THEN.exec(before);
          if (named) {
            let name = named[1]!.trim();
            for (let t = L.titleBefore.exec(name); t; t = L.titleBefore.exec(name)) name = name.slice(t[0].length);
            if (/^[A-Z][a-z]/.test(name)) {
              f.name = name;
              f.additive = true;
            }
          }
        }
        // "if the teen shot himself": a clause opened by "if" or "whether" asks, it does not report
        if (toInf || /\b(?:if|whether)\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,3}$/i.test(before)) f.rule = "hypothetical";
        out.push(f);
        taken.push({ start: ps, end: f.end });
        floor = obj.end;
        done = true;
        // "shot his brother and then himself", "killed both women, then himself": the doer, the verb's
        // second object, one more person
        const skip = NAMED_APPOSITIVE.exec(text.slice(f.end, sent.end))?.[0].length ?? 0;
        const rest = text.slice(f.end + skip, sent.end);
        const then = ELLIPTIC_SELF.exec(rest) ?? (titleCase ? LISTED_SELF.exec(rest) : null);
        if (then && obj.rule !== "reflexive" && f.rule !== "hypothetical") {
          const selfStart = f.end + skip + then[0].length - then[1]!.length;
          const self = doerHimself(selfStart, selfStart + then[1]!.length);
          out.push(fact(self, f.kind, "active", si, cue, { perpetrator: perp }));
          out[out.length - 1]!.start = selfStart;
          taken.push({ start: selfStart, end: self.end });
          floor = self.end;
        }
      } else if (/\b(?:life|lives)$/.test(phrase) && /^\s{0,3}(?:[.,;:!?'"’”|–—-]|$)/.test(text.slice(pe, sent.end))) {
        // "Hunting accident claims life", "Violence claims lives": the lives taken name no one, and
        // count one person or a group
        const p = uncounted(ps, pe, /life$/.test(phrase), null);
        out.push(fact(p, activeKind, "active", si, cue, { perpetrator: perpetratorBefore(text, sent.start, ps) }));
        taken.push({ start: ps, end: pe });
        done = true;
      } else {
        // "his mother, whom Hollis shot in the arm": the verb's object is the relative pronoun's antecedent
        const whom = WHOM_DOER.exec(text.slice(Math.max(floor, sent.start, ps - 60), ps));
        const at = whom ? ps - whom[0].length : -1;
        const who = whom ? subjectBefore(text, Math.max(floor, sent.start), at, false, true, titleCase) : null;
        if (whom && who && !toInf) {
          out.push(fact(who, activeKind, "active", si, cue, { perpetrator: whom[1]!.trim() }));
          taken.push({ start: who.start, end: pe });
          floor = pe;
          done = true;
        }
      }
    }
    if (!done && passiveKind) {
      const auxText = aux ? aux[0] : "";
      const subjEnd = ps - auxText.length;
      // a relative clause: "her cousin, who was wounded as well" -> the antecedent
      let end = subjEnd;
      // "a teenager who witnesses say was stabbed": an aside between the pronoun and its verb
      const rel = RELATIVE_END().exec(text.slice(Math.max(sent.start, subjEnd - 50), subjEnd));
      if (aux && /\b(?:who|that|which)\b/i.test(auxText)) {
        const w = /\b(?:who|that|which)\b/i.exec(text.slice(subjEnd, ps));
        if (w) end = subjEnd + w.index;
        while (end > sent.start && /[\s,]/.test(text[end - 1]!)) end--;
      } else if (rel) {
        end = subjEnd - rel[0].length;
        while (end > sent.start && /[\s,]/.test(text[end - 1]!)) end--;
      }
      const relative = end !== subjEnd;
      // "a shootout ... resulted in an officer being wounded": the subject of "being" is the phrase
      // right before it, the object of a preposition, not the head of the clause
      let subjFloor = floor;
      if (/^\s{0,3}being\s/i.test(auxText)) {
        const seg = text.slice(floor, end);
        let at = -1;
        for (const m of seg.matchAll(/\b(?:in|with|after|despite|following|from|of|to|by)\s{1,3}/gi))
          at = m.index + m[0].length;
        if (at > 0) subjFloor = floor + at;
      }
      let subj = end > subjFloor ? subjectBefore(text, subjFloor, end, !aux, relative, titleCase) : null;
      // "A man and a woman who were shot": a plural relative verb after a single person takes the whole
      // "and" list that person closes as its antecedent
      if (subj?.singular && relative && /\b(?:who|that)\s{1,3}(?:were|have)\b/i.test(auxText)) {
        const list = subjectBefore(text, subjFloor, end, !aux, false, titleCase);
        if (list?.rule === "conjunction" && list.start < subj.start && list.end >= subj.end) subj = list;
      }
      // "Both died at the scene", "both were taken to a hospital": "both" read as an auxiliary's adverb
      // is the subject itself where no other stands before it
      const bothAlone = /^both\s/i.exec(auxText);
      if (
        !subj &&
        bothAlone &&
        /(?:^|[,;:"“]|\b(?:and|said|says|say|but)\s{1,3})\s{0,3}$/i.test(
          text.slice(Math.max(sent.start, subjEnd - 12), subjEnd),
        )
      )
        subj = readPhrase(text, subjEnd, subjEnd + 4);
      // "Officers found two men lying on the sidewalk. They had been shot": "they" is the group a number
      // counted last, in this sentence or the one before
      // (only a verb of being hit: "They went to the hospital", "They are expected to be OK" may be
      // anyone, hurt by anything)
      const they =
        subj || !HIT_VERB.test(phrase) ? null : THEY_BEFORE.exec(text.slice(Math.max(sent.start, end - 40), end));
      if (they) {
        const at = end - they[0].length + they[0].search(/they/i);
        const stop = text
          .slice(Math.max(0, sent.start - 400), Math.max(0, sent.start - 1))
          .search(/[.!?]["”’]?\s[^.!?]*$/);
        const from = stop < 0 ? Math.max(0, sent.start - 400) : Math.max(0, sent.start - 400) + stop + 1;
        const group = countedGroup(text, from, at);
        if (group) subj = exactCount(at, end, group.n, group.noun, true);
      }
      // "Two men were shot, one of whom died": some of the people counted before the comma
      const ofWhom = OF_WHOM.exec(text.slice(Math.max(sent.start, end - 30), end));
      if (ofWhom) {
        // OF_WHOM reads only the number words "one" to "six"
        const n = cardinalValue(ofWhom[1]!)!;
        const start = end - ofWhom[0].length + ofWhom[0].indexOf(ofWhom[1]!);
        subj = exactCount(start, end, n, null, false);
      }
      // a subject taken from the fact before: the words between are that fact's, not a gap
      let borrowed = false;
      // the subject of the fact before, counted there already (not added again)
      const borrowAgain = (from: (typeof out)[number]) => {
        subj = { ...from, additive: false };
        borrowed = true;
      };
      // "shot himself and died", "was shot and later died", "was rushed to a hospital, but died": the subject of the verb before
      const prev = out[out.length - 1];
      const listClosedBy = (f: (typeof out)[number]): Phrase | null => {
        if (!f.singular || !RELATIVE_PASSIVE().test(text.slice(f.start, f.end))) return null;
        const list = subjectBefore(text, sent.start, subjEnd, false, false, titleCase);
        return list?.rule === "conjunction" && list.start < f.start && list.end > f.start ? list : null;
      };
      // "The boy shot by his brother was in stable condition": the object of the reduced clause's
      // preposition is no subject of the main verb
      if (
        subj &&
        prev &&
        prev.sentence === si &&
        subj.start - prev.end < 12 &&
        gram().reducedPreposition.test(text.slice(prev.end, subj.end)) &&
        reducedRelative(text, prev, sent.end)
      )
        subj = null;
      if (!subj && prev && prev.sentence === si) {
        const between = text.slice(prev.end, ps);
        if (
          (ps - prev.end < 40 &&
            // "He shot the clerk and was arrested": an active verb's object is not the next verb's subject
            // ("shot himself and died": the doer is)
            (prev.form !== "active" || prev.rule === "reflexive") &&
            // "had been shot multiple times and was pronounced dead": the auxiliary is the second verb's own
            /\b(?:and|but)\s{1,3}(?:\w{1,20}ly\s{1,3}|later\s{1,3}|then\s{1,3})?$/i.test(
              text.slice(prev.end, Math.max(prev.end, subjEnd)),
            )) ||
          // "was beaten, shot to death", "was robbed and shot": participles sharing one subject and auxiliary
          (prev.singular &&
            /^\s{0,3}(?:(?:was|were|is|are|had been|has been)\s{1,3})?[a-z]{2,20}(?:ed|en|t)\s{0,3}(?:,\s{0,3}(?:and\s{1,3})?|and\s{1,3})$/i.test(
              between,
            )) ||
          // "The man who was shot Sunday died Monday": the main verb of a subject that carries a relative clause
          // "The person shot in the arm was driven to the hospital": a participle right after its
          // noun, then where or when, is a reduced relative clause of the same subject
          (prev.singular &&
            ps - prev.end < 80 &&
            (INTRANSITIVE.test(phrase) || realAux) &&
            (RELATIVE_PASSIVE().test(text.slice(prev.start, prev.end)) || reducedRelative(text, prev, sent.end)) &&
            !/[,;:]|\b(?:and|but|or|when|while|as|after|before|because|since|if|who|that|which|where)\b/i.test(
              between,
            ) &&
            !listClosedBy(prev)) ||
          // "The robber, who was hit by a clerk's bullet, later died": the main verb after a relative clause set
          // off by commas, its closing comma the only one between
          (prev.singular &&
            ps - prev.end < 60 &&
            (INTRANSITIVE.test(phrase) || realAux) &&
            /,\s{1,3}who\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,3}$/i.test(text.slice(prev.start, prev.cue.start)) &&
            /^[^,;:]{0,40},\s{1,3}(?:(?:later|then|eventually|subsequently)\s{1,3})?$/i.test(between) &&
            !/\b(?:and|but|or|when|while|as|after|before|because|since|if|who|that|which|where)\b/i.test(between))
        )
          // the same person again: "also" already added them once
          borrowAgain(prev);
      }
      // "accidentally shot his 11-year-old brother, who died at the scene": a relative clause right after
      // an active verb's object tells more of that object, the person counted there
      if (
        !subj &&
        relative &&
        prev &&
        prev.sentence === si &&
        prev.form === "active" &&
        prev.rule !== "reflexive" &&
        !NEGATION.test(auxText) &&
        /^\s{0,3}$/.test(text.slice(prev.end, end))
      )
        borrowAgain(prev);
      // "The woman and a 5-year-old girl who was grazed were treated": the relative clause is the last
      // member's; the main verb's subject is the whole list
      if (!subj && prev && prev.sentence === si) subj = listClosedBy(prev);
      // "The gunman killed two people before being shot dead by police", "... and was later killed by
      // deputies": a passive without a subject of its own after the doer's deed is the doer's fate
      if (
        !subj &&
        passiveKind === "killed" &&
        prev &&
        prev.sentence === si &&
        prev.form === "active" &&
        prev.rule !== "reflexive" &&
        prev.perpetrator &&
        DOER_PASSIVE.test(text.slice(prev.end, ps))
      ) {
        subj = pronounPhrase(ps, pe);
        borrowed = true;
      }
      // "the suspect who shot a police dog and exchanged gunfire with officers has been found dead":
      // the head of a subject that carries a relative clause with verbs of its own
      // ("The gunman, who killed four people, later died": an aside set off by commas, before a verb of its own)
      if (!subj && (realAux || INTRANSITIVE.test(phrase)) && !NEGATION.test(auxText)) {
        const seg = text.slice(Math.max(sent.start, subjEnd - 160), subjEnd);
        let head: RegExpExecArray | null = null;
        for (const m of seg.matchAll(RELATIVE_HEAD)) head = m;
        if (
          head &&
          L.persons.has(head[3]!.toLowerCase()) &&
          !/[;:"“”]|\b(?:said|says|told|according)\b/i.test(seg.slice(head.index + head[0].length))
        ) {
          const start = subjEnd - seg.length + head.index + head[0].length - head[0].trimStart().length;
          const headEnd = start + head[0].trimStart().length - head[4]!.length;
          // the head's own phrase says how many: "the two men who ..." are two
          const p = readPhrase(text, start, headEnd);
          if (p && p.best !== null) {
            subj = p;
            borrowed = true;
          }
        }
        // "A man sitting in the front seat of a silver Ford Focus parked along Maple
        // Street was shot": the head of a subject a participle clause modifies, up to the auxiliary
        if (!subj)
          for (const m of seg.matchAll(PARTICIPLE_HEAD)) {
            if (!L.persons.has(m[3]!.toLowerCase()) || gram().ingNouns.has(m[4]!.toLowerCase())) continue;
            if (gram().clauseBreak.test(seg.slice(m.index + m[0].length))) continue;
            const head = m[0].trimStart();
            const start = subjEnd - seg.length + m.index + m[0].length - head.length;
            const p = readPhrase(text, start, start + head.replace(/\s{1,3}\S+\s$/, "").length);
            if (p && p.best !== null) {
              subj = p;
              borrowed = true;
            }
            break;
          }
      }
      // "She was cornered by the gunman and was shot in the arm", "The second one tried to hide behind a
      // parked van but was shot": a second verb phrase of the clause's subject, told before any other fact
      if (
        !subj &&
        realAux &&
        // a wound itself, not a trip to hospital that someone unharmed may make too
        gram().woundParticiple.test(phrase) &&
        /^\s{0,3}(?:was|were)\b/i.test(auxText) &&
        !NEGATION.test(auxText) &&
        !out.some((g) => g.sentence === si) &&
        /(?:,\s{0,3})?\b(?:and|but)\s{1,3}$/i.test(text.slice(Math.max(sent.start, subjEnd - 8), subjEnd))
      ) {
        const p = clauseSubject(text, sent, subjEnd);
        if (p) {
          subj = p;
          borrowed = true;
        }
      }
      // "She was flown to a trauma center and pronounced dead", "Dana underwent surgery and died two days
      // later": a death told as the second verb phrase of the clause's subject, its auxiliary shared or
      // none, told before any other fact
      if (
        !subj &&
        passiveKind === "killed" &&
        !aux &&
        (INTRANSITIVE.test(phrase) || /^(?:pronounced|declared)\s/i.test(phrase)) &&
        !out.some((g) => g.sentence === si) &&
        /(?:,\s{0,3})?\b(?:and|but)\s{1,3}(?:(?:later|then|eventually|subsequently|\w{1,20}ly)\s{1,3})?$/i.test(
          text.slice(Math.max(sent.start, subjEnd - 24), subjEnd),
        )
      ) {
        const p = clauseSubject(text, sent, subjEnd, true);
        if (p) {
          subj = p;
          borrowed = true;
        }
      }
      // "one shot was fired", "fired one shot": a gunshot, not a person shot
      if (
        subj &&
        phrase === "shot" &&
        !subj.victims &&
        (/^\s{1,3}(?:(?:was|were|had been|has been)\s{1,3})?(?:fired|heard|rang|went off)\b/i.test(
          text.slice(pe, Math.min(sent.end, pe + 30)),
        ) ||
          /\b(?:fired|fires|fire|firing|heard|hear|hears|off)\s{1,3}$/i.test(
            text.slice(Math.max(sent.start, subj.start - 20), subj.start),
          ))
      )
        subj = null;
      // "There could be people dead": a modal before the subject makes the whole clause hypothetical
      // "didn't know if he's dead or alive": a clause opened by "if" or "whether" asks, it does not report;
      // "don't let my baby die" pleads
      // "So many kids are getting killed", "too many people die": a lament over a trend counts no one
      // ("so many were injured that ..." tells a past event)
      const lament =
        !!subj &&
        !/\b(?:was|were|had)\b/i.test(auxText) &&
        /\b(?:so|too)\s{1,3}$/i.test(text.slice(Math.max(sent.start, subj.start - 5), subj.start));
      const modalBefore =
        lament ||
        (!!subj &&
          (/^(?:please\s{1,3})?(?:don['’]t|do\s{1,3}not|never)\s{1,3}let\s/i.test(text.slice(subj.start, subj.end)) ||
            /\b(?:(?:could|would|might|may|will)\s{1,3}(?:not\s{1,3})?(?:be|have\s{1,3}been)|if|whether|(?:don['’]t|do\s{1,3}not|didn['’]t|won['’]t|never)\s{1,3}let)\s{1,3}$/i.test(
              text.slice(Math.max(sent.start, subj.start - 30), subj.start),
            )));
      // a headline runs its clauses together: "Teen shot in Miami dies"
      // "Teenager shot, killed in SE identified": a comma alone joins two predicates of one subject
      if (
        !subj &&
        titleCase &&
        prev &&
        prev.sentence === si &&
        prev.singular &&
        (!/[,;]/.test(text.slice(prev.end, ps)) || /^\s{0,3},\s{0,3}$/.test(text.slice(prev.end, ps)))
      ) {
        subj = { ...prev };
        borrowed = true;
      }
      if (!realAux && subj && !borrowed && !INTRANSITIVE.test(phrase)) {
        // without an auxiliary only a counted phrase right before the predicate is its subject ("13 dead")
        // "16-Year-Old Accidentally Shot": an adverb may stand between
        // "found Jane Roe and her children, Amy and Tom, dead": the names set off after a kin group that
        // ends the subject are its members, read with it
        const named = KIN_MEMBERS_GAP.exec(text.slice(subj.end, ps));
        if (named && KIN_END.test(text.slice(subj.start, subj.end))) {
          const end = subj.end + named[1]!.length;
          const whole = readPhrase(text, subj.start, end);
          if (whole && whole.best !== null) subj = { ...whole, end, additive: subj.additive };
        }
        const gap = text
          .slice(subj.end, ps)
          .replace(/,\s{0,3}\d{1,3}\s{0,3},?/g, "")
          .replace(/\([^()]{0,80}\)/g, "")
          .replace(/\b[A-Za-z]{2,20}ly\b/g, "");
        // "found the teen with a gunshot wound", "leaving the teen in critical condition": the object of
        // finding or of a verb of result, then the state it was left in
        const verbBefore = /\b([a-z]{3,12})\s{1,3}$/i.exec(
          text.slice(Math.max(sent.start, subj.start - 16), subj.start),
        );
        // "identified the man killed in the shooting": so is the object of naming or mourning, a
        // participle after it a reduced relative clause
        const found =
          !!verbBefore &&
          (/^(?:found|find|finds|located|discovered)$/i.test(verbBefore[1]!) ||
            L.resultVerbs.has(verbBefore[1]!.toLowerCase()) ||
            L.namingVerbs.has(verbBefore[1]!.toLowerCase()));
        // "The woman stabbed to death in Tulsa last week was named": a participle after the
        // subject, then where, when or by whom, then the clause's own verb, is a reduced relative clause
        const reduced =
          REDUCED_AFTER.test(text.slice(pe, Math.min(sent.end, pe + 16))) &&
          /\b(?:was|were|is|are|has|have|had)\b/i.test(text.slice(pe, Math.min(sent.end, pe + 120)));
        // "A gunman killed the house", "shot the car several times": an active verb whose object reads as
        // no person still has its subject as the doer, never the victim ("A man shot this morning died"
        // is a reduced passive: the phrase after is a time)
        const after = text.slice(pe, Math.min(sent.end, pe + 60));
        const doer = !!activeKind && (ACTIVE_OBJECT.test(after) || AIMED_AT.test(after) || aimedAtPeople(after));
        if (
          doer ||
          // "when someone shot into the house": an indefinite pronoun before a bare verb is its doer
          gram().indefinitePerson.test(text.slice(subj.start, subj.end)) ||
          /\S/.test(gap.replace(/[,]/g, "")) ||
          (subj.singular && !found && !reduced && !["singular", "exact", "bare"].includes(subj.rule))
        )
          subj = null;
      }
      // "shot his neighbor dead before taking his own life": a gerund after the doer's own deed
      // has the doer for its subject, one more person
      if (
        !subj &&
        /own life/.test(phrase) &&
        out.some((g) => g.sentence === si && g.form === "active") &&
        /\b(?:before|after|then|and)\s{1,3}$/i.test(text.slice(Math.max(sent.start, ps - 12), ps))
      )
        subj = doerHimself(ps, pe);
      // "takes his own life": one person, the doer, whatever the subject phrase reads as
      if (subj && /own life|suicide/.test(phrase))
        subj = { ...subj, low: 1, best: 1, high: 1, rule: "reflexive", singular: true, additive: true };
      if (subj) {
        const f = fact(subj, passiveKind, "passive", si, cue, {
          negated: NEGATION.test(auxText),
        });
        // "as many as six riders may have been hurt": a hedged report of what happened, unlike the
        // counterfactual "could have been killed"
        const hedged = /\bmay\s{1,3}have\s{1,3}been\s{1,3}$/i.test(auxText);
        if ((MODAL.test(auxText) && !hedged) || modalBefore) f.rule = "hypothetical";
        if (/\balso\b/i.test(auxText)) f.additive = true;
        // "was found dead in the garage of an apparent self-inflicted gunshot wound", "She died of a
        // self-inflicted gunshot wound after police say she shot and killed ...": the one dead is the doer
        if (passiveKind === "killed" && subj.singular && gram().selfInflicted.test(text.slice(pe, sent.end))) {
          f.rule = "reflexive";
          f.additive = true;
        }
        out.push(f);
        taken.push({ start: subj.start, end: pe });
        floor = pe;
      }
    }
  }
  // "found one woman dead and another wounded", "one man is dead and another hospitalized": the second
  // person of an elliptical pair, its predicate an adjective of state after "another" / "a second"
  for (const m of body.matchAll(
    /\band\s{1,3}(another|a\s{1,3}(?:second|third|fourth|fifth)|one\s{1,3}other|(?:his|her|their|the)\s{1,3}(?:[\w-]{1,20}\s{1,3})?([a-z]{2,20})(?<!ly))\s{1,3}(?:(?:seriously|critically|badly|severely|fatally|gravely)\s{1,3})?(wounded|injured|hurt|dead|killed|slain|shot|hospitali[sz]ed)\b/gi,
  )) {
    const start = sent.start + m.index + m[0].length - m[0].replace(/^and\s{1,3}/i, "").length;
    const end = sent.start + m.index + m[0].length;
    if (!free({ start, end })) continue;
    // "killed and her husband injured": a person noun after the determiner, one person
    const kin = m[2] ? m[2].toLowerCase() : null;
    if (kin && (!L.persons.has(kin) || /s$/.test(kin))) continue;
    // only right after a fact whose predicate it shares: "one man dead and another wounded"
    const prev = out.find((f) => f.end <= start && start - f.end <= 8);
    if (!prev) continue;
    // "A woman was wounded and her boyfriend killed": a participle shares the auxiliary of the passive
    // before it; one with an object after it ("and her boyfriend shot him") is a verb of its own
    const participle = /^(?:killed|slain|shot)$/i.test(m[3]!);
    if (participle && (prev.form !== "passive" || !GAPPED_END.test(text.slice(end, Math.min(sent.end, end + 20)))))
      continue;
    // "one man was killed and another shot": set against a death, the second was hit and lived
    const shotKind: FactKind = /\bfatally\b/i.test(m[0]) ? "killed" : prev.kind === "killed" ? "injured" : "shot";
    // "one man is dead and another hospitalized": in a hospital, alive
    const kind: FactKind = participle
      ? /^shot$/i.test(m[3]!)
        ? shotKind
        : "killed"
      : /^hospitali/i.test(m[3]!)
        ? "injured"
        : L.nounKind.get(norm(m[3]!))!;
    const cue = { start: end - m[3]!.length, end };
    const p: Phrase = {
      start,
      end,
      low: 1,
      best: 1,
      high: 1,
      rule: kin ? "definite" : "another",
      victims: kin,
      singular: true,
      // new beside the fact before it, not beside an earlier sentence that may tell the same pair
      additive: false,
      negated: false,
      definite: !!kin,
      name: null,
      age: null,
    };
    out.push(fact(p, kind, "nominal", si, cue, {}));
    taken.push({ start, end });
  }

  // "A 12-year-old girl was among the dead", "Among the wounded was a bus driver": one of a group;
  // "Killed were Cole Hart, 19, and ...", "Killed in the shooting was ...", "Dead are ...": the inverted
  // passive, the people after the verb
  // "The dead include a 9-year-old girl and her grandmother": the group's noun, then the people it holds
  for (const m of /among|^\s*(?:also\s+)?(?:killed|wounded|injured|hurt|shot|dead)\s|^\s*the\s+(?:dead|wounded|injured)\s/i.test(
    body,
  )
    ? body.matchAll(AMONG)
    : []) {
    const at = sent.start + m.index;
    const kindWord = (m[2] ?? m[3] ?? m[4] ?? m[5])!.toLowerCase();
    const kind: FactKind = /dead|killed/.test(kindWord)
      ? "killed"
      : /wounded|injured|hurt/.test(kindWord)
        ? "injured"
        : "shot";
    const kindAt = at + m[0].toLowerCase().lastIndexOf(kindWord);
    const cue = { start: kindAt, end: kindAt + kindWord.length };
    const who = m[1]
      ? subjectBefore(text, sent.start, at + m[0].indexOf(m[1]))
      : objectAfter(text, at + m[0].length, sent.end);
    if (!who || who.best === null) continue;
    const r = { start: Math.min(who.start, at), end: Math.max(who.end, at + m[0].length) };
    if (!free(r)) continue;
    // "Also shot were Tyrell Hill, 19, and Jamal Cole, 25": people besides those told before
    const also = /^\s*also\s/i.test(m[0]);
    out.push(
      fact({ ...who, start: r.start, end: r.end, additive: who.additive || also }, kind, "passive", si, cue, {}),
    );
    taken.push(r);
  }

  // "The dead were identified as Cole Hart, 19, and Ann Lee, 20", "Those killed have been named as ...":
  // the dead told by a noun of their own, and the people they are after "as"
  for (const m of /\b(?:identified|named)\b/i.test(body) ? body.matchAll(DEAD_IDENTIFIED) : []) {
    const at = sent.start + m.index;
    const who = objectAfter(text, at + m[0].length, sent.end);
    if (!who || who.best === null || !/^[A-Z\d]/.test(text.slice(who.start, who.end))) continue;
    const r = { start: at, end: who.end };
    if (!free(r)) continue;
    const kindAt = at + m[0].search(/dead|deceased|slain|killed|died/i);
    const cue = { start: kindAt, end: kindAt + /^\w+/.exec(text.slice(kindAt))![0].length };
    out.push(fact({ ...who, start: r.start, end: r.end }, "killed", "passive", si, cue, {}));
    taken.push(r);
  }

  for (const m of /\b(?:wounded|injured|hurt|survived)\b/i.test(body) ? body.matchAll(HURT_IDENTIFIED) : []) {
    const at = sent.start + m.index;
    const who = objectAfter(text, at + m[0].length, sent.end);
    // only people named or counted one by one: "the wounded were teens aged 15 to 17" is no list
    if (!who || who.best === null || !/^[A-Z]/.test(text.slice(who.start, who.end))) continue;
    const r = { start: at, end: who.end };
    if (!free(r)) continue;
    const kindAt = at + m[0].indexOf(m[1]!);
    const cue = { start: kindAt, end: kindAt + m[1]!.length };
    out.push(fact({ ...who, start: r.start, end: r.end }, "injured", "passive", si, cue, {}));
    taken.push(r);
  }

  // "Paramedics pronounced her dead there", "doctors declared Ortiz dead": a death told by those who
  // found it, the dead person the verb's object
  for (const m of /\b(?:pronounc|declar)/i.test(body) ? body.matchAll(DECLARED_DEAD) : []) {
    const at = sent.start + m.index;
    const objStart = at + m[0].indexOf(m[1]!);
    const who = readPhrase(text, objStart, objStart + m[1]!.length);
    if (!who || who.best === null) continue;
    const r = { start: at, end: at + m[0].length };
    if (!free(r)) continue;
    const kindAt = at + m[0].length - m[2]!.length;
    out.push(fact({ ...who, start: r.start, end: r.end }, "killed", "active", si, { start: kindAt, end: r.end }, {}));
    taken.push(r);
  }

  for (const m of /\b(?:coroner|examiner)/i.test(body) ? body.matchAll(CORONER_NAMED) : []) {
    const objStart = sent.start + m.index + m[0].lastIndexOf(m[1]!);
    let who = readPhrase(text, objStart, objStart + m[1]!.length);
    // "identified the victims as Jon Hart, 22, and Lee Cole, 30": the names after "as" count the group
    if (!who?.singular) who = objectAfter(text, sent.start + m.index + m[0].length, sent.end);
    if (!who || who.best === null) continue;
    const r = { start: objStart, end: Math.max(objStart + m[1]!.length, who.end) };
    if (!free(r)) continue;
    const verbAt = sent.start + m.index + m[0].search(/\b(?:identifie|name)/i);
    out.push(fact({ ...who, ...r }, "killed", "active", si, { start: verbAt, end: objStart }, {}));
    taken.push(r);
  }

  for (const m of /\b(?:identifie|name)/i.test(body) ? body.matchAll(NAMED_DEAD) : []) {
    const at = sent.start + m.index;
    const who = objectAfter(text, at + m[0].length, sent.end);
    if (!who || who.best === null || !/^[A-Z]/.test(text.slice(who.start, who.end))) continue;
    const objStart = at + m[0].search(/\b(?:the|those)\b/i);
    const r = { start: objStart, end: who.end };
    if (!free(r)) continue;
    const kindAt = objStart + m[0].slice(objStart - at).search(/dead|deceased|slain|killed|died/i);
    const cue = { start: kindAt, end: kindAt + /^\w+/.exec(text.slice(kindAt))![0].length };
    out.push(fact({ ...who, ...r }, "killed", "active", si, cue, {}));
    taken.push(r);
  }

  for (const m of /\b(?:coroner|examiner)/i.test(body) ? body.matchAll(CORONER_RECEIVED) : []) {
    const objStart = sent.start + m.index + m[0].length - m[1]!.length;
    const who = readPhrase(text, objStart, objStart + m[1]!.length);
    if (!who || who.best === null) continue;
    const r = { start: objStart, end: objStart + m[1]!.length };
    if (!free(r)) continue;
    const verbAt = sent.start + m.index + m[0].search(/\b(?:received|took)\b/i);
    out.push(fact({ ...who, ...r }, "killed", "active", si, { start: verbAt, end: objStart }, {}));
    taken.push(r);
  }

  // "the four victims", "all five victims": a definite group with its count names the people hit even
  // where the sentence tells no fate; the events stage merges it with the count it restates
  // (only where "victims" is written: each "the" reads the counts after it)
  const victimsNamed = /victims/i.test(body);
  for (const m of victimsNamed
    ? body.matchAll(/\b(?:the|all|all\s{1,3}of\s{1,3}the|all\s{1,3}the)\s{1,3}(?=\S)/gi)
    : []) {
    const at = sent.start + m.index + m[0].length;
    const c = findCounts(text, at, Math.min(sent.end, at + 30))[0];
    // "the other two victims" are some of a group already counted, not a group of their own
    if (!c || c.start !== at || c.best === null || c.best < 2 || c.low !== c.high || c.additive) continue;
    if (/^other\b/i.test(text.slice(at, c.end))) continue;
    // "four of the five victims were struck by buckshot": the group is what the part is counted of
    if (gram().partOf.test(text.slice(Math.max(sent.start, sent.start + m.index - 16), sent.start + m.index))) continue;
    const v = /^\s{1,3}(?:(?:shooting|gunshot)\s{1,3})?victims\b/i.exec(
      text.slice(c.end, Math.min(sent.end, c.end + 30)),
    );
    if (!v) continue;
    const start = sent.start + m.index;
    const end = c.end + v[0].length;
    if (!free({ start, end })) continue;
    const p: Phrase = {
      ...c,
      start,
      end,
      rule: "definite-group",
      victims: text.slice(c.end, end).trim(),
      singular: false,
      additive: false,
      negated: false,
      definite: true,
      name: null,
      age: null,
    };
    out.push(fact(p, "shot", "nominal", si, { start: c.end, end }, {}));
    taken.push({ start, end });
  }
  // "The other victim was 27-year-old Dorian Leville Marsh", "A second victim, a 9-year-old boy, showed
  // up later": a victim introduced by a linking verb or an apposition is one more person hit, though the
  // sentence tells no fate
  for (const m of /victim\b/i.test(body) ? body.matchAll(VICTIM_INTRO) : []) {
    const start = sent.start + m.index;
    const from = start + m[0].length;
    const stop = text.slice(from, Math.min(sent.end, from + 70)).search(/[,;:()"“”—–]|\.(?:\s|$)/);
    if (stop <= 0) continue;
    // an apposition closes on its comma: "A third victim, described only as a teenage boy, was hit"
    if (m[3] && text[from + stop] !== ",") continue;
    const who = readPhrase(text, from, from + stop);
    if (!who || who.best !== 1 || !who.singular || who.rule === "definite" || who.rule === "other") continue;
    const end = who.end;
    if (!free({ start, end })) continue;
    const ord = m[2]?.toLowerCase();
    const rule = ord ? `${/^a\s/i.test(m[1]!) ? "nth" : "ordinal"}-${ORDINALS[ord]}` : "other";
    const cueAt = start + m[0].search(/victim/i);
    const p: Phrase = { ...who, start, end, rule, definite: /^the\s/i.test(m[1]!), additive: /^another/i.test(m[1]!) };
    out.push(fact(p, "shot", "passive", si, { start: cueAt, end: cueAt + 6 }, {}));
    taken.push({ start, end });
  }
  // "Maryland Drive murder victims identified", "Homicide victim identified": a headline's victims of a
  // killing, uncounted ("the city's 64th homicide victim" counts the year's)
  // ("The homicide victim was identified as Jon Hart": in the body, one such victim told before, after
  // "the"; "a vigil for a homicide victim" may be someone else's)
  for (const m of /victim/i.test(body) ? body.matchAll(L.killedVictims) : []) {
    const start = sent.start + m.index;
    const end = start + m[0].length;
    if (!free({ start, end })) continue;
    const det = /\b(the)\s{1,3}$/i.exec(text.slice(Math.max(sent.start, start - 4), start));
    if (!titleCase && (!det || /s$/i.test(m[0]))) continue;
    if (
      /(?:\d(?:st|nd|rd|th)|\b(?:first|second|third|another|other))\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,2}$/i.test(
        text.slice(Math.max(sent.start, start - 40), start),
      )
    )
      continue;
    const p = uncounted(start, end, !/s$/i.test(m[0]), m[0]);
    if (det) Object.assign(p, { start: start - det[0].length, definite: true, rule: "definite" });
    out.push(fact(p, "killed", "nominal", si, { start, end }, {}));
    taken.push({ start, end });
  }
  // "Police ID victim in fatal Eastside shooting", "Victims of Elm Street homicide named": a headline's
  // victim of a deadly attack died, however the body names him
  for (const m of titleCase && /victim/i.test(body) ? body.matchAll(HEADLINE_VICTIM_OF_KILLING) : []) {
    const start = sent.start + m.index;
    const end = start + m[0].length;
    if (!free({ start, end })) continue;
    out.push(fact(uncounted(start, end, !m[1], "victim"), "killed", "nominal", si, { start, end }, {}));
    taken.push({ start, end });
  }
  // "Five people were killed or wounded", "hurt or killed": either fate, so only that they were hit
  for (const f of out) {
    if (f.kind !== "killed" && f.kind !== "injured") continue;
    const other = EITHER_FATE.exec(text.slice(f.cue.end, Math.min(sent.end, f.cue.end + 40)));
    if (other && (/^(?:killed|dead)$/i.test(other[1]!) ? "killed" : "injured") !== f.kind) f.kind = "shot";
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}
