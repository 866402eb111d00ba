import type { Dateline } from "../document/schema.js";
import { gazetteer, phraseKey } from "./gazetteer.js";
import type { Mention } from "./tagger.js";

/**
 * The dateline's place ("BEIRUT" in "BEIRUT —") is a place the article names, though outside the
 * body: it becomes a place mention (and actor) of its own. Stages after this one still know from
 * doc.dateline that it is only where the story was filed.
 */
export function datelineMention(text: string, dateline: Dateline | null): Mention | null {
  if (!dateline?.place) return null;
  const first = dateline.place.split(/[,(]/)[0]!.trim();
  const at = dateline.text.toLowerCase().indexOf(first.toLowerCase());
  // a headline's topic ("SOCCER -") reads like a dateline: only a place the gazetteer knows is taken
  if (!first || at < 0 || !gazetteer().phrases.get("place")!.has(phraseKey(first))) return null;
  const start = dateline.start + at;
  const end = start + first.length;
  return { start, end, text: text.slice(start, end), type: "place", sentence: -1, from: 0, to: 0 };
}
