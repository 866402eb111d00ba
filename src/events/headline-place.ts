/**
 * The places a headline names ("Man dead following Memphis shooting"), read by the same stages as the
 * body on a small document holding only the headline proper (a station's name and city after " - "
 * are left out: they say where the report comes from). The headline has no offsets in the text, so
 * these places only stand in when the body names none.
 */
import { createDocument } from "../document/create.js";
import type { Place, SitrepDocument } from "../document/schema.js";
import { entities } from "../entities/index.js";
import { places } from "../places/index.js";
import { isHomeTown } from "../places/event-place.js";
import { isEventCandidate, specificity } from "../places/specificity.js";
import { sentences } from "../sentences/index.js";
import { headlineSplit } from "./region-hint.js";

const seen = new WeakMap<SitrepDocument, Place | null>();

/** The most specific place the headline names, or null (read once per document). */
export function headlinePlace(doc: SitrepDocument): Place | null {
  if (!doc.title) return null;
  if (seen.has(doc)) return seen.get(doc)!;
  const p = readHeadline(doc, doc.title);
  seen.set(doc, p);
  return p;
}

function readHeadline(doc: SitrepDocument, title: string): Place | null {
  const { headline } = headlineSplit(title);
  let d = createDocument({ id: doc.id, text: headline, published: doc.published, url: doc.url });
  for (const stage of [sentences, entities, places]) d = stage.run(d);
  // "Tulsa man fatally shot while fishing near Sand Springs": a person's home town ranks below the event's
  const rank = (p: Place): number => specificity(p) * 2 - (isHomeTown(d.text, p) ? 1 : 0);
  let best: Place | null = null;
  for (const p of d.places) if (isEventCandidate(p) && (!best || rank(p) > rank(best))) best = p;
  if (best && specificity(best) >= 4) return best;
  // "Manson Shooting Victim Dies", "Cameron police say ...": a small town's name alone, without the
  // body's context, reads as a person's; the body (or its dateline) names it as a town
  const words = headline.toLowerCase();
  let named: Place | null = null;
  let at = Infinity;
  for (const p of doc.places) {
    // (a town read through another of its names, "HAMILTON" as Mays Landing, is too weak a reading)
    if (p.lat === null || p.anchor || p.role === "actor" || specificity(p) < 4) continue;
    if (p.name.toLowerCase() !== p.text.toLowerCase()) continue;
    const i = wordAt(words, p.text.toLowerCase());
    if (i >= 0 && i < at) [named, at] = [p, i];
  }
  return named ?? best;
}

/** Where `name` stands as whole words in `text`, or -1. */
function wordAt(text: string, name: string): number {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    const before = i === 0 ? " " : text[i - 1]!;
    const after = text[i + name.length] ?? " ";
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return i;
  }
  return -1;
}
