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

export function factContext(text: string, sentence: Range, f: Fact): FactContext {
  const L = lex();
  const s = text.slice(sentence.start, sentence.end);
  const beforeFact = text.slice(sentence.start, f.start);
  return {
    aggregate: L.aggregate.test(s) && f.form !== "multiple",
    history: L.history.test(beforeFact),
    hypothetical: f.rule === "hypothetical",
  };
}
