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
  /** every phrase's proper prefixes: a longer match is tried only while the words so far are one */
  prefixes: Set<string>;
  /** phrase -> the lists holding it */
  lists: Map<string, string[]>;
  /** longest phrase, in tokens */
  maxLen: number;
  /** the words phrases have after their first: a word outside it can neither continue nor end one */
  inner: Set<string>;
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
  const prefixes = new Set<string>();
  const inner = new Set<string>();
  let maxLen = 1;
  for (const list of PHRASE_LISTS) {
    const set = new Set<string>();
    for (const p of file[list]) {
      const k = phraseKey(p);
      set.add(k);
      const parts = k.split(" ");
      for (let n = 1; n < parts.length; n++) {
        prefixes.add(parts.slice(0, n).join(" "));
        inner.add(parts[n]!);
      }
      maxLen = Math.max(maxLen, k.split(" ").length);
    }
    phrases.set(list, set);
  }
  const words = new Map<string, Set<string>>();
  for (const list of WORD_LISTS) words.set(list, new Set(file[list].map((w) => w.toLowerCase())));
  const lists = new Map<string, string[]>();
  for (const [list, set] of phrases) for (const p of set) lists.set(p, [...(lists.get(p) ?? []), list]);
  gaz = { phrases, prefixes, lists, maxLen: Math.min(maxLen, 5), inner, words };
  return gaz;
}

/**
 * BILU position tags of the longest gazetteer phrase covering each token, per list, as small
 * integers: phrase list index * 4 + position (B 0, I 1, L 2, U 3); single-word lists from 64 on.
 * Tokens are lowercased texts of one sentence.
 */
export function gazetteerTags(lower: readonly string[]): number[][] {
  const g = gazetteer();
  const out: number[][] = lower.map(() => []);
  // per list, the longest phrase starting at each token
  const longest = new Map<string, Int8Array>();
  for (const list of g.phrases.keys()) longest.set(list, new Int8Array(lower.length));
  for (let i = 0; i < lower.length; i++) {
    let key = "";
    for (let n = 1; n <= g.maxLen && i + n <= lower.length; n++) {
      key = n === 1 ? lower[i]! : key + " " + lower[i + n - 1]!;
      const lists = g.lists.get(key);
      if (lists) for (const list of lists) longest.get(list)![i] = n;
      if (!g.prefixes.has(key)) break;
    }
  }
  let li = 0;
  for (const len of longest.values()) {
    const base = 4 * li++;
    let i = 0;
    while (i < lower.length) {
      const found = len[i]!;
      if (found === 0) {
        i++;
        continue;
      }
      if (found === 1) out[i]!.push(base + 3);
      else for (let k = 0; k < found; k++) out[i + k]!.push(base + (k === 0 ? 0 : k === found - 1 ? 2 : 1));
      i += found;
    }
  }
  for (let i = 0; i < lower.length; i++) {
    let wi = 64;
    for (const set of g.words.values()) {
      if (set.has(lower[i]!)) out[i]!.push(wi);
      wi++;
    }
  }
  return out;
}
