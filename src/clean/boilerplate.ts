import type { Boilerplate } from "../document/schema.js";
import { loadData } from "../util/data.js";
import { isByline, isStamp } from "./stamps.js";

interface RuleSpec {
  id: string;
  pattern: string;
  note: string;
  /** tested on lines of any length (a photo gallery scraped onto one line); the pattern must stay linear */
  anyLength?: boolean;
  /** "headline": the next non-empty line is a link headline when it reads as one (see `readsAsHeadline`) */
  then?: "headline";
  /** "match": only the matched text is marked (a credit closing a caption whose sentence stays news) */
  mark?: "line" | "match";
  /** the pattern tells names and credits by their capitals, so case matters */
  caseSensitive?: boolean;
}

interface Rule {
  id: string;
  re: RegExp;
  anyLength: boolean;
  then: "headline" | null;
  matchOnly: boolean;
}

interface Rules {
  list: Rule[];
  /**
   * Whether any rule matches a line (of any length, or only of a short one): all patterns in one
   * alternation per case setting, so that a line of news, which none matches, costs two tests.
   * The patterns use no backreferences, so that joined they match where one of them does.
   */
  any: RegExp[];
  short: RegExp[];
}

let compiled: Rules | null = null;

function joined(specs: RuleSpec[]): RegExp[] {
  return [false, true].flatMap((cs) => {
    const ps = specs.filter((r) => (r.caseSensitive ?? false) === cs).map((r) => `(?:${r.pattern})`);
    return ps.length ? [new RegExp(ps.join("|"), cs ? "" : "i")] : [];
  });
}

function rules(): Rules {
  if (compiled) return compiled;
  const specs = loadData<{ rules: RuleSpec[] }>("clean/boilerplate.json").rules;
  compiled = {
    list: specs.map((r) => ({
      id: r.id,
      re: new RegExp(r.pattern, r.caseSensitive ? "" : "i"),
      anyLength: r.anyLength ?? false,
      then: r.then ?? null,
      matchOnly: r.mark === "match",
    })),
    any: joined(specs.filter((r) => r.anyLength)),
    short: joined(specs),
  };
  return compiled;
}

/** Lines this long are article text, not furniture; skipping them also bounds regex cost. */
const MAX_LINE = 400;
/** A link headline is short. */
const MAX_HEADLINE = 150;

/**
 * A headline after "RELATED:" or "ALSO:" is short and ends without a period; a body sentence that
 * happens to follow such a label ends with one and is kept.
 */
function readsAsHeadline(line: string): boolean {
  return line.length <= MAX_HEADLINE && !/[.:;,]["'”’)]?$/.test(line);
}

interface Line {
  start: number;
  end: number;
}

/** The trimmed, non-empty lines of `text`, as offsets. */
function lines(text: string): Line[] {
  const out: Line[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let s = lineStart;
    let e = lineEnd;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
    lineStart = lineEnd + 1;
  }
  return out;
}

/**
 * Marks each line of page furniture as a boilerplate span. Offsets index the original text, so
 * nothing is cut: later stages skip these spans instead.
 */
export function findBoilerplate(text: string): Boilerplate[] {
  const out: Boilerplate[] = [];
  const { list, any, short } = rules();
  const ls = lines(text);
  for (let i = 0; i < ls.length; i++) {
    const { start: s, end: e } = ls[i]!;
    const long = e - s > MAX_LINE;
    const line = text.slice(s, e);
    const r = (long ? any : short).some((re) => re.test(line))
      ? list.find((r) => (r.anyLength || !long) && r.re.test(line))
      : undefined;
    if (!r) {
      const stamp = long ? null : isStamp(line) ? "stamp" : isByline(line) ? "byline" : null;
      if (stamp) out.push({ start: s, end: e, text: line, rule: stamp });
      continue;
    }
    if (r.matchOnly) {
      const m = r.re.exec(line)!;
      const ms = s + m.index;
      const me = ms + m[0].trimEnd().length;
      if (me > ms) out.push({ start: ms, end: me, text: text.slice(ms, me), rule: r.id });
      continue;
    }
    out.push({ start: s, end: e, text: line, rule: r.id });
    const next = ls[i + 1];
    if (r.then === "headline" && next && readsAsHeadline(text.slice(next.start, next.end))) {
      out.push({ start: next.start, end: next.end, text: text.slice(next.start, next.end), rule: r.id });
      i++;
    }
  }
  return withStrayHeadlines(text, ls, withDoubledCards(text, ls, out));
}

/** A paragraph of story text closes its last sentence. */
const SENTENCE_END = /[.!?]["'”’)]?$/;
/** Words too common to tell one story from another. */
const FUNCTION_WORDS = new Set(
  "a an the and or but of in on at to for with from by as after before over into out up off near than that this these those who which what when where while is are was were be been being has have had will would can could may might its his her their our your he she it they we you not no".split(
    " ",
  ),
);
const PARAGRAPH_BREAK = /\n[^\S\n]*\n/;
/** A link headline has a subject, a verb and a place or time: a few words at least. */
const MIN_HEADLINE_WORDS = 5;
const MAX_STRAY_HEADLINE = 120;
/** Of a related story's headline, nearly every content word is new to the article. */
const MIN_NEW_SHARE = 0.8;
const MIN_CONTENT_WORDS = 4;

function contentWords(s: string): string[] {
  return (s.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).filter((w) => !FUNCTION_WORDS.has(w));
}

/**
 * Marks the headline of another story printed between two paragraphs of this one with no label
 * before it ('Retired firefighter stabbed outside bowling alley'): a short line closing no
 * sentence, between lines that close theirs, whose content words the rest of the article almost
 * never uses. A subhead of the story itself ('Girl taken to hospital with arm wound')
 * reuses the article's words, and the article's own headline and lead come before any body line.
 */
function withStrayHeadlines(text: string, ls: Line[], out: Boilerplate[]): Boilerplate[] {
  const lineText = (l: Line) => text.slice(l.start, l.end);
  let added = false;
  let vocabulary: Set<string> | null = null;
  for (let i = 1; i < ls.length; i++) {
    const l = ls[i]!;
    const line = lineText(l);
    // a closing quote mis-decoded as a C1 control ('\x94') still closes a sentence; so does one inside
    if (line.length > MAX_STRAY_HEADLINE || /[.:;,!?"“”)\u0080-\u009f]$|["“”]|[.!?]\S?\s+[A-Z]/u.test(line)) continue;
    if (line.split(/\s+/).length < MIN_HEADLINE_WORDS || !/^[\p{Lu}\p{N}]/u.test(line)) continue;
    // the last line, a link after the story's end, has only a paragraph before it
    const prev = ls[i - 1]!;
    const next = ls[i + 1];
    if (!SENTENCE_END.test(lineText(prev)) || (next && !SENTENCE_END.test(lineText(next)))) continue;
    // a paragraph of its own: a text wrapped at a fixed width breaks sentences with single newlines
    if (!PARAGRAPH_BREAK.test(text.slice(prev.end, l.start))) continue;
    if (next && !PARAGRAPH_BREAK.test(text.slice(l.end, next.start))) continue;
    if (out.some((b) => b.start < l.end && l.start < b.end)) continue;
    const words = contentWords(line);
    if (words.length < MIN_CONTENT_WORDS) continue;
    if (!vocabulary) {
      // the words of two lines or more: counted once a line, so a word of this line is among them
      // only when another line uses it too
      vocabulary = new Set();
      const counts = new Map<string, number>();
      for (const other of ls)
        for (const w of new Set(contentWords(lineText(other)))) counts.set(w, (counts.get(w) ?? 0) + 1);
      for (const [w, n] of counts) if (n > 1) vocabulary.add(w);
    }
    const own = new Set(words);
    const fresh = [...own].filter((w) => !vocabulary!.has(w)).length;
    if (fresh / own.size < MIN_NEW_SHARE) continue;
    out.push({ start: l.start, end: l.end, text: line, rule: "stray-headline" });
    added = true;
  }
  return added ? out.sort((a, b) => a.start - b.start) : out;
}

/** A teaser carousel prints each card twice in a row (its text, then the same text as the link's title). */
const MIN_DOUBLED_CARDS = 2;
/** A paragraph of story text is at least this long. */
const MIN_STORY_LINE = 80;

/**
 * Marks a run of lines that each come twice in a row ('A teacher was charged ...' twice, then
 * 'Man arrested after chase' twice): the cards of a carousel of other stories, whose deaths must
 * not join the article's event. One doubled line alone may be the story's own summary, so a run
 * of at least two cards is needed.
 */
function withDoubledCards(text: string, ls: Line[], out: Boilerplate[]): Boilerplate[] {
  const lineText = (l: Line) => text.slice(l.start, l.end);
  const found: Line[] = [];
  let i = 0;
  while (i + 1 < ls.length) {
    let j = i;
    while (j + 1 < ls.length && lineText(ls[j]!) === lineText(ls[j + 1]!)) j += 2;
    if ((j - i) / 2 >= MIN_DOUBLED_CARDS) found.push(...ls.slice(i, j));
    i = j > i ? j : i + 1;
  }
  if (found.length === 0) return out;
  // A page whose every paragraph was scraped twice is a story, not a carousel beside one.
  const inRun = new Set(found.map((l) => l.start));
  if (!ls.some((l) => !inRun.has(l.start) && l.end - l.start >= MIN_STORY_LINE)) return out;
  const kept = out.filter((b) => !found.some((l) => l.start <= b.start && b.end <= l.end));
  for (const l of found) kept.push({ start: l.start, end: l.end, text: lineText(l), rule: "doubled-cards" });
  return kept.sort((a, b) => a.start - b.start);
}
