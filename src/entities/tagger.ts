import type { EntityType, SitrepDocument, Token } from "../document/schema.js";
import { docContext, sentenceFeatures, stackedFeatures } from "./features.js";
import { splitDatelinePrefix } from "./datelinePrefix.js";
import { splitGlued } from "./glue.js";
import { spansOf } from "./labels.js";
import { addScores, decodePass, nerModel } from "./model.js";
import { LABELS } from "./labels.js";
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
  const L = LABELS.length;
  const two = model.passes > 1;
  const second: Float32Array[] = [];
  let tags = words.map((w) => {
    const feats = sentenceFeatures(w, ctx);
    const e1 = new Float32Array(w.length * L);
    const e2 = two ? new Float32Array(w.length * L) : null;
    addScores(model, feats, e1, e2);
    if (e2) second.push(e2);
    return decodePass(model, 0, e1, w.length);
  });
  if (two) {
    const stacked = stackedFeatures(words, tags);
    tags = words.map((w, si) => {
      const e2 = second[si]!;
      addScores(model, stacked[si]!, null, e2);
      return decodePass(model, 1, e2, w.length);
    });
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
