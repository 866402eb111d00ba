import type { Range } from "../document/schema.js";
import type { Attribution } from "./attribute.js";
import { lex } from "./lexicon.js";
import type { QuoteSpan } from "./marks.js";
import { nounPhraseLeft, speakerLeft, type SpeakerPhrase } from "./speaker.js";
import { FINAL, isQuoteTok, type Tok } from "./tokens.js";

const DASH = new Set(["–", "—", "-", "--"]);
/** Lowercase words joining a headline's speaker to its audience or place: "Mukasey at RNC:", "Clinton to Planned Parenthood:". */
const LINK = new Set(["at", "to", "on"]);
/** Longest run of a turn past its first sentence, in characters. */
const MAX_TURN = 4000;

/** the most words between a roundup item's dash and its colon: "- More from the Pew report:" */
const ROUNDUP_SOURCE_MAX = 8;

/** Longest item of a list of names: "Jessica Vanden Berg", "D.J. Bettencourt". */
const NAME_WORDS = 4;

/**
 * "Ohio: Ann Lee, Tom Ruiz, Sam Park, ...": three or more comma-separated names after the
 * colon are a roster (a panel's members, a story's contributors), not a statement.
 */
function nameList(toks: readonly Tok[], from: number, to: number): boolean {
  let items = 1;
  let len = 0;
  for (let j = from; j < to; j++) {
    const t = toks[j]!;
    if (t.text === ",") {
      if (len === 0) return false;
      items++;
      len = 0;
    } else if (t.text === "." || t.text === "-" || (t.lower === "and" && len === 0)) continue;
    else if (t.punct || !t.cap || ++len > NAME_WORDS) return false;
  }
  return items >= 3 && len > 0;
}

/** The most words after the colon of a section heading: "Jones: A late surge", "Smith: Hold on". */
const HEADING_WORDS_MAX = 6;

/** A paragraph that opens on a name and a colon: a transcript's turn. */
const TURN_OPEN = /^["“]?\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}:/u;

/**
 * The paragraph next to [from, to) on one side, trimmed; "" at the text's edge. Walks out line by line from
 * the range, so a transcript of many short turns is not split whole once per turn.
 */
function neighbour(text: string, from: number, to: number, before: boolean): string {
  if (before) {
    let end = from > 0 ? text.lastIndexOf("\n", from - 1) : -1;
    while (end > 0) {
      const nl = text.lastIndexOf("\n", end - 1);
      const para = text.slice(nl + 1, end).trim();
      if (para) return para;
      end = nl;
    }
    return "";
  }
  let start = text.indexOf("\n", to);
  while (start >= 0) {
    const nl = text.indexOf("\n", start + 1);
    const para = text.slice(start + 1, nl < 0 ? text.length : nl).trim();
    if (para) return para;
    start = nl;
  }
  return "";
}

/**
 * "Jones: A late surge." standing alone between paragraphs of prose below the headline: a section
 * heading names the part's subject, and its few words are the writer's, not a turn of that person's. A
 * transcript's short turn ("LEE: Right.") has other turns beside it; the headline is the text's
 * first line and keeps its colon.
 */
function sectionHeading(text: string, range: Range, paraEnd: number, words: number): boolean {
  if (range.start === 0 || words > HEADING_WORDS_MAX) return false;
  if (text.slice(range.end, paraEnd).trim()) return false;
  return (
    !TURN_OPEN.test(neighbour(text, range.start, paraEnd, true)) &&
    !TURN_OPEN.test(neighbour(text, range.start, paraEnd, false))
  );
}

/**
 * "MORALES: So here is the thing ..." / "Ruth Baxter: A Season of Second Chances": a name and a colon opening a
 * paragraph (transcripts, headlines) attribute what follows to that name.
 */
export function speakerColon(toks: readonly Tok[], range: Range, text: string): Omit<Attribution, "sentence"> | null {
  const lx = lex();
  let i = 0;
  if (isQuoteTok(toks[0])) i = 1;
  // "EXCLUSIVE – Roger Stone: ...": a label and a dash before the name
  if (lx.labels.has(toks[i]?.lower ?? "") && DASH.has(toks[i + 1]?.text ?? "")) i += 2;
  const startTok = i;
  // "Alex Seitz-Wald:", "Rep. Trey Gowdy:": hyphens and abbreviation stops inside the name;
  // "Former AG Mukasey at RNC:", "Clinton to Planned Parenthood:": a headline's speaker and audience
  const inName = (t: Tok) =>
    (!t.punct && t.cap) ||
    ((t.text === "-" || t.text === ".") && i > startTok) ||
    (LINK.has(t.text) && i > startTok && !!toks[i + 1]?.cap);
  while (i < toks.length && i - startTok < 6 && inName(toks[i]!)) i++;
  const c = toks[i];
  if (!c || c.text !== ":" || i === startTok || i + 1 >= toks.length) return null;
  if (toks.slice(startTok, i).some((t) => lx.labels.has(t.lower))) return null;
  const lineStart =
    range.start === 0 || /\n\s*$/.test(text.slice(Math.max(0, range.start - 3), range.start)) || startTok === 1;
  if (!lineStart) return null;
  let e = toks.length;
  while (e > i + 1 && FINAL.has(toks[e - 1]!.text)) e--;
  // "Clinton: 547." is a tally, not speech: the content must say something
  let words = 0;
  for (let w = i + 1; w < e; w++) if (!toks[w]!.punct && !/^\d/.test(toks[w]!.text)) words++;
  if (words < 3 || nameList(toks, i + 1, e)) return null;
  const head = { start: toks[startTok]!.start, end: toks[i - 1]!.end };
  // A transcript turn runs to the end of its paragraph: "FALLIN: I think ... I trust him with his words."
  let end = toks[e - 1]!.end;
  const para = text.indexOf("\n", range.end);
  const paraEnd = para < 0 ? text.length : para;
  if (sectionHeading(text, range, paraEnd, words)) return null;
  if (paraEnd > range.end && paraEnd - range.end < MAX_TURN) {
    let j = paraEnd;
    while (j > range.end && /\s/.test(text[j - 1]!)) j--;
    if (j > range.end) end = j;
  }
  return {
    content: { start: toks[i + 1]!.start, end },
    cue: { start: c.start, end: c.end },
    speaker: {
      span: head,
      head,
      kind: i - startTok === 1 && toks[startTok]!.text.length === 1 ? "description" : "name",
    },
  };
}

/**
 * "Cruz called them on it: “The questions ...”", "The headline reads: “...”", "Pollak reported ...:" over
 * a quoted paragraph: a clause with a subject and a predicate, ending in a colon that opens a quote,
 * attributes the quote to its subject. `subject` finds the clause's subject before a token index.
 */
export function colonIntro(
  toks: readonly Tok[],
  quotes: readonly QuoteSpan[],
  text: string,
  subject: (toks: readonly Tok[], before: number) => SpeakerPhrase | null,
): { content: Range; cue: Range; speaker: SpeakerPhrase } | null {
  let c = -1;
  for (let i = 2; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.text !== ":") continue;
    if (quotes.some((q) => q.start < t.start && t.end < q.end)) return null;
    c = i;
    break;
  }
  if (c < 0) return null;
  const colon = toks[c]!;
  // the quote opens right after the colon, or opens the next paragraph when the colon ends this one
  const q = quotes.find((x) => {
    if (x.start < colon.end || x.start - colon.end > 8) return false;
    const gap = text.slice(colon.end, x.start);
    return /^\s*$/.test(gap) && (x.start - colon.end <= 2 || (c === toks.length - 1 && gap.includes("\n")));
  });
  if (!q) return null;
  let sp = subject(toks, c);
  // "The New York Times reports:": the subject reader took the verb for a noun ("reports")
  if (sp && sp.end >= c && c - 1 > sp.start && !toks[c - 1]!.cap) sp = speakerLeft(toks, c - 1);
  if (!sp || sp.end > c) return null;
  // "Polls missed the late swing - More from Ann Lee:": in a roundup a dash closes the headline of an
  // item, and the phrase between it and the colon names whose words follow
  let d = c - 1;
  while (d > sp.end && c - d <= ROUNDUP_SOURCE_MAX && !DASH.has(toks[d]!.text)) d--;
  if (d > sp.end && DASH.has(toks[d]!.text) && d + 1 < c) {
    // read from the dash on: a hyphen inside a name would carry the phrase back into the headline
    const np = nounPhraseLeft(toks, c - 1, d + 1);
    if (np && (np.hasCap || np.strong)) {
      const speaker: SpeakerPhrase = {
        start: np.start,
        end: c,
        headStart: np.start,
        headEnd: c,
        kind: np.hasCap ? "name" : "description",
      };
      return { content: { start: q.start, end: q.end }, cue: { start: colon.start, end: colon.end }, speaker };
    }
  }
  // a predicate between the subject and the colon: "Kerry:" alone is a transcript turn, read elsewhere
  let words = 0;
  for (let i = sp.end; i < c; i++) if (!toks[i]!.punct && !toks[i]!.cap) words++;
  if (words === 0) {
    // 'Former secretary of state Ann Wells: “...”': a transcript turn whose speaker holds a lowercase
    // office, which the turn reader's capitalized names do not cover; the colon is the cue
    if (sp.start !== 0 || sp.end !== c) return null;
    return { content: { start: q.start, end: q.end }, cue: { start: colon.start, end: colon.end }, speaker: sp };
  }
  return { content: { start: q.start, end: q.end }, cue: { start: toks[sp.end]!.start, end: colon.end }, speaker: sp };
}
