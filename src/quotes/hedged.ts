/**
 * A report hedged by the writer: "Rubio seemed to urge the opposite tactic", "he appears to suggest
 * that ...". The evidential verb distances the writer, but the report is still the subject's: PolNeAR
 * takes the subject as the source, "seemed to urge" as the cue and what follows the reporting verb as
 * the content (unlike "Clinton seemed to be locked in a close race", an impression with no source). Read
 * for the listed evidential cues (seem, appears) in attribute.ts; the same reading of "appeared" in
 * evidential.ts measured level on PolNeAR and is not made.
 */
import { lex, type CueForm } from "./lexicon.js";
import type { Tok } from "./tokens.js";

/**
 * After an evidential verb ending before `after`: "to" and a listed reporting verb in its base form
 * (with its particle). Returns the token index after that verb, or -1.
 */
export function hedgedReport(toks: readonly Tok[], after: number): number {
  const w = toks[after + 1]?.lower;
  if (toks[after]?.lower !== "to" || !w) return -1;
  const lx = lex();
  // a learned form ("see", "know") is no listed report
  if (lx.learned.has(w)) return -1;
  const f = (lx.cues.get(w) ?? baseForms().get(w))?.find(
    (c) => c.lemma.split(" ")[0] === w && c.rest.every((r, i) => toks[after + 2 + i]?.lower === r),
  );
  return f ? after + 2 + f.rest.length : -1;
}

let bases: Map<string, CueForm[]> | null = null;

/**
 * Listed verbs by the base form of their lemma: a verb whose bare form is left out of the lexicon as
 * too often no report ("imply", an adjective's or a noun's twin elsewhere) is one after "appeared to".
 */
function baseForms(): Map<string, CueForm[]> {
  if (bases) return bases;
  bases = new Map();
  for (const list of lex().cues.values())
    for (const c of list) {
      const head = c.lemma.split(" ")[0]!;
      const had = bases.get(head) ?? [];
      if (!had.some((x) => x.lemma === c.lemma)) bases.set(head, [...had, c]);
    }
  return bases;
}
