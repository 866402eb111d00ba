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
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { clean } from "../clean/index.js";
import { createDocument } from "../document/create.js";
import type { Range, SitrepDocument } from "../document/schema.js";
import { recordToArticle } from "../ingest/index.js";
import { runPipeline } from "../pipeline.js";
import { sentences } from "../sentences/index.js";
import { ROOT, readJsonl, sharedDir } from "../util/data.js";
import { parseScriptArgs } from "../util/script-args.js";
import { overlapLength } from "../util/ranges.js";
import { NOUN_DET } from "./tokens.js";
import { lex } from "./lexicon.js";
import type { Attribution, CueTest } from "./attribute.js";
import { candidate, contentFeatures, cueFeatures, logOdds, type CueModel } from "./cue-model.js";
import { findAttributions } from "./index.js";
import { nameSpeakers } from "./resolve.js";
import { findQuoteSpans } from "./marks.js";
import { speakerLeft } from "./speaker.js";
import { sentenceTokens, type Tok } from "./tokens.js";

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
  published?: string | null;
  title?: string | null;
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

/**
 * A training article as the quotes stage sees it in a real run: every earlier stage done, so that
 * speakers are named (and dropped when no name is found) as in the output the scorer reads.
 */
function stagedDoc(r: Rec): SitrepDocument {
  const article = recordToArticle({ id: r.id, text: r.text, published: r.published, title: r.title }, r.id, {});
  return runPipeline(article, undefined, { until: "quotes" });
}

function trainRecords(): Rec[] {
  const file = join(sharedDir(), "eval", "quotes", "dev.jsonl");
  return readJsonl<Rec>(file).filter((r) => r.split === "train");
}

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
    const doc = sentences.run(clean.run(createDocument({ id: r.id, text: r.text })));
    // the rules alone, without the cue model (trained afterwards on top of these forms)
    for (const a of findAttributions(doc, null)) {
      const q = { ...a.content, speaker: a.speaker?.head ?? null };
      const form = doc.text.slice(a.cue.start, a.cue.end).toLowerCase();
      if (!form || !(form in file.forms)) continue;
      const t = tally.get(form) ?? { found: 0, right: 0 };
      t.found++;
      const ok = r.gold.attributions.some((a) => {
        const len = parts(a.content).reduce((n, p) => n + p.end - p.start, 0);
        const cover = parts(a.content).reduce((n, p) => n + overlapLength(p, q), 0);
        if (!len || cover / len < 0.5) return false;
        return a.source ? !!q.speaker && parts(a.source).some((p) => overlapLength(p, q.speaker!) > 0) : !q.speaker;
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
  writeFileSync(OUT, JSON.stringify(file, null, 2) + "\n");
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
  writeFileSync(OUT, JSON.stringify(out, null, 2) + "\n");
  process.stdout.write(`${rows.length} cue forms learned from ${recs.length} training articles\n`);
}

type Gold = Rec["gold"]["attributions"][number];
interface Found {
  content: Range;
  speaker: { head: Range } | null;
  /** the name the speaker resolves to; a speaker with none is dropped from the output */
  name?: string | null;
}

/**
 * The scorer's one-to-one matching on content (a prediction covering at least half of a gold
 * content; best coverage first, then the tightest fit), over the gold not `taken` yet: attribution
 * index -> gold index. Matched gold is added to `taken`.
 */
function matchLikeScorer(found: readonly Found[], gold: readonly Gold[], taken: Set<number>): Map<number, number> {
  const pairs: { a: number; g: number; cover: number; fit: number }[] = [];
  found.forEach((f, a) => {
    gold.forEach((g, gi) => {
      if (taken.has(gi)) return;
      const len = parts(g.content).reduce((n, p) => n + p.end - p.start, 0);
      const ov = parts(g.content).reduce((n, p) => n + overlapLength(p, f.content), 0);
      if (!len || ov / len < 0.5) return;
      const spread = Math.max(g.content.end, f.content.end) - Math.min(g.content.start, f.content.start);
      pairs.push({ a, g: gi, cover: ov / len, fit: ov / spread });
    });
  });
  pairs.sort((x, y) => y.cover - x.cover || y.fit - x.fit);
  const out = new Map<number, number>();
  for (const p of pairs) {
    if (out.has(p.a) || taken.has(p.g)) continue;
    out.set(p.a, p.g);
    taken.add(p.g);
  }
  return out;
}

/** Whether attribution j matched a gold attribution and names its source as the scorer checks it. */
function rightAt(m: Map<number, number>, j: number, a: Found, gold: readonly Gold[]): boolean {
  const gi = m.get(j);
  if (gi === undefined) return false;
  const g = gold[gi]!;
  // as the scorer reads the output: a speaker counts only with a name, and is right by span or by name
  const named = a.name === undefined || !!a.name;
  const sp = named ? a.speaker?.head : undefined;
  if (!g.source) return !sp;
  const byName = !!a.name && a.name.trim().toLowerCase() === g.source.text.trim().toLowerCase();
  return !!sp && (parts(g.source).some((p) => overlapLength(p, sp) > 0) || byName);
}

const MODEL_OUT = process.env.SITREP_MODEL_OUT ?? join(ROOT, "data", "quotes", "cue-model.json");
/** Fewest occurrences of a usable feature, smallest weight kept in the file. */
const MIN_SEEN = 3;
const MIN_WEIGHT = 0.1;
/** Folds of the cross-validation that calibrates the scores, and how many partitions into folds are pooled. */
const FOLDS = 5;
const REPEATS = 3;
/** Another fold seed partitions the articles afresh: retraining with other values shows how far the cuts move. */
const FOLD_SEED = Number(process.env.SITREP_FOLD_SEED ?? 0);

interface Example {
  feats: string[];
  right: boolean;
  /** read from a listed cue word (a veto example) rather than a candidate word */
  listed: boolean;
  /** the index of its article in the training split */
  article: number;
}

/**
 * The fold of each article: article i in fold i mod FOLDS, or, with a seed, the fold of its place in a
 * seeded shuffle. (Rotating the fold labels, as SITREP_FOLD_SHIFT did, keeps each fold's articles
 * together: it could not move a cut.)
 */
function foldsOf(articles: number, seed: number): number[] {
  const order = Array.from({ length: articles }, (_, i) => i);
  let s = seed;
  if (seed)
    for (let i = order.length - 1; i > 0; i--) {
      s = (s * 1103515245 + 12345) % 2147483648;
      const j = s % (i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
  const fold = new Array<number>(articles);
  order.forEach((a, place) => (fold[a] = place % FOLDS));
  return fold;
}

/**
 * L2 weight per example (mean log-loss + L2/2 * |w|^2; five-fold F1 0.6992 at 3e-5, 0.6985 at 1e-4,
 * 0.6957 at 1e-5, on older rules; 1e-4 is better held out on the rules of November 2026, see fit()), L-BFGS
 * iterations and remembered steps.
 */
const L2 = Number(process.env.SITREP_L2 ?? 3e-5);
/**
 * SITREP_L2=auto: each of L2 and L2X taken from L2_GRID by the held-out log-loss of its own examples
 * (candidates for L2, listed words for L2X). The two share no feature ("x" prefix, own bias), so each
 * regularisation sets one of two separate fits and is chosen apart from the other.
 */
const L2_AUTO = process.env.SITREP_L2 === "auto";
const L2_GRID = (process.env.SITREP_L2_GRID ?? "1e-5,3e-5,1e-4,3e-4").split(",").map(Number);
/**
 * L2 of the listed cue words' features ("x"), settable for measurements (SITREP_L2X). At 1e-4 the veto
 * drops more listed cues: cross-validated F1 0.7052 / 0.7039 at fold seeds 0 / 1 (against 0.7049 /
 * 0.7035), dev 0.7400 / 0.7398 (0.7376 / 0.7363, P 0.821 against 0.806), all documents 0.7527 /
 * 0.7519 (0.7578 / 0.7575): the 84 dev articles gain what the 840 cross-validated ones do not.
 */
const L2X = L2_AUTO ? NaN : Number(process.env.SITREP_L2X ?? L2);
const ITERATIONS = 300;
const HISTORY = 10;

/**
 * Logistic regression over sparse binary features, fitted by L-BFGS over all examples at once to the one
 * minimum of the regularised loss. The earlier fit, AdaGrad stopped after four passes in one shuffled
 * order, moved with the order: three shuffle seeds spanned 0.003 of F1 over all documents and 265
 * predictions. Here no order, seed or start point moves the weights.
 *
 * Interactions were measured (on the AdaGrad fit) and give nothing (five-fold F1 0.6933): the word's
 * stem crossed with subject, position, content length and reach 0.6935; structure crossed with
 * structure 0.6932; boosted depth-2 to 4 trees on the linear model's residual 0.6936 to 0.6945; trees
 * alone 0.6875. Fitted in-sample the same model reaches 0.7396: it is short of evidence about rare cue
 * words, not of capacity. WordNet verb classes (word-classes.ts), meant to pool that evidence, reach
 * 0.6950; crossed with the subject's kind or the content's opener 0.6944; fewer lexical features (each
 * seen 6+ times) 0.6956: the plateau is flat. On this fit, irregular pasts given their lemma's stem
 * (data/quotes/irregular-lemmas.json) 0.6990 against 0.6992, flat too; kept, as the stem is meant to
 * join a verb's forms ("knew" rises from -1.01 to -0.64 log-odds, "know" being right 33 times in 99).
 *
 * Context further out is what moves it (3x5-fold F1 at fold seed 0, mean of the three partitions): the
 * words 3 to 5 right of the cue and the word before its subject ("r", "ls") 0.7015 against 0.6979; the
 * stem crossed with a near "that", the subject's kind with the content's opener and the class of the
 * content's second word ("stt", "csk", "c2") alone 0.6981, "c2" alone 0.6978.
 *
 * Measured since and taken back (commit 0158c8f holds the code), as means of the three partitions at
 * fold seeds 0 / 1 and the eval's F1 with source, dev / all documents, against 0.7049 / 0.7035,
 * 0.7376 / 0.7578 at seed 0 and 0.7363 / 0.7575 at seed 1: wink-nlp's part of speech of the word and
 * its neighbours (tag, tags left and right, the three together) 0.7059 / 0.7049, seed 0 0.7376 /
 * 0.7595, seed 1 0.7370 / 0.7578: dev moves less than the fold seeds do, and tagging costs wink 60%
 * more time per article; a per-stem prior (the stem's right share as a candidate in the other
 * training articles, smoothed and bucketed) 0.7060 at seed 0, eval 0.7375 / 0.7559.
 *
 * On the rules of November 2026 (fold seed 0; eval dev / all against the committed model's 0.7509 /
 * 0.7701): a refit as it stands reaches 3x5-fold F1 0.7206 / 0.7198 / 0.7202, eval 0.7496 / 0.7705 (136
 * learned forms kept): within the dev noise of about 0.002, so the committed files were kept. Adding
 * the content's first finite auxiliary crossed with its opener ("said the plan would fail" against
 * "backing the plan"; commit 9a89050 holds the code) 0.7214 / 0.7200 / 0.7208, eval 0.7497 / 0.7680.
 * The cuts that maximise the cross-validated F1 on a grid (SITREP_CUTS=f1: veto -0.95, threshold
 * -0.35) reach 0.7208 against the calibrated cuts' 0.7207 (veto -1.01, threshold -0.29): the
 * calibration leaves nothing to take. SITREP_L2=auto over 1e-5 / 3e-5 / 1e-4 picks 1e-4 for both
 * groups (held-out log-loss of candidates 0.1315 / 0.1218 / 0.1211, of listed words 0.4279 / 0.3878 /
 * 0.3740): 3x5-fold F1 0.7215 / 0.7200 / 0.7212 (mean 0.7209 against 0.7202), dev 0.7546 (0.7496 at
 * 3e-5), all documents 0.7503 (0.7705): the training articles are fitted less closely, the held-out
 * ones better. Not the default yet: that model fails three golden tests (test/quotes: connectives'
 * dateline, coordinated-verbs' "did note that", wrong-speakers' relative clause; the refit at 3e-5
 * fails the first). 1e-4 lies at the grid's edge: 3e-4 is untried.
 *
 * Measured on the rules of 27 November 2026 (issue #7, the veto; fold seed 0; eval dev / all documents
 * against the committed model's 0.7577 / 0.7784, dev tp 1518 pred 1815): a refit as it stands 3x5-fold
 * F1 0.7310 / 0.7292 / 0.7302, eval 0.7556 / 0.7790 (tp 1523 pred 1839). SITREP_L2=auto over 3e-5 / 1e-4 /
 * 3e-4 / 1e-3 picks 1e-4 for both groups, now inside the grid (held-out log-loss of candidates 0.1253 /
 * 0.1240 / 0.1288 / 0.1362, of listed words 0.3795 / 0.3650 / 0.3690 / 0.3853): 3x5-fold F1 mean 0.7311,
 * eval 0.7563 / 0.7591 (tp 1522 pred 1833); the whole of `npm run train:quotes` at 1e-4 (135 learned forms
 * kept, 65 lines of learned-cues.json changed) 3x5-fold 0.7314 / 0.7313 / 0.7312, eval 0.7571 / 0.7589
 * (tp 1524 pred 1834). Four more features (tried on a branch and removed): the
 * subject a thing a speaker puts out ("a message saying"; speakers.json messages), the word before an
 * -ing cue ("by saying"), a quote mark inside the content, a listed cue word near or far inside the
 * content ("posted a message saying ..."), at 1e-4: 3x5-fold 0.7310 (the first three alone 0.7312), eval
 * 0.7572 / 0.7578 (0.7564 / 0.7582); at 3e-5: 0.7297, eval 0.7539 / 0.7780. The grid's best cuts of
 * that 1e-4 fit (veto -0.65, threshold -0.55 against the calibrated -0.59, -0.62): eval 0.7552. Never
 * vetoing a listed cue whose content opens with "that" (committed model): eval 0.7560 / 0.7760, pred +17
 * for tp +3. Switching the veto off: 0.7350 (pred 2004, tp 1542): it drops 189 dev attributions of
 * which 24 were right. No refit reached the committed model's dev figure, so none was kept; the refits
 * spread over about 0.002 of dev F1, as far as any of these changes moves it.
 *
 * Measured on the rules of 28 November 2026 (issue #7; fold seed 0; committed model dev 0.7634 tp 1531
 * pred 1819, all documents 0.7837). The whole of `npm run train:quotes` (140 learned forms kept, 81,445
 * examples, 2,746 of 65,706 candidates right) took 25 min of wall time on a shared machine (6 min of CPU;
 * the model step is nearly all of it, examples take about a minute): 3x5-fold F1 0.7378 / 0.7360 /
 * 0.7365, eval 0.7619 (tp 1539 pred 1848; 24 dev articles gained, 24 lost) / 0.7859. At L2 1e-4 on the
 * same examples 0.7381 / 0.7374 / 0.7377, eval 0.7639 (tp 1537 pred 1832) / 0.7660. WordNet noun classes
 * of the subject's head and of the word after the cue, and the latter by stem (commit 1dada1d holds the
 * code and the noun table), at 3e-5: 0.7369 / 0.7361 / 0.7366, eval 0.7632 / 0.7916; at 1e-4: 0.7388 /
 * 0.7375 / 0.7384, eval 0.7657 (tp 1538 pred 1825; 30 gained, 21 lost) / 0.7656. Every refit, even the
 * plain one at 3e-5, fails five or six golden tests of test/quotes (a dateline's "warns", "did note that"
 * after "but", "by saying", a pronoun after a "by" participle...): they pin decisions near the cut. None
 * gained on the dev split beyond its noise and on all documents together, so the committed files were kept.
 * Of the 4,212 gold attributions of the training split the stage misses, a word of the cue is a candidate
 * in 2,197 and a listed cue in 1,102; 551 have a content word that is no candidate for want of a subject,
 * most after "to" (86: "waited to boo her") or a relative "that" (38), no pattern large enough to
 * open the filter for.
 */
function fit(exs: readonly Example[], l2 = L2, l2x = L2X): Record<string, number> {
  const seen = new Map<string, number>();
  for (const e of exs) for (const f of e.feats) seen.set(f, (seen.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, n] of [...seen].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (n >= MIN_SEEN) index.set(f, index.size);
  const rows = exs.map((e) => Int32Array.from(e.feats.filter((f) => index.has(f)).map((f) => index.get(f)!)));
  const ys = exs.map((e) => (e.right ? 1 : 0));
  const bias = index.get("b");
  const xbias = index.get("xb");
  const d = index.size;
  const lambda = new Float64Array(d);
  for (const [f, j] of index) lambda[j] = j === bias || j === xbias ? 0 : f.startsWith("x") ? l2x : l2;
  const n = exs.length;
  const loss = (w: Float64Array, g: Float64Array): number => {
    g.fill(0);
    let l = 0;
    rows.forEach((r, i) => {
      let z = 0;
      for (const j of r) z += w[j]!;
      const y = ys[i]!;
      // log(1 + e^-z) or log(1 + e^z), computed without overflow
      const m = y ? -z : z;
      l += m > 0 ? m + Math.log1p(Math.exp(-m)) : Math.log1p(Math.exp(m));
      const p = 1 / (1 + Math.exp(-z));
      for (const j of r) g[j]! += (p - y) / n;
    });
    l /= n;
    for (let j = 0; j < d; j++) {
      l += (lambda[j]! / 2) * w[j]! * w[j]!;
      g[j]! += lambda[j]! * w[j]!;
    }
    return l;
  };
  const dot = (a: Float64Array, b: Float64Array) => {
    let s = 0;
    for (let j = 0; j < d; j++) s += a[j]! * b[j]!;
    return s;
  };
  let w = new Float64Array(d);
  let g = new Float64Array(d);
  let l = loss(w, g);
  const ss: Float64Array[] = [];
  const yy: Float64Array[] = [];
  for (let it = 0; it < ITERATIONS; it++) {
    // two-loop recursion: the step direction from the last HISTORY steps
    const q = Float64Array.from(g);
    const alpha: number[] = [];
    for (let k = ss.length - 1; k >= 0; k--) {
      const a = dot(ss[k]!, q) / dot(yy[k]!, ss[k]!);
      alpha[k] = a;
      for (let j = 0; j < d; j++) q[j]! -= a * yy[k]![j]!;
    }
    if (ss.length) {
      const k = ss.length - 1;
      const gamma = dot(ss[k]!, yy[k]!) / dot(yy[k]!, yy[k]!);
      for (let j = 0; j < d; j++) q[j]! *= gamma;
    } else {
      const norm = Math.sqrt(dot(g, g)) || 1;
      for (let j = 0; j < d; j++) q[j]! /= norm;
    }
    for (let k = 0; k < ss.length; k++) {
      const b = dot(yy[k]!, q) / dot(yy[k]!, ss[k]!);
      for (let j = 0; j < d; j++) q[j]! += ss[k]![j]! * (alpha[k]! - b);
    }
    // backtracking line search along -q
    const slope = -dot(g, q);
    if (slope >= 0) break;
    let step = 1;
    const w2 = new Float64Array(d);
    const g2 = new Float64Array(d);
    let l2 = Infinity;
    for (let tries = 0; tries < 30; tries++) {
      for (let j = 0; j < d; j++) w2[j] = w[j]! - step * q[j]!;
      l2 = loss(w2, g2);
      if (l2 <= l + 1e-4 * step * slope) break;
      step /= 2;
    }
    if (!(l2 < l)) break;
    const s1 = new Float64Array(d);
    const y1 = new Float64Array(d);
    for (let j = 0; j < d; j++) {
      s1[j] = w2[j]! - w[j]!;
      y1[j] = g2[j]! - g[j]!;
    }
    if (dot(s1, y1) > 1e-12) {
      ss.push(s1);
      yy.push(y1);
      if (ss.length > HISTORY) {
        ss.shift();
        yy.shift();
      }
    }
    const done = l - l2 < 1e-9 * Math.max(1, Math.abs(l));
    w = w2;
    g = g2;
    l = l2;
    if (done) break;
  }
  const out: Record<string, number> = {};
  for (const [f, j] of index) if (Math.abs(w[j]!) >= MIN_WEIGHT) out[f] = Math.round(w[j]! * 100) / 100;
  return out;
}

/** Platt scaling: the a, b that make 1 / (1 + e^-(a z + b)) the chance a held-out example is right. */
function platt(scored: readonly { z: number; right: boolean }[]): { a: number; b: number } {
  let a = 1;
  let b = 0;
  for (let it = 0; it < 50; it++) {
    let ga = 0;
    let gb = 0;
    let haa = 0;
    let hab = 0;
    let hbb = 0;
    for (const e of scored) {
      const p = 1 / (1 + Math.exp(-(a * e.z + b)));
      const r = p - (e.right ? 1 : 0);
      const v = Math.max(p * (1 - p), 1e-12);
      ga += r * e.z;
      gb += r;
      haa += v * e.z * e.z;
      hab += v * e.z;
      hbb += v;
    }
    const det = haa * hbb - hab * hab;
    if (!(det > 0)) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-9) break;
  }
  return { a, b };
}

interface Tally {
  tp: number;
  pred: number;
  gold: number;
}
const f1 = (t: Tally) => (2 * t.tp) / (t.pred + t.gold);

/**
 * Third pass: every candidate word is tried as a cue on the training split, and every listed cue word is
 * kept; an attribution read from either is right when it matches a gold attribution (content and
 * source, as the scorer counts them on the stage's output: named speakers only) that no earlier one
 * matched. Listed words are read as at run time, with no other word tagged; candidates in a second
 * reading where every candidate is tried. The cuts are calibrated by five-fold cross-validation over
 * the articles (each fifth scored by weights fitted on the other four, three partitions pooled); the
 * final weights are fitted on all of them.
 */
function trainModel(): void {
  const recs = trainRecords();
  // a file that keeps the examples, so that fits can be retried without reading the articles again
  const cache = process.env.SITREP_TRAIN_CACHE;
  const { exs, base } =
    cache && existsSync(cache)
      ? (JSON.parse(readFileSync(cache, "utf8")) as { exs: Example[]; base: Tally })
      : examples(recs);
  if (cache && !existsSync(cache)) writeFileSync(cache, JSON.stringify({ exs, base }));
  // SITREP_DROP=stt:,r: fits without those templates (listed and candidate): an ablation on the cached examples
  const drop = (process.env.SITREP_DROP ?? "").split(",").filter(Boolean);
  if (drop.length)
    for (const e of exs) e.feats = e.feats.filter((f) => !drop.some((d) => f.startsWith(d) || f.startsWith("x" + d)));
  chooseAndWrite(recs.length, exs, base);
}

function examples(recs: Rec[]): { exs: Example[]; base: Tally } {
  const exs: Example[] = [];
  const base: Tally = { tp: 0, pred: 0, gold: 0 };
  recs.forEach((r, i) => {
    const doc = stagedDoc(r);
    const feats = new Map<number, string[]>();
    const at = new Map<number, { toks: readonly Tok[]; k: number }>();
    // the content features of the listed words the stage judges with their content (listedContent):
    // a word that ends another content is judged by its window alone and gets none
    const judged = new Map<number, string[]>();
    const test = (learnedToo: boolean): CueTest => {
      const t: CueTest = (toks, k, listed) => {
        if (!listed && (!learnedToo || !candidate(toks, k))) return false;
        feats.set(toks[k]!.start, cueFeatures(toks, k, listed));
        at.set(toks[k]!.start, { toks, k });
        return true;
      };
      t.listedContent = (toks, k, content) => {
        judged.set(
          toks[k]!.start,
          contentFeatures(toks, k, content).map((x) => "x" + x),
        );
        return true;
      };
      return t;
    };
    const named = (found: Attribution[]) => {
      const names = nameSpeakers(doc, found);
      return found.map((a, j) => ({ ...a, name: names[j]!.name }));
    };
    const gold = r.gold.attributions;
    const taken = new Set<number>();
    // the listed words alone, as the stage reads them when the model tags no other word
    const listed = named(findAttributions(doc, test(false)));
    const b = base;
    b.gold += gold.length;
    b.pred += listed.length;
    // listed cues are matched first (they are the baseline), learned ones to the gold left over
    const first = matchLikeScorer(listed, gold, taken);
    listed.forEach((a, j) => {
      const right = rightAt(first, j, a, gold);
      if (right) b.tp++;
      const f = feats.get(a.cue.start);
      if (!f) return;
      exs.push({ feats: [...f, ...(judged.get(a.cue.start) ?? [])], right, listed: true, article: i });
    });
    const learned = named(findAttributions(doc, test(true))).filter((a) => a.learned);
    const second = matchLikeScorer(learned, gold, taken);
    learned.forEach((a, j) => {
      const f = feats.get(a.cue.start);
      const w = at.get(a.cue.start);
      // a candidate is judged with the content the rules read from it
      if (f && w)
        exs.push({
          feats: [...f, ...contentFeatures(w.toks, w.k, a.content)],
          right: rightAt(second, j, a, gold),
          listed: false,
          article: i,
        });
    });
  });
  return { exs, base };
}

type Held = { z: number; right: boolean; listed: boolean };

/** The held-out log-odds of every example, one list per partition into folds. */
function heldOut(articles: number, exs: readonly Example[], l2: number, l2x: number, repeats = REPEATS): Held[][] {
  const reps: Held[][] = [];
  for (let r = 0; r < repeats; r++) {
    const folds = foldsOf(articles, FOLD_SEED * REPEATS + r);
    const held: Held[] = [];
    for (let k = 0; k < FOLDS; k++) {
      const w = fit(
        exs.filter((e) => folds[e.article] !== k),
        l2,
        l2x,
      );
      for (const e of exs)
        if (folds[e.article] === k) held.push({ z: logOdds(w, e.feats), right: e.right, listed: e.listed });
    }
    reps.push(held);
  }
  return reps;
}

/** Mean log-loss of held-out log-odds. */
function logLoss(held: readonly Held[]): number {
  let l = 0;
  for (const e of held) {
    const m = e.right ? -e.z : e.z;
    l += m > 0 ? m + Math.log1p(Math.exp(-m)) : Math.log1p(Math.exp(m));
  }
  return l / Math.max(1, held.length);
}

/**
 * The held-out scores at the fixed L2 / L2X, or with SITREP_L2=auto at the grid values of least
 * held-out log-loss on the first partition (one partition per value: a fit takes minutes), each group
 * (candidates, listed words) judged on its own examples.
 */
function chooseRegularisation(articles: number, exs: readonly Example[]): { reps: Held[][]; l2: number; l2x: number } {
  if (!L2_AUTO) return { reps: heldOut(articles, exs, L2, L2X), l2: L2, l2x: L2X };
  const tried = L2_GRID.map((v) => {
    const pooled = heldOut(articles, exs, v, v, 1).flat();
    const cand = logLoss(pooled.filter((e) => !e.listed));
    const listed = logLoss(pooled.filter((e) => e.listed));
    process.stdout.write(`L2 ${v}: held-out log-loss candidates ${cand.toFixed(5)}, listed ${listed.toFixed(5)}\n`);
    return { v, cand, listed };
  });
  const bestCand = tried.reduce((a, b) => (b.cand < a.cand ? b : a));
  const bestListed = tried.reduce((a, b) => (b.listed < a.listed ? b : a));
  return { reps: heldOut(articles, exs, bestCand.v, bestListed.v), l2: bestCand.v, l2x: bestListed.v };
}

/**
 * SITREP_CUTS=f1: the veto and threshold that maximise the mean held-out F1 of the partitions, on a
 * grid of log-odds, instead of the calibrated ones.
 */
const CUTS_F1 = process.env.SITREP_CUTS === "f1";

function bestCuts(reps: readonly Held[][], base: Tally): { veto: number; add: number; f: number } {
  const grid: number[] = [];
  for (let z = -8; z <= 8.0001; z += 0.05) grid.push(Math.round(z * 100) / 100);
  // per partition and grid cut: the change in pred and tp from the listed words vetoed / candidates added
  const shifts = reps.map((held) => {
    const veto = grid.map(() => ({ pred: 0, tp: 0 }));
    const add = grid.map(() => ({ pred: 0, tp: 0 }));
    for (const e of held)
      grid.forEach((c, i) => {
        if (e.listed && e.z < c) {
          veto[i]!.pred--;
          if (e.right) veto[i]!.tp--;
        } else if (!e.listed && e.z >= c) {
          add[i]!.pred++;
          if (e.right) add[i]!.tp++;
        }
      });
    return { veto, add };
  });
  let best = { veto: 0, add: 0, f: -1 };
  grid.forEach((v, i) =>
    grid.forEach((a, j) => {
      let f = 0;
      for (const s of shifts)
        f += f1({
          tp: base.tp + s.veto[i]!.tp + s.add[j]!.tp,
          pred: base.pred + s.veto[i]!.pred + s.add[j]!.pred,
          gold: base.gold,
        });
      f /= shifts.length;
      if (f > best.f) best = { veto: v, add: a, f };
    }),
  );
  return best;
}

/**
 * The cuts. A cue raises F1 when its chance of being right exceeds half the F1 reached (adding a right
 * one adds 2 to 2tp and 1 to pred + gold). Each example's chance is read from its held-out log-odds by
 * Platt scaling (a, b fitted on the held-out scores of every fold of REPEATS partitions): the cuts are
 * the log-odds where that chance is F1/2, with F1 the cross-validated F1 those cuts reach. The earlier
 * cut, the middle of the stretch of the held-out F1 curve near its flat top, moved by hundreds of
 * examples with the fold models' noise.
 */
function chooseAndWrite(articles: number, exs: Example[], base: Tally): void {
  const { reps, l2, l2x } = chooseRegularisation(articles, exs);
  const pooled = reps.flat();
  const pv = platt(pooled.filter((e) => e.listed));
  const pa = platt(pooled.filter((e) => !e.listed));
  /** The held-out tally of one partition with the listed cues below `veto` dropped and the candidates from `add` taken on. */
  const tallyAt = (held: typeof pooled, veto: number, add: number): Tally => {
    const t = { ...base };
    for (const e of held) {
      const change = e.listed ? (e.z < veto ? -1 : 0) : e.z >= add ? 1 : 0;
      t.pred += change;
      if (e.right) t.tp += change;
    }
    return t;
  };
  let reached = f1(base);
  let vetoZ = 0;
  let addZ = 0;
  let cv: Tally[] = [];
  // a few rounds settle F1 and the cuts it sets
  for (let round = 0; round < 5; round++) {
    const logit = Math.log(reached / 2 / (1 - reached / 2));
    vetoZ = (logit - pv.b) / pv.a;
    addZ = (logit - pa.b) / pa.a;
    cv = reps.map((h) => tallyAt(h, vetoZ, addZ));
    reached = cv.reduce((n, t) => n + f1(t), 0) / cv.length;
  }
  // printed either way: the gap between the two shows how much the calibration leaves on the table
  const best = bestCuts(reps, base);
  process.stdout.write(
    `calibrated cuts: veto ${vetoZ.toFixed(2)}, threshold ${addZ.toFixed(2)}, F1 ${reached.toFixed(4)}; ` +
      `best on the grid: veto ${best.veto}, threshold ${best.add}, F1 ${best.f.toFixed(4)}\n`,
  );
  if (CUTS_F1) {
    vetoZ = best.veto;
    addZ = best.add;
    cv = reps.map((h) => tallyAt(h, vetoZ, addZ));
  }
  const r4 = (x: number) => Math.round(x * 10000) / 10000;
  const t = cv[0]!;
  process.stdout.write(
    `cue model: L2 ${l2}, L2X ${l2x}; ${exs.length} examples (${exs.filter((e) => !e.listed && e.right).length} of ${exs.filter((e) => !e.listed).length} candidates right); ` +
      `Platt listed a ${r4(pv.a)} b ${r4(pv.b)}, candidates a ${r4(pa.a)} b ${r4(pa.b)}; veto ${r4(vetoZ)}, threshold ${r4(addZ)}; ` +
      `cross-validated F1 ${r4(f1(base))} -> ${cv.map((x) => r4(f1(x))).join(" / ")} ` +
      `(first partition: tp ${t.tp} pred ${t.pred} gold ${t.gold})\n`,
  );
  const weights = fit(exs, l2, l2x);
  const cut = (z: number) => Math.round(z * 100) / 100;
  const model: CueModel = {
    about:
      `Logistic cue model learned by \`npm run train:quotes\` (src/quotes/train.ts) from the training split of PolNeAR v1.0.0 ` +
      `(Newell, Margolin & Ruths 2018; ${articles} articles, never the dev split). Examples: the attributions the rules ` +
      `read from every candidate word (cue-model.ts) and from every listed cue word ("x" features), right when they match ` +
      `a gold attribution, content and source; a candidate word is judged with the content the rules read from it ` +
      `(its opening word, length, reach: "c" features). Weights: L2-regularised logistic regression (L-BFGS, one minimum; ` +
      `L2 ${l2} per example for candidates, ${l2x} for listed words${L2_AUTO ? ", each the least held-out log-loss of " + L2_GRID.join(" / ") : ""}). ` +
      `threshold (add a candidate) and veto (drop a listed cue): ` +
      (CUTS_F1
        ? `the log-odds of the highest mean ${REPEATS} x ${FOLDS}-fold cross-validated F1 on a grid of 0.05. `
        : `the log-odds whose chance of being right, calibrated on ${REPEATS} x ${FOLDS}-fold cross-validated ` +
          `scores (Platt), is half the cross-validated F1. `) +
      `Word classes ("wc", "wc1") from WordNet 3.1 (data/quotes/word-classes.json). Regenerate, do not edit by hand.`,
    threshold: cut(addZ),
    veto: cut(vetoZ),
    weights,
  };
  writeFileSync(MODEL_OUT, JSON.stringify(model, null, 2) + "\n");
  process.stdout.write(`${Object.keys(weights).length} weights written to ${MODEL_OUT}\n`);
}

// --prune and --model are the two later steps, each run in a fresh process by the first
const { values: step } = parseScriptArgs(
  { options: { prune: { type: "boolean" }, model: { type: "boolean" }, help: { type: "boolean", short: "h" } } },
  "usage: npm run train:quotes\n" +
    "  learns cue words and the cue model from PolNeAR's training split (../shared/eval/quotes) and writes\n" +
    "  data/quotes/learned-cues.json and data/quotes/cue-model.json; the same data gives the same files\n" +
    "  env: SITREP_TRAIN_CACHE=FILE keeps the extracted examples, SITREP_FOLD_SEED=N re-partitions the folds,\n" +
    "       SITREP_DROP=prefixes ablates feature templates, SITREP_L2 / SITREP_L2X set the regularisation\n" +
    "       (SITREP_L2=auto: chosen by held-out log-loss from SITREP_L2_GRID), SITREP_CUTS=f1 cuts at the best CV F1,\n" +
    "       SITREP_MODEL_OUT=FILE writes the cue model elsewhere\n",
);
if (step.prune) prune();
else if (step.model) trainModel();
else {
  learn();
  // the lexicon is loaded once per process: the candidates are checked by a fresh one
  execFileSync(process.execPath, [fileURLToPath(import.meta.url), "--prune"], { stdio: "inherit" });
  execFileSync(process.execPath, [fileURLToPath(import.meta.url), "--model"], { stdio: "inherit" });
}
