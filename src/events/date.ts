/**
 * The date of an event, from the times stage: the first of its evidence ranges, then of its sentences,
 * that states a date; else the publication date (ACLED time precision 2). A time that dates the
 * telling ("police said Sunday") or what comes after ("is expected to be arraigned Tuesday") is not
 * the event's. The sentence right after the lead fact is read before later evidence: reports say the
 * toll, then when it happened ("It happened just before 9:20 p.m. Tuesday").
 */
import type { Range, SitrepDocument } from "../document/schema.js";
import { type EventDate, publicationDate, statedEventDate, timePrecision } from "../times/event-date.js";
import { gram } from "../casualties/grammar.js";
import { cardinalValue } from "../casualties/numbers.js";
import { loadData } from "../util/data.js";
import { sentenceAt } from "../util/ranges.js";
import { escapeRegExp } from "../util/regexp.js";

export type { EventDate };

interface DateCues {
  reporting: string[];
  reportingAfter: string[];
  reportingVia: string[];
  reportingNouns: string[];
  earlyHours: string[];
  aroundMidnight: string[];
  after: string[];
  later: string[];
  occurrence: string[];
  statedOccurrence: string[];
  otherPeople: string[];
  lookBack: string[];
  otherIncidents: string[];
  incidentNouns: string[];
  clauseBreaks: string[];
  finiteFacts: string[];
}

const MS_DAY = 864e5;
/** "a van that had been reported missing on June 9": the pluperfect tells what came before the event */
const PLUPERFECT = /\bhad\s{1,3}been\s{1,3}(?:[a-z]{3,16}\s{1,3}){1,2}(?:on\s{1,3})?$/i;
const INCIDENT_AFTER =
  /^(?:['’]s)?\s{1,3}(?:[a-z-]{3,16}\s{1,3})?(?:shooting|killing|homicide|murder|slaying|stabbing|gunfire|attack)s?\b/;
/** "the fatal shooting of the teen Tuesday": a time right after the incident and whom it struck */
const INCIDENT_OF =
  /\b(?:shooting|killing|slaying|stabbing|murder|homicide|death)\s{1,3}of\s{1,3}(?:[\w'’.-]{1,20}\s{1,3}){1,4}(?:on\s{1,3})?$/i;
const ANAPHORIC_BEFORE = /\b(?:previous|before|earlier|prior)\b/i;
/**
 * "on Friday, she was scheduled to receive", "Tuesday the family will gather": the time's own clause looks
 * ahead ("Friday, although the family will ..." opens another clause)
 */
const AHEAD_AFTER =
  /^,?\s{1,3}(?:(?!(?:although|though|but|and|while|because|as|after|before|when)\b)[\w'’-]{1,20}\s{1,3}){0,3}(?:will|(?:is|are|was|were)\s{1,3}(?:scheduled|expected|set|due|supposed)\s{1,3}to)\b/i;
/** "Saturday night into Sunday", "late Sunday night and into early Monday" */
const INTO = /^\s{1,3}(?:and\s{1,3})?into\s{1,3}(?:the\s{1,3})?/i;
/** times counted from the moment of speaking */
const DEICTIC = /\b(?:yesterday|today|tonight|tomorrow|ago|last\s+night|this\s+(?:morning|afternoon|evening))\b/i;

/** First and last day (UTC ms) of a day, week or range value, or null. */
function daySpan(value: string): [number, number] | null {
  const day = (d: string) => Date.parse(d + "T00:00:00Z");
  let m = /^(\d{4}-\d{2}-\d{2})(?:\/(\d{4}-\d{2}-\d{2}))?$/.exec(value);
  if (m) return [day(m[1]!), day(m[2] ?? m[1]!)];
  // months and years, alone or as a range ("2016-03/2016-05")
  const [a, b] = value.split("/");
  const first = (x: string) =>
    /^\d{4}$/.test(x) ? Date.UTC(Number(x), 0, 1) : /^\d{4}-\d{2}$/.test(x) ? day(x + "-01") : NaN;
  const last = (x: string) =>
    /^\d{4}$/.test(x)
      ? Date.UTC(Number(x), 11, 31)
      : /^\d{4}-\d{2}$/.test(x)
        ? Date.UTC(Number(x.slice(0, 4)), Number(x.slice(5, 7)), 0)
        : NaN;
  if (a && !Number.isNaN(first(a)) && !Number.isNaN(last(b ?? a))) return [first(a), last(b ?? a)];
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    // ISO week: the week holding January 4th is week 1
    const jan4 = Date.UTC(Number(m[1]), 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * MS_DAY + (Number(m[2]) - 1) * 7 * MS_DAY;
    return [monday, monday + 6 * MS_DAY];
  }
  return null;
}

interface Cues {
  earlyHours: RegExp;
  aroundMidnight: RegExp;
  reporting: RegExp;
  issued: RegExp;
  reportingAfter: RegExp;
  after: RegExp;
  later: RegExp;
  occurrence: RegExp;
  occurredOn: RegExp;
  statedOn: RegExp;
  otherPeople: RegExp;
  lookBack: RegExp;
  otherIncidents: RegExp;
  clauseBreak: RegExp;
  finiteFact: RegExp;
  /** a weekday's name (group 1) */
  weekday: RegExp;
}
let cues: Cues | null = null;
function dateCues(): Cues {
  if (cues) return cues;
  const d = loadData<DateCues>("events/date-cues.json");
  const alt = (ws: string[]) => ws.map((w) => escapeRegExp(w).replace(/ /g, "\\s{1,3}")).join("|");
  cues = {
    // "said Sunday", "police said late Monday", "announced on Tuesday", "said in a statement Monday"
    reporting: new RegExp(
      `\\b(?:${alt(d.reporting)})\\s{1,3}(?:(?:${alt(d.reportingVia)})\\s{1,3})?(?:(?:on|late|early|this|last)\\s{1,3}){0,2}$`,
      "i",
    ),
    // "early Sunday", "just after midnight", "3:35 a.m. Saturday" (a clock time from midnight to 5 a.m.)
    earlyHours: new RegExp(
      `(?:^|[^\\w.])(?:${alt(d.earlyHours)})(?![\\w])|\\b(?:12|[1-5])(?::[0-5]\\d)?\\s?a\\.?m\\b`,
      "i",
    ),
    // "late Sunday night", "late Friday night", "overnight", "just before midnight Friday"
    aroundMidnight: new RegExp(`\\blate\\b[^.;,]{0,20}\\bnight\\b|\\b(?:${alt(d.aroundMidnight)})\\b`, "i"),
    // "a statement released by Lakeview deputies Monday morning"
    issued: new RegExp(
      `\\b(?:${alt(d.reportingNouns)})\\s{1,3}(?:issued|released|given|held|sent)\\s{1,3}by\\s{1,3}(?:[\\w.'’-]{1,24}\\s{1,3}){1,4}$`,
      "i",
    ),
    // "Police on Sunday identified the victim": the time between a subject and its reporting verb
    reportingAfter: new RegExp(`^\\s{1,3}(?:${alt(d.reportingAfter)})\\b`, "i"),
    // "is expected to be arraigned Tuesday", "will appear in court Monday"
    after: new RegExp(`\\b(?:${alt(d.after)})\\b[^.;]{0,40}$`, "i"),
    // "was arrested Monday", "surrendered Tuesday"
    later: new RegExp(`\\b(?:${alt(d.later)})\\b[^.;]{0,40}$`, "i"),
    // "The shooting happened ... Saturday", "On Friday evening, police responded"
    occurrence: new RegExp(`\\b(?:${alt(d.occurrence)})\\b`, "i"),
    // "a deadly stabbing that occurred Tuesday evening": the time right after the occurrence
    occurredOn: new RegExp(`\\b(?:${alt(d.occurrence)})\\b[^.;,]{0,40}$`, "i"),
    // "The gunfire happened before dawn Sunday": the time the occurrence itself is told at
    statedOn: new RegExp(`\\b(?:${alt(d.statedOccurrence)})\\b[^.;,]{0,40}$`, "i"),
    // "Three other boys were shot and killed on Christmas": another incident's occurrence
    otherPeople: new RegExp(`\\b(?:${alt(d.otherPeople)})\\b`, "i"),
    // "gathered outside the laundromat where she was shot": a clause that looks back to the occurrence
    lookBack: new RegExp(`\\b(?:${alt(d.lookBack)})\\b`, "i"),
    // "Two more shootings from Saturday evening": a sentence of other incidents
    otherIncidents: new RegExp(
      `\\b(?:${alt(d.otherIncidents)})\\s{1,3}(?:[a-z-]{1,16}\\s{1,3})?(?:${alt(d.incidentNouns)})\\b`,
      "i",
    ),
    // "Five people were shot and a girl was hurt in the park on Sunday afternoon": no break before the day
    clauseBreak: new RegExp(`[,;:()\\u2013\\u2014]|\\s-\\s|\\b(?:${alt(d.clauseBreaks)})\\b`, "i"),
    finiteFact: new RegExp(`\\b(?:${alt(d.finiteFacts)})\\b`, "i"),
    weekday: new RegExp(`\\b(${alt([...gram().weekdays])})\\b`, "i"),
  };
  return cues;
}

/**
 * The times that can date what happened: not the telling, not what is still to come, and, unless
 * `later` holds, not a later step of the case (an arrest can only bound the event from above).
 */
function eventTimes(doc: SitrepDocument, later = false): SitrepDocument["times"] {
  // read once per document: the events stage asks for each of its events, and a long text has thousands
  let memo = eventTimesOf.get(doc);
  if (!memo) eventTimesOf.set(doc, (memo = {}));
  return (memo[later ? "later" : "now"] ??= readEventTimes(doc, later));
}

const eventTimesOf = new WeakMap<SitrepDocument, { now?: SitrepDocument["times"]; later?: SitrepDocument["times"] }>();

/** "on Monday, Nov. 15" when the 15th was a Tuesday: a date that contradicts itself dates nothing */
function weekdayClash(t: SitrepDocument["times"][number]): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(t.value)) return false;
  const named = dateCues().weekday.exec(t.text)?.[1]?.toLowerCase();
  if (!named || !/\d/.test(t.text)) return false;
  // (getUTCDay counts from Sunday, the grammar's weekdays from Monday)
  return gram().weekdays[(new Date(t.value + "T00:00:00Z").getUTCDay() + 6) % 7] !== named;
}

function readEventTimes(doc: SitrepDocument, later: boolean): SitrepDocument["times"] {
  const c = dateCues();
  const pub = doc.published ? Date.parse(doc.published.slice(0, 10) + "T00:00:00Z") : NaN;
  const direct = (doc.quotes ?? []).filter((q) => q.kind === "direct");
  return doc.times.filter((t) => {
    // "'Two days ago he was fine,' Ortega said": a quote's own now is the speaking, not the report
    if (DEICTIC.test(t.text) && direct.some((q) => q.start <= t.start && t.end <= q.end)) return false;
    // the month or year the report is in ("this month", "February" in February) says no more than the
    // report's own date; a bare number ("the 1600 block") is no year; a report tells of the weeks before
    // it, not after
    const span = daySpan(t.value);
    if (timePrecision(t.value) === 3 && span && !Number.isNaN(pub) && span[0] <= pub && pub <= span[1]) return false;
    if (
      /^\d{4}$/.test(t.text.trim()) &&
      !Number.isNaN(pub) &&
      Math.abs(Number(t.text.trim()) - new Date(pub).getUTCFullYear()) > 1
    )
      return false;
    if (span && !Number.isNaN(pub) && (span[1] < pub - 30 * MS_DAY || span[0] > pub)) return false;
    if (weekdayClash(t)) return false;
    // the cue must be in the time's own sentence: a headline "... Expected to Survive" above it is not
    const s = sentenceAt(doc.sentences, t.start);
    const before = doc.text.slice(Math.max(s?.start ?? 0, t.start - 80), t.start);
    const after = doc.text.slice(t.end, Math.min(s?.end ?? t.end, t.end + 30));
    // "in Sunday night's fatal shooting": a possessive time names the event itself
    if (/^['’]s\b/.test(after)) return true;
    return (
      !c.reporting.test(before) &&
      !c.issued.test(before) &&
      !c.after.test(before) &&
      !c.reportingAfter.test(after) &&
      !AHEAD_AFTER.test(doc.text.slice(t.end, Math.min(s?.end ?? t.end, t.end + 50))) &&
      (later || (!c.later.test(before) && !PLUPERFECT.test(before)))
    );
  });
}

/**
 * News tells of the days before it: a date that is the publication day itself usually dates a later
 * step ("Police on Wednesday identified ..."), so the first of the two days before it that `scope`
 * names, if any, is the event's.
 */
function dayBefore(view: SitrepDocument, scope: readonly Range[]): EventDate | null {
  return firstDayBack(view, scope, 2, () => true);
}

/**
 * "The shooting happened as the bar was letting out early Saturday" under a lead dated
 * by the report's own day ("released photos Tuesday"): the first day of the week before the report that
 * `scope` names in a sentence telling the occurrence itself or the police coming to it.
 */
function occurrenceDay(view: SitrepDocument, scope: readonly Range[]): EventDate | null {
  const { occurrence: re, otherPeople, lookBack } = dateCues();
  return firstDayBack(view, scope, 7, (t) => {
    const s = sentenceAt(view.sentences, t.start);
    const said = s ? view.text.slice(s.start, s.end) : "";
    const cue = re.exec(said);
    return !!cue && !otherPeople.test(said) && !lookBack.test(said.slice(Math.max(0, cue.index - 30), cue.index));
  });
}

/**
 * The first time in `scope` of a day from one to `maxDays` days before the report that `fits`; never a
 * day counted back from the event ("where he spent the previous night").
 */
function firstDayBack(
  view: SitrepDocument,
  scope: readonly Range[],
  maxDays: number,
  fits: (t: SitrepDocument["times"][number]) => boolean,
): EventDate | null {
  const pub = view.published ? Date.parse(view.published.slice(0, 10) + "T00:00:00Z") : NaN;
  if (Number.isNaN(pub)) return null;
  let best: SitrepDocument["times"][number] | null = null;
  for (const t of view.times) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(t.value) || ANAPHORIC_BEFORE.test(t.text)) continue;
    const days = (pub - Date.parse(t.value + "T00:00:00Z")) / MS_DAY;
    if (days < 1 || days > maxDays) continue;
    if (!scope.some((r) => r.start <= t.start && t.end <= r.end)) continue;
    if ((!best || t.start < best.start) && fits(t)) best = t;
  }
  return best ? { value: best.value, precision: 1 } : null;
}

/**
 * A day stated with the fact itself: inside it or just after its predicate ("were shot early Sunday"),
 * in its own sentence (a day opening the next sentence is not the fact's).
 */
function inside(view: SitrepDocument, r: Range, value: string): boolean {
  const s = sentenceAt(view.sentences, r.start);
  const end = Math.min(r.end + 25, s ? s.end : Infinity);
  return view.times.some((t) => r.start <= t.start && t.start <= end && t.value === value);
}

/**
 * "shot over the weekend ... Police were called Saturday afternoon": a day the incident's sentences
 * name inside a stated range is the finer date of the same event; of several, the earliest, since what
 * follows the shooting comes after it ("died Tuesday of the wounds he suffered Monday night"). Called
 * again with the whole article, where the first named counts, when the incident's sentences name none:
 * a story leads with "last weekend" and says the day further down ("that shooting occurred early Sunday
 * morning"). A sentence of other incidents ("Two more shootings from Saturday evening") names none.
 */
function narrowed(view: SitrepDocument, d: EventDate, scope: readonly Range[], earliest = true): EventDate {
  if (d.precision !== 2) return d;
  const span = daySpan(d.value);
  if (!span || span[0] === span[1]) return d;
  const other = dateCues().otherIncidents;
  let best: SitrepDocument["times"][number] | null = null;
  for (const t of view.times) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(t.value)) continue;
    const day = Date.parse(t.value + "T00:00:00Z");
    if (day < span[0] || day > span[1]) continue;
    if (!scope.some((r) => r.start <= t.start && t.end <= r.end)) continue;
    const s = sentenceAt(view.sentences, t.start);
    if (s && other.test(view.text.slice(s.start, s.end))) continue;
    if (!best || (earliest && t.value < best.value) || (t.value === best.value && t.start < best.start)) best = t;
  }
  return best ? { value: best.value, precision: 1 } : d;
}

export function eventDate(
  doc: SitrepDocument,
  evidence: readonly Range[],
  sentences: readonly Range[],
): EventDate | null {
  const view = { ...doc, times: eventTimes(doc) };
  const d =
    statedDate(view, evidence, sentences) ??
    statedDate({ ...doc, times: eventTimes(doc, true) }, evidence, sentences) ??
    dayBefore(view, sentences.length ? sentences : doc.sentences);
  return d
    ? untilPublished(
        nearMidnight(view, intoNextDay(view, woundedBefore(view, d, [...evidence, ...sentences])), [
          ...evidence,
          ...sentences,
        ]),
        doc.published,
      )
    : publicationDate(doc);
}

/** "died Monday", "was pronounced dead at the hospital Tuesday": a time told with a death */
const DEATH_BEFORE = /\b(?:died|dies|succumbed|passed\s{1,3}away|(?:pronounced|declared)\s{1,3}dead)\b[^.;]{0,30}$/i;
/** "injuries suffered Saturday night", "after being shot Friday": a time told with the wounding */
const WOUND_BEFORE =
  /\b(?:shot|wounded|injured|injuries|wounds|suffered|sustained|attacked|stabbed|beaten)\b[^.;,]{0,30}$/i;
/** "died Tuesday, two days after he was shot": the wounding counted back from the death */
const DAYS_AFTER =
  /^,?\s{1,3}(?:just\s{1,3}|only\s{1,3})?(one|two|three|four|five|six|a)\s{1,3}days?\s{1,3}after\s{1,3}(?:he|she|they|being|the\s{1,3}[\w-]{1,20})\s{1,3}(?:(?:was|were)\s{1,3})?(?:shot|wounded|injured|stabbed|attacked)\b/i;

/**
 * "A man died Monday from injuries suffered in a Saturday shooting", "died Tuesday, two days after he was
 * shot": an event dated by a death that came of an earlier wounding is the wounding's day (the attack is
 * the event; the death is its toll).
 */
function woundedBefore(view: SitrepDocument, d: EventDate, scope: readonly Range[]): EventDate {
  if (d.precision !== 1 || !/^\d{4}-\d{2}-\d{2}$/.test(d.value)) return d;
  for (const r of scope) {
    const s = sentenceAt(view.sentences, r.start) ?? r;
    const death = daysIn(view, s, d.value).find((t) =>
      DEATH_BEFORE.test(view.text.slice(Math.max(s.start, t.start - 50), t.start)),
    );
    if (!death) continue;
    let best: SitrepDocument["times"][number] | null = null;
    for (const t of view.times) {
      if (t.start < s.start || t.end > s.end || !/^\d{4}-\d{2}-\d{2}$/.test(t.value) || t.value >= d.value) continue;
      if (Date.parse(d.value) - Date.parse(t.value) > 30 * MS_DAY) continue;
      const wound =
        WOUND_BEFORE.test(view.text.slice(Math.max(s.start, t.start - 40), t.start)) ||
        INCIDENT_AFTER.test(view.text.slice(t.end, t.end + 40));
      if (wound && (!best || t.value < best.value)) best = t;
    }
    if (best) return { value: best.value, precision: 1 };
    const after = DAYS_AFTER.exec(view.text.slice(death.end, s.end));
    if (after) {
      const n = after[1]!.toLowerCase() === "a" ? 1 : cardinalValue(after[1]!)!;
      return { value: isoDay(Date.parse(d.value + "T00:00:00Z") - n * MS_DAY), precision: 1 };
    }
    return d;
  }
  return d;
}

/**
 * "The stabbing took place overnight Tuesday into Wednesday", "late Sunday night into early Monday": a night
 * told as running into the next day dates the event by that next day, the day of its small hours.
 */
function intoNextDay(view: SitrepDocument, d: EventDate): EventDate {
  if (d.precision !== 1 || !/^\d{4}-\d{2}-\d{2}$/.test(d.value)) return d;
  const next = isoDay(Date.parse(d.value + "T00:00:00Z") + MS_DAY);
  for (const t of view.times) {
    if (t.value !== d.value) continue;
    const m = INTO.exec(view.text.slice(t.end, t.end + 30));
    if (m && view.times.some((u) => u.start === t.end + m[0].length && u.value === next))
      return { value: next, precision: 1 };
  }
  return d;
}

/**
 * "gunfire erupted outside a nightclub late Sunday night": the day a time around midnight names is known
 * within a day (ACLED time precision 2), since the event may have come in the small hours after it.
 */
function nearMidnight(view: SitrepDocument, d: EventDate, scope: readonly Range[]): EventDate {
  if (d.precision !== 1) return d;
  for (const r of scope) {
    const s = sentenceAt(view.sentences, r.start) ?? r;
    const t = daysIn(view, s, d.value)[0];
    if (!t) continue;
    return dateCues().aroundMidnight.test(withLead(view.text, s, t)) ? { value: d.value, precision: 2 } : d;
  }
  return d;
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * A report tells of what happened before it: "over the weekend" in Saturday's paper, "this week" on a
 * Thursday end on the publication day (a range wholly before it stands).
 */
export function untilPublished(d: EventDate, published: string | null | undefined): EventDate {
  if (d.precision === 1 || !published) return d;
  const pub = Date.parse(published.slice(0, 10) + "T00:00:00Z");
  const span = daySpan(d.value);
  if (Number.isNaN(pub) || !span || span[1] <= pub || span[0] > pub) return d;
  if (span[0] === pub) return { value: isoDay(pub), precision: 1 };
  return { value: `${isoDay(span[0])}/${isoDay(pub)}`, precision: d.precision };
}

/**
 * "were injured ... early Sunday", "about 3:35 a.m. Saturday": the small hours of the publication day,
 * stated in the sentence of `r`, are the event's (a report of that day tells of what happened hours
 * before it, not of a later step).
 */
function smallHours(view: SitrepDocument, r: Range, value: string): boolean {
  const s = sentenceAt(view.sentences, r.start) ?? r;
  const re = dateCues().earlyHours;
  return daysIn(view, s, value).some((t) => re.test(withLead(view.text, s, t)));
}

/**
 * A day stated with any fact of the lead's sentence: "Five people were shot and a girl was injured in
 * Fairview on Sunday afternoon" states the day with its second fact, and it is the first's too.
 */
function leadInside(view: SitrepDocument, evidence: readonly Range[], first: Range, value: string): boolean {
  const s = sentenceAt(view.sentences, first.start);
  return (
    evidence.some((r) => (r === first || (s && s.start <= r.start && r.end <= s.end)) && inside(view, r, value)) ||
    (!!s && sameClause(view, s, first, value))
  );
}

/**
 * "Five people were shot and a girl was hurt in the park on Sunday afternoon": a day the lead fact's clause
 * runs on to, through a coordinated fact or a place but no clause break, is the fact's day.
 */
function sameClause(view: SitrepDocument, s: Range, r: Range, value: string): boolean {
  const c = dateCues();
  // a finite fact ("were shot"), not one inside a noun's modifier ("a man accused of shooting two people")
  if (!c.finiteFact.test(view.text.slice(r.start, r.end))) return false;
  return daysIn(view, s, value).some(
    (t) => t.start >= r.end && t.start - r.end <= 90 && !c.clauseBreak.test(view.text.slice(r.end, t.start)),
  );
}

/**
 * "charges for a Saturday morning shooting", "in Sunday's fatal shooting": a day that modifies the
 * incident's own noun dates the incident, even on the publication day.
 */
function namesIncident(view: SitrepDocument, r: Range, value: string): boolean {
  const s = sentenceAt(view.sentences, r.start) ?? r;
  return daysIn(view, s, value).some((t) => INCIDENT_AFTER.test(view.text.slice(t.end, t.end + 40)));
}

/**
 * "a deadly stabbing that occurred Tuesday evening": a day told right after the occurrence is its
 * day, even on the publication day ("a gun dropped off at her home yesterday" is no earlier shooting).
 */
function occurredOn(view: SitrepDocument, r: Range, value: string): boolean {
  const s = sentenceAt(view.sentences, r.start) ?? r;
  const re = dateCues().occurredOn;
  return daysIn(view, s, value).some((t) => re.test(view.text.slice(Math.max(s.start, t.start - 60), t.start)));
}

/**
 * A sentence that tells when the incident happened ("It happened just before 9:20 p.m. Tuesday"): a calendar
 * time right after the occurrence word, in a sentence not of other incidents or other people.
 */
function statesOccurrence(view: SitrepDocument, s: Range): boolean {
  const { statedOn, otherIncidents, otherPeople } = dateCues();
  const said = view.text.slice(s.start, s.end);
  if (otherIncidents.test(said) || otherPeople.test(said)) return false;
  return view.times.some(
    (t) =>
      s.start <= t.start &&
      t.end <= s.end &&
      timePrecision(t.value) !== null &&
      (statedOn.test(view.text.slice(Math.max(s.start, t.start - 60), t.start)) ||
        INCIDENT_OF.test(view.text.slice(Math.max(s.start, t.start - 60), t.start))),
  );
}

/** The times of `value` inside sentence `s`. */
function daysIn(view: SitrepDocument, s: Range, value: string): SitrepDocument["times"] {
  return view.times.filter((t) => t.value === value && s.start <= t.start && t.end <= s.end);
}

/** A time with the few words before it in its sentence ("late Sunday night", "early Sunday"). */
function withLead(text: string, s: Range, t: Range): string {
  return text.slice(Math.max(s.start, t.start - 12), t.end);
}

/** The date the event's evidence, then its sentences, state in `view`'s times; null when none does. */
function statedDate(view: SitrepDocument, evidence: readonly Range[], sentences: readonly Range[]): EventDate | null {
  const order: Range[] = [...evidence];
  const first = evidence[0];
  if (first) {
    const i = view.sentences.findIndex((s) => s.start <= first.start && first.start < s.end);
    const next = i >= 0 ? view.sentences[i + 1] : undefined;
    if (next && sentences.some((s) => s.start === next.start)) order.splice(1, 0, next);
    // "The gunfire happened before dawn Sunday", "escalated into the fatal shooting of the boy Wednesday":
    // the incident's own statement of when comes before later evidence (an updated story's closing "the
    // boy who was shot ... Thursday") and before the sentence after the lead, which may tell a later
    // step ("was declared brain dead Monday")
    order.splice(1, 0, ...sentences.filter((s) => !order.includes(s) && statesOccurrence(view, s)));
    // "Shots rang out near 1:15 a.m. Sunday. Four people were struck.": the sentence the toll
    // follows in its paragraph tells the scene it counts, before the story's earlier background does
    const prev = i > 0 ? view.sentences[i - 1] : undefined;
    const own = view.sentences[i];
    if (
      prev &&
      own &&
      !view.text.slice(prev.end, own.start).includes("\n") &&
      sentences.some((s) => s.start === prev.start)
    )
      order.push(prev);
  }
  const pubDay = view.published?.slice(0, 10);
  for (const r of [...order, ...sentences]) {
    const d = statedEventDate(view, r);
    // a day stated inside the lead fact itself ("were shot Sunday") is the event's, whatever it is
    if (d)
      return d.value === pubDay &&
        !(first && leadInside(view, evidence, first, d.value)) &&
        !smallHours(view, r, d.value) &&
        !namesIncident(view, r, d.value) &&
        !occurredOn(view, r, d.value)
        ? (dayBefore(view, sentences) ?? occurrenceDay(view, sentences) ?? d)
        : narrowed(view, narrowed(view, d, sentences), view.sentences, false);
  }
  return null;
}
