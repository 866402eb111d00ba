/**
 * Expressions measured from the anchor: "last week", "this year", "earlier this month", "two weeks ago",
 * "over the weekend", seasons, and those measured from the time under discussion ("a year earlier",
 * "the previous day"), which the discourse refiner resolves.
 */
import { addDays, addMonths, type Day, fmtDay, fmtMonth, fmtWeek, fmtYear } from "../calendar.js";
import { alternation, lexicon, readNumber, readUnit } from "../lexicon.js";
import { monthValue, weekendValue } from "../resolve.js";
import { type Candidate, type Parser, scan, type SentenceContext } from "../types.js";

const MOD = "(?:(?:early|earlier|late|later|mid|middle)(?:\\s+in)?[- ]?)?";

let cache: { deictic: RegExp; ago: RegExp; season: RegExp; seasons: string[] } | undefined;
function regexes() {
  if (cache) return cache;
  const { num, unit } = lexicon();
  const seasons = Object.keys(lexicon().lex.seasons).join("|");
  return (cache = {
    // "last week", "earlier this month", "late last year", "the past week", "next year"
    deictic: new RegExp(
      `\\b${MOD}(?:(the)\\s+)?(last|this|next|past|previous|coming|current|following)\\s+(week|month|year|weekend|decade|century|${seasons})\\b(?!-)`,
      "gi",
    ),
    // "two weeks ago", "a year earlier", "nearly four years ago", "a week or so ago"
    ago: new RegExp(
      `\\b(?:(?:nearly|almost|about|around|some|more than|less than|over|just|only|roughly|approximately|at least)\\s+)?(${num})[- ](${unit})s?(?:\\s+or\\s+so)?\\s+(ago|earlier|before|later|after|previously|from now|from today|hence)\\b`,
      "gi",
    ),
    // "the summer of 1998", "summer 1998", "the fall", "this summer" is handled by deictic
    season: new RegExp(`\\b(?:(early|late|mid)[- ])?(?:the\\s+)?(${seasons})(?:\\s+(?:of\\s+)?(\\d{4}))?\\b`, "gi"),
    seasons: Object.keys(lexicon().lex.seasons),
  });
}

function seasonValue(name: string, y: number): string {
  const [a, b] = lexicon().lex.seasons[name.toLowerCase()]!;
  return b < a ? `${fmtMonth(y, a)}/${fmtMonth(y + 1, b)}` : `${fmtMonth(y, a)}/${fmtMonth(y, b)}`;
}

/** The year of the season meant: "this" is this year's, "last" the latest one already over, "next" the next to begin. */
function seasonYear(anchor: Day, name: string, dir: number): number {
  const [a, b] = lexicon().lex.seasons[name.toLowerCase()]!;
  const wraps = b < a; // winter runs into the next year: it is named by the year it starts
  const m = anchor.m;
  if (dir === 0) return wraps && m <= b ? anchor.y - 1 : anchor.y;
  if (dir < 0) {
    if (wraps) return m <= b ? anchor.y - 2 : anchor.y - 1;
    return m > b ? anchor.y : anchor.y - 1;
  }
  if (wraps) return anchor.y; // the coming December's
  return m < a ? anchor.y : anchor.y + 1;
}

function deictic(s: SentenceContext, m: RegExpExecArray): Omit<Candidate, "start" | "end"> | null {
  const det = m[2]!.toLowerCase();
  const unit = m[3]!.toLowerCase();
  const hasThe = !!m[1];
  // "This Week" mid-sentence is a title (a broadcast), not this week
  if (/^[A-Z]/.test(m[3]!) && m.index > 0) return null;
  if (hasThe && (det === "past" || det === "last")) {
    // "the past week", "the past decade" are stretches of time (durations); "the past year" names the
    // calendar year before this one, as "last year" does (TimeBank marks it so), unless "of" makes it
    // the final one ("the last year of the war")
    if (unit !== "year") return null;
    if (/^\s+of\b/i.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 4))) return null;
  } else if (det === "past" && unit !== "weekend") return null;
  // "the following year", "the previous month": measured from the time under discussion (NEIGHBOUR)
  if (hasThe && (det === "following" || det === "previous") && /^(?:week|month|year)$/.test(unit)) return null;
  const dir =
    det === "last" || det === "previous" || det === "past"
      ? -1
      : det === "next" || det === "coming" || det === "following"
        ? 1
        : 0;
  if (hasThe && dir > 0) return null;
  const a = s.anchor;
  switch (unit) {
    case "week":
      return {
        value: fmtWeek(addDays(a, dir * 7)),
        grain: "week",
        rule: "relative",
      };
    case "month":
      return { value: monthValue(a, dir), grain: "month", rule: "relative" };
    case "year":
      return { value: fmtYear(a.y + dir), grain: "year", rule: "relative" };
    case "weekend":
      if (dir === 0)
        return {
          value: weekendValue(a, s.lean),
          grain: "range",
          rule: "weekend",
        };
      return {
        value: weekendValue(a, dir < 0 ? "past" : "future"),
        grain: "range",
        rule: "weekend",
      };
    case "decade": {
      const d0 = Math.floor(a.y / 10) * 10 + dir * 10;
      return {
        value: `${fmtYear(d0)}/${fmtYear(d0 + 9)}`,
        grain: "range",
        rule: "relative",
      };
    }
    case "century":
      return null;
    default:
      return {
        value: seasonValue(unit, seasonYear(a, unit, dir)),
        grain: "range",
        rule: "season",
      };
  }
}

function ago(s: SentenceContext, m: RegExpExecArray): Omit<Candidate, "start" | "end"> | null {
  const n = readNumber(m[1]!);
  const unit = readUnit(m[2]!);
  const word = m[3]!.toLowerCase();
  const sign = /ago|earlier|before|previously/.test(word) ? -1 : 1;
  const fromNow = word === "ago" || word === "from now" || word === "from today" || word === "hence";
  if (n === null)
    return fromNow
      ? {
          value: sign < 0 ? "PAST_REF" : "FUTURE_REF",
          grain: "ref",
          rule: "ago",
        }
      : null;
  if (!Number.isInteger(n)) return null; // "half a year ago": no calendar unit to land on
  if (!fromNow) {
    // "three days after the attack": measured from an event, not from a time; the durations parser
    // keeps "three days"
    if (
      /^\s+(?:(?:the|a|an|his|her|its|their|this|that|he|she|it|they|we|you)\b|[A-Z])/.test(
        s.text.slice(m.index + m[0].length, m.index + m[0].length + 8),
      )
    )
      return null;
    // "a year earlier": measured from the time under discussion
    if (unit === "Y" || unit === "M" || unit === "D")
      return {
        value: "",
        grain: "day",
        rule: "shift",
        shift: { unit, n: sign * n },
      };
    if (unit === "W")
      return {
        value: "",
        grain: "day",
        rule: "shift",
        shift: { unit: "D", n: sign * n * 7 },
      };
    // "a decade later": ten years on from the year under discussion
    if (unit === "DE")
      return {
        value: "",
        grain: "year",
        rule: "shift",
        shift: { unit: "Y", n: sign * n * 10 },
      };
    return null;
  }
  // "a year ago" in an earnings report is the same period a year before, like "a year earlier"
  if (unit === "Y" && n === 1 && word === "ago")
    return {
      value: "",
      grain: "day",
      rule: "shift",
      shift: { unit: "Y", n: -1 },
    };
  const a = s.anchor;
  const k = Math.round(sign * n);
  switch (unit) {
    case "D":
      return { value: fmtDay(addDays(a, k)), grain: "day", rule: "ago" };
    case "W":
      // "two weeks ago" may be a fortnight to the day; "six weeks ago" only names the week
      return n >= 3
        ? { value: fmtWeek(addDays(a, k * 7)), grain: "week", rule: "ago" }
        : { value: fmtDay(addDays(a, k * 7)), grain: "day", rule: "ago" };
    case "M": {
      const t = addMonths(a.y, a.m, k);
      return { value: fmtMonth(t.y, t.m), grain: "month", rule: "ago" };
    }
    case "Y":
      return { value: fmtYear(a.y + k), grain: "year", rule: "ago" };
    case "DE":
      return { value: fmtYear(a.y + k * 10), grain: "year", rule: "ago" };
    default:
      return null;
  }
}

// "the previous day", "the day before", "the next day", "the following week", "the next morning"
const NEIGHBOUR =
  /\b(?:the\s+(?:(previous|preceding|next|following)\s+(day|week|month|year|morning|afternoon|evening|night)|(day|week|month|year|night|morning|evening)\s+(before|after)))\b/gi;
// "the previous Friday", "the following Monday": a weekday measured from the day under discussion
let neighbourWeekday: RegExp | undefined;
// "the same day", "that day", "later in the day", "the day": the time under discussion, kept at day grain
// "the year-earlier quarter", "year-ago results", "last year's quarter": the period a year before
const YEAR_AGO =
  /\b(?:((?:the|its|their)\s+)(?:comparable\s+)?)?(?:year[- ](?:ago|earlier)|last year's|prior[- ]year)(\s+(?:(?:first|second|third|fourth|fiscal)\s+)?(?:quarter|period|nine months|six months|three months))?\b/gi;
// "the corresponding period last year", "the same quarter a year earlier": the period a year before
const PERIOD_YEAR_AGO =
  /\bthe\s+(?:same|corresponding|comparable)\s+(?:period|quarter)\s+(?:(?:of\s+)?last\s+year|a\s+year\s+(?:ago|earlier)|(?:of\s+)?the\s+(?:previous|prior|preceding)\s+year)\b/gi;
// "today is the fifth day of the airlift", "it's the fourth day of the siege": the day itself
let nthDayOf: RegExp | undefined;
function nthDayRegex(): RegExp {
  const ord = `${alternation(Object.keys(lexicon().lex.ordinals))}|\\d{1,3}(?:st|nd|rd|th)`;
  return new RegExp(
    `\\b(is|['’]s|marks|was|marked)\\s+(the\\s+(?:${ord})\\s+(?:straight\\s+|consecutive\\s+|full\\s+)?day)(?=\\s+of\\b)`,
    "gi",
  );
}
// "the year", "the full year", "the current fiscal year": the anchor's year; "that year": the one under discussion
// ("the year of the flood" is not; "a high for the year of $42" is)
const THE_YEAR =
  /\b(?:the\s+(?:(?:full|current|whole|entire)\s+)?(?:fiscal\s+)?year|(?:(?:later|earlier)\s+)?(that)\s+year)\b(?!\s+(?:ended|ending|earlier|ago|before|to|of(?!\s+[$£€]|\s+\d[\d,.]*\s*(?:%|percent|cents))|in|that|when|two|one|nineteen|\d))(?![-'’])/gi;
// "the current fiscal year that ends...": whatever follows, the anchor's
const CURRENT_YEAR = /\bthe\s+current\s+(?:fiscal\s+)?year\b(?![-'’])/gi;
// "by year-end", "the end of the year": the anchor's year
const YEAR_END = /\b(?:the\s+end\s+of\s+(?:the|this)\s+year|year[- ]end|year's\s+end)\b/gi;
// "last May", "this September", "next March"
let monthRe: RegExp | undefined;
// "June last year", "March of next year"
let monthOfYearRe: RegExp | undefined;
const SAME_DAY = /\b(?:the same day|that day|later that day|earlier that day|that night)\b/gi;
// "later that month", "that week": the month or week of the time under discussion
const SAME_PERIOD = /\b(?:(?:later|earlier)\s+)?that\s+(month|week)\b(?!-)/gi;

/** the units "last", "this" and "next" name besides the seasons */
const DEICTIC_UNITS = ["week", "month", "year", "decade", "century"];
/** the units NEIGHBOUR counts in ("afternoon" holds "noon") */
const NEIGHBOUR_UNITS = ["day", "week", "month", "year", "morning", "noon", "evening", "night"];

export const relative: Parser = (s) => {
  const r = regexes();
  // Each pattern below needs a word of its own ("year", "that", a season) and ignores case: where the
  // sentence lacks the word the pattern is not run (most sentences name no year, no day, no season).
  const low = s.text.toLowerCase();
  const has = (words: readonly string[]) => words.some((w) => low.includes(w));
  const year = low.includes("year");
  const season = has(r.seasons);
  const out = season || has(DEICTIC_UNITS) ? scan(s, r.deictic, (m) => deictic(s, m)) : [];
  if (/ago|earlier|before|later|after|previously|from now|from today|hence/i.test(s.text))
    out.push(...scan(s, r.ago, (m) => ago(s, m)));
  if (has(NEIGHBOUR_UNITS))
    out.push(
      ...scan(s, NEIGHBOUR, (m) => {
        // "the day before authorities issued...": measured from an event the text names, not from a time
        if (
          /^\s+[a-zA-Z]/.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 3)) &&
          /before|after/i.test(m[0])
        )
          return null;
        const which = (m[1] ?? m[4]!).toLowerCase();
        const unit = (m[2] ?? m[3]!).toLowerCase();
        const n = /previous|preceding|before/.test(which) ? -1 : 1;
        // "the following week" is a week (TimeML's WXX), not the day seven days on
        if (unit === "week") return { value: "", grain: "week", rule: "shift", shift: { unit: "W", n } };
        const shiftUnit = unit === "month" ? "M" : unit === "year" ? "Y" : "D";
        return { value: "", grain: "day", rule: "shift", shift: { unit: shiftUnit, n } };
      }),
    );
  neighbourWeekday ??= new RegExp(`\\bthe\\s+(previous|preceding|following|next)\\s+(${lexicon().weekday})\\b`, "gi");
  if (has(["previous", "preceding", "following", "next"]))
    out.push(
      ...scan(s, neighbourWeekday, (m) => {
        const wd = lexicon().lex.weekdays[m[2]!.toLowerCase()];
        if (wd === undefined || !/^[A-Z]/.test(m[2]!)) return null;
        const n = /previous|preceding/i.test(m[1]!) ? -1 : 1;
        return { value: "", grain: "day", rule: "shift", shift: { unit: "D", n, weekday: wd } };
      }),
    );
  if (year)
    out.push(
      ...scan(s, YEAR_AGO, (m) => {
        if (/^last year's$/i.test(m[0])) return null;
        // "the year-ago results": the article is the noun's
        const lead = m[1] && !m[2] ? m[1].length : 0;
        return {
          value: "",
          grain: "day",
          rule: "shift",
          shift: { unit: "Y", n: -1 },
          lead,
        };
      }),
    );
  if (low.includes("day"))
    out.push(
      ...scan(s, (nthDayOf ??= nthDayRegex()), (m) => {
        const lead = m[0].length - m[2]!.length;
        // told in the present it is the day of writing; in the past, the day under discussion
        return /^(?:was|marked)$/i.test(m[1]!)
          ? { value: "", grain: "day", rule: "shift", shift: { unit: "D", n: 0 }, lead }
          : { value: fmtDay(s.anchor), grain: "day", rule: "relative", lead };
      }),
    );
  monthRe ??= new RegExp(`\\b(last|this|next|this past|this coming)\\s+(${lexicon().month})(?!\\.?\\s*\\d)`, "gi");
  monthOfYearRe ??= new RegExp(`\\b(${lexicon().month})\\s+(?:of\\s+)?(last|this|next)\\s+year\\b`, "gi");
  if (year)
    out.push(
      ...scan(s, PERIOD_YEAR_AGO, () => ({
        value: "",
        grain: "day",
        rule: "shift",
        shift: { unit: "Y", n: -1 },
      })),
      ...scan(s, YEAR_END, (m) =>
        // "up 5% since year-end": the last day of the year before
        /\bsince\s+$/i.test(s.text.slice(Math.max(0, m.index - 8), m.index))
          ? { value: fmtDay({ y: s.anchor.y - 1, m: 12, d: 31 }), grain: "day", rule: "relative" }
          : { value: fmtYear(s.anchor.y), grain: "year", rule: "relative" },
      ),
      ...scan(s, THE_YEAR, (m) =>
        m[1]
          ? {
              value: "",
              grain: "year",
              rule: "shift",
              shift: { unit: "Y", n: 0 },
            }
          : { value: fmtYear(s.anchor.y), grain: "year", rule: "relative" },
      ),
      ...scan(s, CURRENT_YEAR, () => ({
        value: fmtYear(s.anchor.y),
        grain: "year",
        rule: "relative",
      })),
      ...scan(s, monthOfYearRe, (m) => {
        const mon = lexicon().lex.months[m[1]!.toLowerCase().replace(/\.$/, "")];
        if (!mon || m[1]![0] === m[1]![0]!.toLowerCase()) return null;
        const dir = { last: -1, this: 0, next: 1 }[m[2]!.toLowerCase() as "last" | "this" | "next"];
        return {
          value: fmtMonth(s.anchor.y + dir, mon),
          grain: "month",
          rule: "relative",
        };
      }),
    );
  if (has(["last", "this", "next"]))
    out.push(
      ...scan(s, monthRe, (m) => {
        const mon = lexicon().lex.months[m[2]!.toLowerCase().replace(/\.$/, "")];
        if (!mon || m[2]![0] === m[2]![0]!.toLowerCase()) return null;
        const det = m[1]!.toLowerCase();
        const a = s.anchor;
        let y = a.y;
        if (det === "last" || det === "this past") y = mon < a.m ? a.y : a.y - 1;
        else if (det === "next" || det === "this coming") y = mon > a.m ? a.y : a.y + 1;
        return { value: fmtMonth(y, mon), grain: "month", rule: "relative" };
      }),
    );
  if (has(["day", "night"]))
    out.push(
      ...scan(s, SAME_DAY, () => ({
        value: "",
        grain: "day",
        rule: "shift",
        shift: { unit: "D", n: 0 },
      })),
    );
  if (low.includes("that"))
    out.push(
      ...scan(s, SAME_PERIOD, (m) => {
        const week = /week/i.test(m[1]!);
        return { value: "", grain: week ? "week" : "month", rule: "shift", shift: { unit: week ? "W" : "M", n: 0 } };
      }),
    );
  if (season)
    out.push(
      ...scan(s, r.season, (m) => {
        const name = m[2]!;
        if (name === name.toLowerCase() && !m[3] && !/\bthe\s/i.test(m[0])) return null;
        // "Spring of Life": a name
        if (
          /^[A-Z]/.test(name) &&
          /^\s+of\s+(?:the|a)?\s*[A-Z]/.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 12))
        )
          return null;
        if (!m[3] && !/^(?:early|late|mid)?[- ]?the\s/i.test(m[0]) && name.toLowerCase() === "fall") return null;
        const y = m[3] ? +m[3] : seasonYear(s.anchor, name, 0);
        return { value: seasonValue(name, y), grain: "range", rule: "season" };
      }),
    );
  // "the weekend", "over the weekend"
  if (low.includes("weekend"))
    out.push(
      ...scan(s, /\bthe\s+weekend\b(?!['’]s)/gi, () => ({
        value: weekendValue(s.anchor, s.lean),
        grain: "range",
        rule: "weekend",
      })),
    );
  return out;
};
