import type { SitrepDocument, Token } from "../document/schema.js";

/** doc.tokens grouped by sentence, in order: the unit the tagger decodes. */
export function tokensBySentence(doc: Pick<SitrepDocument, "tokens">): Token[][] {
  const out: Token[][] = [];
  let cur: Token[] = [];
  let si = -1;
  for (const t of doc.tokens) {
    if (t.sentence !== si) {
      if (cur.length) out.push(cur);
      cur = [];
      si = t.sentence;
    }
    cur.push(t);
  }
  if (cur.length) out.push(cur);
  return out;
}
