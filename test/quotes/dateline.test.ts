import { describe, expect, it } from "vitest";
import { datelineLength, type Tok } from "../../src/quotes/tokens.js";

/** Tokens split at spaces, with a glued dash kept apart as the tokenizer does ("SMITH--"). */
function toks(s: string): Tok[] {
  const out: Tok[] = [];
  for (const m of s.matchAll(/--|[^\s(),-]+|[(),]|[—–―]/g)) {
    const text = m[0];
    out.push({
      start: m.index,
      end: m.index + text.length,
      text,
      lower: text.toLowerCase(),
      punct: !/[\p{L}\p{N}]/u.test(text),
      cap: /^\p{Lu}/u.test(text),
    });
  }
  return out;
}

// Openings written for these tests in the styles of the wire services.
const CASES: [opening: string, words: string | null][] = [
  ["BEIRUT, May 10 (AP) — Rebels said", "BEIRUT, May 10 (AP) —"],
  ["Kabul (AFP) – The ministry said", "Kabul (AFP) –"],
  ["MOSUL, Iraq ― Soldiers said", "MOSUL, Iraq ―"],
  // a headline in Title Case, a transcript label glued to its dash, an ordinary sentence: no dateline
  ["Mayor Makes Big Promise About BUDGET — The mayor said", null],
  ["SMITH-- Well, the council said", null],
  ["The army — which lost two men — said", null],
];

describe("a wire dateline before its dash", () => {
  it.each(CASES)("%s", (opening, words) => {
    const t = toks(opening);
    const n = datelineLength(t);
    expect(n === 0 ? null : opening.slice(0, t[n - 1]!.end)).toBe(words);
  });
});
