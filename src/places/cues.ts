import type { Feature } from "./gazetteer/index.js";
import type { Lexicon } from "./lexicon.js";

/** "12 km south of Aleppo", "near Aleppo", "Aleppo's outskirts": the words that make a place relative, or null. */
export function relativeCue(text: string, start: number, end: number, lex: Lexicon): string | null {
  // Within the line and at most 80 characters back (a search back to the line start is quadratic on one huge line).
  const window = text.slice(Math.max(0, start - 80), start);
  const before = window.slice(window.lastIndexOf("\n") + 1);
  const m = lex.relativeBefore.exec(before);
  if (m && m[0].trim()) return m[0].trim();
  const after = text.slice(end, end + 20).toLowerCase();
  for (const w of lex.relativeAfter) {
    if (after.startsWith(w.startsWith("'") || w.startsWith("’") ? w : " " + w)) return w.replace(/^['’]s /, "");
  }
  return null;
}

/**
 * "Tehran deployed its troops", "Washington has warned": a country or capital as the subject of a
 * verb of agency stands for its government (metonymy). It is still a toponym, but no event place.
 */
export function isMetonymy(text: string, start: number, end: number, f: Feature, lex: Lexicon): boolean {
  if (f.kind !== "country" && !(f.kind === "city" && f.code === "PPLC")) return false;
  // "officials in Tehran have vowed": after a preposition the name is a place, not a subject.
  if (
    /\b(?:in|at|from|to|into|of|near|inside|across|toward|towards|outside)\s{1,2}$/i.test(
      text.slice(Math.max(0, start - 12), start),
    )
  )
    return false;
  const m = /^\s{1,2}([a-z]+)(?:\s{1,2}([a-z]+))?/.exec(text.slice(end, end + 40));
  if (!m) return false;
  const w1 = m[1]!;
  if (!lex.metonymyVerbs.has(w1)) return false;
  if (["will", "would", "has", "have", "had", "is", "was", "could", "should", "must", "may", "might"].includes(w1)) {
    return m[2] !== undefined && lex.metonymyAuxFollowers.has(m[2]);
  }
  return true;
}
