/**
 * Events: the casualty facts of an article grouped into incidents (a headline count and a body count
 * of the same shooting are one event; "in a separate shooting" opens another), each with its ACLED
 * type, date, place, actors, fatalities and injured as ranges, evidence spans, evidential status and
 * a confidence. Cumulative totals, history and threats never become events (the casualties stage
 * flags or drops them). Strategic developments without casualties are read from their main clause.
 */
import type { Casualty, Event, Range, SitrepDocument } from "../document/schema.js";
import type { Stage } from "../document/stage.js";
import { factContext } from "../casualties/context.js";
import { sentenceFacts, type Fact } from "../casualties/facts.js";
import { gram } from "../casualties/grammar.js";
import { esc, lex } from "../casualties/lexicon.js";
import { cardinalValue, isVagueRule } from "../casualties/numbers.js";
import { evidentialStatus } from "../quotes/status.js";
import { eventActors } from "./actors.js";
import { eventDate } from "./date.js";
import { isDoerRole, officersOnly, toCountFact, totals, woundedOrdinal, type CountFact } from "./incidents.js";
import { borrowsPlace, countryOnly, eventPlace } from "./place.js";
import { strategicMention } from "./strategic.js";
import { eventType, typesData } from "./type.js";
import { pushTo } from "../util/group.js";

const ATTEMPTED = /\battempted\s{1,3}murder[-\s]suicide\b/i;
/** "turning the gun on himself": aiming at oneself, which tells a shot, not its outcome */
const TURNED_ON = /^turn(?:ed|ing|s)?\b/i;

/**
 * "shot two people, then turned the gun on himself. He is in critical condition": the doer, told by a
 * pronoun of his own sex or by his role right after, is hurt and alive, and no word of his death there
 * undoes that
 */
function toldAliveAfter(doc: SitrepDocument, turned: Casualty): Casualty | null {
  const self = /\b(him|her)self\b/i.exec(turned.text)?.[1]?.toLowerCase();
  if (!self || turned.sentence === undefined) return null;
  const at = turned.sentence;
  const pronoun = self === "him" ? /^he\b/i : /^she\b/i;
  const later = doc.casualties.filter(
    (c) =>
      !c.aggregate &&
      !c.negated &&
      c.start >= turned.end &&
      c.sentence !== undefined &&
      c.sentence >= at &&
      c.sentence <= at + 1 &&
      (pronoun.test(c.text) ||
        // "The gunman is in critical condition": the doer told by his role
        (c.person?.definite === true && !c.person.name && isDoerRole(c.victims?.toLowerCase().split(/\s+/).pop()))),
  );
  return later.some((c) => c.kind === "killed") ? null : (later.find((c) => c.kind === "injured") ?? null);
}

const toll = (e: Event): number => (e.fatalities?.best ?? 0) + (e.injured?.best ?? 0);

/**
 * "Two shootings: a man hurt on Elm Street, a woman found dead on Oak Avenue": of incidents
 * with the same toll, the deadlier is the article's main one (a report, like its headline, leads with the
 * dead), so it goes before the others of that toll, which readers of the main event take first
 */
function leadDeadliest(out: Event[]): void {
  if (out.length < 2) return;
  const most = Math.max(...out.map(toll));
  const first = out.findIndex((e) => toll(e) === most);
  let lead = first;
  out.forEach((e, i) => {
    if (toll(e) === most && (e.fatalities?.best ?? 0) > (out[lead]!.fatalities?.best ?? 0)) lead = i;
  });
  if (lead !== first) out.splice(first, 0, ...out.splice(lead, 1));
}

/** A name of two words or more, lower-cased and spaced one way; null for a single name, which others share */
function fullName(name: string | null | undefined): string | null {
  const words = (name ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  return words.length >= 2 ? words.join(" ") : null;
}

/** "3 Men At Bakery", "Elderly Man On Porch": people, counted or one, and the place they were at */
const GROUP_AT_PLACE =
  /^((?:[\w'’-]{1,20}\s{1,3}){0,3}?)([\w'’-]{1,20})\s{1,3}(?:at|in|on|near|outside|inside)\s{1,3}\S/i;

/**
 * "Four Shot Dead In Eastfield: 3 Men At Bakery, Elderly Man On Porch": after a colon,
 * groups of people each at a place of their own, which add up to a count before the colon, split that
 * count among shootings; the counts of the groups in order, or null
 */
function groupsAtPlaces(title: string): { colon: number; counts: number[] } | null {
  const colon = title.indexOf(":");
  if (colon < 0) return null;
  const items = title
    .slice(colon + 1)
    .split(/\s*[,;]\s*(?:and\s{1,3})?|\s{1,3}and\s{1,3}/i)
    .map((x) => x.trim())
    .filter(Boolean);
  if (items.length < 2) return null;
  const counts: number[] = [];
  for (const item of items) {
    const m = GROUP_AT_PLACE.exec(item);
    if (!m) return null;
    const n = cardinalValue(m[1]!.split(/\s+/)[0]!);
    const head = m[2]!.toLowerCase();
    // a group with no count is one person ("Woman In Apartment"), never people of unknown number
    if (n === null && (!lex().persons.has(head) || /s$|^(?:men|women|children|people)$/.test(head))) return null;
    counts.push(n ?? 1);
  }
  return { colon, counts };
}

/** Facts the headline states: counts without offsets, merged into the article's first incident. */
function titleFacts(doc: SitrepDocument): CountFact[] {
  if (!doc.title) return [];
  const t = doc.title;
  const whole = { start: 0, end: t.length };
  const aggregates = doc.casualties.filter((c) => c.aggregate);
  // "Two Benbrook teens die" when the body says they "died in separate incidents"
  const restatesAggregate = (f: Fact) => {
    const kind = f.kind === "shot" ? "casualties" : f.kind;
    // "6 shot Sunday in Chicago" over "Six people ... were wounded in Chicago shootings Sunday": the people
    // hit are the wounded when none died
    const same = (c: (typeof aggregates)[number]) => c.kind === kind || (kind === "casualties" && c.kind === "injured");
    return (f.best ?? 0) > 1 && aggregates.some((c) => same(c) && c.best === f.best);
  };
  const facts = sentenceFacts(t, whole, -1, true);
  // the count the groups after a colon add up to is a tally of shootings: the first group's is the first's
  const groups = groupsAtPlaces(t);
  if (groups) {
    const sum = groups.counts.reduce((a, b) => a + b, 0);
    for (const f of facts)
      if (f.end <= groups.colon && f.low === f.high && f.best === sum) {
        f.low = f.best = f.high = groups.counts[0]!;
        f.singular = f.best === 1;
      }
  }
  // "Six shot, two fatally, in Baltimore on Saturday" over "two men were killed ... in three separate
  // shootings": a headline that sums up a roundup in one count sums it up in its others too
  const roundup = facts.some((f) => f.form !== "multiple" && restatesAggregate(f));
  // "Deputies investigating murder-suicide" over "an attempted murder-suicide" in the body: the headline
  // shortens the body's words, and no one need have died
  const attempted =
    facts.some((f) => f.rule === "murder-suicide") &&
    doc.sentences.some((s) => ATTEMPTED.test(doc.text.slice(s.start, s.end)));
  return facts
    .filter((f) => {
      if (f.rule === "hypothetical") return false;
      if (f.rule === "murder-suicide" && attempted) return false;
      // "..., pushing death toll to 49": a headline can hold a cumulative count too
      const ctx = factContext(t, whole, f, doc.published);
      if (ctx.aggregate || ctx.history || ctx.natural) return false;
      return !restatesAggregate(f) && !(roundup && !f.singular);
    })
    .map((f) => ({
      kind:
        f.kind === "killed" || f.kind === "injured" || f.kind === "shot"
          ? f.kind
          : f.kind === "casualties"
            ? "shot"
            : "other",
      count: { low: f.low, best: f.best, high: f.high },
      additive: f.additive,
      person: f.singular ? { name: f.name, age: f.age, definite: f.definite } : null,
      negated: f.negated,
      range: null,
      sentence: -1,
      perpetrator: f.perpetrator,
      victims: f.victims,
      reflexive: f.rule === "reflexive",
      partitive: f.rule === "exact" || f.rule === "other",
      vague: isVagueRule(f.rule),
      // "Third person dies after Friday bar shooting": at least that many dead
      ...(/^nth-\d+$/.test(f.rule) ? { ordinal: Number(f.rule.slice(4)), nth: true } : {}),
    }));
}

/** "his last year of high school": a period someone owns is a stretch of their life, not a time set back */
const OWNED_PERIOD = /\b(?:his|her|their|my|our|its)\s{1,3}last\s{1,3}(?:year|month|week)\b/gi;

/** "Another shooting victim", "a second shooting victim": one more person hit, not another shooting */
const VICTIM_OF_SHOOTING = /\b(?:another|second|third)\s{1,3}shooting\s{1,3}(?=victims?\b)/gi;

/**
 * "In a second sad case this month", "In an unrelated late-night shooting": an
 * incident of another kind or order, its own words between; the cue list holds only the bare phrases
 */
const OTHER_INCIDENT =
  /\b(?:in|during)\s{1,3}(?:a|an)\s{1,3}(?:second|third|fourth|separate|unrelated|different)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}?(?:incident|shooting|case|attack|killing|homicide)s?\b/i;

/** "Hours later,", "About 20 minutes later,", "Earlier that day,", "Later in the evening,": a time told from the incident before */
const RELATIVE_OPENER =
  /^(?:(?:just|about|some|several|a\s{1,3}few|a\s{1,3}couple\s{1,3}of|two|three|an|a)\s{1,3}){0,3}(?:hours?|minutes?)\s{1,3}(?:later|earlier|before)\b|^(?:earlier|later)\s{1,3}(?:that|the\s{1,3}same|in\s{1,3}the)\s{1,3}(?:day|night|morning|afternoon|evening)\b/i;

/**
 * "Police also are investigating a stabbing", "Officers also responded to a shooting": the police's other
 * case, told by "also" and an indefinite incident
 */
const ALSO_INVESTIGATING =
  /\b(?:police|officers|detectives|deputies|authorities|investigators|troopers)\s{1,3}(?:(?:are|were|is|was|have|had)\s{1,3})?also\s{1,3}(?:(?:are|were|have|had)\s{1,3})?(?:investigating|investigated|responded\s{1,3}to|looking\s{1,3}into|called\s{1,3}to|probing)\s{1,3}(?:a|an|another)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}?(?:shooting|stabbing|killing|homicide|attack|incident|death)\b/i;

/** Splits the body into incidents at sentences that announce another one ("in a separate shooting"). */
function incidentOf(doc: SitrepDocument): number[] {
  const L = lex();
  const ids: number[] = [];
  let id = 0;
  // sentences that report people hit: after the first of them, a roundup may begin another incident
  const reported = new Set(doc.casualties.filter((c) => !c.aggregate && !c.negated).map((c) => c.sentence));
  let told = false;
  doc.sentences.forEach((s, i) => {
    const text = doc.text.slice(s.start, s.end);
    const G = gram();
    const separate =
      L.separate.test(text) &&
      L.separate.test(text.replace(G.anotherPeriod, " ").replace(OWNED_PERIOD, " ").replace(VICTIM_OF_SHOOTING, " "));
    if (
      i > 0 &&
      (separate || OTHER_INCIDENT.test(text) || ALSO_INVESTIGATING.test(text) || (told && newShooting(doc, s, i)))
    )
      id++;
    ids.push(id);
    if (reported.has(i)) told = true;
  });
  return ids;
}

/**
 * A roundup of a city's shootings tells them one after another, each opened by its time and an
 * indefinite victim or one new by age: each such sentence, after a report of people hit, begins another incident.
 */
function newShooting(doc: SitrepDocument, s: Range, i: number): boolean {
  if (kinShotLater(doc, s, i)) return true;
  const opening = doc.text.slice(s.start, Math.min(s.end, s.start + 120));
  if (!gram().frontedTime.test(opening) && !newPlace(doc.text, s, opening)) return false;
  return doc.casualties.some(
    (c) =>
      c.sentence === i &&
      !c.aggregate &&
      !c.negated &&
      !c.person?.definite &&
      // "Friday night, 12-year-old Jalen Moss was critically wounded": a name told with its age is new
      // "Late Tuesday, around 11 p.m., another teen was shot on Pine Street": "another" after a new time is one more
      // shooting's victim
      (c.rule === "singular" ||
        c.rule === "conjunction" ||
        // "On Thursday, two women were wounded a mile away": a group named by its own noun, of a number
        // not told before ("Around 9 p.m., four men were struck by gunfire" under "Four men were hurt" restates
        // the lead; "two of the victims", "two others" are of the people told)
        (c.rule === "exact" &&
          !!c.victims &&
          !/\b(?:victims|others|wounded|injured|dead)$/i.test(c.victims) &&
          !/^\S+\s{1,3}of\b/i.test(c.text) &&
          !doc.casualties.some((d) => d.sentence! < i && !d.aggregate && d.best === c.best)) ||
        c.rule === "another" ||
        (c.rule === "named" && c.person?.age != null)),
  );
}

/**
 * "In the Maple Heights neighborhood, a man was shot": a place fronted as a roundup's shootings are, not named
 * before ("In the 1200 block of Elm Street, a second man was hit" after "shot in the 1200 block of Elm Street" is
 * the same shooting's place, as is one told "same" or "that")
 */
function newPlace(text: string, s: Range, opening: string): boolean {
  // "About an hour later, in the 1200 block of Elm Street, two men": the place may follow a fronted time
  const place = gram().frontedPlace.exec(opening.replace(gram().leadTime, ""))?.[1];
  if (!place || /\b(?:same|that|this|nearby)\b/i.test(place)) return false;
  const name = place.replace(/^(?:the|a|an)\s{1,3}/i, "").replace(/\s{1,3}/g, " ");
  // the first mention anywhere, instead of a lower-cased copy of all the text before each such sentence
  const first = new RegExp(esc(name), "i").exec(text);
  return !first || first.index + first[0].length > s.start;
}

/** "Hours later, the man's brother", "A day later, his cousin": a later time, then someone's relative */
const LATER_KIN =
  /^(?:(?:about|some|several|just|a\s{1,3}few|two|three|a|an)\s{1,3})?(?:hours?|days?)\s{1,3}later,\s{1,3}(?:the\s{1,3}(?:[\w-]{1,20}\s{1,3})?[\w-]{1,20}['’]s|his|her|their)\s{1,3}([a-z]{3,15})\s/i;

/**
 * "A man was shot Friday. Hours later, the man's brother was shot on Oak Street": a relative of the one
 * hit, none told hit before, shot hours or days later is another shooting's victim
 */
function kinShotLater(doc: SitrepDocument, s: Range, i: number): boolean {
  const kin = LATER_KIN.exec(doc.text.slice(s.start, Math.min(s.end, s.start + 90)))?.[1]?.toLowerCase();
  if (!kin || !lex().persons.has(kin)) return false;
  const told = new RegExp(`\\b${kin}\\b`, "i");
  return (
    doc.casualties.some(
      (c) => c.sentence === i && !c.aggregate && !c.negated && c.kind !== "injured" && told.test(c.text),
    ) && !doc.casualties.some((c) => c.sentence! < i && told.test(c.text))
  );
}

function confidence(basis: string, nFacts: number, hasPlace: boolean, dated: boolean): number {
  let c = basis === "stated" ? 0.6 : 0.45;
  if (nFacts > 1) c += 0.15;
  if (hasPlace) c += 0.1;
  if (dated) c += 0.1;
  return Math.min(0.95, Math.round(c * 100) / 100);
}

/**
 * "The boy was hurt when he tripped trying to flee": the people each incident's sentences tell hurt by
 * the flight from gunfire, whom the casualties stage leaves out, by incident.
 */
function fleeingHarmed(doc: SitrepDocument, ids: readonly number[]): Map<number, number> {
  const out = new Map<number, number>();
  doc.sentences.forEach((s, si) => {
    const said = doc.text.slice(s.start, s.end);
    if (!/\b(?:injur|hurt)/i.test(said) || !lex().fleeingWord.test(said)) return;
    for (const f of sentenceFacts(doc.text, s, si))
      if (f.kind === "injured" && f.singular && !f.negated && factContext(doc.text, s, f, doc.published).natural)
        out.set(ids[si] ?? 0, (out.get(ids[si] ?? 0) ?? 0) + 1);
  });
  return out;
}

export const events: Stage = {
  name: "events",
  run(doc) {
    const ids = incidentOf(doc);
    const groups = new Map<number, CountFact[]>();
    // "turned the shotgun on himself" in "the attempted murder-suicide": the doer shot himself, and the
    // article's own word says someone lived, so the shot need not have killed him
    const attempted =
      ATTEMPTED.test(doc.title ?? "") || doc.sentences.some((s) => ATTEMPTED.test(doc.text.slice(s.start, s.end)));
    // "turned the gun on himself. He is in critical condition": the doer hurt, told twice
    const restated = new Set<Casualty>();
    // "A B, 7, was killed Saturday. ... On Friday, C D was shot. ... Detectives think the gunman who killed A B
    // was aiming at his uncle": a person named in full in an earlier incident is still that incident's when a
    // later one names them again
    const firstIncidentOf = new Map<string, number>();
    const toldBefore = (name: string | null | undefined, id: number): number => {
      const key = fullName(name);
      if (!key) return id;
      const before = firstIncidentOf.get(key);
      if (before !== undefined && before < id) return before;
      if (before === undefined) firstIncidentOf.set(key, id);
      return id;
    };
    for (const c of doc.casualties) {
      if (c.aggregate) continue;
      if (restated.has(c)) continue;
      const f = toCountFact(c);
      const alive = f.reflexive && f.kind === "killed" && TURNED_ON.test(c.text) ? toldAliveAfter(doc, c) : null;
      if (alive) {
        f.kind = "injured";
        restated.add(alive);
      } else if (attempted && f.reflexive && f.kind === "killed" && TURNED_ON.test(c.text)) f.kind = "shot";
      const id = f.sentence >= 0 ? toldBefore(f.person?.name, ids[f.sentence] ?? 0) : 0;
      if (!groups.has(id)) groups.set(id, []);
      groups.get(id)!.push(f);
    }
    const headline = titleFacts(doc).filter((f) => f.kind !== "other");
    const fledBy = fleeingHarmed(doc, ids);
    if (headline.length) groups.set(0, [...headline, ...(groups.get(0) ?? [])]);
    const out: Event[] = [];
    // the date of the incident told last, which a relative time ("Hours later,") counts from
    let dateBefore: Event["date"] = null;
    // each incident's sentences, in order, gathered in one pass
    const sentencesOf = new Map<number, Range[]>();
    doc.sentences.forEach((s, i) => pushTo(sentencesOf, ids[i]!, s));
    for (const [id, facts] of [...groups.entries()].sort((a, b) => a[0] - b[0])) {
      const t = totals(facts, doc.text);
      // a headline that states both tolls in numbers ("1 dead, 3 hurt") summarises the incident: the
      // body's victim-by-victim account may mix in people of other incidents or restate one twice
      if (id === 0) {
        // "1 dead, several injured": a vague word is no stated toll to override the body's count
        // ("Gunman kills 2, wounds 3 before killing himself": the doer told dead is one of its dead too)
        const stated = headline.filter(
          (f) => (!f.person || f.reflexive) && !f.negated && !f.vague && (f.count.best ?? 0) > 0,
        );
        const th = totals(stated, doc.text);
        if (
          stated.some((f) => f.kind === "killed") &&
          stated.some((f) => f.kind === "injured") &&
          th.fatalities &&
          th.injured
        ) {
          t.fatalities = th.fatalities;
          // "1 dead, 2 hurt" over "UPDATE: a third person was wounded": the body counts on past the headline
          const n = th.injured.best ?? 0;
          // "1 Dead, 2 Deputies Hurt" over a body that also tells a neighbor shot: a toll of officers counts
          // none of the others hurt, whom the body adds
          const others =
            stated.every((f) => f.kind !== "injured" || officersOnly(f.victims)) && (t.injured?.best ?? 0) > n;
          if (!others)
            t.injured = n > 0 && woundedOrdinal(facts, n + 1) ? { low: n + 1, best: n + 1, high: n + 1 } : th.injured;
        } else if (
          stated.some((f) => f.kind === "killed") &&
          stated.some((f) => f.kind === "shot") &&
          th.fatalities &&
          th.injured
        ) {
          // "4 shot, 2 fatally": the people hit and the dead among them
          t.fatalities = th.fatalities;
          t.injured = th.injured;
          // "5 people shot, 1 dead" over "One person is dead ... five other people were shot": the body's
          // "other" tells that the headline's people hit are the ones besides the dead
          const hit = stated.find((f) => f.kind === "shot")!.count.best;
          if (
            facts.some(
              (f) => f.range && f.kind === "shot" && f.additive && !f.person && !f.negated && f.count.best === hit,
            )
          )
            t.injured = { low: hit, best: hit, high: hit };
        }
      }
      // "4 Hurt In Oakdale Shooting" over "Three men were shot ... The boy was hurt, but it was because he
      // tripped": a toll no count of people shot gives, but one more by just the people a fleeing harm hurt,
      // counts them ("All four were taken to Mercy Hospital" counts the boy too)
      const fled = fledBy.get(id) ?? 0;
      const hurt = t.injured?.best ?? 0;
      if (fled > 0 && hurt > fled) {
        const dead = t.fatalities?.best ?? 0;
        const shot = facts
          .filter(
            (f) =>
              f.range &&
              !f.person &&
              !f.negated &&
              (f.kind === "shot" || f.kind === "injured") &&
              lex().gunshotWord.test(doc.text.slice(f.range.start, f.range.end)),
          )
          .map((f) => (f.count.best ?? 0) - (f.kind === "shot" ? dead : 0));
        if (shot.includes(hurt - fled) && !shot.includes(hurt))
          t.injured = { low: hurt - fled, best: hurt - fled, high: hurt - fled };
      }
      if (!t.fatalities && !t.injured) continue;
      if ((t.fatalities?.best ?? 0) === 0 && (t.injured?.best ?? 0) === 0 && facts.every((f) => f.negated)) continue;
      const evidence: Range[] = facts.filter((f) => f.range && !f.negated).map((f) => f.range!);
      const sentences = sentencesOf.get(id) ?? [];
      // "In a second sad case, a baby was found dead; the cause is not known": an incident told apart from
      // the article's first with no word of violence is a death or a stay in hospital, no violent event
      if (id > 0 && !sentences.some((s) => lex().violenceWord.test(doc.text.slice(s.start, s.end)))) continue;
      const allText =
        sentences.map((s) => doc.text.slice(s.start, s.end)).join(" ") + " " + (id === 0 ? (doc.title ?? "") : "");
      const { type, subType } = eventType(allText);
      // "was taken into custody Tuesday": an arrest is told with its own day, after the attack's
      const harmed = facts.filter((f) => f.range && !f.negated && f.kind !== "other").map((f) => f.range!);
      const own = eventDate(doc, harmed.length ? harmed : evidence, sentences);
      // "A few hours later, a woman was wounded": an incident told by its time after the one before, with
      // no day of its own, happened on that one's day
      const opener = sentences[0] ? doc.text.slice(sentences[0].start, sentences[0].end) : "";
      const prev = dateBefore as Event["date"];
      const date = id > 0 && own?.precision !== 1 && prev?.precision === 1 && RELATIVE_OPENER.test(opener) ? prev : own;
      dateBefore = date;
      const place = eventPlace(doc, evidence, sentences);
      const perp = facts.find((f) => f.perpetrator)?.perpetrator ?? null;
      const victims = facts.find((f) => f.victims && f.range)?.victims ?? null;
      const { actor1, actor2 } = eventActors(doc, perp, victims, evidence);
      const first = facts.find((f) => f.range);
      out.push({
        type,
        subType,
        date,
        place,
        actor1,
        actor2,
        fatalities: t.fatalities,
        injured: t.injured,
        evidence,
        ...(first?.range ? evidentialStatus(doc, first.range) : { status: "asserted" as const, source: null }),
        confidence: confidence(t.basis, facts.length, place !== null, date !== null && date.precision === 1),
      });
    }
    leadDeadliest(out);
    // strategic developments: sentences with no casualty fact whose main clause is a deployment
    const withFacts = new Set(doc.casualties.map((c) => c.sentence));
    const strat = typesData().strategic;
    doc.sentences.forEach((s, i) => {
      if (withFacts.has(i)) return;
      const m = strategicMention(doc.text, s);
      if (!m) return;
      const { actor1 } = eventActors(doc, m.actor, null, [m.evidence]);
      const place = eventPlace(doc, [m.evidence], [s]);
      out.push({
        type: strat.type,
        subType: strat.subType,
        date: eventDate(doc, [m.evidence], [s]),
        // a deployment whose own paragraph names no destination is known only to be in the article's
        // country, not at the village of the fighting told elsewhere (ACLED geo precision 3)
        place: place && borrowsPlace(doc, [m.evidence], [s]) ? countryOnly(place) : place,
        actor1,
        actor2: null,
        fatalities: { low: 0, best: 0, high: 0 },
        injured: null,
        evidence: [m.evidence],
        ...evidentialStatus(doc, m.evidence),
        confidence: 0.5,
      });
    });
    return { ...doc, events: out };
  },
};
