/**
 * Finds lexicon phrases in text: leftmost, longest first, on word boundaries, case-insensitive, any
 * run of 1-3 spaces between words. Words are looked up by their first word, then a tiny sticky
 * expression per phrase confirms the match: a single alternation of hundreds of phrases is slow to
 * compile and V8 recompiles it after its code is flushed.
 */
export interface PhraseHit {
  start: number;
  end: number;
  text: string;
}

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export class PhraseMatcher {
  private readonly byFirst = new Map<string, RegExp[]>();

  constructor(phrases: Iterable<string>) {
    const list = [...new Set([...phrases].map((p) => p.toLowerCase().trim()))].sort((a, b) => b.length - a.length);
    for (const p of list) {
      const w = p.split(/\s+/)[0]!;
      const re = new RegExp(p.split(/\s+/).map(esc).join("\\s{1,3}") + "(?![\\w])", "iy");
      const arr = this.byFirst.get(w) ?? [];
      arr.push(re);
      this.byFirst.set(w, arr);
    }
  }

  find(text: string, start: number, end: number): PhraseHit[] {
    const out: PhraseHit[] = [];
    const slice = text.slice(start, end);
    // words are found by a small expression and looked up in a map: far cheaper than an alternation
    const words = /[A-Za-z][A-Za-z'’-]*/g;
    for (let m = words.exec(slice); m; m = words.exec(slice)) {
      if (m.index > 0 && /[\w'’-]/.test(slice[m.index - 1]!)) continue;
      const cands = this.byFirst.get(m[0].toLowerCase().replace(/[-'’]+$/, ""));
      if (!cands) continue;
      for (const re of cands) {
        re.lastIndex = m.index;
        if (re.test(slice)) {
          out.push({
            start: start + m.index,
            end: start + re.lastIndex,
            text: slice.slice(m.index, re.lastIndex),
          });
          words.lastIndex = re.lastIndex;
          break;
        }
      }
    }
    return out;
  }
}
