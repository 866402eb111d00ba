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
 * Both passes' weights in one open-addressing table keyed by feature hash, so that one probe finds
 * a feature's weights for either pass. Only non-zero weights are stored (about three per feature):
 * small enough to stay in cache, no strings, no Map.
 */
export interface NerModel {
  mask: number;
  /** per slot: [feature hash, pass 1 pairs, pass 2 pairs], pairs = (first << 5) | count; 0 none */
  table: Int32Array;
  labels: Uint8Array;
  weights: Float32Array;
  /** per pass */
  transitions: Float32Array[];
  passes: number;
}

let cached: NerModel | null = null;

export function fromFile(file: ModelFile): NerModel {
  if (file.labels.join() !== LABELS.join()) throw new Error("NER model labels do not match the code's");
  if (file.passes.length < 1 || file.passes.length > 2) throw new Error("NER model must have one or two passes");
  const keys = new Set<number>();
  let pairs = 0;
  for (const p of file.passes)
    for (const row of p.features) {
      keys.add(row[0]!);
      pairs += (row.length - 1) / 2;
    }
  let size = 1;
  // a load of up to two thirds keeps probes short and the table small enough for the cache
  while (size < keys.size * 1.5) size <<= 1;
  const m: NerModel = {
    mask: size - 1,
    table: new Int32Array(size * 3),
    labels: new Uint8Array(pairs),
    weights: new Float32Array(pairs),
    transitions: file.passes.map((p) => Float32Array.from(p.transitions, (x) => x / file.scale)),
    passes: file.passes.length,
  };
  let next = 0;
  file.passes.forEach((p, pass) => {
    for (const row of p.features) {
      const count = (row.length - 1) / 2;
      if (count === 0) continue;
      const key = row[0]!;
      let i = key & m.mask;
      while ((m.table[3 * i + 1] !== 0 || m.table[3 * i + 2] !== 0) && m.table[3 * i] !== key) i = (i + 1) & m.mask;
      m.table[3 * i] = key;
      m.table[3 * i + 1 + pass] = (next << 5) | count;
      for (let k = 1; k < row.length; k += 2) {
        m.labels[next] = row[k]!;
        m.weights[next++] = row[k + 1]! / file.scale;
      }
    }
  });
  return m;
}

/** Loads the model once per process. */
export function nerModel(): NerModel {
  cached ??= fromFile(JSON.parse(gunzipSync(readFileSync(MODEL_PATH)).toString("utf8")) as ModelFile);
  return cached;
}

/**
 * Adds the features' weights to emission scores (n * L): to `e1` those of pass 1 and, when given,
 * to `e2` those of pass 2, with one table probe per feature.
 */
export function addScores(model: NerModel, feats: readonly Int32Array[], e1: Float32Array | null, e2: Float32Array | null): void {
  const L = LABELS.length;
  const { table, labels, weights, mask } = model;
  for (let i = 0; i < feats.length; i++) {
    const base = i * L;
    const fs = feats[i]!;
    for (let j = 0; j < fs.length; j++) {
      const key = fs[j]!;
      let s = key & mask;
      while ((table[3 * s + 1] !== 0 || table[3 * s + 2] !== 0) && table[3 * s] !== key) s = (s + 1) & mask;
      if (table[3 * s] !== key) continue;
      if (e1) {
        const ptr = table[3 * s + 1]!;
        for (let k = ptr >>> 5, end = k + (ptr & 31); k < end; k++) e1[base + labels[k]!]! += weights[k]!;
      }
      if (e2) {
        const ptr = table[3 * s + 2]!;
        for (let k = ptr >>> 5, end = k + (ptr & 31); k < end; k++) e2[base + labels[k]!]! += weights[k]!;
      }
    }
  }
}

/** Best tags for one sentence from its emission scores under a pass's transitions. */
export function decodePass(model: NerModel, pass: number, emit: Float32Array, n: number): number[] {
  return n === 0 ? [] : viterbi(emit, n, model.transitions[pass]!);
}
