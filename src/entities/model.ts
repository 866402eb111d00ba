import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { ROOT } from "../util/data.js";
import { byPredecessor, LABELS, viterbi } from "./labels.js";

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
 * a feature's weights for either pass, and the weights packed next to each other: two memory reads
 * per feature. Only non-zero weights are stored (about three per feature): no strings, no Map.
 */
export interface NerModel {
  mask: number;
  /**
   * one bit per value of a hash's low PRESENT_BITS bits, set when some feature has them: most
   * two-word features are not in the model, and this 128 KB table says so without a probe into the
   * larger one
   */
  present: Int32Array;
  /** per slot: [feature hash, (first pair << 10) | (pass 1 count << 5) | pass 2 count]; 0 empty */
  table: Int32Array;
  /** (integer weight << 5) | label, pass 1's pairs of a feature then pass 2's */
  pairs: Int32Array;
  /** multiplies an integer weight back to its value */
  unit: number;
  /** per pass */
  transitions: Float32Array[];
  /** per pass, the transitions in integer weight units (exact sums with integer emissions) */
  transitionUnits: Float64Array[];
  /** transitionUnits in the order Viterbi reads them (labels.ts byPredecessor) */
  transitionOrder: Float64Array[];
  passes: number;
}

const PRESENT_SIZE = 1 << 20;

let cached: NerModel | null = null;

export function fromFile(file: ModelFile): NerModel {
  if (file.labels.join() !== LABELS.join()) throw new Error("NER model labels do not match the code's");
  if (file.passes.length < 1 || file.passes.length > 2) throw new Error("NER model must have one or two passes");
  const rows = new Map<number, (number[] | undefined)[]>();
  let total = 0;
  file.passes.forEach((p, pass) => {
    for (const row of p.features) {
      if (row.length < 3) continue;
      let r = rows.get(row[0]!);
      if (!r) rows.set(row[0]!, (r = []));
      r[pass] = row;
      total += (row.length - 1) / 2;
    }
  });
  let size = 1;
  // a load of up to two thirds keeps probes short and the table small enough for the cache
  while (size < rows.size * 1.5) size <<= 1;
  const m: NerModel = {
    mask: size - 1,
    present: new Int32Array(PRESENT_SIZE >>> 5),
    table: new Int32Array(size * 2),
    pairs: new Int32Array(total),
    unit: 1 / file.scale,
    transitions: file.passes.map((p) => Float32Array.from(p.transitions, (x) => x / file.scale)),
    transitionUnits: file.passes.map((p) => Float64Array.from(p.transitions)),
    transitionOrder: file.passes.map((p) => byPredecessor(Float64Array.from(p.transitions))),
    passes: file.passes.length,
  };
  let next = 0;
  for (const [key, r] of rows) {
    const start = next;
    const counts = [0, 0];
    for (let pass = 0; pass < 2; pass++) {
      const row = r[pass];
      if (!row) continue;
      for (let k = 1; k < row.length; k += 2) m.pairs[next++] = (row[k + 1]! << 5) | row[k]!;
      counts[pass] = (row.length - 1) / 2;
    }
    let i = key & m.mask;
    while (m.table[2 * i + 1] !== 0) i = (i + 1) & m.mask;
    m.table[2 * i] = key;
    m.table[2 * i + 1] = (start << 10) | (counts[0]! << 5) | counts[1]!;
    m.present[(key & (PRESENT_SIZE - 1)) >>> 5]! |= 1 << (key & 31);
  }
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
export function addScores(
  model: NerModel,
  feats: readonly Int32Array[],
  e1: Float32Array | null,
  e2: Float32Array | null,
): void {
  const L = LABELS.length;
  const { table, pairs, mask, unit } = model;
  for (let i = 0; i < feats.length; i++) {
    const base = i * L;
    const fs = feats[i]!;
    for (let j = 0; j < fs.length; j++) {
      const key = fs[j]!;
      let s = key & mask;
      let packed = table[2 * s + 1]!;
      while (packed !== 0 && table[2 * s] !== key) {
        s = (s + 1) & mask;
        packed = table[2 * s + 1]!;
      }
      if (packed === 0) continue;
      const start = packed >>> 10;
      const n1 = (packed >>> 5) & 31;
      if (e1) {
        for (let k = start; k < start + n1; k++) {
          const p = pairs[k]!;
          e1[base + (p & 31)]! += (p >> 5) * unit;
        }
      }
      if (e2) {
        const end = start + n1 + (packed & 31);
        for (let k = start + n1; k < end; k++) {
          const p = pairs[k]!;
          e2[base + (p & 31)]! += (p >> 5) * unit;
        }
      }
    }
  }
}

/** Best tags for one sentence from its emission scores under a pass's transitions. */
export function decodePass(model: NerModel, pass: number, emit: Float32Array, n: number): number[] {
  return n === 0 ? [] : viterbi(emit, n, model.transitions[pass]!);
}

/**
 * Adds one feature's integer weights to `out`: pass 1's at out[at1 + label], pass 2's (when the
 * model has them) at out[at2 + label]. Integer sums are exact, so their order does not matter.
 */
export function addFeature(model: NerModel, key: number, out: Int32Array, at1: number, at2: number): void {
  if ((model.present[(key & (PRESENT_SIZE - 1)) >>> 5]! & (1 << (key & 31))) === 0) return;
  const { table, pairs, mask } = model;
  let s = key & mask;
  let packed = table[2 * s + 1]!;
  while (packed !== 0 && table[2 * s] !== key) {
    s = (s + 1) & mask;
    packed = table[2 * s + 1]!;
  }
  if (packed === 0) return;
  const start = packed >>> 10;
  const mid = start + ((packed >>> 5) & 31);
  const end = mid + (packed & 31);
  for (let k = start; k < mid; k++) {
    const p = pairs[k]!;
    out[at1 + (p & 31)]! += p >> 5;
  }
  for (let k = mid; k < end; k++) {
    const p = pairs[k]!;
    out[at2 + (p & 31)]! += p >> 5;
  }
}
