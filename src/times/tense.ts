/** Whether words are told in the past tense: a verb in the past tense that no "will"/"would" follows. */
import { alternation, lexicon } from "./lexicon.js";

// An "-ed" word after an article or a possessive is an adjective ("a still unspecified date", "its
// planned merger"), not a verb in the past tense; a past verb followed by "will"/"would" reports a future
// (unless a relative pronoun opens a clause of its own: "named a chief, who will remain chairman").
let pastVerbRes: { one: RegExp; all: RegExp } | undefined;
export function pastVerbs() {
  if (pastVerbRes) return pastVerbRes;
  const src = `(?<!\\b(?:be|been|being|is|are|will|to)\\s+)(?<!\\b(?:a|an|the|its|his|her|their|our|still|newly|so-called)\\s+)\\b(?:${alternation(lexicon().lex.past_tense_irregular)}|[a-z]{3,}ed)\\b(?![^.;]*\\b(?<!\\b(?:who|which)\\s+)(?:will|would)\\b)`;
  return (pastVerbRes = { one: new RegExp(src, "i"), all: new RegExp(src, "gi") });
}
export const isPast = (s: string) => pastVerbs().one.test(s);
