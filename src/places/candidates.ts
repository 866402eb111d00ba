import type { SitrepDocument } from "../document/schema.js";
import { overlaps, overlapsAny } from "../util/ranges.js";
import type { Candidate } from "./candidate.js";
import { findToponyms } from "./finder.js";
import type { Gazetteer } from "./gazetteer/index.js";

/** The dateline's place ("BEIRUT —", "GAINESVILLE, Fla. —") as candidates: context only, never event places. */
export function datelineCandidates(doc: SitrepDocument, g: Gazetteer): Candidate[] {
  const d = doc.dateline;
  if (!d || !d.place) return [];
  const out: Candidate[] = [];
  const raw = doc.text.slice(d.start, d.start + d.place.length);
  if (raw.toLowerCase() !== d.place.toLowerCase()) return [];
  // "HAMILTON TWP.", "TODD COUNTY": the town or county name without the township word
  const head = g.lookup(raw).length ? raw : raw.replace(/\s+(?:TWP\.?|TOWNSHIP|Twp\.?|Township)$/, "");
  const town: Candidate | null = g.lookup(head).length
    ? { start: d.start, end: d.start + head.length, text: head, source: "dateline", sentence: -1 }
    : null;
  if (town) out.push(town);
  const m = /^,\s{0,3}([A-Z][A-Za-z.'’ ]{0,30}?)\s{0,3}(?=\(|[—–:]|-{1,2}|,)/.exec(d.text.slice(raw.length));
  if (m) {
    const start = d.start + raw.length + m[0].indexOf(m[1]!);
    const text = m[1]!.trim();
    if (g.abbreviation(text) || g.lookup(text).length) {
      out.push({ start, end: start + text.length, text, source: "dateline", sentence: -1 });
      if (town) town.container = { start, end: start + text.length };
    }
  }
  return out;
}

/**
 * Candidates from the entities stage (its `place` mentions) and from this stage's finder. Where both
 * found a name, the NER span wins and keeps the finder's hints; finder names inside a person's name
 * or a nationality word are dropped. The two sources stay separate modules so either can be switched off.
 */
export function collectCandidates(doc: SitrepDocument, g: Gazetteer, opts: { finder?: boolean } = {}): Candidate[] {
  const layoutSentence = (start: number): number => {
    const i = doc.sentences.findIndex((s) => s.start <= start && start < s.end);
    return i;
  };
  const fromNer: Candidate[] = [];
  for (const e of doc.entities) {
    if (e.type !== "place" || overlapsAny(e, doc.boilerplate)) continue;
    if (doc.dateline && overlaps(e, doc.dateline)) continue;
    const sentence = layoutSentence(e.start);
    if (sentence < 0) continue;
    const known = g.lookup(e.text).length > 0 || g.abbreviation(e.text) !== null;
    fromNer.push({ start: e.start, end: e.end, text: e.text, source: "entity", sentence, unknown: !known });
  }
  const blocked = doc.entities.filter((e) => e.type === "person" || e.type === "group");
  const fromFinder =
    opts.finder === false ? [] : findToponyms(doc, g).filter((c) => !blocked.some((b) => overlaps(b, c)));

  const merged: Candidate[] = [...fromNer];
  for (const c of fromFinder) {
    const ner = merged.find((n) => n.source === "entity" && overlaps(n, c));
    if (ner) {
      if (c.division) ner.division = true;
      if (c.container) ner.container = c.container;
      if (ner.unknown && !c.unknown) Object.assign(ner, { start: c.start, end: c.end, text: c.text, unknown: false });
      continue;
    }
    merged.push(c);
  }
  merged.push(...datelineCandidates(doc, g));
  return merged.sort((a, b) => a.start - b.start);
}
