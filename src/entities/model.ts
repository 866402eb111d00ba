import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { ROOT } from "../util/data.js";
import { LABELS, viterbi } from "./labels.js";

/** The committed model: gzipped JSON written by src/entities/train/main.ts. */
export const MODEL_PATH = join(ROOT, "data", "entities", "ner-model.json.gz");

export interface PassFile {
  /** (L + 1) * L transition weights, row 0 the sentence start */
  transitions: number[];
  /** per feature: [feature hash, label, weight, label, weight, ...] (only the weights that matter) */
  features: number[][];
}

export interface ModelFile {
  about: string;
  labels: string[];
  /** weights are integers: divide by scale */
  scale: number;
  /** the first pass tags from local features; the second adds the first's tags across the document */
  passes: PassFile[];
}

/** Feature weights in an open-addressing table keyed by feature hash: no strings, no Map. */
export interface PassWeights {
  mask: number;
  keys: Int32Array;
  used: Uint8Array;
  /** (mask + 1) * L */
  weights: Float32Array;
  transitions: Float32Array;
}

export interface NerModel {
  passes: PassWeights[];
}

let cached: NerModel | null = null;

function fromPass(file: PassFile, scale: number): PassWeights {
  const L = LABELS.length;
  let size = 1;
  while (size < file.features.length * 2) size <<= 1;
  const m: PassWeights = {
    mask: size - 1,
    keys: new Int32Array(size),
    used: new Uint8Array(size),
    weights: new Float32Array(size * L),
    transitions: Float32Array.from(file.transitions, (x) => x / scale),
  };
  for (const row of file.features) {
    const key = row[0]!;
    let i = key & m.mask;
    while (m.used[i] && m.keys[i] !== key) i = (i + 1) & m.mask;
    m.used[i] = 1;
    m.keys[i] = key;
    for (let k = 1; k < row.length; k += 2) m.weights[i * L + row[k]!] = row[k + 1]! / scale;
  }
  return m;
}

export function fromFile(file: ModelFile): NerModel {
  if (file.labels.join() !== LABELS.join()) throw new Error("NER model labels do not match the code's");
  return { passes: file.passes.map((p) => fromPass(p, file.scale)) };
}

/** Loads the model once per process. */
export function nerModel(): NerModel {
  cached ??= fromFile(JSON.parse(gunzipSync(readFileSync(MODEL_PATH)).toString("utf8")) as ModelFile);
  return cached;
}

/** Tags one sentence given its tokens' hashed features. */
export function tagSentence(model: PassWeights, feats: readonly Int32Array[]): number[] {
  const L = LABELS.length;
  const n = feats.length;
  if (n === 0) return [];
  const emit = new Float32Array(n * L);
  const { weights, used, keys, mask } = model;
  for (let i = 0; i < n; i++) {
    const base = i * L;
    const fs = feats[i]!;
    for (let j = 0; j < fs.length; j++) {
      const key = fs[j]!;
      let s = key & mask;
      while (used[s] && keys[s] !== key) s = (s + 1) & mask;
      if (!used[s]) continue;
      const w = s * L;
      for (let c = 0; c < L; c++) emit[base + c]! += weights[w + c]!;
    }
  }
  return viterbi(emit, n, model.transitions);
}
