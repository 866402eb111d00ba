import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;

/**
 * wink-nlp with its small English model, loaded once: the tokenizer, sentence splitter and part-of-speech
 * tagger run (the quotes cue model tells a verb from a noun by it; the tagger adds little to the time).
 */
export function wink(): Nlp {
  nlp ??= winkNLP(model, ["sbd", "pos"]);
  return nlp;
}
