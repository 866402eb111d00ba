import type { SitrepDocument } from "../document/schema.js";
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
  /** the type of the entity mention the token lies in (entities stage), if any */
  ent?: string;
  /** how often a capitalized word occurs capitalized in the document: a story's main actors recur */
  freq?: number;
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

/** The tokens of each body sentence, in order; the dateline's tokens are left out. */
export function sentenceTokens(doc: SitrepDocument): Tok[][] {
  const out: Tok[][] = doc.sentences.map(() => []);
  const dl = doc.dateline;
  // entity mentions in order of start: one pass alongside the tokens
  const ents = [...doc.entities].sort((a, b) => a.start - b.start);
  let e = 0;
  for (const t of doc.tokens) {
    const list = out[t.sentence];
    if (!list) continue;
    if (dl && overlaps(t, dl)) continue;
    while (e < ents.length && ents[e]!.end <= t.start) e++;
    const ent = ents[e] && ents[e]!.start <= t.start && t.end <= ents[e]!.end ? ents[e]!.type : undefined;
    list.push({
      start: t.start,
      end: t.end,
      text: t.text,
      lower: t.text.toLowerCase(),
      punct: t.kind === "punctuation" || !hasWordChar(t.text),
      cap: startsUpper(t.text),
      ...(ent ? { ent } : {}),
    });
  }
  const freq = new Map<string, number>();
  for (const list of out) for (const t of list) if (t.cap && !t.punct) freq.set(t.text, (freq.get(t.text) ?? 0) + 1);
  for (const list of out) for (const t of list) if (t.cap && !t.punct) t.freq = freq.get(t.text)!;
  return out;
}
