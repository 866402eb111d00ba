import type { EntityType, SitrepDocument, Token } from "../document/schema.js";
import { splitDatelinePrefix } from "./datelinePrefix.js";
import { splitGlued } from "./glue.js";
import { spansOf } from "./labels.js";
import { nerModel } from "./model.js";
import { LABELS, viterbi } from "./labels.js";
import { addStackedScores, scoreDocument } from "./scorer.js";
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
  /** each token's text in lower case, one string per distinct word (later steps look words up by it) */
  lowers: string[][];
  mentions: Mention[];
}

const TYPE: Record<string, EntityType> = { PER: "person", ORG: "organization", LOC: "place", MISC: "other" };

/** Runs the NER model over the body's tokens: one mention per tagged span, in text order. */
export function tagMentions(doc: Pick<SitrepDocument, "text" | "tokens">): Tagged {
  const model = nerModel();
  const sents = splitDatelinePrefix(splitGlued(tokensBySentence(doc)));
  const scored = scoreDocument(
    model,
    sents.map((s) => s.map((t) => t.text)),
  );
  const W = 2 * LABELS.length;
  const pass1 = scored.offsets.map((at, si) =>
    viterbi(scored.emissions, sents[si]!.length, model.transitionUnits[0]!, W, at, model.transitionOrder[0]),
  );
  let tags = pass1;
  if (model.passes > 1) {
    addStackedScores(model, scored, pass1);
    tags = scored.offsets.map((at, si) =>
      viterbi(
        scored.emissions,
        sents[si]!.length,
        model.transitionUnits[1]!,
        W,
        at + LABELS.length,
        model.transitionOrder[1],
      ),
    );
  }
  const mentions: Mention[] = [];
  sents.forEach((toks, si) => {
    for (const s of spansOf(tags[si]!)) {
      const start = toks[s.from]!.start;
      const end = toks[s.to - 1]!.end;
      mentions.push({
        start,
        end,
        text: doc.text.slice(start, end),
        type: TYPE[s.cls]!,
        sentence: si,
        from: s.from,
        to: s.to,
      });
    }
  });
  return { sentences: sents, lowers: scored.words.map((s) => s.map((w) => w.plain)), mentions };
}
