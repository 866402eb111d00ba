/**
 * Seam to the entities stage: the actors of an event. When `doc.actors` holds an actor named by the
 * perpetrator or victim phrase, its name is used; otherwise the phrase itself stands in.
 */
import type { SitrepDocument } from "../document/schema.js";

function resolve(
  doc: SitrepDocument,
  phrase: string | null,
): { name: string } | null {
  if (!phrase) return null;
  const p = phrase.toLowerCase();
  for (const a of doc.actors) {
    for (const n of [a.name, ...a.aliases]) {
      const k = n.toLowerCase();
      if (k.length > 2 && (p === k || p.includes(k))) return { name: a.name };
    }
  }
  return { name: phrase };
}

export function eventActors(
  doc: SitrepDocument,
  perpetrator: string | null,
  victims: string | null,
): { actor1: { name: string } | null; actor2: { name: string } | null } {
  return { actor1: resolve(doc, perpetrator), actor2: resolve(doc, victims) };
}
