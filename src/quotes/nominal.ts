import type { Range } from "../document/schema.js";
import type { Attribution } from "./attribute.js";
import { lex } from "./lexicon.js";
import { sentenceSubject, type SpeakerPhrase } from "./speaker.js";
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
    // "Rural Democrats have been harsh in their criticism of": the clause's subject holds the stance
    const subject = kind === "pronoun" ? possessorSubject(toks, i) : null;
    const speaker = subject
      ? { span: span(toks, subject), head: span(toks, subject), kind: subject.kind }
      : { span: head, head, kind };
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
      speaker,
      sentence,
    });
  }
  return out;
}

const span = (toks: readonly Tok[], sp: SpeakerPhrase): Range => ({
  start: toks[sp.headStart]!.start,
  end: toks[sp.headEnd - 1]!.end,
});

/**
 * Words that open a clause or an adverbial of their own between a subject and a possessive: "moved to
 * tears during his announcement", "has gotten traction with his promise", "is using it to renew its calls".
 */
const CLAUSE_OPENER = new Set(
  "that who whom which when while because if after before since although though as whether where during with without to at on despite amid".split(
    " ",
  ),
);
/** The subject pronouns a possessive agrees with; any name or description agrees with the third persons. */
const AGREES: Record<string, string[]> = {
  his: ["he"],
  her: ["she"],
  its: ["it"],
  their: ["they"],
  my: ["i"],
  our: ["we"],
  your: ["you"],
};

/**
 * The subject of the clause a possessive at i sits in, when the possessive is that subject's: the same
 * person ("he ... his", a name ... "his"), no other name between them to be its antecedent, and no
 * clause opening between them.
 */
function possessorSubject(toks: readonly Tok[], i: number): SpeakerPhrase | null {
  const agrees = AGREES[toks[i]!.lower];
  if (!agrees) return null;
  const subj = sentenceSubject(toks, i);
  if (!subj || subj.end > i) return null;
  for (let j = subj.end; j < i; j++) {
    const t = toks[j]!;
    if (t.punct || isQuoteTok(t) || t.cap || CLAUSE_OPENER.has(t.lower)) return null;
  }
  const first = toks[subj.headStart]!.lower;
  if (subj.kind === "pronoun") return agrees.includes(first) ? subj : null;
  if (subj.kind === "relative") return null;
  const third = agrees[0] === "he" || agrees[0] === "she" || agrees[0] === "it" || agrees[0] === "they";
  // a singular possessive's antecedent is a name; "their" may be a description's ("Some of those surveyed")
  // ...or a person's role: "The president revisited his own promise to"
  const lx = lex();
  const headWord = toks[subj.headEnd - 1]!.lower;
  const person = lx.roles.has(headWord) || lx.titles.has(headWord) || lx.speakerNouns.has(headWord);
  return third && (subj.kind === "name" || person || agrees[0] === "they" || agrees[0] === "it") ? subj : null;
}
