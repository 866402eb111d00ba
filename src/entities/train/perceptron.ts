import { LABELS, viterbi } from "../labels.js";

/** A sentence for training: hashed features per token and gold tag indexes. */
export interface Sent {
  feats: Int32Array[];
  gold: number[];
}

export interface Weights {
  /** feature hash -> row in w */
  index: Map<number, number>;
  names: number[];
  /** averaged weights, names.length * L */
  w: Float64Array;
  /** (L + 1) * L, row 0 the start */
  t: Float64Array;
}

/** Emission scores of one sentence under weights (features the model does not know are skipped). */
export function decode(model: Weights, feats: readonly Int32Array[]): number[] {
  const L = LABELS.length;
  if (feats.length === 0) return [];
  const e = new Float64Array(feats.length * L);
  feats.forEach((fs, i) => {
    for (const h of fs) {
      const f = model.index.get(h);
      if (f === undefined) continue;
      for (let k = 0; k < L; k++) e[i * L + k]! += model.w[f * L + k]!;
    }
  });
  return viterbi(e, feats.length, model.t);
}

/**
 * Structured averaged perceptron (Collins 2002) over BILOU tags with Viterbi decoding. After each
 * epoch `onEpoch` sees the averaged weights; training returns those of the epoch it scored highest
 * (or of the last epoch when it scores nothing).
 */
export function trainPerceptron(
  train: readonly Sent[],
  epochs: number,
  onEpoch: (epoch: number, model: Weights) => number = () => 0,
): { model: Weights; epoch: number; score: number } {
  const L = LABELS.length;
  const index = new Map<number, number>();
  const names: number[] = [];
  const X = train.map((s) =>
    s.feats.map((fs) =>
      Int32Array.from(fs, (h) => {
        let f = index.get(h);
        if (f === undefined) index.set(h, (f = names.push(h) - 1));
        return f;
      }),
    ),
  );
  const F = names.length;
  const W = new Float64Array(F * L);
  const U = new Float64Array(F * L);
  const T = new Float64Array((L + 1) * L);
  const TU = new Float64Array((L + 1) * L);
  let c = 1;
  let seed = 12345;
  const rand = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
  const order = X.map((_, i) => i);
  let best: { model: Weights; epoch: number; score: number } | null = null;
  for (let ep = 1; ep <= epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const x = X[k]!;
      if (x.length === 0) continue;
      const gold = train[k]!.gold;
      const e = new Float64Array(x.length * L);
      x.forEach((fs, i) => {
        for (const f of fs) for (let q = 0; q < L; q++) e[i * L + q]! += W[f * L + q]!;
      });
      const pred = viterbi(e, x.length, T);
      for (let i = 0; i < x.length; i++) {
        const g = gold[i]!;
        const p = pred[i]!;
        if (g !== p) {
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
    const w = new Float64Array(F * L);
    for (let i = 0; i < w.length; i++) w[i] = W[i]! - U[i]! / c;
    const t = new Float64Array((L + 1) * L);
    for (let i = 0; i < t.length; i++) t[i] = T[i]! - TU[i]! / c;
    const model: Weights = { index, names, w, t };
    const score = onEpoch(ep, model);
    if (!best || score > best.score || (score === 0 && best.score === 0)) best = { model, epoch: ep, score };
  }
  return best!;
}
