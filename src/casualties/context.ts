/**
 * What a casualty fact's sentence says about it: a cumulative total ("has suffered over 400 casualties
 * since ..."), a historical comparison ("comparing the clashes to the Battle of Karbala, in which the
 * Imam Hussein died"), or a threat ("would be killed"). Only the first stays a casualty, flagged.
 */
import type { Range } from "../document/schema.js";
import type { Fact } from "./facts.js";
import { lex } from "./lexicon.js";

export interface FactContext {
  aggregate: boolean;
  history: boolean;
  hypothetical: boolean;
}

/** A sentence naming an earlier year ("In December 2012, 20 children ... were killed") tells history. */
function pastYear(s: string, published: string | null): boolean {
  if (!published) return false;
  const year = Number(published.slice(0, 4));
  for (const m of s.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)) if (Number(m[1]) < year) return true;
  return false;
}

export function factContext(text: string, sentence: Range, f: Fact, published: string | null = null): FactContext {
  const L = lex();
  const s = text.slice(sentence.start, sentence.end);
  const beforeFact = text.slice(sentence.start, f.start);
  // a total is cumulative when its own clause says so ("has suffered ... since"), not a neighbouring one
  // "..., two fatally" belongs to the clause before it
  const from = f.form === "fatally" ? sentence.start : Math.max(sentence.start, text.lastIndexOf(",", f.start) + 1);
  const comma = text.indexOf(",", f.end);
  const to = comma >= 0 && comma < sentence.end ? comma : sentence.end;
  // "Two teens died in separate incidents": a count across incidents is no incident's toll
  const aggregate =
    (L.aggregate.test(text.slice(from, to)) || /\bseparate\s{1,3}(?:incidents|shootings|attacks|cases)\b/i.test(s)) &&
    f.form !== "multiple";
  return {
    aggregate,
    history: L.history.test(beforeFact) || (!aggregate && pastYear(s, published)),
    hypothetical: f.rule === "hypothetical",
  };
}
