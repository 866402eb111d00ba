import type { Range } from "../document/schema.js";
import { loadData } from "../util/data.js";
import { lex } from "./lexicon.js";
import { isQuoteTok, type Tok } from "./tokens.js";

interface SurveyFile {
  nouns: string[];
}
let nouns: Set<string> | null = null;

/** "poll", "study", "report": a noun of data/quotes/surveys.json. */
export function surveyNoun(w: string): boolean {
  nouns ??= new Set(loadData<SurveyFile>("quotes/surveys.json").nouns);
  return nouns.has(w);
}

/** Longest opening phrase, in tokens, before its comma. */
const MAX_PHRASE = 16;
const FINAL = new Set([".", "!", "?", ",", ";"]);

/**
 * "In a state survey published Friday, 41 percent of voters chose the incumbent": a poll, study or
 * document opening the sentence after "In" is the source of the clause after its comma. The clause
 * must hold no cue of its own ("In a statement, the ministry said ..." has its speaker already).
 */
export function surveyFrame(toks: readonly Tok[]): { content: Range; cue: Range; source: Range } | null {
  const opening = surveyOpening(toks);
  if (!opening) return null;
  const { a, c } = opening;
  let e = toks.length;
  while (e > c + 1 && FINAL.has(toks[e - 1]!.text)) e--;
  if (e - (c + 1) < 3) return null;
  const lx = lex();
  for (let i = c + 1; i < e; i++) {
    const t = toks[i]!;
    // "percentage points" is no "point out": a phrasal cue counts only with its particle
    const forms = t.cap ? undefined : lx.cues.get(t.lower);
    if (forms?.some((f) => f.rest.every((w, j) => toks[i + 1 + j]?.lower === w))) return null;
    if (t.lower === "according" || t.text === ":") return null;
  }
  return {
    content: { start: toks[c + 1]!.start, end: toks[e - 1]!.end },
    cue: { start: toks[a]!.start, end: toks[a]!.end },
    source: { start: toks[a + 1]!.start, end: toks[c - 1]!.end },
  };
}

/** "In a state survey published Friday,": the token indexes of "In" (a) and of the comma closing the phrase (c). */
function surveyOpening(toks: readonly Tok[]): { a: number; c: number } | null {
  nouns ??= new Set(loadData<SurveyFile>("quotes/surveys.json").nouns);
  let a = 0;
  while (a < toks.length && toks[a]!.punct && !isQuoteTok(toks[a])) a++;
  if (toks[a]?.lower !== "in") return null;
  let c = a + 1;
  let noun = false;
  while (c < toks.length && c - a <= MAX_PHRASE && toks[c]!.text !== ",") {
    if (nouns.has(toks[c]!.lower)) noun = true;
    if (isQuoteTok(toks[c])) return null;
    c++;
  }
  if (!noun || c >= toks.length || c === a + 1) return null;
  return { a, c };
}

/** Words that may come before a share: "just 8 percent", "about a third". */
const SHARE_HEDGE = new Set(["just", "only", "about", "nearly", "almost", "roughly", "some", "fewer", "more", "than"]);
const NUMBER_WORD =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?$/;

/**
 * "In a state survey published Friday, 41 percent of voters said ...": the share of respondents
 * speaks only through the survey, which PolNeAR takes as the source of what they said. The survey
 * phrase, and the range of the share phrase's opening words a speaker found there starts in.
 */
export function surveyRespondents(toks: readonly Tok[]): { source: Range; share: Range } | null {
  const opening = surveyOpening(toks);
  if (!opening) return null;
  const { a, c } = opening;
  let i = c + 1;
  while (i < toks.length && i - c <= 4 && SHARE_HEDGE.has(toks[i]!.lower)) i++;
  // "41", "sixty-seven" (which may come as three tokens)
  let j = i;
  if (/^\d[\d.,]*$/.test(toks[j]?.text ?? "")) j++;
  else while (j < toks.length && j - i < 3 && (NUMBER_WORD.test(toks[j]!.lower) || toks[j]!.text === "-")) j++;
  const unit = toks[j]?.lower;
  if (j === i || (unit !== "percent" && unit !== "%")) return null;
  return {
    source: { start: toks[a + 1]!.start, end: toks[c - 1]!.end },
    share: { start: toks[c + 1]!.start, end: toks[j]!.end },
  };
}
