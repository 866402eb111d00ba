import type { Token } from "../../document/schema.js";
import { typoEqual } from "../resolve/names.js";
import type { Mention } from "../tagger.js";
import { mayStartUpper } from "../../util/letters.js";
import { pushTo } from "../../util/group.js";

function capitalized(w: string): boolean {
  return mayStartUpper(w) && /^\p{Lu}\p{Ll}{2,}/u.test(w);
}

/** a surname's bucket: typoEqual needs five letters or more, the same first letter and lengths within two */
const bucket = (lower: string, length: number): string => lower.charAt(0) + length;

/**
 * Tests a word for a surname spelt another way, remembering each word's answer: a long text asks of
 * the same words again and again, and compares each with only the surnames of its first letter and length.
 */
function misspeltSurname(surnames: ReadonlySet<string>): (word: string) => boolean {
  const buckets = new Map<string, string[]>();
  for (const w of surnames) {
    pushTo(buckets, bucket(w.toLowerCase(), w.toLowerCase().length), w);
  }
  const answers = new Map<string, boolean>();
  return (word) => {
    let yes = answers.get(word);
    if (yes !== undefined) return yes;
    const lower = word.toLowerCase();
    yes = false;
    for (let n = lower.length - 2; n <= lower.length + 2 && !yes; n++)
      yes = (buckets.get(bucket(lower, n)) ?? []).some((x) => x !== word && typoEqual(x, word));
    answers.set(word, yes);
    return yes;
  };
}

/**
 * A name is a name everywhere in the article: a capitalized word the tagger left out is tagged as
 * the same word was elsewhere, and a misspelt surname ("Razaee" for "Rezaee") as that person.
 */
export function propagateNames(text: string, mentions: Mention[], sents: Token[][]): Mention[] {
  const single = new Map<string, Mention>();
  const surnames = new Set<string>();
  for (const m of mentions) {
    if (m.to - m.from === 1 && m.type !== "other") single.set(m.text, m);
    if (m.type === "person" && m.to - m.from > 1) {
      const last = sents[m.sentence]![m.to - 1]!.text;
      if (capitalized(last) && last.length >= 5) surnames.add(last);
    }
  }
  if (single.size === 0 && surnames.size === 0) return mentions;
  const misspelt = misspeltSurname(surnames);
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
      if (!type && misspelt(t.text)) type = "person";
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
