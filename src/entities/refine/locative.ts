import type { Token } from "../../document/schema.js";
import type { Mention } from "../tagger.js";

/** Words before a name that make it a place ("in Khan Tuman", "around Aleppo"). */
const BEFORE = new Set(["in", "near", "around", "outside", "across", "towards", "toward", "into", "inside"]);
/** Words after a name that make it a place ("Mazandaran province"). */
const AFTER = new Set([
  "province",
  "village",
  "town",
  "city",
  "district",
  "governorate",
  "region",
  "county",
  "countryside",
  "neighbourhood",
  "neighborhood",
  "suburb",
  "camp",
]);

/**
 * A name the model read as a person but that the text places something in is a place, everywhere it
 * is written the same way in the document: people are rarely "in" anything but their offices.
 */
export function locativeNames(mentions: Mention[], sents: Token[][]): Mention[] {
  const places = new Set<string>();
  for (const m of mentions) {
    if (m.type !== "person") continue;
    const toks = sents[m.sentence]!;
    const prev = m.from > 0 ? toks[m.from - 1]!.text : "";
    const next = toks[m.to]?.text ?? "";
    const next2 = toks[m.to + 1]?.text ?? "";
    if ((BEFORE.has(prev) && !/^['’]s$/.test(next)) || AFTER.has(next) || (next === "," && AFTER.has(next2)))
      places.add(m.text);
  }
  if (places.size === 0) return mentions;
  return mentions.map((m) => (m.type === "person" && places.has(m.text) ? { ...m, type: "place" } : m));
}
