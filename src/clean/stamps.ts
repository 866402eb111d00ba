import { loadData } from "../util/data.js";

interface StampData {
  stampLabels: string[];
  dateWords: string[];
  bylineConnectors: string[];
}

let data: { labels: RegExp; dateWords: Set<string>; connectors: Set<string> } | null = null;

function words() {
  if (!data) {
    const d = loadData<StampData>("clean/stamps.json");
    const alts = [...d.stampLabels].sort((a, b) => b.length - a.length).map((l) => l.replace(/ /g, "\\s{1,3}"));
    data = {
      // The label may sit in asterisks or parentheses ('***UPDATED at 12:23 P.M. ...***').
      labels: new RegExp(`^[*(\\[\\s]{0,4}(?:${alts.join("|")})\\b\\s{0,3}:?`, "i"),
      dateWords: new Set(d.dateWords),
      connectors: new Set(d.bylineConnectors),
    };
  }
  return data;
}

/** Pieces of a line: words, numbers with an optional ordinal ending, and single other characters. */
const PIECE = /[A-Za-z]+|\d+(?:st|nd|rd|th)?|\S/g;
/** Punctuation a stamp uses between its date and clock parts. */
const STAMP_PUNCT = new Set([",", ".", "-", "–", "—", "|", "@", "/", ":", "(", ")", "*", "[", "]"]);

/** Only date and clock words remain, with at least one number or relative word ("1 day ago"). */
function onlyDateWords(rest: string): boolean {
  const { dateWords } = words();
  const pieces = rest.match(PIECE) ?? [];
  let anchored = false;
  for (const p of pieces) {
    if (/^\d/.test(p)) anchored = true;
    else if (/^[A-Za-z]/.test(p)) {
      const w = p.toLowerCase();
      if (!dateWords.has(w)) return false;
      if (w === "ago" || w === "today" || w === "yesterday") anchored = true;
    } else if (!STAMP_PUNCT.has(p)) return false;
  }
  return anchored;
}

/**
 * 'Updated: Jan 18, 2017 - 5:45 PM', 'Last Updated: November 13, 2016 at 7:44 pm'. A label followed by
 * anything but a date ('Updated: Initial reports were the victim was 13 ...') is the story's own text.
 */
export function isStamp(line: string): boolean {
  if (line.length > 120) return false;
  const m = words().labels.exec(line);
  return m !== null && onlyDateWords(line.slice(m[0].length));
}

const BY = /^by\s{0,3}:?\s{1,3}/i;
/** Where a stamp follows the names: 'by: Ann Pruitt, Leo Marsh Updated: Mar 3, 2017 - 6:41 PM'. */
const STAMP_AFTER = /(?:\.\s{1,3}|\s{1,3})(?=(?:created|updated|posted|published)\b)/i;

/**
 * 'By Alexa Ashwell, Angela Hong and Tina Terry', 'By: Associated Press'. Every word is capitalised or
 * a connector, so 'By stumps Kent had reached 108 for three.' and 'By Wednesday evening, candles ...'
 * are kept.
 */
export function isByline(line: string): boolean {
  if (line.length > 160) return false;
  const by = BY.exec(line);
  if (!by) return false;
  let names = line.slice(by[0].length);
  const cut = STAMP_AFTER.exec(names);
  if (cut) {
    if (!isStamp(names.slice(cut.index + cut[0].length))) return false;
    names = names.slice(0, cut.index);
  }
  const { connectors } = words();
  // Cloudflare hides addresses as '[email protected]'; a byline may carry one.
  const ws = names.replace(/\[email(?:&#160;|\s)protected\]/g, "").match(/[^\s,;|]+/g) ?? [];
  if (ws.length === 0 || ws.length > 12) return false;
  return ws.every(
    (w) => connectors.has(w.toLowerCase()) || /^[A-Z0-9][\w.'’-]*$/.test(w) || /^[\w.+-]+@[\w.-]+$/.test(w),
  );
}
