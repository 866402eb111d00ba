/** Ranges of days within a month: "5-6 May", "between 3 and 5 May", "May 5-6", "May 5 to 7, 2016"; and "May 5 and 6". */
import { fmtDay } from "../calendar.js";
import { lexicon, readMonth } from "../lexicon.js";
import { resolveDayYear } from "../resolve.js";
import { type Candidate, type Parser, scan } from "../types.js";

const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const JOIN = "\\s*(?:-|–|to|and|through)\\s*";
let re: { little: RegExp; middle: RegExp } | undefined;

export const dayRanges: Parser = (s) => {
  if (!/\d\s*(?:-|–|to|and|through)\s*\d/i.test(s.text)) return [];
  const { month } = lexicon();
  re ??= {
    little: new RegExp(`\\b(?:between\\s+)?${DAY}${JOIN}${DAY}\\s+(${month})(?:,?\\s+(\\d{4}))?\\b`, "gi"),
    middle: new RegExp(`\\b(${month})\\s+${DAY}${JOIN}${DAY}(?:,?\\s+(\\d{4}))?\\b(?![.,]?\\d)`, "gi"),
  };
  const make = (monthWord: string, a: string, b: string, year: string | undefined) => {
    const m = readMonth(monthWord);
    const d1 = +a;
    const d2 = +b;
    if (!m || monthWord[0] === monthWord[0]!.toLowerCase() || d1 < 1 || d2 > 31 || d2 <= d1) return null;
    const y = year ? +year : resolveDayYear(s.anchor, m, d1, s.lean);
    return {
      value: `${fmtDay({ y, m, d: d1 })}/${fmtDay({ y, m, d: d2 })}`,
      grain: "range" as const,
      rule: "day-range",
    };
  };
  return [
    ...scan(s, re.little, (m) =>
      /^between\s/i.test(m[0]) && !/\band\b/i.test(m[0]) ? null : make(m[3]!, m[1]!, m[2]!, m[4]),
    ),
    ...scan(s, re.middle, (m) => make(m[1]!, m[2]!, m[3]!, m[4])).flatMap(splitAnd),
  ];
};

/** "April 24 and 25" names two days, not the days between (TimeML marks "April 24" and "25"). */
function splitAnd(c: Candidate): Candidate[] {
  const j = /\s+and\s+/i.exec(c.text ?? "");
  if (!j) return [c];
  const [a, b] = c.value.split("/") as [string, string];
  const at = c.start + j.index + j[0].length;
  return [
    { ...c, end: c.start + j.index, value: a, grain: "day", text: c.text!.slice(0, j.index) },
    { ...c, start: at, value: b, grain: "day", text: c.text!.slice(at - c.start) },
  ];
}
