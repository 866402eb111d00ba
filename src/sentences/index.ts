import type { Range, Token } from "../document/schema.js";
import type { Stage } from "../document/stage.js";
import { loadData } from "../util/data.js";
import { overlapsAny, trimRange } from "../util/ranges.js";
import { readDoc, wink } from "./wink.js";
import { escapeRegExp } from "../util/regexp.js";

/**
 * wink-nlp keeps every character: token values plus their preceding spaces rebuild the input, so
 * offsets are a running sum. A defensive search covers any token whose value differs from the source.
 */
/** Longer runs without a space are not words (base64, URLs gone wrong, padding). */
const MAX_RUN = 64;
const LONG_RUN = new RegExp(`\\S{${MAX_RUN + 1},}`, "g");
const RUN_PIECE = new RegExp(`(\\S{${MAX_RUN - 1}})\\S`, "g");

/**
 * wink-nlp's tokenizer is quadratic in the length of a run without spaces (a 50,000-character run costs
 * seconds). Such runs get a space every MAX_RUN characters in the copy wink reads; the copy has the same
 * length, so offsets still index the original, and token text is always sliced from the original.
 */
function breakLongRuns(text: string): string {
  return hasLongRun(text) ? text.replace(LONG_RUN, (run) => run.replace(RUN_PIECE, "$1 ")) : text;
}

/**
 * Whether LONG_RUN could match, in one pass over the characters (the regex tries every start of every
 * word). Only ASCII spaces end a run here: other spaces make it say yes more often, never no wrongly.
 */
function hasLongRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) run = 0;
    else if (++run > MAX_RUN) return true;
  }
  return false;
}

function tokenize(original: string): { tokens: Token[]; sentenceTokenSpans: [number, number][] } {
  const text = breakLongRuns(original);
  const doc = readDoc(text);
  const its = wink().its;
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const types = doc.tokens().out(its.type) as string[];
  const tokens: Token[] = [];
  let pos = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    let start = pos + spaces[i]!.length;
    if (text.startsWith(v, start) === false) {
      const found = text.indexOf(v, pos);
      start = found >= 0 ? found : start;
    }
    const end = Math.min(text.length, start + v.length);
    // -1 until the sentences are known: the stage then sets it on this same token
    tokens.push({ start, end, text: original.slice(start, end), kind: types[i]!, sentence: -1 });
    pos = end;
  }
  const sentenceTokenSpans: [number, number][] = [];
  doc.sentences().each((s: { out(f: unknown): unknown }) => {
    sentenceTokenSpans.push(s.out(its.span) as unknown as [number, number]);
  });
  return { tokens, sentenceTokenSpans };
}

/** Splits a character range at line breaks: a paragraph or headline never runs into the next one. */
function splitLines(text: string, r: Range): Range[] {
  const out: Range[] = [];
  let s = r.start;
  for (let i = r.start; i < r.end; i++) {
    if (text.charCodeAt(i) === 10) {
      const t = trimRange(text, s, i);
      if (t.end > t.start) out.push(t);
      s = i + 1;
    }
  }
  const t = trimRange(text, s, r.end);
  if (t.end > t.start) out.push(t);
  return out;
}

/**
 * No news sentence runs past a few hundred characters; a longer one is a list, a table or junk without
 * stops. Cutting it at a space every MAX_SENTENCE characters bounds what each later stage spends on one
 * sentence, whatever its algorithms' cost in sentence length.
 */
const MAX_SENTENCE = 1500;

function capLength(text: string, r: Range): Range[] {
  if (r.end - r.start <= MAX_SENTENCE) return [r];
  const out: Range[] = [];
  let start = r.start;
  while (r.end - start > MAX_SENTENCE) {
    let cut = text.lastIndexOf(" ", start + MAX_SENTENCE);
    if (cut <= start) cut = start + MAX_SENTENCE;
    const piece = trimRange(text, start, cut);
    if (piece.end > piece.start) out.push(piece);
    start = cut;
  }
  const last = trimRange(text, start, r.end);
  if (last.end > last.start) out.push(last);
  return out;
}

/** More "(" than ")": the piece stops inside a parenthesis ("(D-S." of "(D-S.C.)"). */
function openParen(piece: string): boolean {
  let depth = 0;
  for (let i = 0; i < piece.length; i++) {
    const c = piece.charCodeAt(i);
    depth += c === 40 ? 1 : c === 41 ? -1 : 0;
  }
  return depth > 0;
}

/**
 * Title abbreviations the splitter takes for a sentence end ("the Rev. Omar Haddad", "Sens. Ivan Petrenko
 * and Olena Kovalenko", "Adm. Ali Reza"): found by running it on each; the ones it knows ("Sen.", "Gov.",
 * "Dr.", "Lt.") are left out. A title stands before a name, so a capital after it starts no sentence.
 */
const UNKNOWN_TITLE =
  /(?:^|[\s(“"-])(?:Rev|Msgr|Fr|Sens|Reps|Govs|Gens|Pres|Amb|Adm|Cmdr|Maj|Cpl|Pvt|Spc|Sgts|Supt|Atty|Insp|Det|Drs|Profs)\.$/;

/**
 * Breaks the splitter makes after abbreviations it does not know: a news sentence does not begin with a
 * lowercase word ("of the 3rd Bn. arrived on Feb. 3"; "Durbin (D-Ill.) said"), and it does not end inside
 * a parenthesis ("Clyburn (D-S.C.) agreed"). Pieces on one line that break this are one sentence.
 */
function mergeFalseBreaks(text: string, pieces: Range[]): Range[] {
  const out: Range[] = [];
  for (let p of pieces) {
    const prev = out[out.length - 1];
    // wink splits a closing '' between its two apostrophes ("impartial.'" | "' He added"): the second
    // one closes the sentence before
    if (prev && prev.end === p.start && text.charCodeAt(p.start) === 39 && text.charCodeAt(p.start - 1) === 39) {
      out[out.length - 1] = { start: prev.start, end: p.start + 1 };
      p = trimRange(text, p.start + 1, p.end);
      if (p.end <= p.start) continue;
      out.push(p);
      continue;
    }
    const sameLine = prev !== undefined && !text.slice(prev.end, p.start).includes("\n");
    const before = prev ? text.slice(prev.start, prev.end) : "";
    const c = text.charCodeAt(p.start);
    // ("Stop!" the officer shouted; "Why?" she asked: an exclamation or a question before a lowercase word
    // is quoted inside the sentence it stands in)
    const lowercaseAfterStop = c >= 97 && c <= 122 && /[.!?][)”"’']?$/.test(before);
    // "then-Sen. Barack Obama", "ex-Gov. Ivan Petrenko": a title abbreviation joined to "then"/"ex" is
    // unknown to the splitter, and a name follows it
    const titleAfterPrefix =
      /\b(?:then|ex)-[A-Z][a-z]{1,3}\.$/.test(before) || (UNKNOWN_TITLE.test(before) && c >= 65 && c <= 90);
    if (
      prev &&
      sameLine &&
      (lowercaseAfterStop ||
        titleAfterPrefix ||
        exclaimedName(before) ||
        (openParen(before) && !before.startsWith("(")))
    ) {
      out[out.length - 1] = { start: prev.start, end: p.end };
    } else {
      out.push(p);
    }
  }
  return out;
}

/** "He told Yahoo! News": a name whose own spelling ends in "!" (data/sentences/exclaimed-names.json) ends no sentence. */
let exclaimed: RegExp | undefined;
function exclaimedName(before: string): boolean {
  exclaimed ??= new RegExp(
    `(?:^|[\\s(“"])(?:${loadData<{ names: string[] }>("sentences/exclaimed-names.json")
      .names.map(escapeRegExp)
      .join("|")})$`,
  );
  return exclaimed.test(before);
}

/**
 * AP style's state and province abbreviations ("a farmer from Tulsa, Okla." may end a sentence), the places
 * stage's list (data/places/regions.json), without their stop.
 */
let stateAbbreviations: Set<string> | undefined;
function isStateAbbreviation(word: string): boolean {
  stateAbbreviations ??= new Set(
    Object.keys(loadData<{ abbreviations: Record<string, string> }>("places/regions.json").abbreviations).map((a) =>
      a.replace(/\.$/, ""),
    ),
  );
  return stateAbbreviations.has(word);
}

/**
 * Stops the splitter reads as an abbreviation's when a quote opens after them: '... he shook his head no.
 * "We will stay ..."', '... a farmer from Tulsa, Okla. "It is over ..."'. A lowercase word or a state's
 * abbreviation before the stop ends the sentence; an initial ('Rep. Ivan C. "Vanya" Petrenko') does not.
 */
function splitBeforeQuotes(text: string, r: Range): Range[] {
  const piece = text.slice(r.start, r.end);
  const out: Range[] = [];
  let start = r.start;
  const re = /(^|\s)(\S+)\.(\s+)(?=(?:["“]|'')[A-Z])/g;
  for (let m = re.exec(piece); m; m = re.exec(piece)) {
    const word = m[2]!;
    if (!/^[a-z]{2,}$/.test(word) && !isStateAbbreviation(word.replace(/^[(,]/, ""))) continue;
    const cut = r.start + m.index + m[0].length;
    out.push(trimRange(text, start, cut));
    start = cut;
  }
  out.push(trimRange(text, start, r.end));
  return out.filter((x) => x.end > x.start);
}

/** Sentences and tokens of the article body: boilerplate lines and the dateline are left out. */
export const sentences: Stage = {
  name: "sentences",
  run(doc) {
    const { text } = doc;
    const { tokens: raw, sentenceTokenSpans } = tokenize(text);
    const skip: Range[] = [...doc.boilerplate];
    const body: Range[] = [];
    for (const [a, b] of sentenceTokenSpans) {
      const first = raw[a];
      const last = raw[b];
      if (!first || !last) continue;
      for (let piece of splitLines(text, { start: first.start, end: last.end })) {
        if (overlapsAny(piece, skip)) continue;
        if (doc.dateline && piece.start < doc.dateline.end && piece.end > doc.dateline.end) {
          piece = trimRange(text, doc.dateline.end, piece.end);
          if (piece.end <= piece.start) continue;
        }
        body.push(piece);
      }
    }
    body.sort((x, y) => x.start - y.start);
    const merged = mergeFalseBreaks(text, body)
      .flatMap((r) => splitBeforeQuotes(text, r))
      .flatMap((r) => capLength(text, r));
    const tokens: Token[] = [];
    let si = 0;
    for (const t of raw) {
      while (si < merged.length && merged[si]!.end <= t.start) si++;
      const s = merged[si];
      // the token itself is kept, not copied: nothing else holds it
      if (s && s.start <= t.start && t.end <= s.end) {
        t.sentence = si;
        tokens.push(t);
      }
    }
    return { ...doc, sentences: merged, tokens };
  },
};
