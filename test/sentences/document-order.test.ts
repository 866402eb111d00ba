import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

/**
 * A batch and a single file must give one article the same output: wink-nlp learns each unknown word it
 * reads, and a word learnt whole from one article ("of Nadia Hamid’s." ends a sentence, and wink keeps
 * "Hamid’s" whole there) must not keep the possessive whole in the articles read after it.
 */
const ARTICLE =
  "Nadia Hamid’s office said on Monday that the convoy had been stopped. “We will not leave,” a driver said.";
const EARLIER = "The plan to reopen the crossing was first put forward by Nadia Hamid’s.";

function output(text: string): string {
  const d = extract(text);
  return JSON.stringify({ sentences: d.sentences, tokens: d.tokens, quotes: d.quotes });
}

describe("tokens depend on the document's own text only", () => {
  it("gives an article the same sentences, tokens and quotes alone and after other articles", () => {
    const alone = output(ARTICLE);
    expect(extract(ARTICLE).tokens.map((t) => t.text)).toContain("’s");
    output(EARLIER);
    expect(output(ARTICLE)).toBe(alone);
  });
});
