import { describe, expect, it } from "vitest";
import { runPipeline } from "../../src/pipeline.js";
import { quotes } from "../../src/quotes/index.js";
import { KHAN_TUMAN, readShared } from "../helpers.js";

/**
 * The cue model is trained (src/quotes/train.ts) on documents run up to the quotes stage: what it
 * learns from must be exactly what the stage is given in a real run.
 */
describe("a run stopped before the quotes stage", () => {
  const article = { id: "khan-tuman", text: readShared(KHAN_TUMAN), published: "2016-05-10" };
  const staged = runPipeline(article, undefined, { until: "quotes" });
  const full = runPipeline(article);

  it("stops before the quotes stage, after the stages it reads", () => {
    expect(staged.quotes).toEqual([]);
    expect(staged.sentences.length).toBeGreaterThan(0);
    expect(staged.casualties.length).toBeGreaterThan(0);
  });

  it("gives the quotes stage what a full run gives it", () => {
    expect(quotes.run(staged).quotes).toEqual(full.quotes);
    expect(full.quotes.length).toBeGreaterThan(0);
  });
});
