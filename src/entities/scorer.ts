/**
 * The tagger's emission scores without building feature lists: the same features as features.ts
 * (which the trainer uses), but every feature whose value is one word or a small number is scored
 * once and kept, so a token costs a few vector sums and six table probes (its two-word features).
 * test/entities/scorer.test.ts checks that both give the same scores.
 */
import { BIAS, BOS, EOS, isAllCaps, isAlpha, isTitle, T, wordInfo, type WordInfo } from "./features.js";
import { gazetteer } from "./gazetteer.js";
import { mix } from "./hash.js";
import { LABELS } from "./labels.js";
import { addFeature, type NerModel } from "./model.js";

const L = LABELS.length;
/** a score vector: pass 1's L integer weights, then pass 2's */
const W = 2 * L;

// blocks of a word's scores: its own features, and what it contributes as a neighbour
/** the bias and the word's own features (word, lower, shape, prefixes, suffixes) */
const OWN = 0;
/** Prev1 and ShapePrev of the token after it */
const PREV1 = 1;
/** Next1 and ShapeNext of the token before it */
const NEXT1 = 2;
const PREV2 = 3;
const NEXT2 = 4;
const FIRST = 5;
/** Caps and CapsLower */
const CAPS_LOWER = 6;
const CAPS_SHAPE_PREV = 7;
const BLOCKS = 8;

export interface Word {
  info: WordInfo;
  /** the text in lower case as written (info.lower is normalized too), one string per distinct word */
  plain: string;
  /** BLOCKS score vectors */
  vec: Int32Array;
  /** bit b set when block b of vec has a non-zero score (most neighbour blocks are all zero) */
  blocks: number;
  /** the lowercased form's number, shared by words differing only in case */
  lowerId: number;
  /** docContext's casing bit (1 title, 2 lower, 4 capitals, 8 mixed); 0 when not alphabetic */
  casing: number;
  /** isCapsLine's view: 0 not counted, 1 alphabetic, 2 alphabetic in capitals */
  capsClass: number;
  /** after this token a sentence may start again */
  restarts: boolean;
  /** counted in the document's tag statistics (stacked features) */
  counted: boolean;
  /** per phrase list (bit), the word alone is a phrase of it */
  phraseBits: number;
  /** some longer phrase starts with the word */
  phraseStart: boolean;
  /** the word may stand after the first in a phrase (a token holding a space always may) */
  phraseInner: boolean;
  /** per single-word list (bit), the word is in it */
  wordBits: number;
}

/** Scores of features with few values, built on first use. */
interface Constants {
  bos: Int32Array;
  eos: Int32Array;
  bosBlocks: number;
  eosBlocks: number;
  docCase: (Int32Array | undefined)[];
  gaz: (Int32Array | undefined)[][];
  stacked: (Int32Array | undefined)[][];
}

let model: NerModel | null = null;
let words = new Map<string, Word>();
let lowerIds = new Map<string, number>();
let constants: Constants | null = null;
let phraseListIndex = new Map<string, number>();
let wordLists: Set<string>[] = [];

function vector(m: NerModel, keys: readonly number[]): Int32Array {
  const v = new Int32Array(W);
  for (const k of keys) addFeature(m, k, v, 0, L);
  return v;
}

function neighbourBlocks(m: NerModel, vec: Int32Array, hl: number, hs: number): void {
  const put = (block: number, key: number) => addFeature(m, key, vec, block * W, block * W + L);
  put(PREV1, mix(T.Prev1, hl));
  put(NEXT1, mix(T.Next1, hl));
  put(PREV2, mix(T.Prev2, hl));
  put(NEXT2, mix(T.Next2, hl));
  put(PREV1, mix(T.ShapePrev, hs));
  put(NEXT1, mix(T.ShapeNext, hs));
  put(FIRST, mix(T.First, hs));
  put(FIRST, mix(T.FirstLower, hl));
  put(CAPS_LOWER, mix(T.Caps, 0));
  put(CAPS_LOWER, mix(T.CapsLower, hl));
  put(CAPS_SHAPE_PREV, mix(T.CapsShapePrev, hs));
}

/** Which blocks of a word's vector hold a non-zero score: adding the others changes nothing. */
function nonZeroBlocks(vec: Int32Array): number {
  let bits = 0;
  for (let b = 0; b < BLOCKS; b++) {
    for (let c = b * W; c < (b + 1) * W; c++) {
      if (vec[c] !== 0) {
        bits |= 1 << b;
        break;
      }
    }
  }
  return bits;
}

function boundary(m: NerModel, h: number): Int32Array {
  const vec = new Int32Array(BLOCKS * W);
  neighbourBlocks(m, vec, h, h);
  return vec;
}

/** Resets the caches when the model changes (tests load their own). */
function use(m: NerModel): Constants {
  if (model === m && constants) return constants;
  model = m;
  words = new Map();
  lowerIds = new Map();
  const g = gazetteer();
  phraseListIndex = new Map([...g.phrases.keys()].map((k, i) => [k, i]));
  wordLists = [...g.words.values()];
  const bos = boundary(m, BOS);
  const eos = boundary(m, EOS);
  constants = {
    bos,
    eos,
    bosBlocks: nonZeroBlocks(bos),
    eosBlocks: nonZeroBlocks(eos),
    docCase: [],
    gaz: [[], [], []],
    stacked: [[], [], [], [], [], [], []],
  };
  return constants;
}

function word(m: NerModel, text: string): Word {
  let w = words.get(text);
  if (w) return w;
  const info = wordInfo(text);
  const vec = new Int32Array(BLOCKS * W);
  addFeature(m, BIAS, vec, 0, L);
  for (const k of info.own) addFeature(m, k, vec, 0, L);
  neighbourBlocks(m, vec, info.hl, info.hs);
  let lowerId = lowerIds.get(info.lower);
  if (lowerId === undefined) lowerIds.set(info.lower, (lowerId = lowerIds.size));
  const alpha = isAlpha(text);
  const g = gazetteer();
  let phraseBits = 0;
  for (const list of g.lists.get(info.lower) ?? []) phraseBits |= 1 << phraseListIndex.get(list)!;
  let wordBits = 0;
  wordLists.forEach((set, i) => {
    if (set.has(info.lower)) wordBits |= 1 << i;
  });
  w = {
    info,
    plain: text.toLowerCase(),
    vec,
    blocks: nonZeroBlocks(vec),
    lowerId,
    casing: !alpha ? 0 : isAllCaps(text) ? 4 : isTitle(text) ? 1 : text.toLowerCase() === text ? 2 : 8,
    capsClass: text.length < 2 || !alpha ? 0 : isAllCaps(text) ? 2 : 1,
    restarts: text === '"' || text === "“" || text === ":" || text === "-",
    counted: info.alpha && text.length >= 2,
    phraseBits,
    phraseStart: g.prefixes.has(info.lower),
    phraseInner: g.inner.has(info.lower) || info.lower.includes(" "),
    wordBits,
  };
  words.set(text, w);
  return w;
}

/**
 * the scores of feature mix(template, a, b), kept at table[i] as its non-zero entries
 * [offset, score, offset, score, ...]: one feature scores only a few labels
 */
function constant(
  m: NerModel,
  table: (Int32Array | undefined)[],
  i: number,
  template: number,
  a: number,
  b = 0,
): Int32Array {
  return table[i] ?? (table[i] = sparse(vector(m, [mix(template, a, b)])));
}

function sparse(v: Int32Array): Int32Array {
  const out: number[] = [];
  for (let c = 0; c < v.length; c++) if (v[c] !== 0) out.push(c, v[c]!);
  return Int32Array.from(out);
}

/** adds a sparse vector: the same integer sums as adding its dense form */
function addSparse(e: Int32Array, at: number, v: Int32Array): void {
  for (let c = 0; c < v.length; c += 2) e[at + v[c]!]! += v[c + 1]!;
}

function addBlock(e: Int32Array, at: number, v: Int32Array, from: number): void {
  for (let c = 0; c < W; c++) e[at + c]! += v[from + c]!;
}

/**
 * Writes a token's scores from its own block and what its neighbours contribute to it (their PREV1,
 * NEXT1, PREV2, NEXT2 blocks) in one pass: integer sums, so a block that scores nothing adds zeros.
 */
function ownAndNeighbours(
  e: Int32Array,
  at: number,
  own: Int32Array,
  prev: Int32Array,
  next: Int32Array,
  prev2: Int32Array,
  next2: Int32Array,
): void {
  for (let c = 0; c < W; c++)
    e[at + c] =
      own[OWN * W + c]! + prev[PREV1 * W + c]! + next[NEXT1 * W + c]! + prev2[PREV2 * W + c]! + next2[NEXT2 * W + c]!;
}

function isCapsLine(ws: readonly Word[]): boolean {
  let alpha = 0;
  let caps = 0;
  for (const w of ws) {
    if (w.capsClass === 0) continue;
    alpha++;
    if (w.capsClass === 2) caps++;
  }
  return alpha >= 2 && caps / alpha >= 0.6;
}

/** Emission scores of one document's sentences for both passes. */
export interface Scored {
  /**
   * 2L per token, sentence after sentence: token i of sentence si has its pass 1 scores at
   * offsets[si] + i * 2L and its pass 2 scores L further. One buffer, reused by the next document.
   */
  emissions: Int32Array;
  offsets: number[];
  words: Word[][];
}

let buffer = new Int32Array(0);

/**
 * A document's number per word (by lowerId), emptied for the next document by a new generation:
 * the same answers as a Map, without hashing every token.
 */
class ByWord {
  private values = new Int32Array(0);
  private stamps = new Int32Array(0);
  private generation = 0;

  /** empties the table for ids below `size` */
  reset(size: number): void {
    if (this.values.length < size) {
      this.values = new Int32Array(2 * size);
      this.stamps = new Int32Array(2 * size);
    }
    this.generation++;
  }

  get(id: number, otherwise: number): number {
    return this.stamps[id] === this.generation ? this.values[id]! : otherwise;
  }

  set(id: number, value: number): void {
    this.stamps[id] = this.generation;
    this.values[id] = value;
  }
}

/** docContext's casing bits per word */
const casing = new ByWord();

/** The first pass's scores, and the part of the second's that does not depend on the first's tags. */
export function scoreDocument(m: NerModel, sentences: readonly (readonly string[])[]): Scored {
  if (words.size > 50_000) model = null;
  const k = use(m);
  const ws = sentences.map((s) => s.map((t) => word(m, t)));
  const caps = ws.map(isCapsLine);
  // docContext
  casing.reset(lowerIds.size);
  ws.forEach((s, si) => {
    if (caps[si]) return;
    for (let i = 1; i < s.length; i++) {
      const w = s[i]!;
      if (w.casing === 0 || s[i - 1]!.restarts) continue;
      casing.set(w.lowerId, casing.get(w.lowerId, 0) | w.casing);
    }
  });
  const g = gazetteer();
  const offsets: number[] = [];
  let total = 0;
  for (const s of ws) {
    offsets.push(total);
    total += s.length * W;
  }
  if (buffer.length < total) buffer = new Int32Array(2 * total);
  // every token's scores start with ownAndNeighbours, which writes them all
  const e = buffer;
  ws.forEach((s, si) => {
    const n = s.length;
    const base = offsets[si]!;
    const capsLine = caps[si]!;
    for (let i = 0; i < n; i++) {
      const at = base + i * W;
      const w = s[i]!;
      const info = w.info;
      const prev = i > 0 ? s[i - 1]!.vec : k.bos;
      const next = i + 1 < n ? s[i + 1]!.vec : k.eos;
      const prevBlocks = i > 0 ? s[i - 1]!.blocks : k.bosBlocks;
      const hl = info.hl;
      const sh = info.hs;
      const l1 = i > 0 ? s[i - 1]!.info.hl : BOS;
      const s1 = i > 0 ? s[i - 1]!.info.hs : BOS;
      const s2 = i > 1 ? s[i - 2]!.info.hs : BOS;
      const r1 = i + 1 < n ? s[i + 1]!.info.hl : EOS;
      const t1 = i + 1 < n ? s[i + 1]!.info.hs : EOS;
      const t2 = i + 2 < n ? s[i + 2]!.info.hs : EOS;
      ownAndNeighbours(e, at, w.vec, prev, next, i > 1 ? s[i - 2]!.vec : k.bos, i + 2 < n ? s[i + 2]!.vec : k.eos);
      addFeature(m, mix(T.Shape3, mix(s1, sh), t1), e, at, at + L);
      addFeature(m, mix(T.BigramPrev, l1, hl), e, at, at + L);
      addFeature(m, mix(T.BigramNext, hl, r1), e, at, at + L);
      addFeature(m, mix(T.Around, l1, r1), e, at, at + L);
      addFeature(m, mix(T.ShapePrev2, s2, s1), e, at, at + L);
      addFeature(m, mix(T.ShapeNext2, t1, t2), e, at, at + L);
      // integer sums: skipping all-zero blocks leaves the scores exactly as they were
      if (i === 0 && w.blocks & (1 << FIRST)) addBlock(e, at, w.vec, FIRST * W);
      if (capsLine) {
        if (w.blocks & (1 << CAPS_LOWER)) addBlock(e, at, w.vec, CAPS_LOWER * W);
        if (prevBlocks & (1 << CAPS_SHAPE_PREV)) addBlock(e, at, prev, CAPS_SHAPE_PREV * W);
      }
      if (info.alpha) {
        const dc = casing.get(w.lowerId, 16);
        const where = capsLine ? 1 : i === 0 ? 2 : info.title ? 3 : info.allCaps ? 4 : 5;
        addSparse(e, at, constant(m, k.docCase, dc * 8 + where, T.DocCase, dc, where));
      }
    }
    gazetteerScores(m, k, g, s, e, base);
  });
  return { emissions: e, offsets, words: ws };
}

const GAZ_TEMPLATES = [T.Gaz, T.GazPrev, T.GazNext] as const;

/** gazetteerScores's longest phrase per list and token, reused by the next sentence */
let phraseLengths = new Int8Array(0);

/** gazetteerTags's tags as Gaz features of the token and GazPrev / GazNext of its neighbours. */
function gazetteerScores(
  m: NerModel,
  k: Constants,
  g: ReturnType<typeof gazetteer>,
  s: readonly Word[],
  e: Int32Array,
  base: number,
): void {
  const n = s.length;
  const add = (i: number, tag: number) => {
    for (let t = 0; t < 3; t++) {
      const j = t === 0 ? i : t === 1 ? i + 1 : i - 1;
      if (j < 0 || j >= n) continue;
      const v = constant(m, k.gaz[t]!, tag, GAZ_TEMPLATES[t]!, tag);
      addSparse(e, base + j * W, v);
    }
  };
  const lists = phraseListIndex.size;
  let longest: Int8Array | null = null;
  const size = lists * n;
  for (let i = 0; i < n; i++) {
    const w = s[i]!;
    if (w.phraseBits === 0 && !w.phraseStart) continue;
    if (!longest) {
      if (phraseLengths.length < size) phraseLengths = new Int8Array(2 * size);
      longest = phraseLengths.fill(0, 0, size);
    }
    for (let li = 0; li < lists; li++) if (w.phraseBits & (1 << li)) longest[li * n + i] = 1;
    if (!w.phraseStart) continue;
    let key = w.info.lower;
    for (let len = 2; len <= g.maxLen && i + len <= n; len++) {
      const next = s[i + len - 1]!;
      // no phrase holds it here, nor goes on through it
      if (!next.phraseInner) break;
      key = key + " " + next.info.lower;
      const found = g.lists.get(key);
      if (found) for (const list of found) longest[phraseListIndex.get(list)! * n + i] = len;
      if (!g.prefixes.has(key)) break;
    }
  }
  if (longest) {
    for (let li = 0; li < lists; li++) {
      const base = 4 * li;
      let i = 0;
      while (i < n) {
        const found = longest[li * n + i]!;
        if (found === 0) {
          i++;
          continue;
        }
        if (found === 1) add(i, base + 3);
        else for (let j = 0; j < found; j++) add(i + j, base + (j === 0 ? 0 : j === found - 1 ? 2 : 1));
        i += found;
      }
    }
  }
  for (let i = 0; i < n; i++) {
    const bits = s[i]!.wordBits;
    if (bits === 0) continue;
    for (let b = 0; b < wordLists.length; b++) if (bits & (1 << b)) add(i, 64 + b);
  }
}

/** addStackedScores's per-word tag counts, reused by the next document */
let counts = new Int32Array(0);
/** where a word's counts start in `counts` */
const slot = new ByWord();

/**
 * Adds the second pass's stacked features (features.ts stackedFeatures): the first pass's tags of
 * each token and its neighbours, and how the same word was tagged elsewhere in the document.
 */
export function addStackedScores(m: NerModel, scored: Scored, pass1: readonly (readonly number[])[]): void {
  const k = use(m);
  const C = 4;
  const STATS = C + 1 + C * 4;
  slot.reset(lowerIds.size);
  let tokens = 0;
  for (const s of scored.words) tokens += s.length;
  // at most one slot per token, zeroed as it is handed out
  if (counts.length < tokens * STATS) counts = new Int32Array(2 * tokens * STATS);
  let used = 0;
  scored.words.forEach((s, si) => {
    const tags = pass1[si]!;
    for (let i = 0; i < s.length; i++) {
      const w = s[i]!;
      if (!w.counted) continue;
      let at = slot.get(w.lowerId, -1);
      if (at < 0) {
        slot.set(w.lowerId, (at = used));
        counts.fill(0, used, used + STATS);
        used += STATS;
      }
      const t = tags[i]!;
      if (t === 0) counts[at + C]!++;
      else {
        const cls = Math.floor((t - 1) / 4);
        counts[at + cls]!++;
        counts[at + C + 1 + cls * 4 + ((t - 1) % 4)]!++;
      }
    }
  });
  const [pass1Own, pass1Prev, pass1Next, docClass, docMajority, docUntagged, docPosition] = k.stacked as [
    (Int32Array | undefined)[],
    (Int32Array | undefined)[],
    (Int32Array | undefined)[],
    (Int32Array | undefined)[],
    (Int32Array | undefined)[],
    (Int32Array | undefined)[],
    (Int32Array | undefined)[],
  ];
  scored.words.forEach((s, si) => {
    const tags = pass1[si]!;
    const e = scored.emissions;
    const base = scored.offsets[si]!;
    const n = s.length;
    for (let i = 0; i < n; i++) {
      const at = base + i * W;
      const t = tags[i]!;
      const tp = i > 0 ? tags[i - 1]! : -1;
      const tn = i + 1 < n ? tags[i + 1]! : -1;
      addSparse(e, at, constant(m, pass1Own, t, T.Pass1, t));
      addSparse(e, at, constant(m, pass1Prev, tp + 1, T.Pass1Prev, tp));
      addSparse(e, at, constant(m, pass1Next, tn + 1, T.Pass1Next, tn));
      const w = s[i]!;
      if (!w.counted) continue;
      const st = slot.get(w.lowerId, -1);
      const own = t === 0 ? -1 : Math.floor((t - 1) / 4);
      const ownPos = t === 0 ? -1 : (t - 1) % 4;
      let best = -1;
      let bestN = 0;
      for (let c = 0; c < C; c++) {
        const cn = counts[st + c]! - (own === c ? 1 : 0);
        if (cn > 0) addSparse(e, at, constant(m, docClass, c, T.DocClass, c));
        if (cn > bestN) {
          best = c;
          bestN = cn;
        }
      }
      const untagged = counts[st + C]! - (own < 0 ? 1 : 0);
      if (best >= 0) {
        const flag = untagged > bestN ? 1 : 0;
        addSparse(e, at, constant(m, docMajority, best * 2 + flag, T.DocMajority, best, flag));
      } else if (untagged > 0) addSparse(e, at, constant(m, docUntagged, 0, T.DocUntagged, 0));
      let bp = -1;
      let bpN = 0;
      for (let x = 0; x < C * 4; x++) {
        const cn = counts[st + C + 1 + x]! - (own >= 0 && own * 4 + ownPos === x ? 1 : 0);
        if (cn > bpN) {
          bp = x;
          bpN = cn;
        }
      }
      if (bp >= 0) addSparse(e, at, constant(m, docPosition, bp, T.DocPosition, bp));
    }
  });
}
