import { describe, expect, it } from "vitest";
import { runPipeline } from "../../src/pipeline.js";
import { concatFeatures, docContext, sentenceFeatures, stackedFeatures } from "../../src/entities/features.js";
import { LABELS, viterbi } from "../../src/entities/labels.js";
import { addScores, nerModel } from "../../src/entities/model.js";
import { addStackedScores, scoreDocument } from "../../src/entities/scorer.js";
import { tokensBySentence } from "../../src/entities/tokens.js";
import { readJsonl } from "../helpers.js";

const L = LABELS.length;

/** Both passes' emission scores from the trainer's feature lists, in integer weight units. */
function fromFeatureLists(words: string[][]): { pass1: number[][][]; pass2: number[][][]; tags: number[][] } {
  const model = nerModel();
  const ctx = docContext(words);
  const local = words.map((w) => sentenceFeatures(w, ctx));
  const units = (e: Float32Array) =>
    Array.from({ length: e.length / L }, (_, i) =>
      Array.from(e.subarray(i * L, (i + 1) * L), (x) => Math.round(x / model.unit) + 0),
    );
  const pass1 = local.map((f) => {
    const e = new Float32Array(f.length * L);
    addScores(model, f, e, null);
    return e;
  });
  const tags = pass1.map((e, si) => viterbi(e, words[si]!.length, model.transitions[0]!));
  const stacked = stackedFeatures(words, tags);
  const pass2 = local.map((f, si) => {
    const e = new Float32Array(f.length * L);
    addScores(model, concatFeatures(f, stacked[si]!), null, e);
    return e;
  });
  return { pass1: pass1.map(units), pass2: pass2.map(units), tags };
}

describe("the tagger's cached scores", () => {
  const articles = readJsonl<{ id: string; text: string }>("eval/ner/dev.jsonl").slice(0, 12);
  it.each(articles.map((a) => [a.id, a.text]))("equal the trainer's feature lists' scores on %s", (_, text) => {
    const doc = runPipeline({ id: "t", text: text!, published: null });
    const words = tokensBySentence(doc).map((s) => s.map((t) => t.text));
    const want = fromFeatureLists(words);
    const model = nerModel();
    const scored = scoreDocument(model, words);
    const part = (pass: number) =>
      words.map((s, si) =>
        s.map((_, i) => {
          const at = scored.offsets[si]! + i * 2 * L + pass * L;
          return Array.from(scored.emissions.subarray(at, at + L));
        }),
      );
    expect(part(0)).toEqual(want.pass1);
    addStackedScores(model, scored, want.tags);
    expect(part(1)).toEqual(want.pass2);
  });
});
