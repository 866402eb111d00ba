import type { Token } from "../../document/schema.js";
import { countryCode, isGroupWord } from "../knowledge.js";
import type { Mention } from "../tagger.js";
import { mayStartUpper } from "../../util/letters.js";

/**
 * Nationalities, ethnic and religious groups ("Iranian", "Kurds", "Shiite Muslims") are groups of
 * people: not places, not organizations. The tagger's misses among them are added; other
 * miscellaneous names stay "other".
 */
export function typeGroups(text: string, mentions: Mention[], sents: Token[][]): Mention[] {
  const typed = mentions.map((m) => {
    if (m.type === "group") return m;
    const words = m.text.split(/\s+/);
    // a one-word "person" may be a group word the tagger took for a name ("Shiite militias")
    if (m.type === "person" && words.length > 1) return m;
    if (!words.every(isGroupWord)) return m;
    // "Saudi" names a country as well as its people
    if (m.type === "place" && countryCode(m.text)) return m;
    return { ...m, type: "group" as const };
  });
  const covered = new Set<number>();
  for (const m of typed) for (let i = m.from; i < m.to; i++) covered.add(m.sentence * 10000 + i);
  const added: Mention[] = [];
  sents.forEach((toks, si) => {
    toks.forEach((t, i) => {
      if (
        covered.has(si * 10000 + i) ||
        !(mayStartUpper(t.text) && /^\p{Lu}\p{Ll}/u.test(t.text)) ||
        !isGroupWord(t.text)
      )
        return;
      added.push({
        start: t.start,
        end: t.end,
        text: text.slice(t.start, t.end),
        type: "group",
        sentence: si,
        from: i,
        to: i + 1,
      });
    });
  });
  return added.length ? [...typed, ...added].sort((a, b) => a.start - b.start) : typed;
}
