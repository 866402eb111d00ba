/**
 * A word's WordNet lexicographer classes (data/quotes/word-classes.json, written from WordNet 3.1 by
 * `npm run train:wordclasses`): the cue model's way to let a rare cue word ("touted", "lamented")
 * borrow the evidence of its class (verb.communication, verb.emotion).
 */
import { loadData } from "../util/data.js";

/** [class, share]: the first sense's class first. */
export type WordClasses = readonly (readonly [string, number])[];

interface WordClassFile {
  about: string;
  /** lemma -> {class: share}, the first sense's class first */
  verbs: Record<string, Record<string, number>>;
}

let verbs: Map<string, WordClasses> | null = null;
function table(): Map<string, WordClasses> {
  if (!verbs) {
    const file = loadData<WordClassFile>("quotes/word-classes.json").verbs;
    verbs = new Map(Object.entries(file).map(([w, cs]) => [w, Object.entries(cs)]));
  }
  return verbs;
}

const VOWEL = /[aeiou]/;
/** A final consonant after a single vowel ("hop", "rat"): the shape whose -ing/-ed form lost an "e" or doubled it. */
const cvc = (b: string) =>
  b.length >= 3 && !VOWEL.test(b[b.length - 1]!) && VOWEL.test(b[b.length - 2]!) && !VOWEL.test(b[b.length - 3]!);
const undouble = (b: string) => (b.length > 2 && b[b.length - 1] === b[b.length - 2] ? b.slice(0, -1) : null);

/**
 * The verb lemmas a lowercase word form may come from, likeliest first: regular inflections only
 * (WordNet's exception lists are not packaged; the irregular cue verbs are listed cues anyway, and
 * giving "spoke", "thought", "knew" their lemma's classes from a hand list measured no better).
 */
function lemmaCandidates(w: string): (string | null)[] {
  if (w.endsWith("ies") || w.endsWith("ied")) return [w, w.slice(0, -3) + "y"];
  if (w.endsWith("ing")) {
    const b = w.slice(0, -3);
    return cvc(b) ? [w, b + "e", b, undouble(b)] : [w, b, b + "e", undouble(b)];
  }
  if (w.endsWith("ed")) return [w, w.slice(0, -1), w.slice(0, -2), undouble(w.slice(0, -2))];
  if (w.endsWith("es")) return [w, w.slice(0, -1), w.slice(0, -2)];
  if (w.endsWith("s")) return [w, w.slice(0, -1)];
  return [w];
}

const cache = new Map<string, WordClasses | null>();

/** The verb classes of a lowercase word form, or null when WordNet knows no verb it could inflect. */
export function wordClasses(w: string): WordClasses | null {
  let c = cache.get(w);
  if (c === undefined) {
    if (cache.size > 100_000) cache.clear();
    const t = table();
    c = null;
    for (const l of lemmaCandidates(w)) {
      const found = l && t.get(l);
      if (found) {
        c = found;
        break;
      }
    }
    cache.set(w, c);
  }
  return c;
}

/** The class of a word's first verb sense ("-" when none): the one most uses of the word are in. */
export function firstClass(w: string): string {
  return wordClasses(w)?.[0]?.[0] ?? "-";
}
