/**
 * Features of the NER model. The trainer and the tagger both call these on wink-nlp tokens, so what
 * the model saw in training is exactly what it sees at run time.
 */
import { gazetteerTags } from "./gazetteer.js";
import { hashString, mix } from "./hash.js";

/** Typographic variants read as their plain forms; digits as 0 (a number's value never names anything). */
const NEEDS_NORMALIZING = /[“”„‟«»‘’‚‛`´–—―0-9]/;

export function normalizeWord(w: string): string {
  if (!NEEDS_NORMALIZING.test(w)) return w;
  return w
    .replace(/[“”„‟«»]/g, '"')
    .replace(/[‘’‚‛`´]/g, "'")
    .replace(/[–—―]/g, "-")
    .replace(/[0-9]/g, "0");
}

/** Character classes with runs collapsed: "McDonald" -> "XxXx", "U.S." -> "X.X.", "1996-08-30" -> "d-d-d". */
export function shape(w: string): string {
  let out = "";
  let last = "";
  for (const ch of w) {
    let c: string;
    if (ch >= "0" && ch <= "9") c = "d";
    else if (ch.toLowerCase() !== ch) c = "X";
    else if (ch.toUpperCase() !== ch) c = "x";
    else c = ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

export function isAllCaps(w: string): boolean {
  return w.length > 1 && w.toUpperCase() === w && w.toLowerCase() !== w;
}

export function isTitle(w: string): boolean {
  const c = w.charAt(0);
  return c.toUpperCase() === c && c.toLowerCase() !== c && w.slice(1).toLowerCase() === w.slice(1);
}

const LETTER = /\p{L}/u;
export function isAlpha(w: string): boolean {
  return LETTER.test(w);
}

/** A headline or table line written in capitals: casing there says nothing about names. */
export function isCapsLine(words: readonly string[]): boolean {
  let alpha = 0;
  let caps = 0;
  for (const w of words) {
    if (w.length < 2 || !isAlpha(w)) continue;
    alpha++;
    if (isAllCaps(w)) caps++;
  }
  return alpha >= 2 && caps / alpha >= 0.6;
}

/**
 * Document-wide evidence per lowercased word: how it is written where casing is informative (inside
 * an ordinary sentence, not first). Bits: 1 title case, 2 lowercase, 4 capitals, 8 mixed.
 */
export interface DocContext {
  casing: Map<string, number>;
}

export function docContext(sentences: readonly (readonly string[])[]): DocContext {
  const casing = new Map<string, number>();
  for (const words of sentences) {
    if (isCapsLine(words)) continue;
    for (let i = 1; i < words.length; i++) {
      const w = words[i]!;
      if (!isAlpha(w)) continue;
      const prev = words[i - 1]!;
      // after a quote or colon a sentence may start again
      if (prev === '"' || prev === "“" || prev === ":" || prev === "-") continue;
      const c = isAllCaps(w) ? 4 : isTitle(w) ? 1 : w.toLowerCase() === w ? 2 : 8;
      const k = normalizeWord(w).toLowerCase();
      casing.set(k, (casing.get(k) ?? 0) | c);
    }
  }
  return { casing };
}

/** Feature templates: each feature is the hash of a template id and its value(s). */
export const enum T {
  Bias = 1,
  Word,
  Lower,
  Shape,
  Prefix,
  Suffix = Prefix + 8,
  Prev1 = Suffix + 8,
  Next1,
  Prev2,
  Next2,
  ShapePrev,
  ShapeNext,
  Shape3,
  BigramPrev,
  BigramNext,
  First,
  Caps,
  CapsLower,
  CapsShapePrev,
  DocCase,
  Gaz,
  GazPrev,
  GazNext,
  Around,
  FirstLower,
  ShapePrev2,
  ShapeNext2,
  Pass1,
  Pass1Prev,
  Pass1Next,
  DocClass,
  DocMajority,
  DocUntagged,
  DocPosition,
}

export const BIAS = mix(T.Bias, 0);
export const BOS = hashString("<s>");
export const EOS = hashString("</s>");
/** What a word contributes by itself, whatever its neighbours: cached per distinct word. */
export interface WordInfo {
  lower: string;
  hl: number;
  hs: number;
  /** word, lower, shape, prefix and suffix features */
  own: Int32Array;
  alpha: boolean;
  title: boolean;
  allCaps: boolean;
}

const wordCache = new Map<string, WordInfo>();

export function wordInfo(word: string): WordInfo {
  let info = wordCache.get(word);
  if (info) return info;
  const w = normalizeWord(word);
  const lw = w.toLowerCase();
  const hl = hashString(lw);
  const hs = hashString(shape(w));
  const own = [mix(T.Word, hashString(w)), mix(T.Lower, hl), mix(T.Shape, hs)];
  const len = lw.length;
  for (let k = 1; k <= 4 && k < len; k++)
    own.push(mix(T.Prefix + k, hashString(lw, 0, k)), mix(T.Suffix + k, hashString(lw, len - k, len)));
  info = { lower: lw, hl, hs, own: Int32Array.from(own), alpha: isAlpha(w), title: isTitle(w), allCaps: isAllCaps(w) };
  if (wordCache.size > 100_000) wordCache.clear();
  wordCache.set(word, info);
  return info;
}

/** Hashed features for every token of one sentence. */
export function sentenceFeatures(words: readonly string[], ctx: DocContext): Int32Array[] {
  const n = words.length;
  const infos = words.map(wordInfo);
  const lower = infos.map((x) => x.lower);
  const hl = infos.map((x) => x.hl);
  const hs = infos.map((x) => x.hs);
  const caps = isCapsLine(words);
  const gaz = gazetteerTags(lower);
  const L = (i: number) => (i < 0 ? BOS : i >= n ? EOS : hl[i]!);
  const S = (i: number) => (i < 0 ? BOS : i >= n ? EOS : hs[i]!);
  const out: Int32Array[] = [];
  const f: number[] = [];
  for (let i = 0; i < n; i++) {
    f.length = 0;
    const info = infos[i]!;
    const sh = hs[i]!;
    f.push(BIAS);
    for (const x of info.own) f.push(x);
    f.push(
      mix(T.Prev1, L(i - 1)),
      mix(T.Next1, L(i + 1)),
      mix(T.Prev2, L(i - 2)),
      mix(T.Next2, L(i + 2)),
      mix(T.ShapePrev, S(i - 1)),
      mix(T.ShapeNext, S(i + 1)),
      mix(T.Shape3, mix(S(i - 1), sh), S(i + 1)),
      mix(T.BigramPrev, L(i - 1), hl[i]!),
      mix(T.BigramNext, hl[i]!, L(i + 1)),
    );
    f.push(
      mix(T.Around, L(i - 1), L(i + 1)),
      mix(T.ShapePrev2, S(i - 2), S(i - 1)),
      mix(T.ShapeNext2, S(i + 1), S(i + 2)),
    );
    if (i === 0) f.push(mix(T.First, sh), mix(T.FirstLower, hl[i]!));
    if (caps) f.push(mix(T.Caps, 0), mix(T.CapsLower, hl[i]!), mix(T.CapsShapePrev, S(i - 1)));
    if (info.alpha) {
      const dc = ctx.casing.get(info.lower) ?? 16;
      const where = caps ? 1 : i === 0 ? 2 : info.title ? 3 : info.allCaps ? 4 : 5;
      f.push(mix(T.DocCase, dc, where));
    }
    for (const g of gaz[i]!) f.push(mix(T.Gaz, g));
    if (i > 0) for (const g of gaz[i - 1]!) f.push(mix(T.GazPrev, g));
    if (i + 1 < n) for (const g of gaz[i + 1]!) f.push(mix(T.GazNext, g));
    out.push(Int32Array.from(f));
  }
  return out;
}

/**
 * Second-pass features (stacking, after Krishnan & Manning 2006): the first pass's tags of the token
 * and its neighbours, and how the same word was tagged elsewhere in the document. A name is tagged
 * alike throughout an article even where its own context is weak ("Simmons" after "Phil Simmons").
 */
export function stackedFeatures(
  sentences: readonly (readonly string[])[],
  pass1: readonly (readonly number[])[],
): Int32Array[][] {
  const C = 4;
  // per lowercased word: counts per class (0..3), and untagged count, and per class-position counts
  const stats = new Map<string, Int32Array>();
  const tokenClass: Int8Array[] = [];
  const tokenPos: Int8Array[] = [];
  sentences.forEach((words, si) => {
    const tags = pass1[si]!;
    const cls = new Int8Array(words.length).fill(-1);
    const pos = new Int8Array(words.length).fill(-1);
    for (let i = 0; i < words.length; i++) {
      const t = tags[i]!;
      if (t === 0) continue;
      // LABELS: O, then per class B, I, L, U
      cls[i] = Math.floor((t - 1) / 4);
      pos[i] = (t - 1) % 4;
    }
    tokenClass.push(cls);
    tokenPos.push(pos);
    words.forEach((w, i) => {
      const info = wordInfo(w);
      if (!info.alpha || w.length < 2) return;
      let st = stats.get(info.lower);
      if (!st) stats.set(info.lower, (st = new Int32Array(C + 1 + C * 4)));
      if (cls[i]! < 0) st[C]!++;
      else {
        st[cls[i]!]!++;
        st[C + 1 + cls[i]! * 4 + pos[i]!]!++;
      }
    });
  });
  return sentences.map((words, si) => {
    const tags = pass1[si]!;
    return words.map((w, i) => {
      const f = [
        mix(T.Pass1, tags[i]!),
        mix(T.Pass1Prev, i > 0 ? tags[i - 1]! : -1),
        mix(T.Pass1Next, i + 1 < words.length ? tags[i + 1]! : -1),
      ];
      const info = wordInfo(w);
      const st = info.alpha && w.length >= 2 ? stats.get(info.lower) : undefined;
      if (st) {
        const own = tokenClass[si]![i]!;
        const ownPos = tokenPos[si]![i]!;
        let best = -1;
        let bestN = 0;
        for (let c = 0; c < C; c++) {
          const n = st[c]! - (own === c ? 1 : 0);
          if (n > 0) f.push(mix(T.DocClass, c));
          if (n > bestN) {
            best = c;
            bestN = n;
          }
        }
        const untagged = st[C]! - (own < 0 ? 1 : 0);
        if (best >= 0) f.push(mix(T.DocMajority, best, untagged > bestN ? 1 : 0));
        else if (untagged > 0) f.push(mix(T.DocUntagged, 0));
        let bp = -1;
        let bpN = 0;
        for (let k = 0; k < C * 4; k++) {
          const n = st[C + 1 + k]! - (own >= 0 && own * 4 + ownPos === k ? 1 : 0);
          if (n > bpN) {
            bp = k;
            bpN = n;
          }
        }
        if (bp >= 0) f.push(mix(T.DocPosition, bp));
      }
      return Int32Array.from(f);
    });
  });
}

/** Joins per-token feature arrays. */
export function concatFeatures(a: readonly Int32Array[], b: readonly Int32Array[]): Int32Array[] {
  return a.map((x, i) => {
    const y = b[i]!;
    const out = new Int32Array(x.length + y.length);
    out.set(x);
    out.set(y, x.length);
    return out;
  });
}
