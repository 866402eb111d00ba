/** Durations, kept as ISO 8601 durations ("the past three years" = P3Y), never as dates. */
import { lexicon, readNumber, readUnit } from "../lexicon.js";
import { type Parser, scan } from "../types.js";

let re: RegExp | undefined;
const PRE =
  "(?:(?:the|a|an|each\\s+of\\s+the)\\s+)?(?:(?:past|last|next|previous|first|coming|final|latest|recent|preceding|following|same|remaining)\\s+)?";
const HEDGE =
  "(?:(?:nearly|almost|about|around|some|more than|less than|over|under|roughly|approximately|at least|at most|up to|just|only|another|an additional)\\s+)?";

function toIso(n: number | null, unit: string): string | null {
  const k = n === null ? "X" : String(n);
  const times = (f: number) => (n === null ? "X" : String(Math.round(n * f)));
  switch (unit) {
    case "S":
      return `PT${k}S`;
    case "MIN":
      return `PT${k}M`;
    case "H":
      return n !== null && !Number.isInteger(n) ? `PT${Math.floor(n)}H${Math.round((n % 1) * 60)}M` : `PT${k}H`;
    case "D":
    case "W":
    case "M":
    case "Y":
      if (n !== null && !Number.isInteger(n))
        return unit === "Y"
          ? `P${Math.floor(n)}Y${Math.round((n % 1) * 12)}M`
          : unit === "M"
            ? `P${times(30)}D`
            : `P${k}${unit}`;
      return `P${k}${unit}`;
    case "2W":
      return `P${times(2)}W`;
    case "Q":
      return `P${times(3)}M`;
    case "DE":
      return n === null ? "PXDE" : `P${times(10)}Y`;
    case "CE":
      return n === null ? "PXCE" : `P${times(100)}Y`;
    default:
      return null;
  }
}

const RATE_FREE =
  /(?:^|\b(?:for|in|within|over|after|about|around|than|nearly|almost|only|just|lasted|lasts|last|took|take|takes|spent|spend|served|serve|serving|is|was|be|been|under|by|roughly|of|half|least|barely|past|some|another|up to|during|throughout|to)\s+)$/i;

// "for the year ended Sept. 30", "in the fiscal year ending June 30": a year-long accounting period (TimeML
// marks a DURATION anchored on the day), not the calendar year
const YEAR_ENDED = /\bthe\s+(?:(?:fiscal|full|financial)\s+)?year(?=\s+(?:ended|ending)\b)/gi;

export const durations: Parser = (s) => {
  if (!/minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur/i.test(s.text)) return [];
  const { num, unit } = lexicon();
  re ??= new RegExp(
    `\\b${PRE}${HEDGE}(${num})(?:[- ]and[- ]a[- ]half)?(?:\\s+more)?[- ](${unit})s?(?:[- ]long|[- ]old)?\\b(?!['’]s?\\s|-(?:old|ago))|\\b(?:the\\s+)?(?:past|last|next|coming)\\s+(${unit})\\b(?!['’])`,
    "gi",
  );
  const yearEnded = scan(s, YEAR_ENDED, () => ({ value: "P1Y", grain: "duration", rule: "duration" }));
  return yearEnded.concat(
    scan(s, re, (m) => {
      const after = s.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      const before = s.text.slice(Math.max(0, m.index - 12), m.index);
      // ages ("a 6-year-old", "52 years old") and rates ("$5 a year", "twice a week") are no durations
      if (/^(?:[- ]old\b|-olds?\b)/i.test(after) || /[- ]old$/i.test(m[0])) return null;
      // "24 hours a day", "six days a week": how much of each period, a rate (TimeML's SET), no stretch of time
      if (/^\s+(?:a|an|per|each)\s+(?:day|night|week|month|year)\b/i.test(after)) return null;
      // "a week" is a stretch of time after "for", "within", "about"...; after a count it is a rate ("700 seats a week")
      if (/^(?:an?|one)$/i.test(m[1] ?? "") && /^(?:an?|one)\s/i.test(m[0]) && !RATE_FREE.test(before)) return null;
      if (m[2] && /^[A-Z]/.test(m[2]) && m.index > 0) return null; // "60 Minutes"
      if (m[2] && /^quarter/i.test(m[2]) && (/-quarter/i.test(m[0]) || /^s?\s+of\b/i.test(after))) return null;
      if (m[3]) {
        // "the past year": one unit
        if (!/^the\s/i.test(m[0])) return null;
        const v = toIso(1, readUnit(m[3]));
        return v ? { value: v, grain: "duration", rule: "duration" } : null;
      }
      const n = readNumber(m[1]!);
      const text = m[0].toLowerCase();
      let value = n;
      if (n !== null && /and.a.half/.test(text)) value = n + 0.5;
      const v = toIso(value, readUnit(m[2]!));
      if (!v) return null;
      // "a two-day rally": the article is the noun's, the time is "two-day"
      const det = /^(?:the|a|an)\s+/i.exec(m[0]);
      const adjectival =
        det &&
        n !== 1 &&
        !/s(?:[- ]long)?$/i.test(m[0]) &&
        !/^(?:the|a|an)\s+(?:past|last|next|previous|first|coming|final|latest|recent|preceding|following|same|remaining)\s/i.test(
          m[0],
        );
      return {
        value: v,
        grain: "duration",
        rule: "duration",
        lead: adjectival ? det[0].length : 0,
      };
    }),
  );
};
