/**
 * npm run train:ner
 *
 * Trains the NER tagger, a structured averaged perceptron over BILOU tags with Viterbi decoding, on
 * CoNLL-2003 train (../shared/eval/ner/train.jsonl, read in place) and keeps the epoch that scores
 * best on testa (dev.jsonl). Documents go through the pipeline's own clean and sentence stages, so
 * the model is trained on the very wink-nlp tokens and features it meets at run time. Writes
 * data/entities/ner-model.json.gz with small weights pruned and the rest rounded.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { clean } from "../../clean/index.js";
import { createDocument } from "../../document/create.js";
import { sentences } from "../../sentences/index.js";
import { sharedDir } from "../../util/data.js";
import { docContext, sentenceFeatures } from "../features.js";
import { CLASSES, LABELS, spansOf, tagsOf, viterbi, type NerClass } from "../labels.js";
import { MODEL_PATH, type ModelFile } from "../model.js";
import { tokensBySentence } from "../tokens.js";

interface GoldEntity {
  start: number;
  end: number;
  type: string;
}
interface Sent {
  feats: Int32Array[];
  gold: number[];
}

const TYPE_CLASS: Record<string, NerClass> = { person: "PER", organization: "ORG", place: "LOC", other: "MISC" };

function readDocs(file: string): Sent[][] {
  const docs: Sent[][] = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const rec = JSON.parse(line) as { id: string; text: string; gold: { entities: GoldEntity[] } };
    const doc = sentences.run(clean.run(createDocument({ id: rec.id, text: rec.text })));
    const sents = tokensBySentence(doc);
    const ctx = docContext(sents.map((s) => s.map((t) => t.text)));
    const out: Sent[] = [];
    for (const toks of sents) {
      const spans: { from: number; to: number; cls: NerClass }[] = [];
      for (const e of rec.gold.entities) {
        let from = -1;
        let to = -1;
        toks.forEach((t, i) => {
          if (t.start < e.end && e.start < t.end) {
            if (from < 0) from = i;
            to = i + 1;
          }
        });
        if (from >= 0) spans.push({ from, to, cls: TYPE_CLASS[e.type]! });
      }
      out.push({ feats: sentenceFeatures(toks.map((t) => t.text), ctx), gold: tagsOf(toks.length, spans) });
    }
    docs.push(out);
  }
  return docs;
}

function f1(gold: Sent[], pred: number[][], classes: readonly NerClass[]): { p: number; r: number; f: number } {
  let tp = 0;
  let np = 0;
  let ng = 0;
  const key = (s: { from: number; to: number; cls: string }) => `${s.from}:${s.to}:${s.cls}`;
  gold.forEach((s, k) => {
    const g = new Set(spansOf(s.gold).filter((x) => classes.includes(x.cls)).map(key));
    const p = spansOf(pred[k]!).filter((x) => classes.includes(x.cls)).map(key);
    ng += g.size;
    np += p.length;
    for (const x of p) if (g.has(x)) tp++;
  });
  const p = tp / Math.max(1, np);
  const r = tp / Math.max(1, ng);
  return { p, r, f: (2 * p * r) / Math.max(1e-9, p + r) };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      epochs: { type: "string", default: "12" },
      "min-count": { type: "string", default: "1" },
      prune: { type: "string", default: "0.02" },
    },
  });
  const epochs = Number(values.epochs);
  const minCount = Number(values["min-count"]);
  const dir = join(sharedDir(), "eval", "ner");
  let t0 = performance.now();
  const trainDocs = readDocs(join(dir, "train.jsonl"));
  const dev = readDocs(join(dir, "dev.jsonl")).flat();
  const train = trainDocs.flat();
  console.log(`read ${train.length} train and ${dev.length} dev sentences in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const counts = new Map<number, number>();
  for (const s of train) for (const fs of s.feats) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names: number[] = [];
  const index = new Map<number, number>();
  for (const [f, c] of counts) if (c >= minCount) index.set(f, names.push(f) - 1);
  const encode = (s: Sent) =>
    s.feats.map((fs) => Int32Array.from(Array.from(fs, (f) => index.get(f) ?? -1).filter((x) => x >= 0)));
  const trainX = train.map(encode);
  const devX = dev.map(encode);
  console.log(`${names.length} features (of ${counts.size})`);

  const L = LABELS.length;
  const F = names.length;
  const W = new Float64Array(F * L);
  const U = new Float64Array(F * L);
  const T = new Float64Array((L + 1) * L);
  const TU = new Float64Array((L + 1) * L);
  let c = 1;

  const emit = (x: Int32Array[], w: Float64Array) => {
    const e = new Float64Array(x.length * L);
    x.forEach((fs, i) => {
      for (const f of fs) for (let k = 0; k < L; k++) e[i * L + k]! += w[f * L + k]!;
    });
    return e;
  };
  const averaged = () => {
    const aw = new Float64Array(F * L);
    for (let i = 0; i < aw.length; i++) aw[i] = W[i]! - U[i]! / c;
    const at = new Float64Array((L + 1) * L);
    for (let i = 0; i < at.length; i++) at[i] = T[i]! - TU[i]! / c;
    return { aw, at };
  };

  // deterministic shuffle so runs are reproducible
  let seed = 12345;
  const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  const order = trainX.map((_, i) => i);
  let best = { f: -1, epoch: 0, aw: new Float64Array(0), at: new Float64Array(0) };
  for (let ep = 1; ep <= epochs; ep++) {
    t0 = performance.now();
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    for (const k of order) {
      const x = trainX[k]!;
      if (x.length === 0) continue;
      const gold = train[k]!.gold;
      const pred = viterbi(emit(x, W), x.length, T);
      for (let i = 0; i < x.length; i++) {
        const g = gold[i]!;
        const p = pred[i]!;
        if (g !== p) {
          errors++;
          for (const f of x[i]!) {
            W[f * L + g]! += 1;
            U[f * L + g]! += c;
            W[f * L + p]! -= 1;
            U[f * L + p]! -= c;
          }
        }
        const gp = i === 0 ? 0 : gold[i - 1]! + 1;
        const pp = i === 0 ? 0 : pred[i - 1]! + 1;
        if (gp !== pp || g !== p) {
          T[gp * L + g]! += 1;
          TU[gp * L + g]! += c;
          T[pp * L + p]! -= 1;
          TU[pp * L + p]! -= c;
        }
      }
      c++;
    }
    const { aw, at } = averaged();
    const pred = devX.map((x) => (x.length ? viterbi(emit(x, aw), x.length, at) : []));
    const main3 = f1(dev, pred, ["PER", "ORG", "LOC"]);
    const per = CLASSES.map((cl) => `${cl} ${(100 * f1(dev, pred, [cl]).f).toFixed(2)}`).join(" ");
    console.log(
      `epoch ${ep}: ${errors} token errors; dev PER/ORG/LOC F1 ${(100 * main3.f).toFixed(2)} ` +
        `(P ${(100 * main3.p).toFixed(2)} R ${(100 * main3.r).toFixed(2)}); ${per}; ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    if (main3.f > best.f) best = { f: main3.f, epoch: ep, aw, at };
  }

  const prune = Number(values.prune);
  const scale = 100;
  const features: number[][] = [];
  let kept = 0;
  for (let f = 0; f < F; f++) {
    const lw: number[] = [];
    for (let k = 0; k < L; k++) {
      const w = best.aw[f * L + k]!;
      if (Math.abs(w) >= prune) lw.push(k, Math.round(w * scale));
    }
    if (lw.some((x, i) => i % 2 === 1 && x !== 0)) {
      features.push([names[f]!, ...lw]);
      kept++;
    }
  }
  const file: ModelFile = {
    about:
      `NER tagger: structured averaged perceptron, BILOU tags, Viterbi decoding. Trained by src/entities/train/main.ts ` +
      `on CoNLL-2003 eng.train (Tjong Kim Sang & De Meulder 2003), epoch ${best.epoch} chosen on eng.testa ` +
      `(PER/ORG/LOC F1 ${(100 * best.f).toFixed(2)}). Weights below ${prune} pruned, the rest times ${scale}, rounded.`,
    labels: [...LABELS],
    scale,
    transitions: Array.from(best.at, (w) => Math.round(w * scale)),
    features,
  };
  const gz = gzipSync(JSON.stringify(file), { level: 9 });
  writeFileSync(MODEL_PATH, gz);
  console.log(`best epoch ${best.epoch}; kept ${kept} of ${F} features; wrote ${MODEL_PATH} (${(gz.length / 1e6).toFixed(2)} MB)`);
}

main();
