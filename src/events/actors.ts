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

/** The actors' names and aliases in lower case (over two letters), each with its first actor in order. */
interface Names {
  list: { k: string; a: Actor }[];
  first: Map<string, { at: number; a: Actor }>;
  longest: number;
}

const namesOf = new WeakMap<readonly Actor[], Names>();

function actorNames(actors: readonly Actor[]): Names {
  let n = namesOf.get(actors);
  if (!n) {
    const list: Names["list"] = [];
    for (const a of actors)
      for (const name of [a.name, ...a.aliases]) {
        const k = name.toLowerCase();
        if (k.length > 2) list.push({ k, a });
      }
    const first = new Map<string, { at: number; a: Actor }>();
    list.forEach(({ k, a }, at) => {
      if (!first.has(k)) first.set(k, { at, a });
    });
    n = { list, first, longest: Math.max(0, ...list.map((x) => x.k.length)) };
    namesOf.set(actors, n);
  }
  return n;
}

/** The first actor (in order, name before aliases) whose name the phrase holds. */
function named(doc: SitrepDocument, phrase: string): Actor | null {
  const p = phrase.toLowerCase();
  const { list, first, longest } = actorNames(doc.actors);
  // few names: read them in order; many (a long text): look up the phrase's own pieces instead
  if (list.length <= 4 * p.length * Math.min(longest, p.length)) {
    for (const { k, a } of list) if (p.includes(k)) return a;
    return null;
  }
  let best: { at: number; a: Actor } | null = null;
  for (let i = 0; i < p.length; i++)
    for (let l = 3; l <= longest && i + l <= p.length; l++) {
      const hit = first.get(p.slice(i, i + l));
      if (hit && (!best || hit.at < best.at)) best = hit;
    }
  return best?.a ?? null;
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
