import type { SitrepDocument } from "../document/schema.js";

/** A token of one sentence, with what the attribution rules ask of it precomputed. */
export interface Tok {
  start: number;
  end: number;
  text: string;
  lower: string;
  punct: boolean;
  /** starts with a capital letter (a name, a title, or a sentence's first word) */
  cap: boolean;
}

const QUOTE_CHARS = new Set(["“", "”", '"', "''", "'", "‘", "’", "``"]);

export function isQuoteTok(t: Tok | undefined): boolean {
  return !!t && QUOTE_CHARS.has(t.text);
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

const DASH = new Set(["—", "–", "―", "--"]);
const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
const ALL_CAPS = /^[A-Z][A-Z.'’-]{2,}$/;

/**
 * The tokens before the dash of a wire dateline ("NEW YORK, Nov. 19 (UPI) —", "Washington (AFP) –",
 * "WASHINGTON ―"), which the cleaner did not mark: only capitalized words, numbers and an agency in
 * parentheses, with a place in capitals or an agency. A dateline names where the story was filed,
 * never who spoke.
 */
export function datelineLength(toks: readonly Tok[]): number {
  let caps = false;
  let agency = false;
  // a headline in Title Case ("Bombshell Photo From DURING Debate Surfaces —") is no dateline
  let titleWord = false;
  for (let i = 0; i < toks.length && i < 12; i++) {
    const t = toks[i]!;
    // "SIEGEL--": a transcript's speaker label, glued to its dash
    if (DASH.has(t.text)) return i > 0 && t.start > toks[i - 1]!.end && (agency || (caps && !titleWord)) ? i + 1 : 0;
    if (t.text === "(") {
      const close = toks[i + 2];
      if (close?.text !== ")" || !toks[i + 1]!.cap) return 0;
      agency = true;
      i += 2;
      continue;
    }
    if (t.text === "," || t.text === ".") continue;
    if (!t.cap && !/^\d+$/.test(t.text)) return 0;
    if (ALL_CAPS.test(t.text)) caps = true;
    // ...but the region after the place's comma is ("MOSUL, Iraq ―")
    else if (/^[A-Z][a-z]+$/.test(t.text) && !MONTH.test(t.text) && toks[i - 1]?.text !== ",") titleWord = true;
  }
  return 0;
}

/** The tokens of each body sentence, in order; the dateline's tokens are left out. */
export function sentenceTokens(doc: SitrepDocument): Tok[][] {
  const out: Tok[][] = doc.sentences.map(() => []);
  const dl = doc.dateline;
  for (const t of doc.tokens) {
    const list = out[t.sentence];
    if (!list) continue;
    if (dl && t.start < dl.end && dl.start < t.end) continue;
    list.push({
      start: t.start,
      end: t.end,
      text: t.text,
      lower: t.text.toLowerCase(),
      punct: t.kind === "punctuation" || !hasWordChar(t.text),
      cap: startsUpper(t.text),
    });
  }
  // a dateline opens one of the first sentences (the first may be the headline)
  for (let i = 0; i < Math.min(3, out.length); i++) {
    const n = datelineLength(out[i]!);
    if (n > 0 && n < out[i]!.length) out[i] = out[i]!.slice(n);
  }
  return out;
}
