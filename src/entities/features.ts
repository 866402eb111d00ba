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

function isAllCaps(w: string): boolean {
  return w.length > 1 && w.toUpperCase() === w && w.toLowerCase() !== w;
}

function isTitle(w: string): boolean {
  const c = w.charAt(0);
  return c.toUpperCase() === c && c.toLowerCase() !== c && w.slice(1).toLowerCase() === w.slice(1);
}

const LETTER = /\p{L}/u;
function isAlpha(w: string): boolean {
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
const enum T {
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
}

const BIAS = mix(T.Bias, 0);
const BOS = hashString("<s>");
const EOS = hashString("</s>");
/** What a word contributes by itself, whatever its neighbours: cached per distinct word. */
interface WordInfo {
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

function wordInfo(word: string): WordInfo {
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
    if (i === 0) f.push(mix(T.First, sh));
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
