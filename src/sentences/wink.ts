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
  /** entries below this count were there before any document was read */
  loaded: number;
  /** words added while reading the current document */
  current: Set<string | symbol>;
  list: unknown[];
}

/**
 * Words re-added by each document make the vocabulary grow with every article; past this many the
 * instance is built anew (about 60 ms), which changes no output since no document sees another's words.
 */
const MAX_ADDED = 200_000;

let nlp: Nlp | null = null;
let vocabulary: Vocabulary | null = null;

function load(): { nlp: Nlp; vocabulary: Vocabulary } {
  const v: Vocabulary = { loaded: Infinity, current: new Set(), list: [] };
  const core = (): unknown => {
    const m = (model.core as () => unknown)() as { features: { lexeme: { hash: Index; list: unknown[] } } };
    const lexeme = m.features.lexeme;
    v.list = lexeme.list;
    lexeme.hash = new Proxy(lexeme.hash, {
      get(index, word) {
        const id = index[word];
        return id === undefined || id < v.loaded || v.current.has(word) ? id : undefined;
      },
      set(index, word, id: number) {
        index[word] = id;
        v.current.add(word);
        return true;
      },
    });
    return m;
  };
  const n = winkNLP({ ...model, core } as typeof model, ["sbd"]);
  v.loaded = v.list.length;
  return { nlp: n, vocabulary: v };
}

/** wink-nlp with its small English model, loaded once: only the tokenizer and sentence splitter run. */
export function wink(): Nlp {
  if (!nlp || !vocabulary || vocabulary.list.length - vocabulary.loaded > MAX_ADDED) ({ nlp, vocabulary } = load());
  return nlp;
}

/** Reads one document as if it were the first this process reads. */
export function readDoc(text: string): WinkDoc {
  const n = wink();
  vocabulary!.current.clear();
  return n.readDoc(text);
}
