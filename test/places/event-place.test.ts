import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { eventPlace } from "../../src/places/index.js";

// Which place of a sentence stands for where its event happened.
describe("event place of a sentence", () => {
  it.each([
    // a country the event is put outside of is no event place; the article's other place stands in
    [
      "Rebels shelled Aleppo on Monday. Turkey sent troops in its first deployment outside of Turkey in years.",
      "troops",
      "SY",
    ],
    // before a town, "outside" means its outskirts: the town stays
    ["Two soldiers were killed in a raid outside Aleppo on Monday.", "raid", "SY"],
    // a war's name is history, not a place of today's event
    ["Fighting in Mosul killed five. The brigade last fought in the Iran-Iraq war.", "brigade", "IQ"],
  ])("%s", (text, word, country) => {
    const doc = extract(text, { published: "2016-05-10" });
    const at = text.indexOf(word);
    const sentence = doc.sentences.find((s) => s.start <= at && at < s.end)!;
    expect(eventPlace(doc, sentence)?.country).toBe(country);
  });
});
