import type { Token } from "../../document/schema.js";
import { indexAt } from "../../util/ranges.js";
import { isDemonym, knowledge } from "../knowledge.js";
import type { Mention } from "../tagger.js";
import type { Cluster } from "./cluster.js";
import { groupBy, pushTo } from "../../util/group.js";

interface Ctx {
  text: string;
  sents: Token[][];
  /** each token's text in lower case */
  lowers: readonly (readonly string[])[];
  mentions: readonly Mention[];
  of: readonly number[];
  clusters: Cluster[];
}

const DETERMINERS = new Set(["the", "another", "this", "a", "an"]);
const BREAK = new Set([",", "—", "–", "-", ";", ":", "(", ")", '"', "“", "”"]);

/** `lower`: the word in lower case */
function isTitle(lower: string): boolean {
  return knowledge().titles.has(lower);
}

/**
 * Per sentence and token, the first mention covering the token (an index into ctx.mentions), or -1:
 * descriptions ask of every token near a determiner.
 */
function coverage(ctx: Ctx): (si: number, ti: number) => number {
  const size = ctx.sents.map((toks) => toks.length);
  for (const m of ctx.mentions) if (m.to > (size[m.sentence] ?? Infinity)) size[m.sentence] = m.to;
  const covered = size.map((n) => new Int32Array(n).fill(-1));
  // backwards, so that the first mention covering a token is the one kept
  for (let i = ctx.mentions.length - 1; i >= 0; i--) {
    const m = ctx.mentions[i]!;
    covered[m.sentence]?.fill(i, m.from, m.to);
  }
  return (si, ti) => (ti < 0 ? -1 : (covered[si]?.[ti] ?? -1));
}

/** The person mentions in text order, with their cluster. */
function persons(ctx: Ctx): { m: Mention; c: number }[] {
  return ctx.mentions.map((m, i) => ({ m, c: ctx.of[i]! })).filter((x) => x.m.type === "person");
}

/** The first index of a sorted array whose value is at least `x` (`key` reads the value). */
function lowerBound(n: number, key: (i: number) => number, x: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(mid) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The person mentions as a timeline a description asks about by offset: who was named before it, how
 * often, how lately. Binary searches replace scans of all people named so far (quadratic in a long text);
 * they need the people in text order and apart, as the tagger gives them, else every question is a scan.
 */
class People {
  readonly list: { m: Mention; c: number }[];
  private readonly inOrder: boolean;
  /** per cluster, its people's positions in the list */
  private readonly at = new Map<number, number[]>();

  constructor(ctx: Ctx) {
    this.list = persons(ctx);
    const l = this.list;
    this.inOrder = l.every((p, k) => k === 0 || (l[k - 1]!.m.end <= p.m.start && l[k - 1]!.m.sentence <= p.m.sentence));
    l.forEach((p, k) => pushTo(this.at, p.c, k));
  }

  /** how many people end at or before `start`: with people in order, they are the first ones */
  private before(start: number): number {
    return lowerBound(this.list.length, (k) => (this.list[k]!.m.end <= start ? 0 : 1), 1);
  }

  /** "Another Iranian security official": the next person named after `end`, within three sentences, not named before `start` */
  next(start: number, end: number, si: number): number {
    if (!this.inOrder) {
      const before = new Set(this.list.filter((p) => p.m.end <= start).map((p) => p.c));
      const next = this.list.find((p) => p.m.start >= end && p.m.sentence <= si + 3 && !before.has(p.c));
      return next ? next.c : -1;
    }
    const b = this.before(start);
    for (let k = lowerBound(this.list.length, (j) => this.list[j]!.m.start, end); k < this.list.length; k++) {
      const p = this.list[k]!;
      if (p.m.sentence > si + 3) break;
      if (this.at.get(p.c)![0]! >= b) return p.c;
    }
    return -1;
  }

  /** "The Iranian general": the most talked-about person of those named lately (within three sentences) before `start` */
  topic(start: number, si: number): number {
    let target = -1;
    let bestN = 0;
    if (!this.inOrder) {
      const before = this.list.filter((p) => p.m.end <= start);
      const recent = new Set(before.filter((p) => p.m.sentence >= si - 3).map((p) => p.c));
      const last = (c: number) => before.reduce((at, p) => (p.c === c ? p.m.start : at), -1);
      for (const c of recent) {
        const n = before.filter((p) => p.c === c).length;
        if (n > bestN || (n === bestN && last(c) > last(target))) {
          bestN = n;
          target = c;
        }
      }
      return target;
    }
    const b = this.before(start);
    const from = lowerBound(b, (k) => this.list[k]!.m.sentence, si - 3);
    const recent = new Set<number>();
    for (let k = from; k < b; k++) recent.add(this.list[k]!.c);
    // a cluster's count and last start among the first `b` people
    const count = (c: number) => (c < 0 ? 0 : lowerBound(this.at.get(c)!.length, (j) => this.at.get(c)![j]!, b));
    const last = (c: number) => (count(c) === 0 ? -1 : this.list[this.at.get(c)![count(c) - 1]!]!.m.start);
    for (const c of recent) {
      const n = count(c);
      if (n > bestN || (n === bestN && last(c) > last(target))) {
        bestN = n;
        target = c;
      }
    }
    return target;
  }
}

/**
 * "the secretary of the powerful Expediency Discernment Council" after "Mohsen Rezaee,":
 * a description set off by a comma or dash right after a person's name is that person.
 */
function appositions(ctx: Ctx): void {
  for (const { m, c } of persons(ctx)) {
    const toks = ctx.sents[m.sentence]!;
    const lower = ctx.lowers[m.sentence]!;
    let i = m.to;
    if (!(toks[i] && /^[,—–-]$/.test(toks[i]!.text))) continue;
    i++;
    if (!(toks[i] && DETERMINERS.has(lower[i]!))) continue;
    const from = i;
    let sawTitle = false;
    let j = i + 1;
    for (; j < toks.length && j - from <= 12; j++) {
      if (BREAK.has(toks[j]!.text)) break;
      if (j - from <= 4 && isTitle(lower[j]!)) sawTitle = true;
    }
    if (!sawTitle) continue;
    const start = toks[from]!.start;
    const end = toks[j - 1]!.end;
    ctx.clusters[c]!.other.push({ start, end, text: ctx.text.slice(start, end), alias: true });
  }
}

/**
 * "The Iranian general" refers back to the last person named; "Another Iranian security official"
 * forward, to the next person named who is not one of those before.
 */
function definiteDescriptions(ctx: Ctx): void {
  const people = new People(ctx);
  const coveredBy = coverage(ctx);
  ctx.sents.forEach((toks, si) => {
    const lower = ctx.lowers[si]!;
    for (let i = 0; i < toks.length; i++) {
      const raw = toks[i]!.text;
      if (raw.length < 3 || raw.length > 7) continue;
      const det = lower[i]!;
      if (det !== "the" && det !== "another" && det !== "this") continue;
      // inside an apposition already handled
      if (i > 0 && /^[,—–-]$/.test(toks[i - 1]!.text) && coveredBy(si, i - 2) >= 0) continue;
      let j = i + 1;
      while (j < toks.length && j - i <= 3 && !isTitle(lower[j]!)) {
        const w = toks[j]!.text;
        // modifiers: "former", "Iranian", "Maryland" (a place or group named in the article)
        const named = coveredBy(si, j);
        const namedModifier =
          named >= 0 && (ctx.mentions[named]!.type === "place" || ctx.mentions[named]!.type === "group");
        if (!(isDemonym(w) || /^[a-z]+$/.test(w) || namedModifier) || DETERMINERS.has(lower[j]!)) break;
        j++;
      }
      if (!(j < toks.length && isTitle(lower[j]!))) continue;
      const title = lower[j]!;
      if (title.endsWith("s") && title !== "analyst" && !title.endsWith("ss")) continue;
      if (toks[j + 1]?.text === "of" || coveredBy(si, j) >= 0 || coveredBy(si, j + 1) >= 0) continue;
      const start = toks[i]!.start;
      const end = toks[j]!.end;
      // the most talked-about person of those named lately: a description refers to the topic
      const target = det === "another" ? people.next(start, end, si) : people.topic(start, si);
      if (target >= 0) ctx.clusters[target]!.other.push({ start, end, text: ctx.text.slice(start, end), alias: true });
      i = j;
    }
  });
}

/**
 * "he", "his", "she", "her": the subject-first heuristic of pronoun resolution (after Hobbs 1978):
 * the first person referred to earlier in the same sentence, or else the first one in the nearest
 * of the two sentences before. Descriptions count as references ("The former Maryland governor").
 */
function pronouns(ctx: Ctx): void {
  const pron = knowledge().pronouns;
  const bounds = ctx.sents.map((toks) => ({ start: toks[0]?.start ?? 0, end: toks[toks.length - 1]?.end ?? 0 }));
  const sentenceOf = (pos: number) => indexAt(bounds, pos);
  const refs: { start: number; sentence: number; c: number }[] = [];
  ctx.mentions.forEach((m, i) => {
    if (m.type === "person") refs.push({ start: m.start, sentence: sentenceOf(m.start), c: ctx.of[i]! });
  });
  ctx.clusters.forEach((cl, c) => {
    if (cl.type !== "person") return;
    for (const o of cl.other) if (o.alias) refs.push({ start: o.start, sentence: sentenceOf(o.start), c });
  });
  refs.sort((a, b) => a.start - b.start);
  // per sentence, its references in text order: a pronoun looks at most two sentences back
  const bySentence = groupBy(refs, (r) => r.sentence);
  ctx.sents.forEach((toks, si) => {
    const lower = ctx.lowers[si]!;
    for (let ti = 0; ti < toks.length; ti++) {
      const t = toks[ti]!;
      if (!pron.has(lower[ti]!)) continue;
      // the first reference of the sentence, when it comes before the pronoun
      let ref = bySentence.get(si)?.[0];
      if (ref && !(ref.start < t.start)) ref = undefined;
      for (let back = 1; !ref && back <= 2; back++) ref = bySentence.get(si - back)?.[0];
      if (ref) ctx.clusters[ref.c]!.other.push({ start: t.start, end: t.end, text: t.text, alias: false });
    }
  });
}

export function linkDescriptions(ctx: Ctx): void {
  appositions(ctx);
  definiteDescriptions(ctx);
  pronouns(ctx);
}
