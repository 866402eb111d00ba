/**
 * node scripts/quote-cue-classes.mjs [--show N] [--class PREFIX]   (after `npm run eval -- quotes`)
 *
 * Sorts the gold attributions of the last quotes run that no prediction overlaps by what the stage
 * could have proposed at the gold cue: a listed word the model vetoed, a listed word a rule set aside,
 * a word the model let through, or nothing at all, the last split by the cue's shape (noun, preposition,
 * mark, multi-word, verb missing from the lexicon ...). Reads the gold and the run's output in place.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { recordToArticle } from "../dist/ingest/index.js";
import { runPipeline } from "../dist/pipeline.js";
import { sentenceTokens } from "../dist/quotes/tokens.js";
import { speakerLeft, speakerRight } from "../dist/quotes/speaker.js";
import { lex } from "../dist/quotes/lexicon.js";
import { learnedCue } from "../dist/quotes/cue-model.js";
import { findAttributions } from "../dist/quotes/index.js";
import { sharedDir, ROOT } from "../dist/util/data.js";

const { values } = parseArgs({
  options: { show: { type: "string" }, class: { type: "string" }, context: { type: "boolean" } },
});
const show = values.show === undefined ? 12 : Number(values.show);
const gold = readFileSync(join(sharedDir(), "eval", "quotes", "dev.jsonl"), "utf8")
  .split("\n")
  .filter(Boolean);
const preds = new Map(
  readFileSync(join(ROOT, ".cache", "eval", "quotes.out.jsonl"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l))
    .map((p) => [p.id, p.quotes ?? []]),
);
const parts = (s) => (s.parts?.length ? s.parts : [s]);
const ov = (a, b) => a.start < b.end && b.start < a.end;
const DET = new Set("the a an his her its their our my your this these that those no any such whose".split(" "));
const PREP = new Set("in for to from by with per as on at of under among".split(" "));

const classes = new Map();
const add = (cls, line) => {
  if (!classes.has(cls)) classes.set(cls, []);
  classes.get(cls).push(line);
};

const lx = lex();
for (const line of gold) {
  const rec = JSON.parse(line);
  const p = preds.get(rec.id);
  if (!p) continue;
  const misses = rec.gold.attributions.filter((a) => !p.some((q) => parts(a.content).some((c) => ov(c, q))));
  if (!misses.length) continue;
  const doc = runPipeline(recordToArticle({ id: rec.id, text: rec.text, title: rec.title }, rec.id, {}), undefined, {
    until: "quotes",
  });
  const toks = sentenceTokens(doc);
  const t = rec.text;
  // what the lexicon and rules alone find, with no model to veto or add
  const bare = findAttributions(doc, null);
  for (const a of misses) {
    const cueParts = parts(a.cue);
    const cueText = cueParts
      .map((c) => t.slice(c.start, c.end))
      .join(" … ")
      .replace(/\s+/g, " ");
    const src = a.source ? t.slice(a.source.start, a.source.end).replace(/\s+/g, " ").slice(0, 30) : "-";
    const content = parts(a.content)
      .map((c) => t.slice(c.start, c.end))
      .join(" … ")
      .replace(/\s+/g, " ");
    const head = `<${cueText}> [${src}] ${content.slice(0, 110)}`;
    // the sentence holding the cue's first part
    const si = toks.findIndex((ts) => ts.some((x) => ov(x, cueParts[0])));
    if (si < 0) {
      add("nosentence", head);
      continue;
    }
    const ts = toks[si];
    const ks = [];
    ts.forEach((x, k) => {
      if (cueParts.some((c) => ov(x, c))) ks.push(k);
    });
    const words = ks.filter((k) => !ts[k].punct);
    const lower = cueText.toLowerCase();
    let cls;
    if (words.length === 0) cls = "none:mark";
    else {
      const listed = words.filter((k) => lx.cues.has(ts[k].lower));
      const according = lx.according.some((ph) => lower.startsWith(ph.join(" ")));
      const nominal = words.some((k) => lx.nominal.has(ts[k].lower));
      if (according) cls = "listed:according";
      else if (listed.length) {
        const k = listed[0];
        const prev = ts[k - 1];
        if (bare.some((b) => parts(a.content).some((c) => ov(c, b.content)))) cls = "listed:vetoed";
        else if (prev && (DET.has(prev.lower) || prev.text === "’s" || prev.text === "'s")) cls = "listed:afterdet";
        else if (ts[k].cap && k > 0) cls = "listed:cap";
        else {
          // what the speaker rules read around the cue: the gold source found left, right, or not at all
          const src = a.source ? parts(a.source) : [];
          const hit = (sp) => sp && src.some((c) => ov(c, { start: ts[sp.start].start, end: ts[sp.end - 1].end }));
          const after =
            k +
            1 +
            (lx.cues.get(ts[k].lower).find((f) => f.rest.every((w, i) => ts[k + 1 + i]?.lower === w))?.rest.length ??
              0);
          const left = speakerLeft(ts, k);
          const right = speakerRight(ts, after);
          cls = !a.source
            ? "listed:proposed:nosource"
            : hit(left)
              ? "listed:proposed:left"
              : hit(right)
                ? "listed:proposed:right"
                : left || right
                  ? "listed:proposed:otherspeaker"
                  : "listed:proposed:nospeaker";
        }
      } else if (nominal) cls = "listed:nominal";
      else if (words.some((k) => learnedCue(ts, k, false))) cls = "model:proposed";
      else {
        const first = ts[words[0]];
        const prev = ts[words[0] - 1];
        const w = words.map((k) => ts[k].lower);
        if (PREP.has(first.lower)) cls = `none:prep`;
        else if (prev && (DET.has(prev.lower) || prev.text === "’s" || prev.text === "'s")) cls = "none:noun";
        else if (first.cap) cls = "none:capital";
        else if (w.length >= 2) cls = "none:multiword";
        else if (/(?:ed|s|ing)$/.test(w[0])) cls = "none:verbform";
        else cls = "none:word";
      }
    }
    const sent = doc.sentences[si];
    add(cls, values.context ? `${head} ||| ${t.slice(sent.start, sent.end).replace(/\s+/g, " ")}` : head);
  }
}

const total = [...classes.values()].reduce((n, l) => n + l.length, 0);
console.log(`gold attributions no prediction overlaps: ${total}`);
for (const [cls, lines] of [...classes].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`${cls}: ${lines.length}`);
}
for (const [cls, lines] of [...classes].sort((a, b) => b[1].length - a[1].length)) {
  if (values.class && !cls.startsWith(values.class)) continue;
  // the commonest cue words of the class first
  const counts = new Map();
  for (const l of lines) {
    const c = l.slice(1, l.indexOf(">")).toLowerCase();
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const top = [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 40)
    .map(([c, n]) => `${c}×${n}`)
    .join(", ");
  console.log(`\n== ${cls} (${lines.length}) cues: ${top}`);
  for (const l of lines.slice(0, show === 0 ? Infinity : show)) console.log(`  ${l}`);
}
