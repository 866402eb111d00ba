/**
 * What a casualty fact's sentence says about it: a cumulative total ("has suffered over 400 casualties
 * since ..."), a historical comparison ("comparing the clashes to the Battle of Karbala, in which the
 * Imam Hussein died"), or a threat ("would be killed"). Only the first stays a casualty, flagged.
 */
import type { Range, Time } from "../document/schema.js";
import type { Fact } from "./facts.js";
import { gram } from "./grammar.js";
import { lex } from "./lexicon.js";
import { findCounts } from "./numbers.js";

export interface FactContext {
  aggregate: boolean;
  history: boolean;
  hypothetical: boolean;
  /** "three of the founders have died since, one in a car crash, the others of old age"; "was injured
   * when she fell trying to run away" */
  natural: boolean;
}

const MONTH_YEAR =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?\s{1,3}(?:\d{1,2},?\s{1,3})?(?:of\s{1,3})?(1[89]\d\d|20\d\d)\b/g;

function datedPast(s: string, published: string | null): boolean {
  if (!published) return false;
  const year = Number(published.slice(0, 4));
  for (const m of s.matchAll(MONTH_YEAR)) if (Number(m[1]) < year) return true;
  return false;
}

/**
 * "In November of 1994, police were called ...": a sentence that opens on a date of an earlier year
 * opens a passage of background, and the rest of its paragraph goes on telling it.
 */
export function pastOpener(s: string, published: string | null): boolean {
  if (!published) return false;
  const comma = s.indexOf(",");
  if (comma < 0 || comma > 45) return false;
  const head = s.slice(0, comma);
  // "Last month, deputies say a 5-year-old boy shot himself": a report follows its incident within days,
  // so a sentence set weeks back or more tells another one
  if (gram().pastOpener.test(head.trim())) return true;
  // "In March, a man was killed a block away" in a report of August: a month named alone, not the
  // report's own, sets the sentence weeks back or more (a report of its own incident tells the day)
  const named = /^(?:back\s{1,3})?in\s{1,3}(?:(?:early|late|mid)[\s-]{1,3})?([a-z]{3,9})$/i.exec(head.trim());
  if (named) {
    const month = gram().months.findIndex((m) => m.toLowerCase() === named[1]!.toLowerCase());
    if (month >= 0 && month !== Number(published.slice(5, 7)) - 1) return true;
  }
  if (!/^(?:back\s{1,3})?(?:in|on)\s/i.test(head)) return false;
  const year = Number(published.slice(0, 4));
  const m = /\b(1[89]\d\d|20\d\d)$/.exec(head.trim());
  return !!m && Number(m[1]) < year;
}

/** "A few weeks later, investigators say ...": a sentence set after the time told just before */
export function sequelOpener(s: string): boolean {
  const comma = s.indexOf(",");
  return comma > 0 && comma <= 30 && gram().sequelOpener.test(s.slice(0, comma).trim());
}

/** A sentence naming an earlier year ("In December 2012, 20 children ... were killed") tells history. */
function pastYear(s: string, published: string | null): boolean {
  if (!published) return false;
  const year = Number(published.slice(0, 4));
  // "in the 1900 block of North Elm Avenue": a street number, not a year
  for (const m of s.matchAll(/\b(1[89]\d\d|20\d\d)\b(?!\s{1,3}(?:block|blk)\b)/gi))
    if (Number(m[1]) < year) return true;
  return false;
}

/** What the whole sentence says, the same for each of its facts: computed once per sentence. */
export interface SentenceContext {
  /** the sentence's text: searches stay inside it (a search of the whole text per fact is quadratic) */
  s: string;
  separate: boolean;
  /** "Over the last three weeks, nine teenagers have been wounded": an opening phrase that spans the sentence */
  frontedAggregate: boolean;
  pastYear: boolean;
  /** "In November of 1994, police were called": a month of a past year dates the sentence itself */
  datedPast: boolean;
  /** the sentence's dated times (a day, a month), for a count told over several of them */
  dated: readonly Time[];
  /** its times that end a month or more before the report ("in March" in October, "two years ago") */
  longPast: readonly Time[];
}

/** "He has since died": "since" after a perfect's auxiliary means "since then", no span a total runs over */
const SINCE_ADVERB = /\b(?:has|have|had)\s{1,3}since\b/gi;

function frontedAggregate(s: string): boolean {
  const comma = s.indexOf(",");
  return comma > 0 && comma <= 45 && lex().aggregate.test(s.slice(0, comma).replace(SINCE_ADVERB, " "));
}

export function sentenceContext(
  text: string,
  sentence: Range,
  published: string | null = null,
  times: readonly Time[] = [],
): SentenceContext {
  const s = text.slice(sentence.start, sentence.end);
  return {
    s,
    separate:
      /\bseparate\s{1,3}(?:(?:shooting|gun|gunfire|violent)\s{1,3})?(?:incidents|shootings|attacks|cases)\b/i.test(s),
    frontedAggregate: frontedAggregate(s),
    pastYear: pastYear(s, published) || pastDay(times, sentence, published),
    datedPast: datedPast(s, published),
    dated: times.filter((t) => t.start >= sentence.start && t.end <= sentence.end && /^\d{4}-\d{2}/.test(t.value)),
    // (none when the sentence also names a day of the report's last two weeks: "shot Sunday, ... in March")
    longPast: recentDay(times, sentence, published)
      ? []
      : times.filter((t) => t.start >= sentence.start && t.end <= sentence.end && endsLongBefore(t, published)),
  };
}

/** Whether the sentence names a day from the report's last two weeks (or the day after it). */
function recentDay(times: readonly Time[], sentence: Range, published: string | null): boolean {
  return daysBeforeReport(times, sentence, published).some((days) => days >= -1 && days <= 14);
}

/** How many days before `published` each day the sentence names lies (none without a publication date). */
function daysBeforeReport(times: readonly Time[], sentence: Range, published: string | null): number[] {
  const pub = published ? Date.parse(published.slice(0, 10) + "T00:00:00Z") : NaN;
  if (Number.isNaN(pub)) return [];
  return times
    .filter((t) => t.start >= sentence.start && t.end <= sentence.end && /^\d{4}-\d{2}-\d{2}$/.test(t.value))
    .map((t) => (pub - Date.parse(t.value + "T00:00:00Z")) / MS_DAY);
}

/** Whether a calendar time (a year, a month, a day or a range of them) ends 30 days or more before `published`. */
function endsLongBefore(t: Time, published: string | null): boolean {
  const pub = published ? Date.parse(published.slice(0, 10) + "T00:00:00Z") : NaN;
  const last = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(t.value.split("/").pop() ?? "");
  if (Number.isNaN(pub) || !last) return false;
  const y = Number(last[1]);
  const end = last[3]
    ? Date.UTC(y, Number(last[2]) - 1, Number(last[3]))
    : last[2]
      ? Date.UTC(y, Number(last[2]), 0)
      : Date.UTC(y, 11, 31);
  return pub - end >= 30 * MS_DAY;
}

const MS_DAY = 864e5;

/**
 * "On March 3, a woman was stabbed to death" in a report of April 9: a sentence dated weeks
 * before the report, and not also within its last week, tells an earlier incident.
 */
function pastDay(times: readonly Time[], sentence: Range, published: string | null): boolean {
  const days = daysBeforeReport(times, sentence, published);
  return days.some((d) => d > 14) && !days.some((d) => d >= -1 && d <= 14);
}

/** "His death came only two days after a neighbour was shot": what follows is an earlier incident */
const CAME_AFTER =
  /\b(?:came|comes)\s{1,3}(?:just\s{1,3}|only\s{1,3}|barely\s{1,3}|less than\s{1,3})?(?:a|an|one|two|three|four|five|six|seven|several|a few|\d{1,2})\s{1,3}(?:days?|weeks?|months?|hours?)\s{1,3}(?:after|before)\b/i;

/**
 * "a man was shot Sunday, a year after his cousin was killed at the same corner": weeks or more after
 * what its clause tells, that is an earlier incident
 */
const LONG_AFTER =
  /\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s{1,3}few|\d{1,2})\s{1,3}(?:weeks?|months?|years?)\s{1,3}(?:after|since)\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,4}$/i;

/**
 * "A woman was killed Friday, a day after her brother was wounded in a separate shooting": a fact in a
 * clause of time after the sentence's own, told of another shooting, is that earlier or later one's
 */
const CLAUSE_OF_TIME = /\b(?:after|before|while|when|since)\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,4}$/i;
const ANOTHER_SHOOTING =
  /^[^.;]{0,40}?\b(?:in|during)\s{1,3}(?:a|an)\s{1,3}(?:separate|unrelated|different|earlier|later)\s{1,3}(?:shooting|incident|attack)\b/i;

/** "rallied daily since Oct. 3, when deputies fatally shot Dale Orrin": the date's own, earlier, event */
const SINCE_WHEN = /\bsince\s{1,3}[^,;]{1,30},\s{1,3}when\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,3}$/i;

/**
 * "17 people shot and killed between Friday evening and Monday morning": a count over a span of two days
 * or more is a roundup's ("between Friday night and Saturday morning" may still be one night's shooting)
 */
function daysSpan(clause: string): boolean {
  const G = gram();
  const m = G.weekdaySpan.exec(clause);
  if (!m) return false;
  const a = G.weekdays.indexOf(m[1]!.toLowerCase());
  const b = G.weekdays.indexOf(m[2]!.toLowerCase());
  return (b - a + 7) % 7 >= 2;
}

/** "were wounded in Chicago shootings Sunday", "in South Side shootings": a place's shootings, many incidents */
const PLACE_SHOOTINGS = /\bin\s{1,3}(?:[A-Z][\w.'’-]{1,20}\s{1,3}){1,3}shootings\b/;

/**
 * "Nine have been shot or killed this year": a perfect that counts people under either of two fates
 * tallies a span's victims; one incident's report gives each fate its own count
 */
const PERFECT_EITHER_FATE =
  /\b(?:has|have)\s{1,3}been\s{1,3}(?:hurt|injured|wounded|shot|killed)\s{1,3}or\s{1,3}(?:hurt|injured|wounded|shot|killed)\b/i;

/** a count and its casualty noun right at `from`: the next toll of a list ("12 wounded") */
function tollNext(text: string, from: number, end: number): boolean {
  let s = from;
  while (s < end && /\s/.test(text[s]!)) s++;
  const c = findCounts(text, s, Math.min(end, s + 30))[0];
  return !!c && c.start === s && lex().noun.test(text.slice(c.end, Math.min(end, c.end + 50)));
}

// "over the weekend", "in May": a stretch of time makes a tally only of more than one victim; "A man was
// shot and killed over the weekend" tells of one incident
function oneVictimsDay(clause: string, f: Fact): string {
  return f.best === 1 && f.low === 1 ? clause.replace(gram().stretch, "") : clause;
}

/**
 * "as friends gathered for a vigil for a 16-year-old girl shot dead last week": a rite that sets the
 * time of a shooting mourns someone named right after it, who died before. Only the one mourned is
 * history: a fact after the rite's phrase ("As mourners gathered for a vigil for X, a man was shot")
 * tells the new shooting.
 */
function mournedBefore(text: string, sentence: Range, f: Fact): boolean {
  const from = Math.max(sentence.start, f.start - 120);
  for (const m of text.slice(from, f.cue.start).matchAll(lex().mourned)) {
    const end = from + m.index + m[0].length;
    if (end >= f.start - 2) return true;
  }
  return false;
}

/** Words of violence or death between a death and a cause: the cause is then another clause's */
const OTHER_DEATH = /\b(?:died|dies|dead|death|killed|shot|shooting|wounds?|gunfire)\b/i;

/**
 * "died over the years, one in a fall, the others of cancer": a cause no violence brings, said
 * of the death within a few words after it, makes it no casualty.
 */
function naturalDeath(text: string, f: Fact, sentence: Range): boolean {
  const after = text.slice(f.end, Math.min(sentence.end, f.end + 80));
  const m = lex().naturalCause.exec(after);
  return !!m && !OTHER_DEATH.test(after.slice(0, m.index));
}

/**
 * "was injured when she fell trying to run away", "hurt fleeing the scene": an injury whose cause, told
 * right after it, is the flight from the gunfire; no gunshot injury, and no casualty of the shooting.
 */
function fleeingHarm(text: string, f: Fact, sentence: Range): boolean {
  const said = text.slice(f.start, f.end);
  const after = text.slice(f.end, Math.min(sentence.end, f.end + 80));
  // "she was struck by a car while running from the shots": the agent after a verb of hitting is the harm, no bullet
  const struck = /\b(?:hit|struck)$/i.exec(said);
  if (f.kind === "shot" && struck) return lex().fleeingHarm.test(struck[0] + after);
  if (!/\b(?:injur|hurt)/i.test(said)) return false;
  if (OTHER_DEATH.test(said)) return false;
  return lex().fleeingHarm.test(after);
}

/** "hospitalized for chest pains and a gunshot wound": a wound told beside the cause is the gunfire's */
const WOUND_BESIDE =
  /^\s{0,3}(?:,\s{0,3})?(?:and|as\s{1,3}well\s{1,3}as|along\s{1,3}with)\s{1,3}(?:(?:a|an|his|her|their|minor|multiple)\s{1,3})?(?:gunshot|bullet|stab|graze|wounds?|injur)/i;

/**
 * "A woman was hospitalized for difficulty breathing after the fire", "taken to a hospital for
 * evaluation": a hospital visit whose reason, told right after it, no weapon brings is no injury of
 * violence.
 */
function medicalVisit(text: string, f: Fact, sentence: Range): boolean {
  const said = text.slice(f.start, f.end);
  if (OTHER_DEATH.test(said) || lex().gunshotWord.test(said)) return false;
  const after = text.slice(f.end, Math.min(sentence.end, f.end + 80));
  const m = lex().medicalCause.exec(after);
  if (!m || OTHER_DEATH.test(m[0])) return false;
  return !WOUND_BESIDE.test(after.slice(m[0].length));
}

/** A gunshot named as what struck ("struck on the arm by a stray bullet") */
const BULLET_AGENT =
  /^[^.;]{0,60}?\bby\s{1,3}(?:(?:a|an|the)\s{1,3})?(?:(?:stray|single|second)\s{1,3})?(?:bullets?|rounds?|gunfire|gunshots?|shots?|buckshot|pellets?|shrapnel)\b/i;

/**
 * "was struck on the back of the head": "on" a part of the body is where a blow lands; a bullet strikes
 * "in" it ("struck in the head"), or is named as the agent. A blow is no gunshot wound.
 */
function blowOnTheBody(text: string, f: Fact, sentence: Range): boolean {
  if (f.kind !== "shot" || !/\b(?:was|were)\s{1,3}(?:hit|struck)$/i.test(text.slice(f.start, f.end))) return false;
  const after = text.slice(f.end, sentence.end);
  return lex().blowOnTheBody.test(after) && !BULLET_AGENT.test(after);
}

const DAY_LIST = /^\s{0,3}(?:,\s{0,3})?(?:and|or)?\s{1,3}(?:on\s{1,3})?$/i;

/** Two different days in [from, to) joined only by "and", "or" or a comma: "on Easter and on April 16" */
function daysListed(text: string, dated: readonly Time[], from: number, to: number): boolean {
  const ts = dated.filter((t) => t.start >= from && t.end <= to);
  for (let i = 1; i < ts.length; i++) {
    const a = ts[i - 1]!;
    const b = ts[i]!;
    // "between Friday night and Saturday morning" is a span, read by daysSpan
    const span = /\bbetween\s{1,3}(?:(?:early|late)\s{1,3})?$/i.test(text.slice(Math.max(from, a.start - 20), a.start));
    if (a.value !== b.value && !span && DAY_LIST.test(text.slice(a.end, b.start))) return true;
  }
  return false;
}

/** "vowed they would pay ... and kill", "unless the hostages are killed": a threat or a condition
 * before the harm in its own clause; "would pay a heavy price after killing 13" tells, after "after",
 * what was done */
function threatBefore(clause: string): boolean {
  const re = lex().hypothetical;
  re.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(clause); m; m = re.exec(clause)) last = m;
  if (!last) return false;
  return !lex().hypotheticalEnder.test(clause.slice(last.index + last[0].length));
}

/** " from Saturday's shooting to ", " in the attack rose to ": after a toll noun, the one incident it is of */
const TOLL_OF_ONE =
  /^\s{1,3}(?:from|in|of)\s{1,3}(?:the|this|[\w'’-]{1,20}['’]s?)\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,2}?(?:shooting|attack|ambush|rampage|massacre|gunfire|standoff)\s{1,3}(?:(?:has|had)\s{1,3})?(?:to|at|is|was|rose|risen|climbed|reached|stands|stood)\b/i;

export function factContext(
  text: string,
  sentence: Range,
  f: Fact,
  published: string | null = null,
  sc: SentenceContext = sentenceContext(text, sentence, published),
): FactContext {
  const L = lex();
  const beforeFact = text.slice(sentence.start, f.start);
  // a total is cumulative when its own clause says so ("has suffered ... since"), not a neighbouring one
  // "..., two fatally" belongs to the clause before it
  const at = (i: number) => sentence.start + i;
  const from = f.form === "fatally" ? sentence.start : at(sc.s.lastIndexOf(",", f.start - sentence.start) + 1);
  const comma = sc.s.indexOf(",", f.end - sentence.start);
  let to = comma >= 0 ? at(comma) : sentence.end;
  // "2 killed, 9 wounded in weekend shootings across Denver": what follows a list of tolls scopes over all
  if (comma >= 0 && !/\S/.test(text.slice(f.end, to)) && tollNext(text, to + 1, sentence.end)) {
    const next = sc.s.indexOf(",", comma + 1);
    to = next >= 0 ? at(next) : sentence.end;
  }
  // "Twin brothers were killed in a drive-by early Sunday — among 17 people shot and killed between Friday
  // evening and Monday morning": a dash after the fact opens an aside that tells another count
  const dash = /\s[—–]\s|\s--?\s/.exec(text.slice(f.end, to));
  if (dash) to = f.end + dash.index;
  // "Two teens died in separate incidents": a count across incidents is no incident's toll
  const clause = text.slice(from, to);
  // "was one of five children hospitalized in the shooting Sunday": one of this incident's victims,
  // not of a year's
  const oneOfThis =
    /\b(?:was|is)\s{1,3}one\s{1,3}of\b/i.test(clause) &&
    /\bin\s{1,3}the\s{1,3}(?:shooting|attack|incident|gunfire)\b/i.test(text.slice(f.end, to)) &&
    !L.aggregate.test(clause.replace(/\b(?:was|is)\s{1,3}one\s{1,3}of\b/gi, ""));
  // "bringing the death toll from Saturday's shooting to three": a toll raised in the one shooting its
  // words name is that shooting's, not a year's or a city's
  const thisToll = f.form === "toll" && TOLL_OF_ONE.test(text.slice(f.cue.end, f.end));
  // "Three other boys were shot and killed on Christmas and on May 2": people counted over two days
  // fell in two incidents; the days must be listed together ("shot Friday night and one of them died
  // Saturday" is one incident)
  const several = (f.low ?? f.best ?? 0) > 1;
  const listedDays = several && daysListed(text, sc.dated, f.start, to);
  const aggregate =
    ((L.aggregate.test(oneVictimsDay(clause.replace(SINCE_ADVERB, " "), f)) && !oneOfThis && !thisToll) ||
      listedDays ||
      PLACE_SHOOTINGS.test(clause) ||
      PERFECT_EITHER_FATE.test(clause) ||
      sc.separate ||
      sc.frontedAggregate ||
      daysSpan(clause) ||
      // "Five people were killed within four hours": people counted over hours fell in several shootings
      (several && gram().hoursSpan.test(clause))) &&
    f.form !== "multiple";
  return {
    aggregate,
    history:
      L.history.test(beforeFact) ||
      CAME_AFTER.test(beforeFact) ||
      SINCE_WHEN.test(beforeFact) ||
      (CLAUSE_OF_TIME.test(text.slice(from, f.start)) && ANOTHER_SHOOTING.test(text.slice(f.end, to))) ||
      LONG_AFTER.test(text.slice(from, f.start)) ||
      // "killed in the same neighborhood in March": a time that ended a month or more before the report,
      // right after the predicate (where it happened may stand between), dates the fact before this incident
      sc.longPast.some(
        (t) => t.start >= f.end && t.end <= to && gram().noClauseBetween.test(text.slice(f.end, t.start)),
      ) ||
      mournedBefore(text, sentence, f) ||
      // "relatives of a child fatally shot last year": the time right after the predicate is the fact's
      gram().pastAfter.test(text.slice(f.end, Math.min(to, f.end + 60))) ||
      (sc.pastYear && (!aggregate || sc.datedPast)),
    hypothetical: f.rule === "hypothetical" || threatBefore(text.slice(from, Math.min(f.start, f.cue.start))),
    natural:
      (f.kind === "killed" && naturalDeath(text, f, sentence)) ||
      ((f.kind === "injured" || f.kind === "shot") &&
        (fleeingHarm(text, f, sentence) || medicalVisit(text, f, sentence))) ||
      blowOnTheBody(text, f, sentence),
  };
}
