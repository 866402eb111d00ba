/**
 * Finds lexicon phrases in text: leftmost, longest first, on word boundaries, case-insensitive, any
 * run of 1-3 spaces between words. Words are looked up by their first word, then a tiny sticky
 * expression per phrase confirms the match: a single alternation of hundreds of phrases is slow to
 * compile and V8 recompiles it after its code is flushed.
 */
import { escapeRegExp } from "../util/regexp.js";
export interface PhraseHit {
  start: number;
  end: number;
  text: string;
}

const esc = escapeRegExp;

/**
 * A phrase pattern written as slots of alternatives ("" makes a slot optional):
 * [["suffered", "sustained"], ["a", ""], ["gunshot wound"]]. News varies the words inside a fixed frame
 * ("suffered a non-life-threatening gunshot wound", "sustaining multiple gunshot wounds"); listing every
 * combination would be thousands of phrases.
 */
export type PhrasePattern = string[][];

const wordsSource = (s: string): string => s.trim().split(/\s+/).map(esc).join("\\s{1,3}");

/**
 * "{hospital}": a hospital's proper name ("University of Louisville Hospital", "Grady Memorial
 * Hospital", "Stroger"-less names are not matched): capitalised words ending in a hospital word. Patterns
 * holding it are matched case-sensitively, since only capitals mark a name.
 */
const HOSPITAL =
  "(?:[A-Z][\\w'’.&-]{0,30}\\s{1,3}(?:of\\s{1,3}|the\\s{1,3})?){1,5}(?:Hospital|Hospitals|Medical\\s{1,3}Cent(?:er|re)|Health\\s{1,3}Cent(?:er|re)|Trauma\\s{1,3}Cent(?:er|re)|Infirmary|Healthcare|Health\\s{1,3}System|Medical|Memorial|General)";

/** The pattern as one expression without anchors, and the words it can begin with. */
export function compilePattern(p: PhrasePattern): { source: string; first: string[]; named: boolean } {
  const alt = (slot: string[]) =>
    [...new Set(slot.filter((a) => a.trim()))]
      .sort((a, b) => b.length - a.length)
      .map((a) => (a === "{hospital}" ? HOSPITAL : wordsSource(a)))
      .join("|");
  let source = `(?:${alt(p[0]!)})`;
  for (const slot of p.slice(1)) {
    const optional = slot.some((a) => !a.trim());
    source += optional ? `(?:\\s{1,3}(?:${alt(slot)}))?` : `\\s{1,3}(?:${alt(slot)})`;
  }
  return {
    source,
    first: [...new Set(p[0]!.map((a) => a.trim().split(/\s+/)[0]!.toLowerCase()))],
    named: p.some((slot) => slot.includes("{hospital}")),
  };
}

/** A phrase's expression, and its second word when that word is plain ASCII (null: test the expression). */
interface Phrase {
  re: RegExp;
  second: string | null;
}

/** JavaScript's \s, one character at a time */
const SPACE = /\s/;

/**
 * Whether `second` can follow the first word ending at `at`, as the phrase's expression reads it:
 * one to three spaces, then the word in either case. False only where the expression fails too.
 */
function secondFollows(s: string, at: number, second: string): boolean {
  let k = 0;
  while (k < 4 && at + k < s.length && SPACE.test(s[at + k]!)) k++;
  if (k < 1 || k > 3) return false;
  const from = at + k;
  if (from + second.length > s.length) return false;
  for (let i = 0; i < second.length; i++) {
    const c = second.charCodeAt(i);
    const t = s.charCodeAt(from + i);
    // an ASCII character matches itself, a lowercase letter its capital too (case-insensitive without "u")
    if (t !== c && !(c >= 97 && c <= 122 && t === c - 32)) return false;
  }
  return true;
}

export class PhraseMatcher {
  private readonly byFirst = new Map<string, Phrase[]>();
  private readonly patternsByFirst = new Map<string, RegExp[]>();

  constructor(phrases: Iterable<string>, patterns: readonly PhrasePattern[] = []) {
    const list = [...new Set([...phrases].map((p) => p.toLowerCase().trim()))].sort((a, b) => b.length - a.length);
    for (const p of list) {
      const ws = p.split(/\s+/);
      const w = ws[0]!;
      const re = new RegExp(ws.map(esc).join("\\s{1,3}") + "(?![\\w])", "iy");
      const second = ws.length > 1 && /^[\x21-\x7e]+$/.test(ws[1]!) ? ws[1]! : null;
      const arr = this.byFirst.get(w) ?? [];
      arr.push({ re, second });
      this.byFirst.set(w, arr);
    }
    for (const p of patterns) {
      const { source, first, named } = compilePattern(p);
      const re = new RegExp(source + "(?![\\w])", named ? "y" : "iy");
      for (const w of first) this.patternsByFirst.set(w, [...(this.patternsByFirst.get(w) ?? []), re]);
    }
  }

  find(text: string, start: number, end: number): PhraseHit[] {
    const out: PhraseHit[] = [];
    const slice = text.slice(start, end);
    // words are found by a small expression and looked up in a map: far cheaper than an alternation
    const words = /[A-Za-z][A-Za-z'’-]*/g;
    for (let m = words.exec(slice); m; m = words.exec(slice)) {
      if (m.index > 0 && /[\w'’-]/.test(slice[m.index - 1]!)) continue;
      const w = m[0].toLowerCase().replace(/[-'’]+$/, "");
      const cands = this.byFirst.get(w);
      const pats = this.patternsByFirst.get(w);
      if (!cands && !pats) continue;
      // the longest match at this word: phrases come longest first, a pattern may be longer still
      let best = -1;
      // (the second word is compared first: "with" alone begins some thirty phrases)
      const firstEnd = m.index + w.length;
      for (const { re, second } of cands ?? []) {
        if (second !== null && !secondFollows(slice, firstEnd, second)) continue;
        re.lastIndex = m.index;
        if (re.test(slice)) {
          best = re.lastIndex;
          break;
        }
      }
      for (const re of pats ?? []) {
        re.lastIndex = m.index;
        if (re.test(slice) && re.lastIndex > best) best = re.lastIndex;
      }
      if (best > 0) {
        out.push({ start: start + m.index, end: start + best, text: slice.slice(m.index, best) });
        words.lastIndex = best;
      }
    }
    return out;
  }
}
