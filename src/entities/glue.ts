import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Token } from "../document/schema.js";

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;
let vocabularySize = 0;

/**
 * A private wink-nlp instance used only to ask whether words are in its English vocabulary: words it
 * has not seen get ids past the original vocabulary, so ids below the first unseen one are known words.
 */
function knownWords(words: readonly string[]): boolean[] {
  if (!nlp) {
    nlp = winkNLP(model, []);
    vocabularySize = nlp.readDoc("qzxqjv").tokens().out(nlp.its.uniqueId)[0] as unknown as number;
  }
  const ids = nlp.readDoc(words.join(" ")).tokens().out(nlp.its.uniqueId) as unknown as number[];
  if (ids.length !== words.length) return words.map(() => true);
  return ids.map((id) => id < vocabularySize);
}

/** Scraped text loses the space after a link: "newspaper Ghanooncomparing the clashes". */
const GLUED = /^[A-Z][a-z]{8,40}$/;
/** the word a link runs into is most often a verb form */
const VERB_FORM = /(?:ing|ed|said|says|told|wrote)$/;

/**
 * Splits capitalized tokens that are two words run together, a name and a known English verb form,
 * into two virtual tokens (offsets into the same text). Other tokens pass through unchanged.
 */
export function splitGlued(sentences: Token[][]): Token[][] {
  const candidates: Token[] = [];
  for (const s of sentences) for (const t of s) if (GLUED.test(t.text) && VERB_FORM.test(t.text)) candidates.push(t);
  if (candidates.length === 0) return sentences;
  const whole = knownWords(candidates.map((t) => t.text.toLowerCase()));
  const splits = new Map<Token, number>();
  const probes: { t: Token; k: number }[] = [];
  candidates.forEach((t, i) => {
    if (whole[i]) return;
    for (let k = 4; k <= t.text.length - 5; k++) probes.push({ t, k });
  });
  if (probes.length === 0) return sentences;
  const known = knownWords(probes.map((p) => p.t.text.slice(p.k).toLowerCase()));
  probes.forEach((p, i) => {
    // the longest known suffix wins
    if (known[i] && !splits.has(p.t) && VERB_FORM.test(p.t.text.slice(p.k))) splits.set(p.t, p.k);
  });
  if (splits.size === 0) return sentences;
  return sentences.map((s) =>
    s.flatMap((t) => {
      const k = splits.get(t);
      if (k === undefined) return [t];
      return [
        { ...t, end: t.start + k, text: t.text.slice(0, k) },
        { ...t, start: t.start + k, text: t.text.slice(k) },
      ];
    }),
  );
}
