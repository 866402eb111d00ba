/**
 * The quotes stage: who said what. Parsers find quoted stretches (marks.ts), cues and their frames
 * (attribute.ts, with speaker phrases from speaker.ts, colon.ts and nominal.ts); refiners join
 * continued quotes (continuation.ts) and name the speakers (resolve.ts). status.ts then tells, for
 * any span, whether it is asserted by the writer, reported, or only claimed.
 *
 * Conventions follow PolNeAR/PARC: the content keeps its quote marks and a leading "that"; the cue is
 * the reporting verb ("said", "according to", ":"); the speaker's `start`/`end` is the mention at the
 * attribution ("he", "Another Iranian security official", "who") and its `name` the person or body it
 * resolves to ("Ali Shamkhani").
 */
import type { Quote, Range, SitrepDocument } from "../document/schema.js";
import type { Stage } from "../document/stage.js";
import { contains, countBelow, overlapsAny } from "../util/ranges.js";
import { SpanIndex } from "../util/span-index.js";
import { attributeSentence, closeDashAsides, type Attribution, type CueTest } from "./attribute.js";
import { finiteAuxiliary } from "./boundary.js";
import { learnedCue } from "./cue-model.js";
import { signedQuotes } from "./byline.js";
import { evidentialAttributions } from "./evidential.js";
import { joinContinuations } from "./continuation.js";
import { lex } from "./lexicon.js";
import { findQuoteSpans, type QuoteSpan } from "./marks.js";
import { surveyNoun } from "./survey.js";
import { nameSpeakers } from "./resolve.js";
import { evidentialStatus } from "./status.js";
import { sentenceTokens, type Tok } from "./tokens.js";

export { evidentialStatus, type Evidential, type EvidentialStatus } from "./status.js";

const OPEN_MARK = /^(?:[“"]|'')/;
const CLOSE_MARK = /(?:[”"]|'')[.,!?]?$/;

/**
 * Sentences as the attribution rules read them: a piece the splitter cut off after an abbreviation
 * ("Sen. Richard J. Durbin (D-Ill.)" | ", noting ..., said") is put back onto its sentence.
 */
function sentenceUnits(doc: SitrepDocument, toks: Tok[][]): { toks: Tok[]; range: Range; last: number }[] {
  const units: { toks: Tok[]; range: Range; last: number }[] = [];
  doc.sentences.forEach((s, i) => {
    const ts = toks[i]!;
    const first = ts[0];
    const prev = units.at(-1);
    // "(D-S." | "C.), ..." : a single initial is an abbreviation, not a sentence end
    const initial = /^(?:\(?[A-Z]-)?[A-Z]\.$/.test(prev?.toks.at(-1)?.text ?? "");
    const fragment = first && (first.text === "," || first.text === ")" || /^[a-z]/.test(first.text) || initial);
    const sameLine = prev && !doc.text.slice(prev.range.end, s.start).includes("\n");
    if (prev && fragment && sameLine) {
      prev.toks = prev.toks.concat(ts);
      prev.range = { start: prev.range.start, end: s.end };
      prev.last = i;
    } else {
      units.push({ toks: ts, range: { start: s.start, end: s.end }, last: i });
    }
  });
  return units;
}

/** Takes out, in place, the attributions `drop` is true of (the caller's list is the document's). */
function dropWhere(atts: Attribution[], drop: (a: Attribution) => boolean): void {
  const kept = atts.filter((a) => !drop(a));
  atts.splice(0, atts.length, ...kept);
}

/** "saying", "calling it": a cue whose first word is an -ing form */
const opensWithParticiple = (a: Attribution, text: string) =>
  /^[a-z]+ing$/i.test(text.slice(a.cue.start, a.cue.end).split(/\s+/)[0]!);

/** `b` is a reading of `a`'s own words that starts where they start: its cue opens `a`'s content. */
const opensContent = (a: Attribution, b: Attribution) =>
  a !== b && b.cue.start === a.content.start && contains(a.content, b.content);

/**
 * "Most voters say they want change, according to the poll", "“We will win,” she said, according to the
 * transcript": the source after "according to" vouches for the whole clause, speech verbs in it
 * included; PolNeAR makes that one attribution and does not nest the clause's own verb under it. A
 * speaker's colon ("PENCE: Well, I think ...", "Rubio: I Still Believe ...") frames its turn the same way:
 * the verbs inside are the turn's own words.
 */
function dropFramed(atts: Attribution[], text: string): void {
  const phrases = new Set(lex().according.map((p) => p.join(" ")));
  const cueOf = (a: Attribution) => text.slice(a.cue.start, a.cue.end).toLowerCase().replace(/\s+/g, " ");
  const frames = atts.filter((a) => phrases.has(cueOf(a)) || cueOf(a) === ":");
  if (frames.length === 0) return;
  for (const f of frames) if (cueOf(f) !== ":") framedRelative(atts, f, frames, text);
  const framed = (a: Attribution) =>
    frames.some((f) => f !== a && contains(f.content, a.cue) && !contains(a.content, f.cue));
  dropWhere(atts, framed);
}

/**
 * "His aide says the plan is sound, which the board disputes, according to the minutes": when the clause
 * before "according to" holds a report of its own and closes on a relative clause, the source after
 * "according to" vouches for that relative clause only (PolNeAR), and the report keeps its own words,
 * which end before it.
 */
function framedRelative(atts: Attribution[], f: Attribution, frames: readonly Attribution[], text: string): void {
  if (f.content.end > f.cue.start) return;
  const inner = atts.find((a) => !frames.includes(a) && contains(f.content, a.cue) && a.cue.end <= a.content.start);
  if (!inner) return;
  const m = /,\s+(?=(?:which|who)\s[^,;“”"]*$)/.exec(text.slice(inner.cue.end, f.content.end));
  if (!m) return;
  const comma = inner.cue.end + m.index;
  f.content = { start: comma + m[0].length, end: f.content.end };
  if (inner.content.start < comma && inner.content.end > comma)
    inner.content = { start: inner.content.start, end: comma };
}

/** Forms of the verbs a poll's finding is reported with: "the poll showed", "the survey found". */
const FINDING = /^(?:show|shows|showed|shown|showing|find|finds|found|finding)$/;

/**
 * "The poll showed 61 percent say the budget is too large", "a state survey found farmers
 * said they were worse off": what respondents say inside a poll's finding is the poll's to report, and
 * PolNeAR makes the finding one attribution of the poll; the respondents' verbs in it are not read as
 * attributions of their own.
 */
function dropSurveyed(atts: Attribution[], text: string): void {
  const surveyed = (a: Attribution) =>
    !!a.speaker &&
    text
      .slice(a.speaker.span.start, a.speaker.span.end)
      .toLowerCase()
      .split(/[^a-z-]+/)
      .some((w) => surveyNoun(w));
  const bySurvey = new Set(atts.filter(surveyed));
  const polls = [...bySurvey].filter((a) => FINDING.test(text.slice(a.cue.start, a.cue.end).toLowerCase()));
  if (polls.length === 0) return;
  // the respondents stand inside the finding; a speaker before it ("Lee, citing a poll showing ..., told")
  // and another poll ("... : A state poll found") report on their own
  const inside = (f: Attribution, a: Attribution) =>
    f !== a &&
    contains(f.content, a.cue) &&
    !contains(a.content, f.cue) &&
    (!a.speaker || contains(f.content, a.speaker.span)) &&
    !bySurvey.has(a);
  dropWhere(atts, (a) => polls.some((f) => inside(f, a)));
}

/**
 * "He responded by saying that ...", "She concluded the speech by urging ...": a participle after "by"
 * names the means of the verb before it, and the two make one cue of one attribution (PolNeAR marks
 * "responded by saying"); the participle's own reading of the same words is dropped.
 */
function dropMeans(atts: Attribution[], text: string): void {
  const means = (a: Attribution, b: Attribution) =>
    a !== b &&
    contains(a.content, b.cue) &&
    b.content.start > a.content.start &&
    opensWithParticiple(b, text) &&
    /^(?:[^,;:“”"]*\s)?by\s+$/i.test(text.slice(a.content.start, b.cue.start));
  dropWhere(atts, (b) => atts.some((a) => means(a, b)));
}

/**
 * "The campaign responded Friday, saying donors had given", "Paul then interjected, calling the credit
 * a giveaway": a participle set off by a comma right after a verb tells what the verb's act said, and
 * PolNeAR makes the two one attribution of the participle's content; the verb's own reading, whose
 * content would be the participle phrase itself, is dropped. Without the comma ("acknowledged urging his
 * staff") the participle is the verb's object and both readings stay.
 */
function dropLeadingParticiple(atts: Attribution[], text: string): void {
  const leads = (a: Attribution, b: Attribution) =>
    opensContent(a, b) &&
    opensWithParticiple(b, text) &&
    a.cue.end <= a.content.start &&
    /^[^,;:.“”"]{0,30},\s*$/.test(text.slice(a.cue.end, a.content.start));
  dropWhere(atts, (a) => atts.some((b) => leads(a, b)));
}

/**
 * "Ethanol advocates say they have promises", "Farm advocates said the ruling ...": a plural noun read
 * as a verb, right before a finite verb of saying, is that verb's subject; its reading, whose content
 * would start with the real cue, is dropped. A participle after it ("denies saying") is its object.
 */
function dropSubjectNoun(atts: Attribution[], text: string): void {
  const subject = (a: Attribution, b: Attribution) =>
    opensContent(a, b) &&
    /^[a-z]+s$/i.test(text.slice(a.cue.start, a.cue.end)) &&
    !opensWithParticiple(b, text) &&
    /^\s+$/.test(text.slice(a.cue.end, a.content.start));
  dropWhere(atts, (a) => atts.some((b) => subject(a, b)));
}

/**
 * "Some booed, and when Marsh said he was glad to be back, a man yelled": a clause opened by a
 * subordinator is no report of the source after it, and the inner content only ran on too far. "after
 * refusing to leave" is a participle, not a clause; "to act while the talks go on" is inside a clause.
 */
const CIRCUMSTANCE_CLAUSE =
  /(?:^|[,;]\s*(?:(?:and|but)\s+)?)(?:when|whenever|while|as|if|because|since|although|though|after|before|until|once)\s+(?![a-z]+ing\b)/i;

/**
 * "He promised to rebuild the bridge by spring, an aide said": the source named after the clause reports
 * it whole, and PolNeAR nests no attribution of the clause's own verb under it, as with "according to"
 * (dropFramed). The inner reading is known by its content running on over the closing ", an aide said";
 * a content with quote marks in it is left alone, for there the closing source names the speaker of
 * the quoted words inside ("declared the need for courage: “Change the world,” she said").
 */
function dropReported(atts: Attribution[], text: string): void {
  const marks = /[“”"]|''/;
  const reports = atts.filter((f) => f.cue.start >= f.content.end);
  if (reports.length === 0) return;
  const nested = (a: Attribution) =>
    a.cue.end <= a.content.start &&
    !marks.test(text.slice(a.content.start, a.content.end)) &&
    reports.some(
      (f) =>
        f !== a &&
        a.cue.start >= f.content.start &&
        a.cue.end <= f.content.end &&
        f.cue.start > a.content.start &&
        f.cue.end <= a.content.end &&
        text.slice(f.cue.end, a.content.end).trim() === "" &&
        !CIRCUMSTANCE_CLAUSE.test(text.slice(f.content.start, a.cue.end)),
    );
  dropWhere(atts, (a) => nested(a) || runsOnPast(a, reports, text));
}

/**
 * "Most residents found the plan unfair, a council member said during the hearing": the clause's own verb
 * ("found") read as a cue takes a content that starts inside the report's and runs on over its closing
 * cue into the rest of that attribution ("said during the hearing", "said Lee, a farmer who ..."). The two
 * readings cross, each holding the other's cue, and the clause's is the one PolNeAR does not mark (on the
 * PolNeAR articles such crossing readings were right 2 times in 16). Only a closing report set off
 * by a comma and with no auxiliary counts: "His promise to repeal the order alarmed the allies" has no
 * report closing the clause, and in "..., the mayor will insist" the words after the comma are a clause of
 * their own; a cue in a clause opened by a subordinator keeps its reading, as in dropReported.
 */
const closingReport = (between: string) =>
  between.includes(",") && !(between.toLowerCase().match(/[a-z]+/g) ?? []).some((w) => finiteAuxiliary(w));

function runsOnPast(a: Attribution, reports: readonly Attribution[], text: string): boolean {
  if (a.cue.end > a.content.start) return false;
  return reports.some(
    (f) =>
      f !== a &&
      f.content.start < a.content.start &&
      a.content.start < f.content.end &&
      f.content.end < a.content.end &&
      contains(f.content, a.cue) &&
      contains(a.content, f.cue) &&
      closingReport(text.slice(f.content.end, f.cue.start)) &&
      !CIRCUMSTANCE_CLAUSE.test(text.slice(f.content.start, a.cue.end)),
  );
}

/**
 * 'Nothing the mayor said “will calm the residents,” she said': a quote that opens in lowercase goes on
 * with the writer's own words before it in its sentence, and the content is that whole sentence (mixed
 * quotation). Left alone when those words hold a cue of their own ('Olsen called it “a farce,”'), another
 * quote, or end on a dash or colon that sets the quote off.
 */
function mixedQuoteLead(
  atts: Attribution[],
  text: string,
  sentences: readonly Range[],
  quotes: readonly QuoteSpan[],
): void {
  const starts = sentences.map((s) => s.start);
  const quoteStarts = new Set(quotes.map((q) => q.start));
  const cueStarts = atts.map((a) => a.cue.start).sort((x, y) => x - y);
  for (const a of atts) {
    if (!quoteStarts.has(a.content.start) || a.cue.start < a.content.end) continue;
    if (!/^(?:[“"‘]|'')\s*[a-z]/.test(text.slice(a.content.start, a.content.start + 4))) continue;
    const si = countBelow(starts, a.content.start + 1) - 1;
    const sentence = sentences[si];
    if (!sentence || sentence.start >= a.content.start) continue;
    const lead = text.slice(sentence.start, a.content.start);
    const from = sentence.start + lead.search(/\S|$/);
    if (from >= a.content.start || /[“”"]|''|[-—–:;(]\s*$/.test(lead) || lead.includes("\n")) continue;
    const k = countBelow(cueStarts, from);
    if (k < cueStarts.length && cueStarts[k]! < a.content.start) continue;
    a.content = { start: from, end: a.content.end };
  }
}

/** All attributions of a document; `learned` tests the words no lexicon lists (the trained model by default). */
export function findAttributions(doc: SitrepDocument, learned: CueTest | null = learnedCue): Attribution[] {
  const quotes = findQuoteSpans(doc.text, doc.sentences);
  const toks = sentenceTokens(doc);
  const atts: Attribution[] = [];
  let carry: Attribution["speaker"] = null;
  // Quotes are disjoint and in order: each sentence sees only those near it.
  let lo = 0;
  for (const unit of sentenceUnits(doc, toks)) {
    const s = unit.range;
    while (lo < quotes.length && quotes[lo]!.end < s.start - 4) lo++;
    let hi = lo;
    while (hi < quotes.length && quotes[hi]!.start < s.end + 5) hi++;
    const found = closeDashAsides(
      unit.toks,
      attributeSentence(unit.toks, unit.last, s, quotes.slice(lo, hi), doc.text, carry, learned),
    );
    atts.push(...found, ...evidentialAttributions(unit.toks, unit.last, quotes.slice(lo, hi), found));
    carry = found.at(-1)?.speaker ?? null;
  }
  dropFramed(atts, doc.text);
  dropSurveyed(atts, doc.text);
  dropMeans(atts, doc.text);
  dropLeadingParticiple(atts, doc.text);
  dropSubjectNoun(atts, doc.text);
  dropReported(atts, doc.text);
  // (the attributions found so far by offset, and the signed ones added since)
  const found = new SpanIndex(atts.map((a) => a.content));
  const signed: Attribution[] = [];
  const overlapping = (b: Attribution) =>
    found.overlapping(b.content.start, b.content.end).length > 0 ||
    signed.some((a) => a.content.start < b.content.end && b.content.start < a.content.end);
  for (const b of signedQuotes(doc.text, quotes, doc.sentences))
    if (!overlapping(b)) {
      atts.push(b);
      signed.push(b);
    }
  mixedQuoteLead(atts, doc.text, doc.sentences, quotes);
  joinContinuations(atts, quotes, doc.text, doc.sentences);
  // One attribution per content: the same content found from two cues keeps the cue outside it.
  const byKey = new Map<string, Attribution>();
  for (const a of atts) {
    if (overlapsAny(a.content, doc.boilerplate)) continue;
    const key = `${a.content.start}:${a.content.end}`;
    const had = byKey.get(key);
    const inside = (x: Attribution) => x.cue.start >= x.content.start && x.cue.end <= x.content.end;
    // a lexicon cue outranks a learned one
    const better =
      had && (had.learned && !a.learned ? true : !!a.learned === !!had.learned && inside(had) && !inside(a));
    if (!had || better) byKey.set(key, a);
  }
  return oneReadingPerCue([...byKey.values()].sort((x, y) => x.content.start - y.content.start));
}

/**
 * One cue word read two ways (a verb "embrace" reporting "of the plan", and the noun phrase "embrace of"
 * reporting "the plan") gives two attributions of one content: the longer cue takes in the words that only
 * link it to its content, so its reading stands. Contents apart are two reports of one cue and both stay.
 */
function oneReadingPerCue(atts: Attribution[]): Attribution[] {
  const overlaps = (x: { start: number; end: number }, y: { start: number; end: number }) =>
    x.start < y.end && y.start < x.end;
  const cueLen = (a: Attribution) => a.cue.end - a.cue.start;
  return atts.filter(
    (a) =>
      !atts.some(
        (b) =>
          b !== a &&
          overlaps(a.cue, b.cue) &&
          overlaps(a.content, b.content) &&
          (cueLen(b) > cueLen(a) || (cueLen(b) === cueLen(a) && atts.indexOf(b) < atts.indexOf(a))),
      ),
  );
}

/**
 * "it is worth noting that", "it is said", "It's implied that": an "it" right before "is" and the cue (or
 * "is worth" and the cue) is the dummy subject of an extraposed clause, and no one's words are reported.
 */
const EXPLETIVE_FRAME = /^\s*(?:is|was|['’]s)\s+(?:(?:also|not|hardly|often|still)\s+)?(?:worth\s+)?$/i;
function expletiveSpeaker(text: string, a: Attribution): boolean {
  const sp = a.speaker;
  if (!sp || sp.span.end - sp.span.start !== 2 || text.slice(sp.span.start, sp.span.end).toLowerCase() !== "it")
    return false;
  const between = text.slice(sp.span.end, a.cue.start);
  if (sp.span.end > a.cue.start || !EXPLETIVE_FRAME.test(between)) return false;
  // "it is also pointing to", "It’s denouncing": a progressive has a subject that stands for something
  return /worth\s+$/i.test(between) || !/^\w+ing\b/i.test(text.slice(a.cue.start, a.cue.end));
}

function toQuotes(doc: SitrepDocument, all: readonly Attribution[]): Quote[] {
  const atts = all.map((a) => (expletiveSpeaker(doc.text, a) ? { ...a, speaker: null } : a));
  const names = nameSpeakers(doc, atts);
  const { text } = doc;
  return atts.map((a, i) => {
    const content = text.slice(a.content.start, a.content.end);
    const direct = OPEN_MARK.test(content) && CLOSE_MARK.test(content);
    const sp = a.speaker;
    const name = names[i]!.name;
    return {
      start: a.content.start,
      end: a.content.end,
      text: content,
      kind: direct ? "direct" : "indirect",
      speaker: sp && name ? { name, start: sp.head.start, end: sp.head.end } : null,
      cue: { start: a.cue.start, end: a.cue.end, text: text.slice(a.cue.start, a.cue.end) },
    };
  });
}

/** Who said what: direct and reported speech with speaker and cue; marks casualties that are only reported or claimed. */
export const quotes: Stage = {
  name: "quotes",
  run(doc) {
    const withQuotes = { ...doc, quotes: toQuotes(doc, findAttributions(doc)) };
    const casualties = withQuotes.casualties.map((c) => {
      if (c.status) return c;
      const ev = evidentialStatus(withQuotes, c);
      return { ...c, status: ev.status, source: ev.source };
    });
    return { ...withQuotes, casualties };
  },
};
