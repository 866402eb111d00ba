/** Words TimeML normalizes to PRESENT_REF, PAST_REF or FUTURE_REF ("now", "recently", "the future"). */
import { alternation, lexicon } from "../lexicon.js";
import { type Parser, scan } from "../types.js";

let re: { rx: RegExp; byWord: Map<string, string> } | undefined;
function build() {
  const byWord = new Map<string, string>();
  for (const [value, words] of Object.entries(lexicon().lex.refs)) for (const w of words) byWord.set(w, value);
  // "the past" followed by a count or unit is a duration ("the past three years"), left to that parser;
  // "the current four flights a week" is the present number
  const rx = new RegExp(
    `\\b(${alternation(byWord.keys())})\\b(?!\\s+(?:decade|year|month|week|day|quarter|hour|century|centuries))(?!(?<=\\bthe\\s+past)\\s+(?:\\d|few|several|many|couple|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty))`,
    "gi",
  );
  return { rx, byWord };
}

export const refs: Parser = (s) => {
  re ??= build();
  const { byWord } = re;
  return scan(s, re.rx, (m) => {
    // feed trailers ("NOW WATCH:") are shouted, never a time
    if (m[0] === m[0].toUpperCase() && /[A-Z]{2}/.test(m[0])) return null;
    // "the past years", "the coming weeks": with the article, a stretch of time (the durations parser's)
    if (/^(?:past|coming|future)\s/i.test(m[0]) && /\bthe\s+$/i.test(s.text.slice(Math.max(0, m.index - 4), m.index)))
      return null;
    // "at the time of its founding", "At the time Howes was captured, ...": a time named by an event,
    // not the time under discussion ("At the time, ...", "saying at the time he was willing")
    if (/^at\s/i.test(m[0])) {
      const after = s.text.slice(m.index + m[0].length, m.index + m[0].length + 4);
      if (/^\s+of\b/i.test(after) || (/^[\s"'`“‘(]*$/.test(s.text.slice(0, m.index)) && /^\s+\w/.test(after)))
        return null;
    }
    const value = byWord.get(m[0].toLowerCase().replace(/\s+/g, " "));
    return value ? { value, grain: "ref", rule: "ref" } : null;
  });
};
