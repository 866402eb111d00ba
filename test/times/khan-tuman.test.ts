import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { overlaps } from "../../src/util/ranges.js";
import { KHAN_TUMAN, readShared } from "../helpers.js";

interface ExpectedTime {
  text: string;
  value: string;
}

const text = readShared(KHAN_TUMAN);
const expected = JSON.parse(readShared("examples/khan-tuman/expected.json")) as {
  published: string;
  times: ExpectedTime[];
};

/** The time found over the expected words (TimeML spans may leave out a preposition: "In April"). */
function found(doc: ReturnType<typeof extract>, e: ExpectedTime) {
  const start = text.indexOf(e.text);
  expect(start, e.text).toBeGreaterThanOrEqual(0);
  return doc.times.find((t) => overlaps(t, { start, end: start + e.text.length }));
}

describe("times on the Khan Tuman article", () => {
  const doc = extract(text, { published: expected.published });

  it.each(expected.times)("reads $text as $value", (e) => {
    expect(found(doc, e)?.value).toBe(e.value);
  });

  it("reads nothing from the feed trailers (NOW WATCH)", () => {
    for (const b of doc.boilerplate) for (const t of doc.times) expect(overlaps(t, b)).toBe(false);
    expect(doc.times.some((t) => /now/i.test(t.text))).toBe(false);
  });

  it("keeps every time's text equal to its slice of the input", () => {
    for (const t of doc.times) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it("without a publication date, infers May 9 from 'May 6' and the later 'Monday', and still reads the ten times", () => {
    const bare = extract(text);
    expect(bare.published).toBe("2016-05-09");
    expect(bare.publishedSource).toBe("inferred");
    for (const e of expected.times) expect(found(bare, e)?.value, e.text).toBe(e.value);
  });
});
