import type { Range } from "../document/schema.js";
import { loadData } from "../util/data.js";
import { lex } from "./lexicon.js";
import { speakerRight, type SpeakerPhrase } from "./speaker.js";
import { isQuoteTok, NOUN_DET, type Tok } from "./tokens.js";

interface ExperiencerFile {
  forms: string[];
}
let forms: Set<string> | null = null;

/** Words before an object-experiencer verb that make it a state, a modifier or an infinitive: "was angered", "an angered crowd", "seemed to have angered". */
const NOT_ACTIVE = new Set(
  "to is are was were be been being am get gets got getting feel feels felt seem seems seemed looked remain remains remained become became very so too more most less deeply visibly clearly".split(
    " ",
  ),
);
/** Auxiliaries and adverbs of a verb group: "has angered", "would surely rattle". */
const VERB_GROUP = new Set("has have had will would could may might can also not never already".split(" "));
/** Words that open the experiencer's noun phrase: "angered many Democrats", "rattled some in the party". */
const QUANTIFIER = new Set("many some most few several both all much".split(" "));
/** Words that end the causer's noun phrase on the left: a clause or a phrase begins there. */
const CLAUSE_EDGE = new Set(
  "that which who whom what because while when if and but as since although though after before".split(" "),
);
/** The most words a causer may take: a longer stretch is a clause, not a noun phrase. */
const CAUSER_MAX = 20;

export interface Experiencer {
  content: Range;
  cue: Range;
  speaker: SpeakerPhrase;
}

/**
 * "His remarks angered the party's leaders": an object-experiencer verb in the active makes its object
 * the holder of the reaction (the source) and its subject what they react to (the content). The
 * subject is read back to the clause's edge; a relative pronoun as subject ("a move that angered
 * many") is left alone, since its antecedent, not the pronoun, is what was reacted to.
 */
export function experiencerAttributions(toks: readonly Tok[], inQuote: (t: Tok) => boolean): Experiencer[] {
  forms ??= new Set(loadData<ExperiencerFile>("quotes/experiencers.json").forms);
  const out: Experiencer[] = [];
  for (let k = 1; k + 1 < toks.length; k++) {
    const t = toks[k]!;
    if (t.cap || !forms.has(t.lower) || inQuote(t)) continue;
    const next = toks[k + 1]!;
    const opensObject =
      NOUN_DET.has(next.lower) || lex().possessives.has(next.lower) || QUANTIFIER.has(next.lower) || next.cap;
    if (!opensObject || next.lower === "that") continue;
    let v = k;
    while (v > 0 && (VERB_GROUP.has(toks[v - 1]!.lower) || /^[a-z]+ly$/.test(toks[v - 1]!.text))) v--;
    const before = toks[v - 1];
    if (!before || before.punct || isQuoteTok(before) || NOT_ACTIVE.has(before.lower) || NOUN_DET.has(before.lower))
      continue;
    // "That rattled the senator.": the demonstrative opening the sentence is the causer, not a relative
    const demonstrative = (i: number) => i === 0 && toks[i]!.text === "That";
    if (CLAUSE_EDGE.has(before.lower) && !demonstrative(v - 1)) continue;
    let s = v;
    while (s > 0 && v - s < CAUSER_MAX) {
      const p = toks[s - 1]!;
      if (p.punct || isQuoteTok(p) || (CLAUSE_EDGE.has(p.lower) && !demonstrative(s - 1))) break;
      s--;
    }
    if (v - s >= CAUSER_MAX || s === v) continue;
    const sp = speakerRight(toks, k + 1);
    if (!sp) continue;
    out.push({
      content: { start: toks[s]!.start, end: toks[v - 1]!.end },
      cue: { start: toks[k]!.start, end: toks[k]!.end },
      speaker: sp,
    });
  }
  return out;
}
