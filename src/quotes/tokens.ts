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

/** The tokens of each body sentence, in order. */
export function sentenceTokens(doc: SitrepDocument): Tok[][] {
  const out: Tok[][] = doc.sentences.map(() => []);
  for (const t of doc.tokens) {
    const list = out[t.sentence];
    if (!list) continue;
    const punct = t.kind === "punctuation" || !/[\p{L}\p{N}]/u.test(t.text);
    list.push({
      start: t.start,
      end: t.end,
      text: t.text,
      lower: t.text.toLowerCase(),
      punct,
      cap: /^\p{Lu}/u.test(t.text),
    });
  }
  return out;
}
