import type { Range } from "../document/schema.js";
import type { Attribution } from "./attribute.js";
import type { QuoteSpan } from "./marks.js";

/**
 * '“She is the best of this town.” ― Marta Olsen': a quote signed with a dash and a name, on
 * its line or opening the next paragraph (epigraphs, pull quotes, fact checks, reader comments). Up to
 * five capitalised words, ending the line or followed by a comma and a description ("- Jane Roe, Ohio").
 */
const SIGNED =
  /^[ \t\u00a0\r\n]{0,8}[―—–-]{1,2}[ \t\u00a0]*((?:\p{Lu}[\p{L}'’.-]*)(?:[ \t\u00a0]+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|da|del|la|bin|al-\p{L}+)){0,4})(?=[ \t\u00a0]*(?:[,.(]|\r?\n|$))/u;

export function signedQuotes(text: string, quotes: readonly QuoteSpan[], sentences: readonly Range[]): Attribution[] {
  const out: Attribution[] = [];
  let si = 0;
  for (const q of quotes) {
    const m = SIGNED.exec(text.slice(q.end, q.end + 120));
    if (!m) continue;
    let name = m[1]!;
    // "Carla Sanchez." ends the line: the stop is no initial
    if (name.endsWith(".") && !/(?:^|\s)\p{Lu}\.$/u.test(name)) name = name.slice(0, -1);
    const nameStart = q.end + m[0].length - m[1]!.length;
    const dash = text.slice(q.end, nameStart).search(/[―—–-]/);
    while (si + 1 < sentences.length && sentences[si + 1]!.start <= q.start) si++;
    const head = { start: nameStart, end: nameStart + name.length };
    out.push({
      content: { start: q.start, end: q.end },
      cue: { start: q.end + dash, end: q.end + dash + 1 },
      speaker: { span: head, head, kind: "name" },
      sentence: si,
    });
  }
  return out;
}
