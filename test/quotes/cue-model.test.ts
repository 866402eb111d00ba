import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import {
  candidate,
  contentFeatures,
  cueFeatures,
  learnedContent,
  learnedCue,
  logOdds,
  stem,
  type CueModel,
} from "../../src/quotes/cue-model.js";
import { sentenceTokens } from "../../src/quotes/tokens.js";
import { loadData } from "../../src/util/data.js";
import { KHAN_TUMAN, readShared } from "../helpers.js";

const model = loadData<CueModel>("quotes/cue-model.json");

/** Every candidate word of a text with the content the rules would read: the rest of its sentence. */
function candidates(text: string) {
  const doc = extract(text);
  const out = [];
  for (const toks of sentenceTokens(doc))
    for (let k = 0; k + 1 < toks.length; k++) {
      if (!candidate(toks, k)) continue;
      out.push({ toks, k, content: { start: toks[k + 1]!.start, end: toks.at(-1)!.end } });
    }
  return out;
}

describe("the learned cue model judges a candidate word with the content read from it", () => {
  const cases = candidates(
    readShared(KHAN_TUMAN) +
      "\n\nThe senator is backing Bush in the primary. She knew that the convoy was late. " +
      "The group plans to visit the camp on Monday with a delegation of aid workers.",
  );

  it("finds candidates to judge", () => {
    expect(cases.length).toBeGreaterThan(20);
  });

  it("decides as the feature weights say: the fast lookups add up the same log-odds", () => {
    for (const { toks, k, content } of cases) {
      const z = logOdds(model.weights, [...cueFeatures(toks, k), ...contentFeatures(toks, k, content)]);
      const accepted = learnedCue(toks, k, false) && learnedContent(toks, k, content);
      expect(accepted, `${toks[k]!.text} (log-odds ${z.toFixed(3)})`).toBe(z >= model.threshold);
    }
  });

  it.each([
    ["a that-clause", "that the convoy was late", "that"],
    ["an infinitive", "to visit the camp", "to"],
    ["a quote", "“We will win”", "q"],
    ["a noun phrase", "the deal", "det"],
  ])("tells %s from other contents by its opening word", (_, content, opener) => {
    const doc = extract(`They said ${content}.`);
    const toks = sentenceTokens(doc)[0]!;
    const start = doc.text.indexOf(content);
    expect(contentFeatures(toks, 1, { start, end: start + content.length })).toContain(`co:${opener}`);
  });
});

describe("an irregular past is judged with the other forms of its verb", () => {
  it.each([
    ["knew", "knows", "knowing"],
    ["said", "says", "saying"],
    ["made", "makes", "making"],
    ["thought", "thinks", "thinking"],
  ])("%s shares the stem of %s and %s", (past, third, gerund) => {
    expect(stem(past)).toBe(stem(third));
    expect(stem(past)).toBe(stem(gerund));
  });

  it("keeps the regular inflections together", () => {
    expect(stem("endorsed")).toBe(stem("endorses"));
    expect(stem("denied")).toBe(stem("denies"));
  });

  it("gives an irregular past its lemma's WordNet classes", () => {
    const toks = (text: string) => sentenceTokens(extract(text))[0]!;
    const classes = (ts: ReturnType<typeof toks>) => cueFeatures(ts, 1).filter((f) => f.startsWith("wc"));
    const knew = classes(toks("She knew that the convoy was late."));
    expect(knew).toEqual(classes(toks("She knows that the convoy was late.")));
    expect(knew).toContain("wc1:cognition");
  });
});
