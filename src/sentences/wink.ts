import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

type Nlp = ReturnType<typeof winkNLP>;
type WinkDoc = ReturnType<Nlp["readDoc"]>;
type Index = Record<string | symbol, number>;

/**
 * wink-nlp adds each word it does not know to its vocabulary for the life of the instance, and its
 * tokenizer asks the vocabulary whether a piece is a word: once one article has made "Hamid’s" a word,
 * every later article gets "Hamid’s" as one token where read alone it gets "Hamid" + "’s", and the word
 * keeps the token type it was first given. So that an article's tokens depend on its own text only,
 * each document sees the words added while reading earlier documents as unknown: it adds them afresh,
 * exactly as a fresh instance would. The words the model adds while loading (its patterns' words) stay.
 */
interface Vocabulary {
  /** the instance's word index and word list: a word's index is its place in the list */
  hash: Index;
  list: unknown[];
  /** entries below this count were there before any document was read */
  loaded: number;
  /** where the words added by the document read last begin in the list */
  since: number;
}

/**
 * Words re-added by each document make the list grow with every article; past this many the instance is
 * built anew (about 60 ms), which changes no output since no document sees another's words.
 */
const MAX_ADDED = 200_000;

let nlp: Nlp | null = null;
let vocabulary: Vocabulary | null = null;

function load(): { nlp: Nlp; vocabulary: Vocabulary } {
  let lexeme: { hash: Index; list: unknown[] } | null = null;
  // the instance builds its own tables from the model's core(); keep a handle on its word index
  const core = (): unknown => {
    const m = (model.core as () => unknown)() as { features: { lexeme: { hash: Index; list: unknown[] } } };
    lexeme = m.features.lexeme;
    return m;
  };
  const n = winkNLP({ ...model, core } as typeof model, ["sbd"]);
  const { hash, list } = lexeme!;
  return { nlp: n, vocabulary: { hash, list, loaded: list.length, since: list.length } };
}

/** wink-nlp with its small English model, loaded once: only the tokenizer and sentence splitter run. */
export function wink(): Nlp {
  if (!nlp || !vocabulary || vocabulary.list.length - vocabulary.loaded > MAX_ADDED) ({ nlp, vocabulary } = load());
  return nlp;
}

/**
 * Reads one document as if it were the first this process reads: the words the document before added
 * leave the index (the list keeps them, so their indexes stay unique), and come back only if this
 * document adds them afresh. Deleting them here costs a few lookups per new word, where hiding them
 * behind a proxy slowed every lookup of every token.
 */
export function readDoc(text: string): WinkDoc {
  const n = wink();
  const v = vocabulary!;
  for (let i = v.since; i < v.list.length; i++) delete v.hash[v.list[i] as string];
  v.since = v.list.length;
  return n.readDoc(text);
}
