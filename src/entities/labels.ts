/** BILOU tags over the four CoNLL classes: a mention is B I* L, or U alone. */
export const CLASSES = ["PER", "ORG", "LOC", "MISC"] as const;
export type NerClass = (typeof CLASSES)[number];

export const LABELS: readonly string[] = ["O", ...CLASSES.flatMap((c) => ["B-" + c, "I-" + c, "L-" + c, "U-" + c])];

const prefixOf = (l: string) => l.charAt(0);
const classOf = (l: string) => l.slice(2);

/** allowed[p * L + c]: may tag c follow tag p; start[c] / end[p]: may a sentence begin with c / end with p */
export function transitionMask(): { allowed: Uint8Array; start: Uint8Array; end: Uint8Array } {
  const L = LABELS.length;
  const allowed = new Uint8Array(L * L);
  const start = new Uint8Array(L);
  const end = new Uint8Array(L);
  for (let c = 0; c < L; c++) {
    const cp = prefixOf(LABELS[c]!);
    start[c] = cp === "O" || cp === "B" || cp === "U" ? 1 : 0;
    end[c] = cp === "O" || cp === "L" || cp === "U" ? 1 : 0;
    for (let p = 0; p < L; p++) {
      const pp = prefixOf(LABELS[p]!);
      const open = pp === "B" || pp === "I";
      const cont = cp === "I" || cp === "L";
      allowed[p * L + c] = open ? (cont && classOf(LABELS[p]!) === classOf(LABELS[c]!) ? 1 : 0) : cont ? 0 : 1;
    }
  }
  return { allowed, start, end };
}

/** Spans [from, to) of token indexes with their class, read from a tag sequence. */
export function spansOf(tags: readonly number[]): { from: number; to: number; cls: NerClass }[] {
  const out: { from: number; to: number; cls: NerClass }[] = [];
  let open = -1;
  for (let i = 0; i < tags.length; i++) {
    const l = LABELS[tags[i]!]!;
    const p = l.charAt(0);
    if (p === "U") out.push({ from: i, to: i + 1, cls: l.slice(2) as NerClass });
    else if (p === "B") open = i;
    else if (p === "L" && open >= 0) {
      out.push({ from: open, to: i + 1, cls: l.slice(2) as NerClass });
      open = -1;
    }
  }
  return out;
}

/** Tags for spans over n tokens (the inverse of spansOf). */
export function tagsOf(n: number, spans: readonly { from: number; to: number; cls: NerClass }[]): number[] {
  const tags = new Array<number>(n).fill(0);
  for (const s of spans) {
    if (s.to - s.from === 1) tags[s.from] = LABELS.indexOf("U-" + s.cls);
    else {
      tags[s.from] = LABELS.indexOf("B-" + s.cls);
      for (let i = s.from + 1; i < s.to - 1; i++) tags[i] = LABELS.indexOf("I-" + s.cls);
      tags[s.to - 1] = LABELS.indexOf("L-" + s.cls);
    }
  }
  return tags;
}

/**
 * Best tag sequence given per-token emission scores (token i's at emit[at + i * stride]) and
 * transition scores (trans[(p + 1) * L + c], row 0 the sentence start), honouring the BILOU grammar.
 */
export function viterbi(
  emit: Float64Array | Float32Array | Int32Array,
  n: number,
  trans: Float64Array | Float32Array,
  stride = LABELS.length,
  at = 0,
  tr = byPredecessor(trans),
): number[] {
  if (n === 0) return [];
  const L = LABELS.length;
  const mask = MASK;
  if (scores.length < n * L) {
    scores = new Float64Array(2 * n * L);
    backs = new Int32Array(2 * n * L);
  }
  const score = scores;
  const back = backs;
  for (let c = 0; c < L; c++) score[c] = mask.start[c] ? emit[at + c]! + trans[c]! : -Infinity;
  for (let i = 1; i < n; i++) {
    const row = i * L;
    const prev = row - L;
    const e = at + i * stride;
    // PRED lists each tag's predecessors one tag after another: k runs through it once per token
    let k = 0;
    for (let c = 0; c < L; c++) {
      const to = PRED_FROM[c + 1]!;
      let arg = PRED[k]!;
      let best = score[prev + arg]! + tr[k]!;
      for (k++; k < to; k++) {
        const p = PRED[k]!;
        const s = score[prev + p]! + tr[k]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[row + c] = best + emit[e + c]!;
      back[row + c] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let c = 0; c < L; c++) {
    const s = score[(n - 1) * L + c]!;
    if (mask.end[c] && s > best) {
      best = s;
      arg = c;
    }
  }
  const tags = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = arg;
    arg = back[i * L + arg]!;
  }
  return tags;
}

/** Viterbi's tables, grown as needed and reused: decoding allocates only the tags. */
let scores = new Float64Array(0);
let backs = new Int32Array(0);
/**
 * Transition scores in the order Viterbi's inner loop reads them, trans[(PRED[k] + 1) * L + c] at k:
 * a tagger computes it once per model (a trainer's transitions change after every sentence).
 */
export function byPredecessor(trans: Float64Array | Float32Array): Float64Array {
  return Float64Array.from(PRED_TO, (c, k) => trans[(PRED[k]! + 1) * LABELS.length + c]!);
}

const MASK = transitionMask();
/** for each tag, the tags that may precede it */
const PREDECESSORS: number[][] = LABELS.map((_, c) =>
  LABELS.map((__, p) => p).filter((p) => MASK.allowed[p * LABELS.length + c]),
);
/** PREDECESSORS flattened: tag c's are PRED[PRED_FROM[c]] up to PRED[PRED_FROM[c + 1]] */
const PRED = Int32Array.from(PREDECESSORS.flat());
/** the tag each PRED entry precedes */
const PRED_TO = Int32Array.from(PREDECESSORS.flatMap((ps, c) => ps.map(() => c)));
const PRED_FROM = Int32Array.from([
  0,
  ...PREDECESSORS.map((_, c) => PREDECESSORS.slice(0, c + 1).reduce((n, p) => n + p.length, 0)),
]);
