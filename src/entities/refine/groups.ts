import { isGroupWord } from "../knowledge.js";
import type { Mention } from "../tagger.js";

/**
 * Nationalities, ethnic and religious groups ("Iranian", "Kurds", "Shiite Muslims") are groups of
 * people: not places, not organizations. Other miscellaneous names stay "other".
 */
export function typeGroups(mentions: Mention[]): Mention[] {
  return mentions.map((m) => {
    if (m.type === "person" || m.type === "place") return m;
    const words = m.text.split(/\s+/);
    if (words.every(isGroupWord)) return { ...m, type: "group" };
    return m;
  });
}
