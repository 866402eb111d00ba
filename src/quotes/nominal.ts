import type { Range } from "../document/schema.js";
import type { Attribution } from "./attribute.js";
import { finiteAuxiliary } from "./boundary.js";
import { lex } from "./lexicon.js";
import { sentenceSubject, type SpeakerPhrase } from "./speaker.js";
import { isQuoteTok, type Tok } from "./tokens.js";

const END = new Set([",", ".", ";", ":", "!", "?", "—", "(", ")"]);
const CLAUSE_END = new Set([".", ";", "!", "?"]);

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
    if (t.cap || inQuote(t)) continue;
    const preps = lx.nominal.get(t.lower);
    // "Her answer was that ...", "Their fear is that ...": the copula joins the noun to its content
    const copula = lx.copularNouns.has(t.lower) ? copulaThat(toks, k + 1) : 0;
    // "claims by rival groups that the vote was rigged": the agent after "by" holds the stance of a noun
    // whose content is a that-clause, with or without a possessor before the noun
    if (!copula && preps?.includes("that") && toks[k + 1]!.lower === "by") {
      const agent = byAgent(toks, k + 2);
      if (agent && !finiteVerb(toks[agent.end + 1])) {
        const from = agent.end;
        let e = from;
        while (e < toks.length && !END.has(toks[e]!.text)) e++;
        if (e > from) {
          const head = span(toks, agent);
          out.push({
            content: { start: toks[from]!.start, end: toks[e - 1]!.end },
            cue: { start: t.start, end: t.end },
            speaker: { span: head, head, kind: agent.kind },
            sentence,
          });
          continue;
        }
      }
    }
    // the complement word may follow an adjective-free noun only: "criticism of", not "criticism in"
    const p = toks[copula || k + 1]!;
    if (!copula && !preps?.includes(p.lower)) continue;
    // the possessor: "his", or a name ending in 's
    let head: Range | null = null;
    let kind: "pronoun" | "name" | "description" = "pronoun";
    let i = k - 1;
    // one adjective may sit between: "his harsh criticism of"; before a copula, an adjective and the
    // degree word before it: "his most surprising suggestion was that"
    const modifier = (j: number) => {
      const t = toks[j]!;
      return !t.punct && !t.cap && !lx.possessives.has(t.lower) && !possessiveMark(toks, j);
    };
    if (i >= 1 && modifier(i)) i--;
    if (copula && i >= 1 && modifier(i)) i--;
    const w = toks[i]!;
    if (lx.possessives.has(w.lower)) head = { start: w.start, end: w.end };
    else if (possessiveMark(toks, i) && i >= 1 && toks[i - 1]!.cap) {
      let s = i - 1;
      // a capitalised word opening the sentence may be a preposition or conjunction: "After Petrenko's"
      while (s > 0 && toks[s - 1]!.cap && !toks[s - 1]!.punct && !lx.functionWords.has(toks[s - 1]!.lower) && i - s < 4)
        s--;
      head = { start: toks[s]!.start, end: toks[i - 1]!.end };
      kind = "name";
    } else if (copula && possessiveMark(toks, i) && i >= 2) {
      // "the minister's point", "the Obama administration's hopes": a noun phrase its determiner opens
      const s = describedPossessor(toks, i);
      if (s >= 0) {
        head = { start: toks[s]!.start, end: toks[i - 1]!.end };
        kind = "description";
      }
    }
    if (!head) continue;
    // "suggests that Kyiv's best argument is that ...": a copular stance inside a reported that-clause is
    // the outer speaker's words, and PolNeAR does not nest it
    if (copula && toks.some((x) => x.end <= head.start && x.lower === "that")) continue;
    // "Rural Democrats have been harsh in their criticism of": the clause's subject holds the stance
    const subject = kind === "pronoun" ? possessorSubject(toks, i) : null;
    const speaker = subject
      ? { span: span(toks, subject), head: span(toks, subject), kind: subject.kind }
      : { span: head, head, kind };
    const from = copula || (p.lower === "that" ? k + 1 : k + 2);
    // "his statements that fired them up": a "that" the verb follows at once opens a relative clause
    // about the noun, not its content
    if (toks[from]?.lower === "that" && finiteVerb(toks[from + 1])) continue;
    let e = from;
    // a that-clause after a copula is the sentence's predicate and runs on past its commas
    const end = copula ? CLAUSE_END : END;
    while (
      e < toks.length &&
      !end.has(toks[e]!.text) &&
      !(!copula && isQuoteTok(toks[e]) && e > from && toks[e - 1]!.text === ",")
    )
      e++;
    if (e <= from) continue;
    out.push({
      content: { start: toks[from]!.start, end: toks[e - 1]!.end },
      cue: { start: t.start, end: copula ? toks[copula - 1]!.end : p.lower === "that" ? t.end : p.end },
      speaker,
      sentence,
    });
  }
  return out;
}

/**
 * Whether token i marks a possessive: "'s", or a bare apostrophe closing a name that ends in "s"
 * ("Sanders’ criticism", "the Democrats' calls"), written against the name with no space.
 */
function possessiveMark(toks: readonly Tok[], i: number): boolean {
  const t = toks[i]!;
  if (t.text === "’s" || t.text === "'s") return true;
  const before = toks[i - 1];
  return (t.text === "’" || t.text === "'") && !!before && before.end === t.start && /s$/i.test(before.text);
}

/** The most words of an agent between "by" and "that": "claims by the state's election officials that". */
const AGENT_WORDS = 6;

/**
 * The agent noun phrase opening at j and closed by "that" ("by intelligence agencies that", "by Ann Ruiz
 * that"): plain words, no punctuation but a possessive's, no word that opens a clause of its own.
 */
function byAgent(toks: readonly Tok[], j: number): SpeakerPhrase | null {
  const lx = lex();
  let e = j;
  while (e < toks.length && toks[e]!.lower !== "that" && e - j < AGENT_WORDS) {
    const t = toks[e]!;
    if (isQuoteTok(t) || (t.punct && t.text !== "’s" && t.text !== "'s")) return null;
    if (CLAUSE_OPENER.has(t.lower) || lx.pronouns.has(t.lower) || lx.cues.has(t.lower)) return null;
    if (lx.functionWords.has(t.lower) && !lx.determiners.has(t.lower)) return null;
    e++;
  }
  if (e === j || toks[e]?.lower !== "that") return null;
  const name = toks[e - 1]!.cap;
  return { start: j, end: e, headStart: j, headEnd: e, kind: name ? "name" : "description" };
}

/** A past or present verb form opening a clause with no subject: "fired", "sent", "seems". */
function finiteVerb(t: Tok | undefined): boolean {
  if (!t || t.cap || t.punct) return false;
  return lex().irregularPast.has(t.lower) || /[a-z]ed$/.test(t.lower) || finiteAuxiliary(t.lower);
}

/** The most words between a possessor's determiner and its "'s": "the state party chairman's". */
const POSSESSOR_WORDS = 4;

/** Where the noun phrase before the "'s" at i opens on "the" or "a", or -1. */
function describedPossessor(toks: readonly Tok[], i: number): number {
  const dets = lex().determiners;
  for (let s = i - 1; s >= 1 && i - s <= POSSESSOR_WORDS; s--) {
    const t = toks[s]!;
    if (t.punct || isQuoteTok(t) || dets.has(t.lower) || lex().possessives.has(t.lower)) return -1;
    const before = toks[s - 1]!;
    if (before.lower === "the" || before.lower === "a" || before.lower === "an") return s - 1;
  }
  return -1;
}

/** Forms of "be" that join a stance noun to its that-clause: "is", "was", "has been", "remains". */
const COPULA = new Set(["is", "was", "remains", "remained"]);

/** The index of the "that" a copula after position j opens ("was that", "has long been that"), or 0. */
function copulaThat(toks: readonly Tok[], j: number): number {
  let i = j;
  if (toks[i]?.lower === "has" || toks[i]?.lower === "had") {
    i++;
    // one adverb may sit in the perfect: "has long been", "has always been"
    if (toks[i] && toks[i]!.lower !== "been" && !toks[i]!.punct) i++;
    if (toks[i]?.lower !== "been") return 0;
  } else if (!COPULA.has(toks[i]?.lower ?? "")) return 0;
  i++;
  return toks[i]?.lower === "that" ? i : 0;
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
