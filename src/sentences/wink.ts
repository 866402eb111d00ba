import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;

/** wink-nlp with its small English model, loaded once: only the tokenizer and sentence splitter run. */
export function wink(): Nlp {
  nlp ??= winkNLP(model, ["sbd"]);
  return nlp;
}
