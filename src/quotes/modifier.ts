/**
 * A participle phrase after an inverted speaker belongs to it: "said one aide involved in the
 * talks, who ...", "said a commander stationed near the border." PolNeAR takes the whole description as
 * the source; the phrase ends where the sentence goes on (punctuation, a relative pronoun).
 */
import type { SpeakerPhrase } from "./speaker.js";
import { isQuoteTok, type Tok } from "./tokens.js";

const PREPOSITION = new Set("in with on to at for from near inside outside within among by about".split(" "));
const RELATIVE = new Set(["who", "whom", "which", "that", "whose"]);
/** the longest phrase taken: "involved in the planning of the convention" */
const MAX = 8;

/** The speaker phrase widened over a participle phrase that modifies it, or the phrase as it was. */
export function withParticiple(toks: readonly Tok[], sp: SpeakerPhrase): SpeakerPhrase {
  const v = toks[sp.end];
  if (!v || v.cap || v.punct || !/^[a-z]+ed$/.test(v.text) || !PREPOSITION.has(toks[sp.end + 1]?.lower ?? ""))
    return sp;
  let j = sp.end + 2;
  while (j < toks.length && j - sp.end <= MAX && !toks[j]!.punct && !RELATIVE.has(toks[j]!.lower)) j++;
  const stop = toks[j];
  // the phrase must close the speaker: a verb or a quote after it means "said the army moved in ..." is a clause
  if (j === sp.end + 2 || (stop && !stop.punct && !RELATIVE.has(stop.lower)) || isQuoteTok(stop)) return sp;
  return { ...sp, end: j, headEnd: j, kind: "description" };
}
