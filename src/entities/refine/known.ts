import type { Token } from "../../document/schema.js";
import { overlaps } from "../../util/ranges.js";
import { knowledge } from "../knowledge.js";
import type { Mention } from "../tagger.js";
import { startsUpper } from "../../util/letters.js";
import { SpanIndex } from "../../util/span-index.js";

const MAX_TOKENS = 10;

/** Letters and digits only: "al-Qaeda", "al Qaeda" and "Al-Qaeda" meet at "alqaeda". */
function squash(s: string): string {
  let out = squashed.get(s);
  if (out === undefined) {
    out = s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
    if (squashed.size > 50_000) squashed.clear();
    squashed.set(s, out);
  }
  return out;
}

/** every token is squashed where a name might start: tokens repeat across articles */
const squashed = new Map<string, string>();

let index: { names: Map<string, string>; prefixes: Set<string> } | null = null;

function knownNames(): { names: Map<string, string>; prefixes: Set<string> } {
  if (index) return index;
  const names = new Map<string, string>();
  const prefixes = new Set<string>();
  for (const alias of knowledge().armedGroups.keys()) {
    const k = squash(alias);
    // two letters ("IS", "AA") are ordinary words too often
    if (k.length < 3) continue;
    names.set(k, alias);
    for (let n = 1; n < k.length; n++) prefixes.add(k.slice(0, n));
  }
  index = { names, prefixes };
  return index;
}

/**
 * Names of known armed groups (data/entities/armed-groups.json) are organizations wherever they
 * are written, in full: "Boko Haram" is no person, "Islamic State of Iraq and the Levant" no place.
 * A match replaces the mentions inside it; one inside a longer mention is left to that mention.
 */
export function knownGroups(text: string, mentions: Mention[], sents: Token[][]): Mention[] {
  const { names, prefixes } = knownNames();
  const found: Mention[] = [];
  sents.forEach((toks, si) => {
    for (let i = 0; i < toks.length; i++) {
      const first = toks[i]!.text;
      if (!startsUpper(first) && !(first.length === 2 && first.toLowerCase() === "al")) continue;
      let key = "";
      let end = -1;
      for (let n = 0; n < MAX_TOKENS && i + n < toks.length; n++) {
        const piece = squash(toks[i + n]!.text);
        // names run on through hyphens and apostrophes, never through brackets or commas
        if (!piece && !/^[-'’]$/.test(toks[i + n]!.text)) break;
        key += piece;
        if (piece && names.has(key)) end = i + n + 1;
        if (!prefixes.has(key) && !names.has(key)) break;
      }
      if (end < 0) continue;
      // an all-capitals acronym must be written in capitals
      const alias = names.get(
        squash(
          toks
            .slice(i, end)
            .map((t) => t.text)
            .join(""),
        ),
      )!;
      const written = text.slice(toks[i]!.start, toks[end - 1]!.end);
      if (/^[A-Z]{2,}$/.test(alias) && written !== alias) continue;
      found.push({
        start: toks[i]!.start,
        end: toks[end - 1]!.end,
        text: written,
        type: "organization",
        sentence: si,
        from: i,
        to: end,
      });
      i = end - 1;
    }
  });
  if (found.length === 0) return mentions;
  const longer = (m: Mention, f: Mention) => m.start <= f.start && f.end <= m.end && m.end - m.start > f.end - f.start;
  // (overlaps looked up by offset: a long text has thousands of each)
  const foundSpans = new SpanIndex(found);
  const kept = mentions.filter(
    (m) => !foundSpans.overlapping(m.start, m.end).some((k) => overlaps(found[k]!, m) && !longer(m, found[k]!)),
  );
  const keptSpans = new SpanIndex(kept);
  const added = found.filter((f) => !keptSpans.overlapping(f.start, f.end).some((k) => overlaps(kept[k]!, f)));
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}
