/**
 * Features of the NER model. The trainer and the tagger both call these on wink-nlp tokens, so what
 * the model saw in training is exactly what it sees at run time.
 */
import { gazetteerTags } from "./gazetteer.js";

/** Typographic variants read as their plain forms; digits as 0 (a number's value never names anything). */
export function normalizeWord(w: string): string {
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

function isAlpha(w: string): boolean {
  return /\p{L}/u.test(w);
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
 * an ordinary sentence, not first). "T" title case, "l" lowercase, "U" capitals.
 */
export interface DocContext {
  casing: Map<string, string>;
}

export function docContext(sentences: readonly (readonly string[])[]): DocContext {
  const seen = new Map<string, Set<string>>();
  for (const words of sentences) {
    if (isCapsLine(words)) continue;
    for (let i = 1; i < words.length; i++) {
      const w = words[i]!;
      if (!isAlpha(w)) continue;
      const prev = words[i - 1]!;
      // after a quote or colon a sentence may start again
      if (prev === '"' || prev === "“" || prev === ":" || prev === "-") continue;
      const c = isAllCaps(w) ? "U" : isTitle(w) ? "T" : w.toLowerCase() === w ? "l" : "M";
      const k = normalizeWord(w).toLowerCase();
      let s = seen.get(k);
      if (!s) seen.set(k, (s = new Set()));
      s.add(c);
    }
  }
  const casing = new Map<string, string>();
  for (const [k, s] of seen) casing.set(k, [...s].sort().join(""));
  return { casing };
}

/** Feature strings for every token of one sentence. */
export function sentenceFeatures(words: readonly string[], ctx: DocContext): string[][] {
  const n = words.length;
  const norm = words.map(normalizeWord);
  const lower = norm.map((w) => w.toLowerCase());
  const shapes = norm.map(shape);
  const caps = isCapsLine(words);
  const gaz = gazetteerTags(lower);
  const L = (i: number) => (i < 0 ? "<s>" : i >= n ? "</s>" : lower[i]!);
  const S = (i: number) => (i < 0 ? "<s>" : i >= n ? "</s>" : shapes[i]!);
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const w = norm[i]!;
    const lw = lower[i]!;
    const sh = shapes[i]!;
    const f: string[] = ["b", "w=" + w, "l=" + lw, "s=" + sh];
    const len = lw.length;
    for (let k = 1; k <= 4 && k < len; k++) f.push("p" + k + "=" + lw.slice(0, k), "x" + k + "=" + lw.slice(len - k));
    f.push(
      "l-1=" + L(i - 1),
      "l+1=" + L(i + 1),
      "l-2=" + L(i - 2),
      "l+2=" + L(i + 2),
      "s-1=" + S(i - 1),
      "s+1=" + S(i + 1),
      "ss=" + S(i - 1) + "|" + sh + "|" + S(i + 1),
      "b-1=" + L(i - 1) + "|" + lw,
      "b+1=" + lw + "|" + L(i + 1),
    );
    if (i === 0) f.push("first|" + sh);
    if (caps) f.push("H", "Hl=" + lw, "Hs-1=" + S(i - 1));
    const dc = ctx.casing.get(lw);
    if (isAlpha(w)) {
      f.push("dc=" + (dc ?? "-") + (caps ? "|H" : i === 0 ? "|F" : "|" + (isTitle(w) ? "T" : isAllCaps(w) ? "U" : "o")));
    }
    for (const g of gaz[i]!) f.push("g=" + g);
    if (i > 0) for (const g of gaz[i - 1]!) f.push("g-1=" + g);
    if (i + 1 < n) for (const g of gaz[i + 1]!) f.push("g+1=" + g);
    out.push(f);
  }
  return out;
}
