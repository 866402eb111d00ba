import type { Range, SitrepDocument } from "../document/schema.js";
import { overlaps } from "../util/ranges.js";

/** A token of one sentence, with what the attribution rules ask of it precomputed. */
export interface Tok {
  start: number;
  end: number;
  text: string;
  lower: string;
  punct: boolean;
  /** starts with a capital letter (a name, a title, or a sentence's first word) */
  cap: boolean;
  /** inside a place name the places stage found, one not standing for its government ("in Dayton, Ohio,") */
  place?: boolean;
}

/** Marks that end a sentence. */
export const FINAL: ReadonlySet<string> = new Set([".", "!", "?"]);

/** Possessive determiners: "his claims", "their campaign". */
export const POSSESSIVE: ReadonlySet<string> = new Set(["his", "her", "their", "its", "our", "my", "your"]);

/** Words that make the word after them a noun: "the report", "his claims", "no comment". */
export const NOUN_DET: ReadonlySet<string> = new Set([
  "the",
  "a",
  "an",
  "his",
  "her",
  "its",
  "their",
  "our",
  "my",
  "your",
  "this",
  "these",
  "those",
  "no",
  "any",
  "of",
  "such",
  "whose",
]);

const QUOTE_CHARS = new Set(["“", "”", '"', "''", "'", "‘", "’", "``"]);

export function isQuoteTok(t: Tok | undefined): boolean {
  return !!t && QUOTE_CHARS.has(t.text);
}

/** The dashes that are never a compound's hyphen: em, en and a double hyphen. */
export const DASHES: ReadonlySet<string> = new Set(["—", "–", "--"]);

/**
 * A dash setting off an aside: "—", "–", "--", or a hyphen with a space on both sides ("the survey - still"),
 * not the hyphen of a compound ("so-called", "R-Ky.").
 */
export function asideDash(toks: readonly Tok[], i: number): boolean {
  const t = toks[i];
  if (!t) return false;
  if (DASHES.has(t.text)) return true;
  return t.text === "-" && (toks[i - 1]?.end ?? -1) < t.start && t.end < (toks[i + 1]?.start ?? Infinity);
}

/** The hyphen inside a compound, touching the words on both sides: "so-called", "long-awaited". */
export function compoundHyphen(toks: readonly Tok[], i: number): boolean {
  const t = toks[i];
  return t?.text === "-" && toks[i - 1]?.end === t.start && toks[i + 1]?.start === t.end && !toks[i + 1]!.punct;
}

/** Common nouns spelled like an adverb in -ly: "opened a rally blasting" has no adverb before its participle. */
const LY_NOUN = new Set(["rally", "ally", "family", "assembly", "supply", "reply", "anomaly", "monopoly", "homily"]);

/** An adverb in -ly ("repeatedly", "quickly"), not a noun so spelled ("rally", "family") nor "only". */
export function lyAdverb(t: Tok | undefined): boolean {
  return !!t && /^[a-z]+ly$/.test(t.text) && t.lower !== "only" && !LY_NOUN.has(t.lower);
}

/** Adverbs of degree before another adverb: "and almost at once agreed". */
const DEGREE = new Set(["almost", "nearly"]);

/** The word before the one at k past up to two adverbs in -ly: "and promptly voted" -> "and". */
export function overAdverbs(toks: readonly Tok[], k: number): Tok | undefined {
  let j = k - 1;
  while (
    j > 0 &&
    k - j <= 2 &&
    ((/^[a-z]+ly$/.test(toks[j]!.text) && toks[j]!.lower !== "only") || DEGREE.has(toks[j]!.text))
  )
    j--;
  return toks[j];
}

function hasWordChar(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
    if (c > 127) return /[\p{L}\p{N}]/u.test(s);
  }
  return false;
}

function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return /^\p{Lu}/u.test(s);
}

/** The tokens of each body sentence, in order; the dateline's tokens are left out. */
export function sentenceTokens(doc: SitrepDocument): Tok[][] {
  const out: Tok[][] = doc.sentences.map(() => []);
  const dl = doc.dateline;
  const places = (doc.places ?? []).filter((p) => p.role !== "actor").sort((a, b) => a.start - b.start);
  let pi = 0;
  const inPlace = (t: Range): boolean => {
    while (pi < places.length && places[pi]!.end <= t.start) pi++;
    const p = places[pi];
    return !!p && p.start <= t.start && t.end <= p.end;
  };
  for (const t of doc.tokens) {
    const list = out[t.sentence];
    if (!list) continue;
    if (dl && overlaps(t, dl)) continue;
    list.push({
      start: t.start,
      end: t.end,
      text: t.text,
      lower: t.text.toLowerCase(),
      punct: t.kind === "punctuation" || !hasWordChar(t.text),
      cap: startsUpper(t.text),
      place: inPlace(t),
    });
  }
  return out;
}
