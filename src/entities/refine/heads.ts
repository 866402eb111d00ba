import type { EntityType, Token } from "../../document/schema.js";
import { loadData } from "../../util/data.js";
import type { Mention } from "../tagger.js";

let heads: Map<string, EntityType> | null = null;

function headNouns(): Map<string, EntityType> {
  if (!heads) {
    const file = loadData<{ headNouns: Record<string, string[]> }>("entities/titles.json");
    heads = new Map();
    for (const [type, nouns] of Object.entries(file.headNouns)) for (const n of nouns) heads.set(n, type as EntityType);
  }
  return heads;
}

/**
 * A common noun right before a name says what it names: "local newspaper Ghanoon" is an
 * organization, "the village of Khan Tuman" a place, whatever the tagger guessed.
 */
export function typeByHeadNoun(mentions: Mention[], sents: Token[][]): Mention[] {
  const h = headNouns();
  return mentions.map((m) => {
    if (m.from === 0 || m.type === "group") return m;
    const toks = sents[m.sentence]!;
    let k = m.from - 1;
    let of = false;
    if (toks[k]!.text === "of" && k > 0) {
      of = true;
      k--;
    }
    const type = h.get(toks[k]!.text);
    // "the group of X" is rarely a name's head; "the city of X" is
    if (!type || type === m.type || (of && type !== "place")) return m;
    return { ...m, type };
  });
}
