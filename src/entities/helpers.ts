/**
 * Small helpers for the stages after this one: events need actor names, quotes need speakers, places
 * need to know that demonyms are not places.
 */
import type { Actor, Range, SitrepDocument } from "../document/schema.js";

export { countryCode, demonymCountry, isDemonym, isGroupWord } from "./knowledge.js";

/**
 * The actor with a mention covering `range` (the tightest such mention), or one whose mention lies
 * inside it when none covers it: for a speaker span "Ali Shamkhani" or "he", or a phrase like
 * "13 IRGC members". Returns the actor's index into doc.actors, or -1.
 */
export function actorAt(doc: Pick<SitrepDocument, "actors">, range: Range): number {
  let best = -1;
  let bestLen = Infinity;
  doc.actors.forEach((a, i) => {
    for (const m of a.mentions)
      if (m.start <= range.start && range.end <= m.end && m.end - m.start < bestLen) {
        best = i;
        bestLen = m.end - m.start;
      }
  });
  if (best >= 0) return best;
  let first = Infinity;
  doc.actors.forEach((a, i) => {
    for (const m of a.mentions)
      if (range.start <= m.start && m.end <= range.end && m.start < first) {
        best = i;
        first = m.start;
      }
  });
  return best;
}

/** Indexes of the actors mentioned inside `range` (a sentence, a clause), in order of first mention there. */
export function actorsIn(doc: Pick<SitrepDocument, "actors">, range: Range): number[] {
  const hits: { i: number; at: number }[] = [];
  doc.actors.forEach((a, i) => {
    const m = a.mentions.find((r) => range.start <= r.start && r.end <= range.end);
    if (m) hits.push({ i, at: m.start });
  });
  return hits.sort((x, y) => x.at - y.at).map((h) => h.i);
}

/** The actor covering `range`, or null. */
export function actorCovering(doc: Pick<SitrepDocument, "actors">, range: Range): Actor | null {
  const i = actorAt(doc, range);
  return i >= 0 ? doc.actors[i]! : null;
}
