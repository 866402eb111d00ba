import type { Casualty, CasualtyKind } from "../document/schema.js";
import type { Stage } from "../document/stage.js";
import { overlapsAny } from "../util/ranges.js";
import { SpanIndex } from "../util/span-index.js";
import { factContext, pastOpener, sequelOpener, type SentenceContext, sentenceContext } from "./context.js";
import { sentenceFacts, type Fact } from "./facts.js";

export { readCount, findCounts, type CountReading } from "./numbers.js";
export { sentenceFacts, type Fact } from "./facts.js";

/** People hit by gunfire are killed or injured: outside the stage they are "casualties". */
function publicKind(k: Fact["kind"]): CasualtyKind {
  return k === "shot" ? "casualties" : k;
}

/** "21 others" names nobody: it borrows the victims of the fact before it ("13 IRGC members"). */
function resolveOthers(facts: Fact[]): void {
  for (let i = 1; i < facts.length; i++) {
    const f = facts[i]!;
    if (f.victims && /^others?$/i.test(f.victims.trim())) {
      const prev = facts[i - 1]!;
      if (prev.sentence === f.sentence && prev.victims) f.victims = prev.victims;
    }
  }
}

/**
 * A broadcast transcript in capitals repeats the story loosely: it is not read. A subhead in capitals
 * ("CALL ABOUT GUNFIRE ENDS WITH THREE DEAD") is a headline of the passage under it: a short line of
 * its own with no closing stop, it is read.
 */
function shouting(text: string, r: { start: number; end: number }): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = r.start; i < r.end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  return upper > 20 && upper > 3 * lower && !subhead(text, r);
}

const SUBHEAD_WORDS = 12;

function subhead(text: string, r: { start: number; end: number }): boolean {
  const own = (r.start === 0 || text[r.start - 1] === "\n") && (r.end === text.length || text[r.end] === "\n");
  const s = text.slice(r.start, r.end).trim();
  return own && !/[.!?:;,"'”’]$/.test(s) && s.split(/\s+/).length <= SUBHEAD_WORDS;
}

/** The offsets of the text's line breaks, in order. */
function newlines(text: string): number[] {
  const out: number[] = [];
  for (let k = text.indexOf("\n"); k >= 0; k = text.indexOf("\n", k + 1)) out.push(k);
  return out;
}

/** What `text.lastIndexOf("\n", at)` gives, from the line breaks' offsets: the last one at or before `at`, or -1. */
function lastAtOrBefore(lines: readonly number[], at: number): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? lines[lo - 1]! : -1;
}

/** The last word of a victim phrase, its head noun ("a small boy" -> "boy"), lower-cased. */
function headWord(victims: string | null): string | null {
  return /([a-z]+)\W*$/i.exec(victims ?? "")?.[1]?.toLowerCase() ?? null;
}

const CHILD_WORDS = new Set(["child", "kid", "boy", "girl", "toddler", "baby", "infant"]);

/** Two head nouns of one person: the same noun, or "the child" told again of "a 6-year-old boy". */
function sameChild(a: string, b: string | null): boolean {
  if (!b) return false;
  return a === b || ((a === "child" || a === "kid") && CHILD_WORDS.has(b));
}

/**
 * "Three men were shot and a small boy was hurt ... The boy was hurt when he tripped trying to flee":
 * someone the text says a fleeing harm hurt is no gunshot victim, wherever it tells of them before,
 * alone or in a group that names them ("Seven people, including a teacher and his grandson, were
 * wounded ... His grandson was hurt by flying glass").
 */
function withoutFled(facts: Fact[], fled: readonly { head: string; sentence: number }[], text: string): void {
  for (let i = facts.length - 1; i >= 0; i--) {
    const f = facts[i]!;
    if (f.kind !== "injured" || f.negated) continue;
    const by = fled.filter((h) => h.sentence >= f.sentence);
    if (!by.length) continue;
    if (f.singular) {
      if (!f.definite && !f.name && by.some((h) => sameChild(h.head, headWord(f.victims)))) facts.splice(i, 1);
      continue;
    }
    const including = /\bincluding\s{1,3}([^.;]{1,80}?),?\s{1,3}(?:were|are|was|have|had)\b/i.exec(
      text.slice(f.start, f.end),
    );
    if (!including || f.best === null || f.best < 2) continue;
    const named = including[1]!.toLowerCase().split(/,|\band\b/);
    const less = named.filter((p) => by.some((h) => new RegExp(`\\b${h.head}$`).test(p.trim()))).length;
    if (!less) continue;
    const minus = (n: number | null) => (n === null ? null : Math.max(0, n - less));
    f.low = minus(f.low);
    f.best = minus(f.best);
    f.high = minus(f.high);
  }
}

/**
 * "Detectives are looking into two late-night shootings. A total of six people were hit.": a total told
 * in or right after a sentence that names several incidents counts over all of them
 */
const TOTAL_OF = /\btotal\s{1,3}of\b/i;
const SEVERAL_INCIDENTS =
  /\b(?:two|three|four|five|several|multiple|\d{1,2})\s{1,3}(?:[\w-]+\s{1,3}){0,2}(?:shootings|incidents|attacks)\b/i;

/** "He later shot ...": a sentence whose subject is a personal pronoun */
const PRONOUN_OPENER = /^\s{0,3}(?:He|She|They)\s/;

/** "a 4-year-old girl": one unnamed person told by an indefinite noun with an age, as age and head noun */
function unnamedKey(f: Fact): string | null {
  if (!f.singular || f.definite || f.name || f.age === null || !f.victims) return null;
  // the noun right after the age: "4-year-old girl Monday" is a girl
  const head = /\bold\s{1,3}([a-z]+)/i.exec(f.victims)?.[1]?.toLowerCase();
  return head ? `${f.age} ${head}` : null;
}

/** Casualty facts of the body sentences: kind, count range with its rule, victims, negation, aggregates. */
export const casualties: Stage = {
  name: "casualties",
  run(doc) {
    const out: Casualty[] = [];
    const facts: Fact[] = [];
    // surnames of people a background passage tells of ("in March of 2014, another teen, 17-year-old
    // Darnell Quayle, was shot"): a later "Quayle's death" is that earlier incident again
    const pastPeople = new Set<string>();
    const told = new Set<string>();
    // people a background passage tells of by age and noun only ("came two days after a 4-year-old girl
    // was shot in Oakdale"): a later "the death of a 4-year-old girl" is that earlier incident again
    const pastUnnamed = new Set<string>();
    const persons = (doc.entities ?? []).filter((e) => e.type === "person");
    const surname = (name: string) => /([A-Z][\w'’-]{1,30})\W*$/.exec(name)?.[1]?.toLowerCase() ?? null;
    // the sentence of the last background fact, while no fact of this report came after it
    let pastAt = -9;
    // the paragraph (its start offset) a past-dated opening sentence made background
    let pastParagraph = -2;
    let pastFrom = -9;
    let pastBefore = false;
    // looked up by offset, not scanned per sentence: a long text has thousands of each
    const lines = newlines(doc.text);
    // the people a fleeing harm hurt ("The boy was hurt when he tripped"), by head noun
    const fled: { head: string; sentence: number }[] = [];
    const timeSpans = new SpanIndex(doc.times);
    const personSpans = new SpanIndex(persons);
    doc.sentences.forEach((sent, si) => {
      if (shouting(doc.text, sent)) return;
      const para = lastAtOrBefore(lines, sent.start);
      const s = doc.text.slice(sent.start, sent.end);
      // "Last month, a 4-year-old girl shot herself. ¶ A few weeks later, an 11-year-old boy ...": a sequel
      // right after a background passage goes on telling it
      if (para !== pastParagraph && (pastOpener(s, doc.published ?? null) || (pastBefore && sequelOpener(s)))) {
        pastParagraph = para;
        pastFrom = si;
      }
      // a text without paragraph breaks would otherwise lose the rest of the article
      const inPast = para === pastParagraph && si - pastFrom <= 2;
      pastBefore = inPast;
      let sc: SentenceContext | null = null;
      const before = si > 0 ? doc.text.slice(doc.sentences[si - 1]!.start, doc.sentences[si - 1]!.end) : "";
      const acrossIncidents = TOTAL_OF.test(s) && SEVERAL_INCIDENTS.test(`${before} ${s}`);
      for (const f of sentenceFacts(doc.text, sent, si)) {
        if (overlapsAny(f, doc.boilerplate)) continue;
        sc ??= sentenceContext(
          doc.text,
          sent,
          doc.published,
          timeSpans.overlapping(sent.start - 1, sent.end + 1).map((k) => doc.times[k]!),
        );
        const ctx = factContext(doc.text, sent, f, doc.published, sc);
        // "...found Marcus Pell shot three times in the back. He died at Mercy Regional.": a pronoun
        // right after a background passage goes on telling it
        // "... when a man fatally shot the court clerk. He then shot and wounded an off-duty state
        // trooper.": so does a sentence whose subject is that pronoun, the doer of the background passage
        if (!ctx.history && (f.rule === "pronoun" || PRONOUN_OPENER.test(s)) && si - pastAt <= 1) {
          pastAt = si;
          continue;
        }
        if (ctx.history || inPast) {
          pastAt = si;
          const around = personSpans.overlapping(Math.min(f.start, f.cue.end) - 1, Math.max(f.cue.start, f.end) + 1);
          for (const e of around.map((k) => persons[k]!))
            // the subject before the predicate, or an active verb's object after it
            if (
              (e.start >= f.start && e.end <= f.cue.start) ||
              (f.form === "active" && e.start >= f.cue.end && e.end <= f.end)
            ) {
              const sn = surname(e.text);
              if (sn && !told.has(sn)) pastPeople.add(sn);
            }
          const key = unnamedKey(f);
          if (key && ctx.history) pastUnnamed.add(key);
          continue;
        }
        if (ctx.natural && f.kind === "injured" && f.singular) {
          const head = headWord(f.victims);
          if (head) fled.push({ head, sentence: si });
        }
        if (ctx.hypothetical || ctx.natural) continue;
        pastAt = -9;
        const sn = f.name ? surname(f.name) : null;
        if (sn && pastPeople.has(sn)) continue;
        const key = unnamedKey(f);
        if (key && pastUnnamed.has(key)) continue;
        if (sn) told.add(sn);
        if (f.best === null && f.low === null && f.high === null && !f.negated) continue;
        facts.push(f);
        f.aggregate = ctx.aggregate || (acrossIncidents && f.form !== "multiple");
      }
    });
    resolveOthers(facts);
    if (fled.length) withoutFled(facts, fled, doc.text);
    for (const f of facts) {
      const c: Casualty = {
        start: f.start,
        end: f.end,
        text: doc.text.slice(f.start, f.end),
        kind: publicKind(f.kind),
        low: f.negated ? 0 : f.low,
        best: f.negated ? 0 : f.best,
        high: f.negated ? 0 : f.high,
        victims: f.victims,
        perpetrator: f.perpetrator,
        rule: f.rule,
      };
      if (f.negated) c.negated = true;
      if (f.aggregate) c.aggregate = true;
      if (f.kind === "shot") c.hit = true;
      if (f.additive) c.additive = true;
      if (f.singular) c.person = { name: f.name, age: f.age, definite: f.definite };
      c.sentence = f.sentence;
      out.push(c);
    }
    return { ...doc, casualties: out };
  },
};
