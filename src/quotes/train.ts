/**
 * npm run train:quotes: learns cue words from the PolNeAR training split (read in place from
 * ../shared/eval/quotes/dev.jsonl, records with split "train"; dev records are never read) and writes
 * data/quotes/learned-cues.json.
 *
 * PolNeAR annotates far more than speech ("endorsed", "wants", "plans", "reportedly"): about 8,000
 * distinct cue strings. A hand list misses most of them, so each word form is counted where the
 * attribution rules would look at it (outside quotes, lowercase, not after a determiner) and kept when
 * annotators marked it as a cue often enough. A kept form adds attributions of about its own precision,
 * which raises F1 when that precision exceeds about half the F1 already reached.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { clean } from "../clean/index.js";
import { createDocument } from "../document/create.js";
import type { Range } from "../document/schema.js";
import { sentences } from "../sentences/index.js";
import { ROOT, sharedDir } from "../util/data.js";
import { NOUN_DET } from "./attribute.js";
import { lex } from "./lexicon.js";
import { quotes } from "./index.js";
import { findQuoteSpans } from "./marks.js";
import { speakerLeft } from "./speaker.js";
import { sentenceTokens } from "./tokens.js";

/** Smallest share of a form's occurrences annotated as cue, and smallest number of cue occurrences. */
export const MIN_PRECISION = 0.4;
export const MIN_CUES = 4;
/** Smallest share of right attributions among those a learned form adds (about half the F1 reached). */
export const MIN_RIGHT = 0.5;

interface GoldSpan extends Range {
  text: string;
  parts?: Range[];
}
interface Rec {
  id: string;
  text: string;
  split?: string;
  gold: { attributions: { cue: GoldSpan; content: GoldSpan; source: GoldSpan | null }[] };
}

interface Count {
  seen: number;
  cue: number;
  /** cue occurrences whose content opens with "that" right after the cue (a clausal complement) */
  that: number;
  /** cue occurrences whose content lies after the cue */
  right: number;
}

const parts = (s: GoldSpan): Range[] => s.parts ?? [s];

function hasKnownCue(cue: string): boolean {
  const lx = lex();
  const words = cue.toLowerCase().split(/[^a-z’']+/);
  return words.some((w) => lx.cues.has(w) && !lx.learned.has(w)) || /\baccording to\b/.test(cue.toLowerCase());
}

const OUT = join(ROOT, "data", "quotes", "learned-cues.json");

function trainRecords(): Rec[] {
  const file = join(sharedDir(), "eval", "quotes", "dev.jsonl");
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Rec)
    .filter((r) => r.split === "train");
}

const overlap = (a: Range, b: Range) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/**
 * Second pass, in a fresh process that loads the candidates: runs the stage on the training split and
 * keeps a learned form only when the attributions it adds are right (content and source, as the
 * scorer counts them) often enough. A word can be a cue yet sit where the rules read the wrong content.
 */
function prune(): void {
  const recs = trainRecords();
  const file = JSON.parse(readFileSync(OUT, "utf8")) as {
    about: string;
    forms: Record<string, Record<string, number>>;
  };
  const tally = new Map<string, { found: number; right: number }>();
  for (const r of recs) {
    const doc = quotes.run(sentences.run(clean.run(createDocument({ id: r.id, text: r.text }))));
    for (const q of doc.quotes) {
      const form = q.cue?.text.toLowerCase();
      if (!form || !(form in file.forms)) continue;
      const t = tally.get(form) ?? { found: 0, right: 0 };
      t.found++;
      const ok = r.gold.attributions.some((a) => {
        const len = parts(a.content).reduce((n, p) => n + p.end - p.start, 0);
        const cover = parts(a.content).reduce((n, p) => n + overlap(p, q), 0);
        if (!len || cover / len < 0.5) return false;
        return a.source ? !!q.speaker && parts(a.source).some((p) => overlap(p, q.speaker!) > 0) : !q.speaker;
      });
      if (ok) t.right++;
      tally.set(form, t);
    }
  }
  const kept: typeof file.forms = {};
  for (const [w, v] of Object.entries(file.forms)) {
    const t = tally.get(w);
    if (!t || t.right / t.found < MIN_RIGHT) continue;
    kept[w] = { ...v, found: t.found, right: Math.round((t.right / t.found) * 100) / 100 };
  }
  file.about += ` Kept only where the attributions the stage then finds on the training split have the right content and source at least ${MIN_RIGHT * 100}% of the time (found = how many, right = that share).`;
  file.forms = kept;
  writeFileSync(OUT, JSON.stringify(file, null, 1) + "\n");
  process.stdout.write(`${Object.keys(kept).length} kept after checking the stage's output\n`);
}

/** Auxiliaries head no cue of their own: "is seeking" is found through "seeking" or not at all. */
const AUXILIARY = new Set(
  "is was are were be been being has have had do does did to not will would can could may might must should".split(" "),
);

/** A crude stem that joins the regular inflections of a verb. */
function stem(w: string): string {
  return w.replace(/ie[sd]$/, "y").replace(/(?:ing|ed|es|s|d)$/, "");
}

function learn(): void {
  const recs = trainRecords();
  const lx = lex();
  const counts = new Map<string, Count>();
  for (const r of recs) {
    const doc = sentences.run(clean.run(createDocument({ id: r.id, text: r.text })));
    const spans = findQuoteSpans(doc.text, doc.sentences);
    const atts = r.gold.attributions;
    for (const toks of sentenceTokens(doc)) {
      for (let k = 1; k < toks.length; k++) {
        const t = toks[k]!;
        const prev = toks[k - 1]!;
        if (t.punct || t.cap || NOUN_DET.has(prev.lower) || prev.text === "’s" || prev.text === "'s") continue;
        if (spans.some((q) => q.start < t.start && t.end < q.end)) continue;
        // counted only where the rules would read a cue: after its subject, a comma or "and"
        if (!(prev.text === "," || prev.lower === "and" || speakerLeft(toks, k))) continue;
        const a = atts.find((x) => parts(x.cue).some((p) => p.start <= t.start && t.end <= p.end));
        // "also said", "has repeatedly called": a word beside a cue already known finds nothing new
        const hit = a && !hasKnownCue(a.cue.text) ? a : null;
        const tally = (key: string, end: number, isCue: boolean) => {
          const c = counts.get(key) ?? { seen: 0, cue: 0, that: 0, right: 0 };
          c.seen++;
          if (hit && isCue) {
            c.cue++;
            if (hit.content.start >= end) c.right++;
            const gap = r.text.slice(end, hit.content.start);
            if (hit.content.start >= end && gap.length < 40 && /^that\b/i.test(hit.content.text)) c.that++;
          }
          counts.set(key, c);
        };
        tally(t.lower, t.end, true);
        // a word that reports only with its particle: "called for", "wants to", "made clear"
        const next = toks[k + 1];
        if (next && !next.punct && !next.cap) {
          const inCue =
            !!hit &&
            (parts(hit.cue).some((p) => p.start <= next.start && next.end <= p.end) || hit.content.start >= next.end);
          tally(`${t.lower} ${next.lower}`, next.end, inCue);
        }
      }
    }
  }
  const forms: Record<string, { precision: number; cues: number; that: number; right: number }> = {};
  const known = (w: string) => (lx.cues.has(w) && !lx.learned.has(w)) || lx.according.some((p) => p[0] === w);
  // Inflections of one verb share their evidence ("endorse", "endorsed", "endorses"): a rare form of a
  // frequent cue is judged by its stem, so the test split's unseen combinations are covered too.
  const key = (w: string) =>
    w
      .split(" ")
      .map((x, i) => (i === 0 ? stem(x) : x))
      .join(" ");
  const byStem = new Map<string, Count>();
  for (const [w, c] of counts) {
    const s = byStem.get(key(w)) ?? { seen: 0, cue: 0, that: 0, right: 0 };
    s.seen += c.seen;
    s.cue += c.cue;
    byStem.set(key(w), s);
  }
  const good = (w: string, c: Count) => {
    const s = byStem.get(key(w))!;
    return s.cue >= MIN_CUES && s.cue / s.seen >= MIN_PRECISION && c.cue / c.seen >= MIN_PRECISION / 2;
  };
  const rows = [...counts].filter(([w, c]) => {
    const head = w.split(" ")[0]!;
    if (head !== w && (AUXILIARY.has(head) || known(head) || (counts.has(head) && good(head, counts.get(head)!))))
      return false;
    const s = byStem.get(key(w))!;
    // an adverb ("reportedly", "publicly") hedges or colours a cue; its subject is not the source
    if (head.endsWith("ly") || lx.hedgeAdverbs.has(head)) return false;
    return (
      c.cue >= 1 &&
      s.cue >= MIN_CUES &&
      s.cue / s.seen >= MIN_PRECISION &&
      c.cue / c.seen >= MIN_PRECISION / 2 &&
      !known(w) &&
      /^[a-z]/.test(w) &&
      !/[’']/.test(w)
    );
  });
  rows.sort((x, y) => y[1].cue - x[1].cue);
  for (const [w, c] of rows) {
    const r2 = (x: number) => Math.round(x * 100) / 100;
    forms[w] = { precision: r2(c.cue / c.seen), cues: c.cue, that: r2(c.that / c.cue), right: r2(c.right / c.cue) };
  }
  const out = {
    about:
      `Cue word forms learned by \`npm run train:quotes\` (src/quotes/train.ts) from the training split of PolNeAR v1.0.0 ` +
      `(Newell, Margolin & Ruths 2018; ${recs.length} articles, never the dev split): forms not in cues.json that annotators ` +
      `marked as (part of) an attribution cue in at least ${MIN_PRECISION * 100}% of their ${MIN_CUES}+ occurrences outside quotes, ` +
      `lowercase and not after a determiner. precision = cue share; that = share of contents opening with 'that'; ` +
      `right = share of contents after the cue. Regenerate, do not edit by hand.`,
    forms,
  };
  writeFileSync(OUT, JSON.stringify(out, null, 1) + "\n");
  process.stdout.write(`${rows.length} cue forms learned from ${recs.length} training articles\n`);
}

if (process.argv.includes("--prune")) prune();
else {
  learn();
  // the lexicon is loaded once per process: the candidates are checked by a fresh one
  execFileSync(process.execPath, [fileURLToPath(import.meta.url), "--prune"], { stdio: "inherit" });
}
