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

/**
 * Feature weights in an open-addressing table keyed by feature hash, with only the non-zero weights
 * stored (about three per feature): small enough to stay in cache, no strings, no Map.
 */
export interface PassWeights {
  mask: number;
  /** per slot: [feature hash, (first pair << 5) | pair count]; a count of 0 is an empty slot */
  table: Int32Array;
  labels: Uint8Array;
  weights: Float32Array;
  transitions: Float32Array;
}

export interface NerModel {
  passes: PassWeights[];
}

let cached: NerModel | null = null;

function fromPass(file: PassFile, scale: number): PassWeights {
  let size = 1;
  while (size < file.features.length * 2) size <<= 1;
  let pairs = 0;
  for (const row of file.features) pairs += (row.length - 1) / 2;
  const m: PassWeights = {
    mask: size - 1,
    table: new Int32Array(size * 2),
    labels: new Uint8Array(pairs),
    weights: new Float32Array(pairs),
    transitions: Float32Array.from(file.transitions, (x) => x / scale),
  };
  let next = 0;
  for (const row of file.features) {
    const count = (row.length - 1) / 2;
    if (count === 0) continue;
    const key = row[0]!;
    let i = key & m.mask;
    while (m.table[2 * i + 1] !== 0 && m.table[2 * i] !== key) i = (i + 1) & m.mask;
    m.table[2 * i] = key;
    m.table[2 * i + 1] = (next << 5) | count;
    for (let k = 1; k < row.length; k += 2) {
      m.labels[next] = row[k]!;
      m.weights[next++] = row[k + 1]! / scale;
    }
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
  const { table, labels, weights, mask } = model;
  for (let i = 0; i < n; i++) {
    const base = i * L;
    const fs = feats[i]!;
    for (let j = 0; j < fs.length; j++) {
      const key = fs[j]!;
      let s = key & mask;
      let ptr = table[2 * s + 1]!;
      while (ptr !== 0 && table[2 * s] !== key) {
        s = (s + 1) & mask;
        ptr = table[2 * s + 1]!;
      }
      if (ptr === 0) continue;
      const start = ptr >>> 5;
      const end = start + (ptr & 31);
      for (let k = start; k < end; k++) emit[base + labels[k]!]! += weights[k]!;
    }
  }
  return viterbi(emit, n, model.transitions);
}
