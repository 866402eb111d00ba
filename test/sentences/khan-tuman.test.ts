import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { overlaps } from "../../src/util/ranges.js";
import { KHAN_TUMAN, readShared } from "../helpers.js";

const text = readShared(KHAN_TUMAN);
const doc = extract(text, { published: "2016-05-10" });

describe("foundation on the Khan Tuman article", () => {
  it("marks the three feed trailers as boilerplate, inside no sentence", () => {
    expect(doc.boilerplate.map((b) => b.text)).toEqual([
      "SEE ALSO: Why Aleppo is Syria's fiercest battleground",
      "Join the conversation about this story »",
      "NOW WATCH: A Russian orchestra threw a surprise concert in the ancient city of Palmyra",
    ]);
    for (const b of doc.boilerplate) for (const s of doc.sentences) expect(overlaps(b, s)).toBe(false);
  });

  it("reads the dateline as the filing place Beirut, outside the first sentence", () => {
    expect(doc.dateline?.place).toBe("Beirut");
    expect(doc.dateline?.text).toBe("BEIRUT —");
    expect(text.slice(doc.sentences[0]!.start, doc.sentences[0]!.start + 3)).toBe("Top");
  });

  it("splits the body into its 13 sentences", () => {
    // 11 paragraphs, two of them with two sentences; the quotes stay whole.
    expect(doc.sentences).toHaveLength(13);
    const fourth = text.slice(doc.sentences[3]!.start, doc.sentences[3]!.end);
    expect(fourth).toMatch(/^Razaee returned .* in 2009 and 2013\.$/);
  });

  it("gives tokens that round-trip to the text", () => {
    expect(doc.tokens.length).toBeGreaterThan(400);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
