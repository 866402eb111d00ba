/**
 * Counts as ranges: "13" is 13 exactly, "at least 13" sets only a floor, "dozens" is coded 12 the way
 * ACLED codes it, "between 1,500 and 3,000" is a range. Every reading names the rule that produced it.
 * Word lists live in data/casualties/numbers.json.
 */
import { loadData } from "../util/data.js";
import { escapeRegExp } from "../util/regexp.js";

export interface CountReading {
  low: number | null;
  best: number | null;
  high: number | null;
  /** which rule read the count: "exact", "at-least", "dozens", "range", ... */
  rule: string;
}

export interface CountMatch extends CountReading {
  start: number;
  end: number;
  text: string;
  /** "another two", "an additional three": the count adds to people already counted */
  additive: boolean;
}

interface NumbersFile {
  units: Record<string, number>;
  tens: Record<string, number>;
  scales: Record<string, number>;
  fixed: Record<
    string,
    {
      low: number | null;
      best: number | null;
      high: number | null;
      rule: string;
    }
  >;
  modifiers: Record<string, string>;
  motionVerbs: string[];
}

interface Compiled {
  data: NumbersFile;
  /** a bare cardinal: digits or number words */
  cardinal: string;
  /** anchored reader of one whole count phrase */
  whole: RegExp;
  /** finds count phrases inside text */
  scan: RegExp;
  modifierKeys: string[];
  /** words that can carry a count: text without a digit or one of them holds no count */
  countWords: Set<string>;
  motionVerbs: Set<string>;
}

let compiled: Compiled | null = null;

const byLength = (a: string, b: string): number => b.length - a.length;
const esc = (s: string): string => escapeRegExp(s).replace(/ /g, "\\s{1,3}");

function compile(): Compiled {
  if (compiled) return compiled;
  const data = loadData<NumbersFile>("casualties/numbers.json");
  const units = Object.keys(data.units).sort(byLength).join("|");
  const tens = Object.keys(data.tens).join("|");
  const scales = Object.keys(data.scales).join("|");
  // twenty-one, one hundred twenty, two thousand: at most two scale steps keeps the regex flat.
  const small = `(?:(?:${tens})(?:[-\\s](?:${units}))?|${units})`;
  const words = `${small}(?:\\s(?:${scales})(?:\\s(?:and\\s)?${small})?){0,2}`;
  const digits = `\\d{1,3}(?:,\\d{3})+|\\d{1,7}`;
  const cardinal = `(?:${digits}|${words})`;
  const fixed = Object.keys(data.fixed).sort(byLength).map(esc).join("|");
  const mods = Object.keys(data.modifiers).sort(byLength).map(esc).join("|");
  const range = `between\\s${cardinal}\\s(?:and|to)\\s${cardinal}|${cardinal}\\s?(?:-|–|to|or)\\s?${cardinal}`;
  const core = `(?:(?:${mods})\\s)?(?:${range}|${fixed}|${cardinal})`;
  compiled = {
    data,
    cardinal,
    whole: new RegExp(`^(?:${core})$`, "i"),
    scan: new RegExp(`(?<![\\w$#,:-])(?<!\\d\\.)(?:${core})(?![\\w%$])`, "gi"),
    modifierKeys: Object.keys(data.modifiers).sort(byLength),
    countWords: new Set([
      ...Object.keys(data.units),
      ...Object.keys(data.tens),
      ...Object.keys(data.scales),
      ...Object.keys(data.fixed).flatMap((k) => k.split(" ").filter((w) => !/^(?:a|of|half)$/.test(w))),
    ]),
    motionVerbs: new Set(data.motionVerbs),
  };
  return compiled;
}

/** Value of a bare cardinal ("1,500", "twenty-one", "two hundred and five"), or null. */
export function cardinalValue(s: string): number | null {
  const t = s.trim().toLowerCase();
  if (/^\d{1,3}(,\d{3})+$|^\d+$/.test(t)) return Number(t.replace(/,/g, ""));
  const { data } = compile();
  let total = 0;
  let current = 0;
  let any = false;
  for (const w of t.split(/[\s-]+/)) {
    if (w === "and") continue;
    if (w in data.units) current += data.units[w]!;
    else if (w in data.tens) current += data.tens[w]!;
    else if (w in data.scales) {
      const scale = data.scales[w]!;
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
    } else return null;
    any = true;
  }
  return any ? total + current : null;
}

/** Reads one whole count phrase; null when the phrase is not a count. */
export function readCount(phrase: string): CountReading | null {
  const c = compile();
  const p = phrase.trim().replace(/\s+/g, " ");
  // the parse itself rejects what is no count; the anchored expression only guards odd input
  if (p.length > 60 || (/[^\w\s,–-]/.test(p) && !c.whole.test(p))) return null;
  const lower = p.toLowerCase();
  let mod: string | null = null;
  let rest = lower;
  for (const m of c.modifierKeys) {
    if (rest.startsWith(m + " ")) {
      const after = rest.slice(m.length + 1);
      // "some" and "other" are modifiers only before a count word
      if (readBase(after, c) === null) continue;
      mod = c.data.modifiers[m]!;
      rest = after;
      break;
    }
  }
  const base = readBase(rest, c);
  if (!base) return null;
  return applyModifier(base, mod);
}

function readBase(s: string, c: Compiled): CountReading | null {
  const fixed = c.data.fixed[s];
  if (fixed) return { ...fixed };
  const between = /^between (.+?) (?:and|to) (.+)$/.exec(s) ?? /^(.+?) ?(?:-|–| to | or ) ?(.+)$/.exec(s);
  if (between) {
    const a = cardinalValue(between[1]!);
    const b = cardinalValue(between[2]!);
    if (a !== null && b !== null && a < b) return { low: a, best: a, high: b, rule: "range" };
  }
  const v = cardinalValue(s);
  return v === null ? null : { low: v, best: v, high: v, rule: "exact" };
}

function applyModifier(r: CountReading, mod: string | null): CountReading {
  const n = r.best ?? r.low;
  switch (mod) {
    case null:
    case "exact":
    case "additional":
      return r;
    case "at-least":
      return { low: r.low, best: n, high: null, rule: "at-least" };
    case "more-than":
      return { low: r.low, best: null, high: null, rule: "more-than" };
    case "up-to":
      return { low: null, best: null, high: r.high ?? n, rule: "up-to" };
    case "nearly":
      return { low: null, best: n, high: r.high ?? n, rule: "nearly" };
    case "fewer-than":
      return {
        low: null,
        best: null,
        high: n === null ? null : n - 1,
        rule: "fewer-than",
      };
    case "about":
      return { low: null, best: n, high: null, rule: "about" };
    default:
      return r;
  }
}

/**
 * Count phrases inside text[from, to). Ordinals ("65th"), compounds ("one-day", "12-year-old"),
 * times ("4:30"), money and percentages are not counts and are left out.
 */
/** a month's name or abbreviation right before a number, capitalized as in a date ("Oct. 3", "March 12") */
const MONTH_BEFORE =
  /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s{1,3}$|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s{1,3}$/;

/** a capitalized noun a number designates ("Route 9", "Highway 78", "Apt. 3", "Channel 2"), right before it */
const DESIGNATOR_BEFORE =
  /\b(?:Route|Rt\.?|Highway|Hwy\.?|Interstate|I-|Road|Rd\.?|Apartment|Apt\.?|Unit|Suite|Room|Lot|Exit|Gate|Pier|Precinct|District|Ward|Channel|Station|No\.|Number)\s{0,3}$/;

/** A cheap first look: a digit, or a word that can be a count ("two", "dozen", "several"). */
function mayHoldCount(text: string, from: number, to: number, c: Compiled): boolean {
  const slice = text.slice(from, to);
  if (/\d/.test(slice)) return true;
  const words = /[A-Za-z]+/g;
  for (let m = words.exec(slice); m; m = words.exec(slice)) if (c.countWords.has(m[0].toLowerCase())) return true;
  return false;
}

export function findCounts(text: string, from = 0, to = text.length): CountMatch[] {
  const c = compile();
  const out: CountMatch[] = [];
  if (!mayHoldCount(text, from, to, c)) return out;
  // a few characters before the window let the look-behind see what precedes it ("0:43")
  const pre = Math.max(0, from - 4);
  const slice = text.slice(pre, to);
  c.scan.lastIndex = from - pre;
  for (let m = c.scan.exec(slice); m; m = c.scan.exec(slice)) {
    const raw = m[0];
    if (!raw.trim()) {
      c.scan.lastIndex++;
      continue;
    }
    const start = pre + m.index;
    const end = start + raw.length;
    const next = text.slice(end, end + 3);
    // one-day, 12-year-old, 4:30, 3.5, 65th
    if (/^[-–]\w|^:\d|^\.\d|^(?:st|nd|rd|th)\b/i.test(next)) continue;
    // "the 17 year old", "a three year old": an age written without its hyphens
    if (/^\s{1,3}(?:year|month|week)s?[\s-]{1,3}old\b/i.test(text.slice(end, end + 16))) continue;
    // "shot on Oct. 3 died Tuesday", "since Jan. 1": the day of a month is no count of people
    if (MONTH_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    // "On Route 9 two men were shot", "Apartment 3": the number of a road, a unit or a station names it
    if (DESIGNATOR_BEFORE.test(text.slice(Math.max(0, start - 14), start))) continue;
    // "between the ages of 16-18"
    if (/\b(?:ages?|aged|age of|ages of)\s{1,3}$/i.test(text.slice(Math.max(0, start - 20), start))) continue;
    // years ("2016 shooting"), decades ("their 20's") and the emergency number are not counts
    if (/^(?:19|20)\d\d$/.test(raw) || raw === "911" || /^['’]?s\b/.test(next)) continue;
    // "walked up to two men": "up" is the particle of the verb of motion and "to" heads the place it
    // reaches, so the count after them is exact, no limit
    const upTo = /^up\s{1,3}to\s{1,3}/i.exec(raw);
    const verb = upTo ? /([a-z]+)\s{1,3}$/i.exec(text.slice(Math.max(0, start - 20), start)) : null;
    if (upTo && verb && c.motionVerbs.has(verb[1]!.toLowerCase())) {
      const r = readCount(raw.slice(upTo[0].length));
      if (r) out.push({ ...r, start: start + upTo[0].length, end, text: raw.slice(upTo[0].length), additive: false });
      continue;
    }
    const r = readCount(raw);
    if (!r) continue;
    const additive = /^(?:another|an additional|other)\s/i.test(raw);
    out.push({ ...r, start, end, text: raw, additive });
  }
  return out;
}

let vague: Set<string> | null = null;
/**
 * Whether a count's rule reads a vague quantity ("several", "multiple", "dozens"): a coded default
 * (ACLED), not a number the writer stated.
 */
export function isVagueRule(rule: string): boolean {
  if (!vague) {
    vague = new Set();
    for (const f of Object.values(compile().data.fixed)) if (f.low !== f.high) vague.add(f.rule);
  }
  return vague.has(rule);
}
