/** Quarters and halves ("the third quarter", "third-quarter", "the fiscal first quarter of 1988"). */
import { lexicon } from "../lexicon.js";
import { quarterOf, quarterValue } from "../resolve.js";
import { type Parser, scan } from "../types.js";
import { fmtMonth } from "../calendar.js";
import { findCues } from "../lean.js";
import { isPast } from "../tense.js";

const ORD = "first|second|third|fourth|1st|2nd|3rd|4th";
const NUMBERED = new RegExp(
  `\\b(?:(the)\\s+|(this|last|next) year's\\s+)?(?:(?:fiscal|calendar)\\s+)?(?:(\\d{4})\\s+)?(?:(?:fiscal|calendar)\\s+)?(${ORD})[- ]quarter\\b(?:\\s+(?:of\\s+)?(?:fiscal\\s+)?(\\d{4})\\b)?`,
  "gi",
);
// "the quarter", "the latest quarter", "the latest period", "last quarter", "this quarter", "the current quarter", "next quarter"
const DEICTIC =
  /\b(?:(the)\s+)?(latest|last|past|previous|recent|most recent|current|this|next|coming|same)?\s*(?:quarter\b(?!s|ly|-)|(?<=latest\s+)period\b)/gi;
// "the 1988 period", "the 1989 quarter": the quarter under discussion, in that year
const YEAR_PERIOD = /\bthe\s+((?:19|20)\d\d)\s+(?:quarter|period)\b/gi;
// "the first half of 1990", "the first two quarters of 1990": a half year
const HALF = /\b(?:the\s+)?(first|second|last|latter)(?:[- ]half|\s+two\s+quarters)\b(?:\s+of\s+(\d{4})\b)?/gi;

export const quarters: Parser = (s) => {
  if (!/quarter|half|period/i.test(s.text)) return [];
  const { lex } = lexicon();
  const out = scan(s, NUMBERED, (m) => {
    const q = lex.ordinals[m[4]!.toLowerCase()]!;
    const det = (m[2] ?? "").toLowerCase();
    // "the third-quarter profit": the article belongs to the noun, not to the time
    const lead = m[1] && /-quarter/i.test(m[0]) ? m[1].length + 1 : 0;
    let y = m[3] ? +m[3] : m[5] ? +m[5] : s.anchor.y;
    if (!m[3] && !m[5]) {
      if (det === "last") y--;
      else if (det === "next") y++;
      // "profits fell in the fourth quarter", told in January: a quarter not begun yet at the anchor,
      // reported in the past tense, is last year's
      else if (
        !det &&
        q > quarterOf(s.anchor.m) &&
        s.lean !== "future" &&
        isPast(s.text) &&
        !findCues(s.text, 0).length
      )
        y--;
    }
    return { value: quarterValue(y, q), grain: "range", rule: "quarter", lead };
  });
  out.push(
    ...scan(s, DEICTIC, (m) => {
      const mod = (m[2] ?? "").toLowerCase();
      if (!m[1] && !mod) return null;
      if (mod === "same") return null;
      const cur = quarterOf(s.anchor.m);
      let shift = -1; // "the quarter" in a report is the one just closed
      if (mod === "current" || mod === "this") shift = 0;
      else if (mod === "next" || mod === "coming") shift = 1;
      return {
        value: quarterValue(s.anchor.y, cur + shift),
        grain: "range",
        rule: "quarter",
      };
    }),
  );
  out.push(
    ...scan(s, YEAR_PERIOD, (m) => ({
      value: m[1]!,
      grain: "year",
      rule: "quarter",
      inYear: +m[1]!,
    })),
  );
  out.push(
    ...scan(s, HALF, (m) => {
      if (!m[2]) return null;
      const h = m[1]!.toLowerCase() === "first" ? 1 : 2;
      return {
        value: `${fmtMonth(+m[2], h * 6 - 5)}/${fmtMonth(+m[2], h * 6)}`,
        grain: "range",
        rule: "half",
      };
    }),
  );
  return out;
};
