import type { Range } from "../document/schema.js";
import type { Attribution } from "./attribute.js";
import { lex } from "./lexicon.js";
import { isQuoteTok, type Tok } from "./tokens.js";

const END = new Set([",", ".", ";", ":", "!", "?", "—", "(", ")"]);

/**
 * Stances carried by a noun and its possessor: "his criticism of Trump", "Clinton's support for the
 * deal". The possessor is the source; the content runs from the noun's complement to the clause end.
 */
export function nominalAttributions(
  toks: readonly Tok[],
  sentence: number,
  inQuote: (t: Tok) => boolean,
): Attribution[] {
  const lx = lex();
  const out: Attribution[] = [];
  for (let k = 1; k + 1 < toks.length; k++) {
    const t = toks[k]!;
    const preps = lx.nominal.get(t.lower);
    if (!preps || t.cap || inQuote(t)) continue;
    // the complement word may follow an adjective-free noun only: "criticism of", not "criticism in"
    const p = toks[k + 1]!;
    if (!preps.includes(p.lower)) continue;
    // the possessor: "his", or a name ending in 's
    let head: Range | null = null;
    let kind: "pronoun" | "name" = "pronoun";
    let i = k - 1;
    // one adjective may sit between: "his harsh criticism of"
    if (
      i >= 1 &&
      !toks[i]!.punct &&
      !toks[i]!.cap &&
      !lx.possessives.has(toks[i]!.lower) &&
      toks[i]!.text !== "’s" &&
      toks[i]!.text !== "'s"
    )
      i--;
    const w = toks[i]!;
    if (lx.possessives.has(w.lower)) head = { start: w.start, end: w.end };
    else if ((w.text === "’s" || w.text === "'s") && i >= 1 && toks[i - 1]!.cap) {
      let s = i - 1;
      while (s > 0 && toks[s - 1]!.cap && !toks[s - 1]!.punct && i - s < 4) s--;
      head = { start: toks[s]!.start, end: toks[i - 1]!.end };
      kind = "name";
    }
    if (!head) continue;
    const from = p.lower === "that" ? k + 1 : k + 2;
    let e = from;
    while (
      e < toks.length &&
      !END.has(toks[e]!.text) &&
      !(isQuoteTok(toks[e]) && e > from && toks[e - 1]!.text === ",")
    )
      e++;
    if (e <= from) continue;
    out.push({
      content: { start: toks[from]!.start, end: toks[e - 1]!.end },
      cue: { start: t.start, end: p.lower === "that" ? t.end : p.end },
      speaker: { span: head, head, kind },
      sentence,
    });
  }
  return out;
}
