import { loadData } from "../util/data.js";
import { escapeRegExp } from "../util/regexp.js";

/** data/times/lexicon.json, with the regex alternations built from it once. */
export interface Lexicon {
  months: Record<string, number>;
  weekdays: Record<string, number>;
  units: Record<string, string>;
  numbers: Record<string, number>;
  vague_numbers: string[];
  ordinals: Record<string, number>;
  seasons: Record<string, [number, number]>;
  decades: Record<string, number>;
  refs: Record<"PRESENT_REF" | "PAST_REF" | "FUTURE_REF", string[]>;
  future_cues: string[];
  past_tense_irregular: string[];
  generic_after_today: string[];
  scheduled_verbs: string[];
  /** capitalized, as written after a month's name: "June Drive" */
  street_words: string[];
}

/** Longest first, so an alternation never stops at a prefix ("a" before "a few"). */
export function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/ /g, "\\s+"))
    .join("|");
}

let built: ReturnType<typeof build> | undefined;

function build() {
  const lex = loadData<Lexicon>("times/lexicon.json");
  const tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
  const ones = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
  // A count: digits, a number word, "twenty-four", or a vague quantity ("several"), read as X.
  const numWords = `(?:${tens.join("|")})(?:[- ](?:${ones.join("|")}))?|${alternation(Object.keys(lex.numbers))}`;
  const num = `\\d{1,3}(?:\\.\\d|\\s1/2)?|${numWords}|${alternation(lex.vague_numbers)}`;
  const unit = alternation(Object.keys(lex.units));
  // an abbreviation may carry its period ("Sept."); a full name's period ends the sentence
  const month = `(?:${alternation(Object.keys(lex.months))})(?:(?<=\\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec))\\.)?`;
  const weekday = alternation(Object.keys(lex.weekdays));
  return { lex, num, unit, month, weekday };
}

export function lexicon() {
  return (built ??= build());
}

/** Reads a count matched by `num`: a number, or null for a vague one ("several"). */
export function readNumber(s: string): number | null {
  const { lex } = lexicon();
  const t = s.toLowerCase().replace(/\s+/g, " ").trim();
  if (/^\d+ 1\/2$/.test(t)) return Number(t.slice(0, -4)) + 0.5;
  if (/^\d/.test(t)) return Number(t);
  if (t in lex.numbers) return lex.numbers[t]!;
  const m = /^(\w+)[- ](\w+)$/.exec(t);
  if (m && m[1]! in lex.numbers && m[2]! in lex.numbers) return lex.numbers[m[1]!]! + lex.numbers[m[2]!]!;
  return null;
}

/** Reads a unit word ("years", "decade") to its TimeML letter (Y, DE, ...). */
export function readUnit(s: string): string {
  const { lex } = lexicon();
  const t = s.toLowerCase().replace(/s$/, "");
  return lex.units[t] ?? lex.units[t.replace(/ie$/, "y")] ?? "X";
}

export function readMonth(s: string): number | null {
  return lexicon().lex.months[s.toLowerCase().replace(/\.$/, "")] ?? null;
}
