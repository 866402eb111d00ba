import type { Token } from "../../document/schema.js";
import type { Mention } from "../tagger.js";

/**
 * "... said Lear Corp." ends a sentence with an abbreviation whose period is also the full stop:
 * the name ends before it, as a sentence's own period never belongs to a name.
 */
export function trimFinalPeriod(text: string, mentions: Mention[], sents: Token[][]): Mention[] {
  return mentions.map((m) => {
    if (m.sentence < 0 || m.to !== sents[m.sentence]!.length || !m.text.endsWith(".") || m.text.length < 3) return m;
    // "U.S." in the middle of a name stays; only the last period goes
    const end = m.end - 1;
    return { ...m, end, text: text.slice(m.start, end) };
  });
}
