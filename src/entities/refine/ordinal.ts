import type { Token } from "../../document/schema.js";
import type { Mention } from "../tagger.js";
import { recut } from "./span.js";

const ORDINAL = /^\d{1,4}(?:st|nd|rd|th)$/i;

/** A unit's number belongs to its name: "the 65th Airborne Special Forces Brigade". */
export function extendOrdinals(text: string, mentions: Mention[], sents: Token[][]): Mention[] {
  return mentions.map((m) => {
    if (m.type !== "organization" || m.from === 0) return m;
    const toks = sents[m.sentence]!;
    const prev = toks[m.from - 1]!;
    if (!ORDINAL.test(prev.text) || mentions.some((o) => o !== m && o.end === prev.end)) return m;
    return recut(text, m, toks, m.from - 1, m.to);
  });
}
