import type { Token } from "../../document/schema.js";
import { typoEqual } from "../resolve/names.js";
import type { Mention } from "../tagger.js";
import { mayStartUpper } from "../../util/letters.js";

function capitalized(w: string): boolean {
  return mayStartUpper(w) && /^\p{Lu}\p{Ll}{2,}/u.test(w);
}

/**
 * A name is a name everywhere in the article: a capitalized word the tagger left out is tagged as
 * the same word was elsewhere, and a misspelt surname ("Razaee" for "Rezaee") as that person.
 */
export function propagateNames(text: string, mentions: Mention[], sents: Token[][]): Mention[] {
  const single = new Map<string, Mention>();
  const surnames: { word: string; m: Mention }[] = [];
  for (const m of mentions) {
    if (m.to - m.from === 1 && m.type !== "other") single.set(m.text, m);
    if (m.type === "person" && m.to - m.from > 1) {
      const last = sents[m.sentence]![m.to - 1]!.text;
      if (capitalized(last) && last.length >= 5) surnames.push({ word: last, m });
    }
  }
  if (single.size === 0 && surnames.length === 0) return mentions;
  // sentence * 10000 + token: a sentence of at most 1,500 characters has fewer tokens
  const taken = new Set<number>();
  for (const m of mentions) for (let i = m.from; i < m.to; i++) taken.add(m.sentence * 10000 + i);
  const added: Mention[] = [];
  sents.forEach((toks, si) => {
    toks.forEach((t, ti) => {
      if (taken.has(si * 10000 + ti) || !capitalized(t.text)) return;
      const prev = toks[ti - 1]?.text ?? "";
      const next = toks[ti + 1]?.text ?? "";
      // only a word standing alone: not part of a longer capitalized run
      if (capitalized(prev) && ti > 0) return;
      if (capitalized(next)) return;
      let type = single.get(t.text)?.type;
      if (!type) {
        const s = surnames.find((x) => x.word !== t.text && typoEqual(x.word, t.text));
        if (s) type = "person";
      }
      if (!type) return;
      added.push({
        start: t.start,
        end: t.end,
        text: text.slice(t.start, t.end),
        type,
        sentence: si,
        from: ti,
        to: ti + 1,
      });
    });
  });
  if (added.length === 0) return mentions;
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}
