import type { EntityType, SitrepDocument, Token } from "../document/schema.js";
import { concatFeatures, docContext, sentenceFeatures, stackedFeatures } from "./features.js";
import { splitDatelinePrefix } from "./datelinePrefix.js";
import { splitGlued } from "./glue.js";
import { spansOf } from "./labels.js";
import { nerModel, tagSentence } from "./model.js";
import { tokensBySentence } from "./tokens.js";

export interface Mention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** index into the tagged sentences */
  sentence: number;
  /** token indexes [from, to) in that sentence */
  from: number;
  to: number;
}

export interface Tagged {
  /** the body's tokens by sentence, glued words split */
  sentences: Token[][];
  mentions: Mention[];
}

const TYPE: Record<string, EntityType> = { PER: "person", ORG: "organization", LOC: "place", MISC: "other" };

/** Runs the NER model over the body's tokens: one mention per tagged span, in text order. */
export function tagMentions(doc: Pick<SitrepDocument, "text" | "tokens">): Tagged {
  const model = nerModel();
  const sents = splitDatelinePrefix(splitGlued(tokensBySentence(doc)));
  const words = sents.map((s) => s.map((t) => t.text));
  const ctx = docContext(words);
  const local = words.map((w) => sentenceFeatures(w, ctx));
  let tags = local.map((f) => tagSentence(model.passes[0]!, f));
  if (model.passes[1]) {
    const stacked = stackedFeatures(words, tags);
    tags = local.map((f, si) => tagSentence(model.passes[1]!, concatFeatures(f, stacked[si]!)));
  }
  const mentions: Mention[] = [];
  sents.forEach((toks, si) => {
    for (const s of spansOf(tags[si]!)) {
      const start = toks[s.from]!.start;
      const end = toks[s.to - 1]!.end;
      mentions.push({ start, end, text: doc.text.slice(start, end), type: TYPE[s.cls]!, sentence: si, from: s.from, to: s.to });
    }
  });
  return { sentences: sents, mentions };
}
