/** Bare years, year ranges and decades, which chrono leaves alone. */
import { fmtMonth, fmtYear } from "../calendar.js";
import { lexicon, readMonth } from "../lexicon.js";
import { isAddressNumber, labelledNumbers } from "../numbered-names.js";
import { type Parser, scan } from "../types.js";

const YEAR = "(?:1[5-9]\\d\\d|20\\d\\d)";

// "from 1981 to 2005", "1980-1988", "1998-99"
const RANGE = new RegExp(
  `(?<![\\d$,.])(?:(from|between)\\s+)?(${YEAR})\\s*(-|–|—|to|through|until|till|and)\\s*(${YEAR}|\\d\\d)(?![\\d%,.]\\d|\\s*%|\\s*percent)\\b`,
  "gi",
);

// "1990s", "the late 1970s", "the '80s", "the nineties"
let decadeRe: RegExp | undefined;
function decadeRegex(): RegExp {
  const words = Object.keys(lexicon().lex.decades).join("|");
  return (decadeRe ??= new RegExp(
    `\\b(?:the\\s+)?(?:(?:early|mid|late)[- ])?(?:(1[5-9]\\d|20\\d)0'?s|'(\\d)0s|(${words}))\\b`,
    "gi",
  ));
}

// "2009", "mid-1996", "fiscal 1989", "early 1990", "post-1959" (TimeML marks the year with its prefix)
const YEAR_RE = new RegExp(
  `(?<![\\d$£€,.:/-]|\\d\\s)\\b(?:(?:early|mid|late)[- ]?|(?:post|pre)-)?(?:fiscal\\s+)?(${YEAR})\\b(?![,.]?\\d|-\\d|:\\d|\\s*%|\\s*percent)`,
  "gi",
);
// A count of things ("2000 troops") is no year, unless a word of time comes before it.
const COUNT_AFTER =
  /^\s+(?!years?\b|and\b|to\b|was\b|were\b|is\b|as\b|has\b|had\b|on\b|in\b|by\b|for\b|at\b|when\b|after\b|before\b|during\b|levels?\b|elections?\b|figures?\b|results?\b)[a-z]+s\b/;
const TIME_BEFORE =
  /\b(?:in|of|since|by|from|to|until|till|through|during|before|after|between|and|year|fiscal|early|late|mid|the|for|'s)\s*$/i;

const NAMED = /\b(?:called|named|dubbed|known\s+as)\s+(?:[A-Z][\w'’&-]*\s+){1,3}$/;

// "nineteen ninety-six", "the year two thousand", "two thousand and one" (transcribed broadcasts)
const TENS =
  "(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
const ONES = "(one|two|three|four|five|six|seven|eight|nine)";
const SPELLED = new RegExp(
  `\\b(?:the\\s+year\\s+)?(?:nineteen\\s+${TENS}(?:[- ]${ONES})?|two\\s+thousand(?:\\s+(?:and\\s+)?(${ONES}|${TENS}))?)\\b`,
  "gi",
);
const SPELLED_MONTH = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+$/i;
const SPELLED_VALUE: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

function spelledYear(m: RegExpExecArray): number | null {
  const v = (w: string | undefined) => (w ? (SPELLED_VALUE[w.toLowerCase()] ?? 0) : 0);
  if (m[1]) return 1900 + v(m[1]) + v(m[2]);
  if (/thousand/i.test(m[0])) return 2000 + v(m[3]);
  return null;
}

export const years: Parser = (s) => {
  if (!/\d\d|ties\b|nineteen|thousand/i.test(s.text)) return [];
  const out = scan(s, RANGE, (m) => {
    const a = +m[2]!;
    let b = +m[4]!;
    if (m[4]!.length === 2) b = Math.floor(a / 100) * 100 + b;
    const joiner = m[3]!.toLowerCase();
    if (b <= a || b - a > 200) return null;
    // "between 1985 and 1987": TimeML marks the two years apart (the bare-year pattern finds each);
    // "from 1981 to 2005" and "1980-1988" name one stretch of time
    if (joiner === "and") return null;
    if (/^(to|through|until|till)$/.test(joiner) && !m[1] && m[4]!.length === 2) return null;
    return {
      value: `${fmtYear(a)}/${fmtYear(b)}`,
      grain: "range",
      rule: "year-range",
    };
  });
  out.push(
    ...scan(s, decadeRegex(), (m) => {
      let start: number;
      if (m[1]) start = +m[1] * 10;
      else if (m[2]) start = 1900 + +m[2] * 10;
      else start = 1900 + lexicon().lex.decades[m[3]!.toLowerCase()]! * 10;
      return {
        value: `${fmtYear(start)}/${fmtYear(start + 9)}`,
        grain: "range",
        rule: "decade",
      };
    }),
  );
  out.push(
    ...scan(s, SPELLED, (m) => {
      const y = spelledYear(m);
      // "two thousand" alone is a count unless it is called a year
      if (!y || (y === 2000 && !/^the\s+year/i.test(m[0]))) return null;
      // "January nineteen ninety-seven": the month of that year
      const month = SPELLED_MONTH.exec(s.text.slice(Math.max(0, m.index - 12), m.index));
      const mon = month && month[1]![0] !== month[1]![0]!.toLowerCase() ? readMonth(month[1]!) : null;
      if (mon) return { value: fmtMonth(y, mon), grain: "month", rule: "year", lead: -month![0].length };
      return { value: fmtYear(y), grain: "year", rule: "year" };
    }),
  );
  // "the 1600 block of Main Street", "Flight 1549": a number that names a place or a thing (read
  // once a year is found)
  let labelled: ReturnType<typeof labelledNumbers> | undefined;
  out.push(
    ...scan(s, YEAR_RE, (m) => {
      const ys = m.index + m[0].length - m[1]!.length;
      labelled ??= labelledNumbers(s.text);
      if (labelled.some((n) => n.start === ys) || isAddressNumber(s.text, ys, ys + 4)) return null;
      const after = s.text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      // "a joint venture called Orion 1980": the number ends a name
      if (NAMED.test(s.text.slice(Math.max(0, m.index - 60), m.index))) return null;
      const before = s.text.slice(Math.max(0, m.index - 20), m.index);
      // "fiscal 1989 sales", "mid-1996 levels": the word before makes it a year
      if (COUNT_AFTER.test(after) && !TIME_BEFORE.test(before) && !/^(?:early|mid|late|fiscal)/i.test(m[0]))
        return null;
      return { value: fmtYear(+m[1]!), grain: "year", rule: "year" };
    }),
  );
  return out;
};
