/**
 * npm run train:ner [-- --epochs N --folds K]
 *
 * Trains the NER tagger on CoNLL-2003 train (../shared/eval/ner/train.jsonl, read in place) and
 * keeps, per pass, the epoch that scores best on testa (dev.jsonl). Two passes, both structured
 * averaged perceptrons over BILOU tags with Viterbi decoding: the first on local features, the
 * second adding the first's tags across the document (its training input comes from K-fold
 * jackknifing, so it learns from first-pass errors like those it will meet). Documents go through the
 * pipeline's own clean and sentence stages: the model is trained on the wink-nlp tokens and features
 * it meets at run time. Writes data/entities/ner-model.json.gz (rounded weights).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { clean } from "../../clean/index.js";
import { createDocument } from "../../document/create.js";
import { sentences } from "../../sentences/index.js";
import { sharedDir } from "../../util/data.js";
import { parseScriptArgs } from "../../util/script-args.js";
import { concatFeatures, docContext, sentenceFeatures, stackedFeatures } from "../features.js";
import { splitDatelinePrefix } from "../datelinePrefix.js";
import { splitGlued } from "../glue.js";
import { CLASSES, LABELS, spansOf, tagsOf, type NerClass } from "../labels.js";
import { MODEL_PATH, type ModelFile, type PassFile } from "../model.js";
import { tokensBySentence } from "../tokens.js";
import { decode, trainPerceptron, type Sent, type Weights } from "./perceptron.js";

interface GoldEntity {
  start: number;
  end: number;
  type: string;
}
interface Doc {
  words: string[][];
  sents: Sent[];
}

const TYPE_CLASS: Record<string, NerClass> = { person: "PER", organization: "ORG", place: "LOC", other: "MISC" };

function readDocs(file: string): Doc[] {
  const docs: Doc[] = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const rec = JSON.parse(line) as { id: string; text: string; gold: { entities: GoldEntity[] } };
    const doc = sentences.run(clean.run(createDocument({ id: rec.id, text: rec.text })));
    const toks = splitDatelinePrefix(splitGlued(tokensBySentence(doc)));
    const words = toks.map((s) => s.map((t) => t.text));
    const ctx = docContext(words);
    const sents: Sent[] = toks.map((ts, si) => {
      const spans: { from: number; to: number; cls: NerClass }[] = [];
      for (const e of rec.gold.entities) {
        let from = -1;
        let to = -1;
        ts.forEach((t, i) => {
          if (t.start < e.end && e.start < t.end) {
            if (from < 0) from = i;
            to = i + 1;
          }
        });
        if (from >= 0) spans.push({ from, to, cls: TYPE_CLASS[e.type]! });
      }
      return { feats: sentenceFeatures(words[si]!, ctx), gold: tagsOf(ts.length, spans) };
    });
    docs.push({ words, sents });
  }
  return docs;
}

function f1(
  gold: readonly Sent[],
  pred: readonly number[][],
  classes: readonly NerClass[],
): { p: number; r: number; f: number } {
  let tp = 0;
  let np = 0;
  let ng = 0;
  const key = (s: { from: number; to: number; cls: string }) => `${s.from}:${s.to}:${s.cls}`;
  gold.forEach((s, k) => {
    const g = new Set(
      spansOf(s.gold)
        .filter((x) => classes.includes(x.cls))
        .map(key),
    );
    const p = spansOf(pred[k]!)
      .filter((x) => classes.includes(x.cls))
      .map(key);
    ng += g.size;
    np += p.length;
    for (const x of p) if (g.has(x)) tp++;
  });
  const p = tp / Math.max(1, np);
  const r = tp / Math.max(1, ng);
  return { p, r, f: (2 * p * r) / Math.max(1e-9, p + r) };
}

/** Scores a model on dev sentences and logs it; returns PER/ORG/LOC F1. */
function report(label: string, dev: readonly Sent[], model: Weights): number {
  const pred = dev.map((s) => decode(model, s.feats));
  const main3 = f1(dev, pred, ["PER", "ORG", "LOC"]);
  const per = CLASSES.map((cl) => `${cl} ${(100 * f1(dev, pred, [cl]).f).toFixed(2)}`).join(" ");
  console.log(
    `${label}: dev PER/ORG/LOC F1 ${(100 * main3.f).toFixed(2)} (P ${(100 * main3.p).toFixed(2)} R ${(100 * main3.r).toFixed(2)}); ${per}`,
  );
  return main3.f;
}

function tagDocs(model: Weights, docs: readonly Doc[]): number[][][] {
  return docs.map((d) => d.sents.map((s) => decode(model, s.feats)));
}

/** Second-pass sentences: local features plus the first pass's document-wide tags. */
function stack(docs: readonly Doc[], pass1: readonly number[][][]): Sent[] {
  return docs.flatMap((d, k) => {
    const extra = stackedFeatures(d.words, pass1[k]!);
    return d.sents.map((s, si) => ({ feats: concatFeatures(s.feats, extra[si]!), gold: s.gold }));
  });
}

function toPass(model: Weights, scale: number): PassFile {
  const L = LABELS.length;
  const features: number[][] = [];
  model.names.forEach((h, f) => {
    const row = [h];
    for (let k = 0; k < L; k++) {
      const w = Math.round(model.w[f * L + k]! * scale);
      if (w !== 0) row.push(k, w);
    }
    if (row.length > 1) features.push(row);
  });
  return { transitions: Array.from(model.t, (w) => Math.round(w * scale)), features };
}

function main(): void {
  const { values } = parseScriptArgs(
    {
      options: {
        epochs: { type: "string", default: "14" },
        folds: { type: "string", default: "10" },
        help: { type: "boolean", short: "h" },
      },
    },
    "usage: npm run train:ner [-- --epochs N --folds K]\n" +
      "  trains the NER tagger on ../shared/eval/ner and writes data/entities/ner-model.json.gz\n" +
      "  --epochs N   passes over the training data per model (default 14)\n" +
      "  --folds K    jackknife folds for the second pass's input (default 10)\n",
  );
  const epochs = Number(values.epochs);
  const folds = Number(values.folds);
  for (const [name, n, least] of [
    ["--epochs", epochs, 1],
    ["--folds", folds, 2],
  ] as const)
    if (!Number.isInteger(n) || n < least) {
      process.stderr.write(
        `${name} takes a whole number of at least ${least}, not "${name === "--epochs" ? values.epochs : values.folds}"\n`,
      );
      process.exit(2);
    }
  const dir = join(sharedDir(), "eval", "ner");
  const t0 = performance.now();
  const trainDocs = readDocs(join(dir, "train.jsonl"));
  const devDocs = readDocs(join(dir, "dev.jsonl"));
  const train = trainDocs.flatMap((d) => d.sents);
  const dev = devDocs.flatMap((d) => d.sents);
  console.log(
    `read ${train.length} train and ${dev.length} dev sentences in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );

  const first = trainPerceptron(train, epochs, (ep, m) => report(`pass 1 epoch ${ep}`, dev, m));
  console.log(`pass 1: epoch ${first.epoch}`);

  // jackknife: each fold's first-pass tags come from a model that never saw it
  const trainPass1: number[][][] = new Array(trainDocs.length);
  for (let k = 0; k < folds; k++) {
    const rest = trainDocs.filter((_, i) => i % folds !== k).flatMap((d) => d.sents);
    const m = trainPerceptron(rest, first.epoch).model;
    trainDocs.forEach((d, i) => {
      if (i % folds === k) trainPass1[i] = tagDocs(m, [d])[0]!;
    });
    console.log(`fold ${k + 1}/${folds} tagged`);
  }
  const train2 = stack(trainDocs, trainPass1);
  const dev2 = stack(devDocs, tagDocs(first.model, devDocs));
  const second = trainPerceptron(train2, epochs, (ep, m) => report(`pass 2 epoch ${ep}`, dev2, m));
  console.log(`pass 2: epoch ${second.epoch}`);

  const scale = 100;
  const file: ModelFile = {
    about:
      `NER tagger: two structured averaged perceptrons (BILOU tags, Viterbi decoding), the second stacked on the ` +
      `first's document-wide tags. Trained by src/entities/train/main.ts on CoNLL-2003 eng.train ` +
      `(Tjong Kim Sang & De Meulder 2003); epochs ${first.epoch} and ${second.epoch} chosen on eng.testa ` +
      `(PER/ORG/LOC F1 ${(100 * first.score).toFixed(2)} and ${(100 * second.score).toFixed(2)}). ` +
      `Weights times ${scale}, rounded; zeros dropped.`,
    labels: [...LABELS],
    scale,
    passes: [toPass(first.model, scale), toPass(second.model, scale)],
  };
  const gz = gzipSync(JSON.stringify(file), { level: 9 });
  writeFileSync(MODEL_PATH, gz);
  console.log(
    `wrote ${MODEL_PATH} (${(gz.length / 1e6).toFixed(2)} MB) in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
  );
}

main();
