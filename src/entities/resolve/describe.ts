import type { Token } from "../../document/schema.js";
import { isDemonym, knowledge } from "../knowledge.js";
import type { Mention } from "../tagger.js";
import type { Cluster } from "./cluster.js";

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
  const people = persons(ctx);
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
      let target = -1;
      if (det === "another") {
        const before = new Set(people.filter((p) => p.m.end <= start).map((p) => p.c));
        const next = people.find((p) => p.m.start >= end && p.m.sentence <= si + 3 && !before.has(p.c));
        target = next ? next.c : -1;
      } else {
        // the most talked-about person of those named lately: a description refers to the topic
        const before = people.filter((p) => p.m.end <= start);
        const recent = new Set(before.filter((p) => p.m.sentence >= si - 3).map((p) => p.c));
        const last = (c: number) => before.reduce((at, p) => (p.c === c ? p.m.start : at), -1);
        let bestN = 0;
        for (const c of recent) {
          const n = before.filter((p) => p.c === c).length;
          if (n > bestN || (n === bestN && last(c) > last(target))) {
            bestN = n;
            target = c;
          }
        }
      }
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
  const sentenceOf = (pos: number) => bounds.findIndex((b) => b.start <= pos && pos < b.end);
  const refs: { start: number; sentence: number; c: number }[] = [];
  ctx.mentions.forEach((m, i) => {
    if (m.type === "person") refs.push({ start: m.start, sentence: sentenceOf(m.start), c: ctx.of[i]! });
  });
  ctx.clusters.forEach((cl, c) => {
    if (cl.type !== "person") return;
    for (const o of cl.other) if (o.alias) refs.push({ start: o.start, sentence: sentenceOf(o.start), c });
  });
  refs.sort((a, b) => a.start - b.start);
  ctx.sents.forEach((toks, si) => {
    const lower = ctx.lowers[si]!;
    for (let ti = 0; ti < toks.length; ti++) {
      const t = toks[ti]!;
      if (!pron.has(lower[ti]!)) continue;
      let ref = refs.find((r) => r.sentence === si && r.start < t.start);
      for (let back = 1; !ref && back <= 2; back++) ref = refs.find((r) => r.sentence === si - back);
      if (ref) ctx.clusters[ref.c]!.other.push({ start: t.start, end: t.end, text: t.text, alias: false });
    }
  });
}

export function linkDescriptions(ctx: Ctx): void {
  appositions(ctx);
  definiteDescriptions(ctx);
  pronouns(ctx);
}
