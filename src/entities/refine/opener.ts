import type { Token } from "../../document/schema.js";
import { loadData } from "../../util/data.js";
import type { Mention } from "../tagger.js";
import { recut } from "./span.js";

let openers: Set<string> | null = null;
function openerWords(): Set<string> {
  openers ??= new Set(loadData<{ words: string[] }>("entities/openers.json").words);
  return openers;
}

/**
 * "Despite Petrenko's warnings, ...": a preposition or conjunction opening the sentence is capitalized
 * only by its place there, so a name the tagger ran back over it starts at the next word.
 */
export function trimSentenceOpener(text: string, mentions: Mention[], sents: Token[][]): Mention[] {
  return mentions.map((m) => {
    if (m.sentence < 0 || m.from !== 0 || m.to - m.from < 2) return m;
    const toks = sents[m.sentence]!;
    const first = toks[0]!;
    if (!openerWords().has(text.slice(first.start, first.end).toLowerCase())) return m;
    return recut(text, m, toks, 1, m.to);
  });
}
