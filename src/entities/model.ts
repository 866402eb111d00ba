import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { ROOT } from "../util/data.js";
import { LABELS, viterbi } from "./labels.js";

/** The committed model: gzipped JSON written by src/entities/train/main.ts. */
export const MODEL_PATH = join(ROOT, "data", "entities", "ner-model.json.gz");

export interface ModelFile {
  about: string;
  labels: string[];
  /** weights are integers: divide by scale */
  scale: number;
  /** (L + 1) * L transition weights, row 0 the sentence start */
  transitions: number[];
  /** feature -> [label, weight, label, weight, ...] (only the weights that matter) */
  features: Record<string, number[]>;
}

export interface NerModel {
  weights: Map<string, Float32Array>;
  transitions: Float32Array;
}

let cached: NerModel | null = null;

export function fromFile(file: ModelFile): NerModel {
  if (file.labels.join() !== LABELS.join()) throw new Error("NER model labels do not match the code's");
  const L = LABELS.length;
  const weights = new Map<string, Float32Array>();
  for (const [f, lw] of Object.entries(file.features)) {
    const v = new Float32Array(L);
    for (let k = 0; k < lw.length; k += 2) v[lw[k]!] = lw[k + 1]! / file.scale;
    weights.set(f, v);
  }
  return { weights, transitions: Float32Array.from(file.transitions, (x) => x / file.scale) };
}

/** Loads the model once per process. */
export function nerModel(): NerModel {
  cached ??= fromFile(JSON.parse(gunzipSync(readFileSync(MODEL_PATH)).toString("utf8")) as ModelFile);
  return cached;
}

/** Tags one sentence given its tokens' features. */
export function tagSentence(model: NerModel, feats: readonly (readonly string[])[]): number[] {
  const L = LABELS.length;
  const n = feats.length;
  if (n === 0) return [];
  const emit = new Float32Array(n * L);
  for (let i = 0; i < n; i++) {
    const base = i * L;
    for (const f of feats[i]!) {
      const v = model.weights.get(f);
      if (v) for (let c = 0; c < L; c++) emit[base + c]! += v[c]!;
    }
  }
  return viterbi(emit, n, model.transitions);
}
