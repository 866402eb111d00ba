/**
 * The actors of an event, from the entities stage. The perpetrator and victim phrases the casualty facts
 * name are matched to `doc.actors` by name or alias; a phrase that names no actor stands in itself. A
 * phrase that names a place or a government seat ("Tehran deployed its troops") is metonymy: the event's
 * actor is the armed actor of that country the evidence mentions ("its regular army": the Military
 * Forces of Iran), as ACLED codes it.
 */
import type { Actor, ActorType, Range, SitrepDocument } from "../document/schema.js";
import { actorsIn } from "../entities/helpers.js";

const ARMED: ReadonlySet<ActorType> = new Set([
  "state forces",
  "rebel groups",
  "political militias",
  "identity militias",
  "external/other forces",
]);

function named(doc: SitrepDocument, phrase: string): Actor | null {
  const p = phrase.toLowerCase();
  for (const a of doc.actors) {
    for (const n of [a.name, ...a.aliases]) {
      const k = n.toLowerCase();
      if (k.length > 2 && (p === k || p.includes(k))) return a;
    }
  }
  return null;
}

function resolve(doc: SitrepDocument, phrase: string | null, evidence: readonly Range[]): { name: string } | null {
  if (!phrase) return null;
  const a = named(doc, phrase);
  if (!a) return { name: phrase };
  if (a.type === "place" && a.country) {
    for (const r of evidence) {
      for (const i of actorsIn(doc, r)) {
        const b = doc.actors[i]!;
        if (b.actorType && ARMED.has(b.actorType) && b.country === a.country) return { name: b.name };
      }
    }
  }
  return { name: a.name };
}

export function eventActors(
  doc: SitrepDocument,
  perpetrator: string | null,
  victims: string | null,
  evidence: readonly Range[] = [],
): { actor1: { name: string } | null; actor2: { name: string } | null } {
  return { actor1: resolve(doc, perpetrator, evidence), actor2: resolve(doc, victims, evidence) };
}
