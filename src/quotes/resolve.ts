import type { Range, SitrepDocument } from "../document/schema.js";
import { SpanIndex } from "../util/span-index.js";
import type { Attribution } from "./attribute.js";
import { lex } from "./lexicon.js";

/** Capitalized word runs of the body ("Mohsen Rezaee", "Ali Shamkhani"), to expand a surname to a full name. */
function nameRuns(doc: SitrepDocument): string[] {
  const runs: string[] = [];
  const re = /\p{Lu}[\p{L}'’.-]*(?:[ \u00a0]+\p{Lu}[\p{L}'’.-]*){1,3}/gu;
  for (const s of doc.sentences) {
    const t = doc.text.slice(s.start, s.end);
    for (const m of t.matchAll(re)) runs.push(m[0].replace(/\u00a0/g, " "));
  }
  return runs;
}

const TITLE_RE = /^(?:(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Sen|Rep|Gov|Prof|Rev|Adm)\.\s+)+/;
const ORG_WORD =
  /\b(?:Ministry|Council|Party|Department|Committee|Campaign|Association|Times|Post|News|Press|Agency|Army|Forces|Police|Government|Office|Commission|Court|Observatory|Network|Group|Organi[sz]ation|Union|House|Institute|University|Journal|Reuters|AP|CNN|BBC|Poll)\b/;

function cleanName(s: string): string {
  return s
    .replace(/[\u00a0\s]+/g, " ")
    .replace(/['’]s?$/, "")
    .replace(/^(?:the|The)\s+/, "")
    .replace(/[,—–-]+$/, "")
    .trim();
}

/** Name runs by their last word, titles and possessives cut: "Rezaee" -> ["Mohsen Rezaee"]. */
type RunIndex = Map<string, string[]>;

function indexRuns(runs: readonly string[]): RunIndex {
  const idx: RunIndex = new Map();
  for (const r of runs) {
    const rr = r.replace(TITLE_RE, "").replace(/['’]s$/, "");
    const w = rr.split(" ");
    if (w.some((x) => lex().determiners.has(x.toLowerCase()) || lex().stopLeft.has(x.toLowerCase()))) continue;
    const last = w[w.length - 1]!;
    // each form once: a long text writes the same name hundreds of times
    const list = idx.get(last) ?? [];
    if (!list.includes(rr)) list.push(rr);
    idx.set(last, list);
  }
  return idx;
}

/** The fullest form of a name written in the article: "Rezaee" -> "Mohsen Rezaee". */
function fullName(name: string, runs: RunIndex): string {
  const bare = name.replace(TITLE_RE, "");
  const words = bare.split(" ");
  const last = words[words.length - 1]!;
  if (words.length > 2 || last.length < 3) return bare;
  let best = bare;
  let bestLen = words.length;
  for (const rr of runs.get(last) ?? []) {
    const n = rr.split(" ").length;
    if (n <= bestLen || !rr.endsWith(bare)) continue;
    best = rr;
    bestLen = n;
  }
  return best;
}

/** Two or more capitalized words and no institution word: "Ali Shamkhani", not "the Aleppo village". */
function looksLikePerson(name: string): boolean {
  const w = name.split(" ");
  return w.length >= 2 && w.length <= 4 && w.every((x) => /^\p{Lu}/u.test(x)) && !ORG_WORD.test(name);
}

function contentWords(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 4 && !lex().determiners.has(w) && !lex().stopLeft.has(w));
}
function shareWord(a: string[], b: string[]): boolean {
  return a.some((x) =>
    b.some(
      (y) => x.slice(0, 4) === y.slice(0, 4) && (x.startsWith(y) || y.startsWith(x) || x.slice(0, 5) === y.slice(0, 5)),
    ),
  );
}

const SPEAKER_TYPES = new Set(["person", "organization", "group"]);

/**
 * The name the entities stage gives the phrase, when that stage ran: the canonical name of the actor
 * its mention belongs to (this also resolves "he" when the entities stage links pronouns), else, with
 * `textOk`, the entity's own text.
 */
function actorName(doc: SitrepDocument, spans: Spans, r: Range, textOk: boolean): string | null {
  // The actor whose mention covers most of the phrase: "The Iranian general" is a mention of Rezaee,
  // while the nationality word inside it is a mention of another actor (the first such, on a tie).
  let best: { name: string; overlap: number } | null = null;
  for (const k of spans.mentions.overlapping(r.start, r.end)) {
    const { actor, m } = spans.mentionOf[k]!;
    const overlap = Math.min(m.end, r.end) - Math.max(m.start, r.start);
    if (overlap > 0 && (!best || overlap > best.overlap)) best = { name: actor.name, overlap };
  }
  if (best) return best.name;
  if (!textOk) return null;
  for (const k of spans.entities.overlapping(r.start, r.end)) {
    const e = doc.entities[k]!;
    if (e.start < r.end && r.start < e.end && SPEAKER_TYPES.has(e.type)) return e.text;
  }
  return null;
}

/** The speakers' actor mentions (in actor, then mention order) and the entities, looked up by offset. */
interface Spans {
  mentionOf: { actor: SitrepDocument["actors"][number]; m: Range }[];
  mentions: SpanIndex;
  entities: SpanIndex;
  persons: Set<string>;
}

/** The most words a nickname in quotation marks holds: "“Lyin’ Ted”", "“Little Marco”". */
const NICKNAME_MAX_WORDS = 4;
/** A short run of name words up to a quotation mark before a mention: '“Crooked ', "''". */
const OPENS_BEFORE = /(?:“|''|"|‘)((?:[\p{L} .’-]|'(?!')){0,30})$/u;
/** ...and after it, to the closing mark, which no letter follows (not the possessive "’s"). */
const CLOSES_AFTER = /^((?:[\p{L} .’-]|'(?!')){0,30}?)(?:”|''|"|’)(?!\p{L})/u;

/** A mention inside a short quotation of name words: a nickname someone used, "“Sleepy Joe”". */
function inNickname(text: string, m: Range): boolean {
  const before = OPENS_BEFORE.exec(text.slice(Math.max(0, m.start - 32), m.start));
  const after = before && CLOSES_AFTER.exec(text.slice(m.end, m.end + 32));
  if (!before || !after) return false;
  const inner = `${before[1]!}${text.slice(m.start, m.end)}${after[1]!}`.trim();
  return inner.split(/\s+/).length <= NICKNAME_MAX_WORDS;
}

/**
 * "“Lyin’ Ted”", "''Crooked Hillary''": an actor whose name is written only as a nickname in quotation
 * marks is someone a speaker mocked under it, not a name the article gives; the pronouns the entities
 * stage linked to it are left to the quotes' own reading. The mentions that spell the actor's name
 * are judged (the stage may fold a date's month or a bare first name into it), else its other
 * capitalized ones that are no pronoun.
 */
function quotedNickname(doc: SitrepDocument, actor: SitrepDocument["actors"][number]): boolean {
  const said = (m: Range) => doc.text.slice(m.start, m.end).replace(/\s+/g, " ");
  const spelled = actor.mentions.filter((m) => said(m) === actor.name);
  const named = spelled.length
    ? spelled
    : actor.mentions.filter((m) => /^\p{Lu}/u.test(said(m)) && !lex().pronouns.has(said(m).toLowerCase()));
  return named.length > 0 && named.every((m) => inNickname(doc.text, m));
}

function speakerSpans(doc: SitrepDocument): Spans {
  const mentionOf = doc.actors.flatMap((actor) =>
    SPEAKER_TYPES.has(actor.type) && !quotedNickname(doc, actor) ? actor.mentions.map((m) => ({ actor, m })) : [],
  );
  return {
    mentionOf,
    mentions: new SpanIndex(mentionOf.map((x) => x.m)),
    entities: new SpanIndex(doc.entities),
    persons: new Set(doc.actors.filter((x) => x.type === "person").map((x) => x.name)),
  };
}

/** Prepositions after which a phrase's words modify its head: "supporters of Donald Trump". */
const MODIFIER = /[ \u00a0]+(?:of|for|from|in|at|with|to|on)[ \u00a0]+/;
/** A relative pronoun opening a clause inside the phrase: "a supporter who runs ...". */
const RELATIVE_CLAUSE = /,?[ \u00a0]+(?:who|whom|whose|which)[ \u00a0]+/;

/**
 * The range of the phrase's head noun, which an actor's mention must cover to name the phrase:
 * in "Supporters of Republican Donald Trump" it is "Supporters", not the name inside the modifier.
 * A capitalized title before the preposition makes the whole a name ("Secretary of State John Kerry").
 */
function phraseHead(text: string, r: Range): Range {
  const whole = text.slice(r.start, r.end);
  // "a supporter who runs the Facebook page": the relative clause describes the head and names nobody
  const rel = RELATIVE_CLAUSE.exec(whole);
  if (rel && rel.index > 0) r = { start: r.start, end: r.start + rel.index };
  const phrase = text.slice(r.start, r.end);
  const m = MODIFIER.exec(phrase);
  if (!m) return r;
  const before = phrase.slice(0, m.index);
  const word = /[\p{L}'’.-]+$/u.exec(before);
  // ...a capitalized one: "a spokesman for Mayor Jackson" is still the spokesman
  if (!word || (/^\p{Lu}/u.test(word[0]) && lex().titles.has(word[0].toLowerCase()))) return r;
  return { start: r.start + word.index, end: r.start + m.index };
}

/** Words that open the noun phrase a relative pronoun takes up: "some far-right commentators who". */
const ANTECEDENT_DET =
  /^(?:the|a|an|some|many|most|all|other|those|these|several|few|his|her|their|its|our|two|three|four|five)$/i;

/**
 * "some far-right commentators who have suggested": the noun phrase right before a relative pronoun,
 * from its determiner (or its last word when it has none), so the speaker is named by what it refers to.
 */
function antecedent(before: string): string | null {
  const m = /((?:[\p{L}\d'’-]+ ){0,5}[\p{L}'’-]+) *,? *$/u.exec(before);
  if (!m) return null;
  const words = m[1]!.split(" ");
  let i = words.length - 1;
  for (let j = words.length - 1; j >= 0; j--)
    if (ANTECEDENT_DET.test(words[j]!)) {
      i = j;
      break;
    }
  const last = words.at(-1)!;
  // "a crowd of supporters who", "the people who": a noun, not a verb or preposition, ends the phrase
  if (ANTECEDENT_DET.test(last) || /^(?:of|to|in|on|at|for|with|by|and|or|but|that|those)$/i.test(last)) return null;
  return words.slice(i).join(" ");
}

/** Nouns for people with no role ("a woman", "a witness"). */
const personNoun = (w: string) => lex().personNouns.has(w);

/** A phrase headed by a noun for a person ("another security official", "a senior aide", "a woman"). */
function personHead(phrase: string): boolean {
  const w =
    phrase
      .toLowerCase()
      .split(/[^\p{L}.]+/u)
      .filter(Boolean)
      .at(-1) ?? "";
  const lx = lex();
  return [w, w.replace(/s$/, "")].some((x) => lx.roles.has(x) || lx.titles.has(x) || personNoun(x));
}

export interface Named {
  name: string | null;
  person: boolean;
}

/**
 * Names each attribution's speaker: an actor when the entities stage knows the mention, a surname made
 * full, a pronoun resolved to the last person quoted, a description ("another security official")
 * resolved by the next attribution that names someone sharing its words.
 */
export function nameSpeakers(doc: SitrepDocument, atts: readonly Attribution[]): Named[] {
  const runs = indexRuns(nameRuns(doc));
  const spans = speakerSpans(doc);
  const text = doc.text;
  const out: Named[] = atts.map(() => ({ name: null, person: false }));
  let lastPerson: string | null = null;
  for (let i = 0; i < atts.length; i++) {
    const a = atts[i]!;
    if (!a.speaker) continue;
    const headText = text.slice(a.speaker.head.start, a.speaker.head.end);
    const head = phraseHead(text, a.speaker.head);
    const linked = actorName(doc, spans, head, false);
    if (linked) {
      const person = spans.persons.has(linked);
      out[i] = { name: linked, person };
      if (person) lastPerson = linked;
      continue;
    }
    const fromActor = actorName(doc, spans, head, true);
    if (a.speaker.kind === "pronoun") {
      const p = headText.toLowerCase();
      if ((p === "he" || p === "she" || p === "him" || p === "her") && lastPerson)
        out[i] = { name: lastPerson, person: true };
      else out[i] = { name: fromActor ?? headText, person: p === "he" || p === "she" };
      continue;
    }
    if (a.speaker.kind === "relative") {
      // "Clinton, who ...": the name just before the comma (or the dash opening an aside: "Clinton - who")
      const before = text
        .slice(Math.max(0, a.speaker.head.start - 60), a.speaker.head.start)
        .replace(/(?:\s*(?:—|–|--)|\s+-)\s*$/u, ", ");
      const m = /(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*,\s*$/u.exec(before);
      // "But Ann Ruiz, who": a connective capitalized at the sentence start is no part of the name
      const words = m ? m[1]!.split(/\s+/) : [];
      while (words.length > 1 && lex().functionWords.has(words[0]!.toLowerCase())) words.shift();
      const name = m ? fullName(cleanName(words.join(" ")), runs) : null;
      out[i] = { name: name ?? antecedent(before) ?? headText, person: !!name && !ORG_WORD.test(name) };
      if (out[i]!.person) lastPerson = out[i]!.name;
      continue;
    }
    if (fromActor) {
      out[i] = { name: fromActor, person: true };
      lastPerson = fromActor;
      continue;
    }
    // "a supporter who runs the Facebook page": a capital only inside the relative clause names nobody
    if (a.speaker.kind === "name" && !/\p{Lu}/u.test(text.slice(head.start, head.end))) {
      const desc = text.slice(a.speaker.span.start, a.speaker.span.end).replace(/\s+/g, " ").trim();
      out[i] = { name: desc, person: false };
      continue;
    }
    if (a.speaker.kind === "name") {
      const name = fullName(cleanName(headText), runs);
      const person = !ORG_WORD.test(name) && !lex().speakerNouns.has(name.toLowerCase());
      out[i] = { name, person };
      if (person) lastPerson = name;
      continue;
    }
    // A description: look ahead for the attribution that names it.
    // a description keeps its determiner: "the army", "Another Iranian security official"
    const desc = text
      .slice(a.speaker.span.start, a.speaker.span.end)
      .replace(/\s+/g, " ")
      .replace(/[,—–-]+$/, "")
      .trim();
    let name: string | null = null;
    // "a new poll" shares "poll" with "Gallup Poll director Ann Lee" yet is no person to name
    if (/^(?:another|an?|one)\s/i.test(desc) && personHead(text.slice(head.start, head.end))) {
      const dw = contentWords(desc);
      for (let j = i + 1; j < atts.length && atts[j]!.sentence <= a.sentence + 2; j++) {
        const b = atts[j]!;
        if (!b.speaker || b.speaker.kind !== "name") continue;
        const bName = fullName(cleanName(text.slice(b.speaker.head.start, b.speaker.head.end)), runs);
        if (!looksLikePerson(bName)) continue;
        const around = text.slice(b.speaker.span.start, Math.min(text.length, b.speaker.span.end + 100));
        if (shareWord(dw, contentWords(around))) {
          name = bName;
          break;
        }
      }
    }
    // "The Iranian general hailed ...": a definite description of a person role takes up the last person named.
    const headWord = desc.split(" ").at(-1)!.toLowerCase();
    const definite = /^the\s/i.test(text.slice(a.speaker.span.start, a.speaker.span.end));
    if (!name && definite && lex().titles.has(headWord) && lastPerson) name = lastPerson;
    out[i] = { name: name ?? desc, person: !!name };
    if (name) lastPerson = name;
  }
  return out;
}
