/**
 * A participle set off by commas right after its noun modifies that noun and reports nothing: "the
 * withdrawal, ordered on Sunday, was seen as ...", "Members of the league, named after its founder,
 * were sworn ...". Read as a cue, it would make the noun a speaker and swallow the main clause.
 */
import type { CueForm } from "./lexicon.js";
import { finiteAuxiliary } from "./boundary.js";
import type { Tok } from "./tokens.js";

/** the longest phrase between the commas: "ordered on Sunday by the Russian president" */
const MAX = 10;

/** True when the cue at k is a participle in apposition (its phrase closes before the main clause's verb). */
export function appositiveParticiple(toks: readonly Tok[], k: number, form: CueForm | null): boolean {
  const w = toks[k];
  if (!w || !/^[a-z]+(?:ed|en|wn)$/.test(w.text) || toks[k - 1]?.text !== ",") return false;
  // "said to be", "seen as": the evidential participle still attributes ("the plan, said to cost ...")
  if (form?.frame === "evidential" || toks[k + 1]?.lower === "to" || toks[k + 1]?.lower === "as") return false;
  const noun = toks[k - 2];
  if (!noun || noun.punct || finiteAuxiliary(noun.lower)) return false;
  let j = k + 1;
  while (j < toks.length && j - k <= MAX && !toks[j]!.punct) j++;
  if (toks[j]?.text !== ",") return false;
  let v = j + 1;
  if (/^[a-z]+ly$/.test(toks[v]?.text ?? "")) v++;
  // a finite verb opening the main clause after the phrase shows the phrase was an apposition
  return finiteAuxiliary(toks[v]?.lower ?? "");
}
