import type { SitrepDocument } from "../document/schema.js";
import { docContext, sentenceFeatures } from "./features.js";
import { spansOf, type NerClass } from "./labels.js";
import { nerModel, tagSentence } from "./model.js";
import { tokensBySentence } from "./tokens.js";

export interface Mention {
  start: number;
  end: number;
  text: string;
  cls: NerClass;
  /** index of the sentence holding it */
  sentence: number;
}

/** Runs the NER model over the body's tokens: one mention per tagged span, in text order. */
export function tagMentions(doc: Pick<SitrepDocument, "text" | "tokens">): Mention[] {
  const model = nerModel();
  const sents = tokensBySentence(doc);
  const ctx = docContext(sents.map((s) => s.map((t) => t.text)));
  const out: Mention[] = [];
  for (const toks of sents) {
    const tags = tagSentence(model, sentenceFeatures(toks.map((t) => t.text), ctx));
    for (const s of spansOf(tags)) {
      const start = toks[s.from]!.start;
      const end = toks[s.to - 1]!.end;
      out.push({ start, end, text: doc.text.slice(start, end), cls: s.cls, sentence: toks[0]!.sentence });
    }
  }
  return out;
}
