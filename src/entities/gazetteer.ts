import { loadData } from "../util/data.js";

interface GazetteerFile {
  first: string[];
  last: string[];
  person: string[];
  place: string[];
  organization: string[];
  demonym: string[];
  honorific: string[];
}

/** Lists whose multi-token entries are matched as phrases (longest match); the rest are single words. */
const PHRASE_LISTS = ["person", "place", "organization"] as const;
const WORD_LISTS = ["first", "last", "demonym", "honorific"] as const;

export interface Gazetteer {
  /** per phrase list: lowercased phrase (tokens joined by one space) */
  phrases: Map<string, Set<string>>;
  /** longest phrase, in tokens */
  maxLen: number;
  words: Map<string, Set<string>>;
}

let gaz: Gazetteer | null = null;

/** Phrases are keyed as wink-nlp tokenizes them: hyphens are tokens of their own. */
export function phraseKey(s: string): string {
  return s.toLowerCase().replace(/-/g, " - ").replace(/\s+/g, " ").trim();
}

export function gazetteer(): Gazetteer {
  if (gaz) return gaz;
  const file = loadData<GazetteerFile>("entities/gazetteer.json");
  const phrases = new Map<string, Set<string>>();
  let maxLen = 1;
  for (const list of PHRASE_LISTS) {
    const set = new Set<string>();
    for (const p of file[list]) {
      const k = phraseKey(p);
      set.add(k);
      maxLen = Math.max(maxLen, k.split(" ").length);
    }
    phrases.set(list, set);
  }
  const words = new Map<string, Set<string>>();
  for (const list of WORD_LISTS) words.set(list, new Set(file[list].map((w) => w.toLowerCase())));
  gaz = { phrases, maxLen: Math.min(maxLen, 5), words };
  return gaz;
}

/**
 * BILU position tags of the longest gazetteer phrase covering each token, per list: for token i,
 * e.g. ["place:B", "person:U"]. Tokens are lowercased texts of one sentence.
 */
export function gazetteerTags(lower: readonly string[]): string[][] {
  const g = gazetteer();
  const out: string[][] = lower.map(() => []);
  for (const [list, set] of g.phrases) {
    let i = 0;
    while (i < lower.length) {
      let found = 0;
      let key = "";
      for (let n = 1; n <= g.maxLen && i + n <= lower.length; n++) {
        key = n === 1 ? lower[i]! : key + " " + lower[i + n - 1]!;
        if (set.has(key)) found = n;
      }
      if (found === 0) {
        i++;
        continue;
      }
      if (found === 1) out[i]!.push(list + ":U");
      else
        for (let k = 0; k < found; k++)
          out[i + k]!.push(list + (k === 0 ? ":B" : k === found - 1 ? ":L" : ":I"));
      i += found;
    }
  }
  for (let i = 0; i < lower.length; i++)
    for (const [list, set] of g.words) if (set.has(lower[i]!)) out[i]!.push(list);
  return out;
}
