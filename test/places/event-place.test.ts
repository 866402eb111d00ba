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

// Where a victim was carried to is not where the event happened.
describe("a place the victim was taken to", () => {
  it.each([
    [
      "Javon Pence, 13, was hit by a bullet in Bellefontaine. He was flown by a MedFlight helicopter to Nationwide Children’s Hospital in Columbus for treatment.",
      "flown",
      "Bellefontaine",
    ],
    [
      "Two men were shot at a Magnet store in Conyers. After being airlifted to Grady Memorial Hospital in Atlanta, one of them died of his injuries.",
      "airlifted",
      "Conyers",
    ],
    [
      "A man accidentally shot himself at a house in Perham. The man was taken to a Fargo hospital Saturday afternoon.",
      "taken",
      "Perham",
    ],
    [
      "Junior Kaitlyn Pullam was shot at her home in Poplar Bluff. She is in critical condition at St. Louis Children's Hospital.",
      "critical",
      "Poplar Bluff",
    ],
    [
      "Five family members were shot at a house in Brookhaven. The two surviving children are hospitalized in Jackson, and their mother is at a hospital in McComb.",
      "surviving",
      "Brookhaven",
    ],
    // a town the event happened in stays, with a hospital named after it
    ["A woman was shot in Dayton and taken to Miami Valley Hospital, police said.", "shot", "Dayton"],
  ])("%s", (text, word, name) => {
    const doc = extract(text, { published: "2016-05-10" });
    const at = text.indexOf(word);
    const sentence = doc.sentences.find((s) => s.start <= at && at < s.end)!;
    expect(eventPlace(doc, sentence)?.name).toBe(name);
  });
});
