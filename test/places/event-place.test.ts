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
      "Tyrell Banks, 12, was struck by a bullet in Bellefontaine. He was flown by helicopter to the children’s hospital in Columbus for surgery.",
      "flown",
      "Bellefontaine",
    ],
    [
      "Two men were shot at a tire shop in Conyers. After being airlifted to a trauma center in Atlanta, one of the men died.",
      "airlifted",
      "Conyers",
    ],
    [
      "A man accidentally shot himself at a house in Perham. The man was taken to a Fargo hospital Saturday afternoon.",
      "taken",
      "Perham",
    ],
    [
      "Sophomore Brianna Keel was shot at her home in Poplar Bluff. She remains in critical condition at a St. Louis hospital.",
      "critical",
      "Poplar Bluff",
    ],
    [
      "Five family members were shot at a house in Brookhaven. The two surviving children are hospitalized in Jackson, and their mother is at a hospital in McComb.",
      "surviving",
      "Brookhaven",
    ],
    // the same town again in the sentence that sends the victim there
    [
      "A man accidentally shot himself at a house in Perham.\n\nThe man was flown to a Duluth hospital, according to calls heard over the Duluth-area emergency scanner.",
      "flown",
      "Perham",
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

// Where a suspect was caught is not where the shooting was, unless the words between name the harm.
describe("a place a suspect was arrested in", () => {
  it.each([
    [
      "A teenager was shot in Reno on Monday. The suspect was arrested late Tuesday night near Portola, California.",
      "suspect",
      "Reno",
    ],
    [
      "A man was killed in a shooting in Lafayette on Sunday. Police say the suspect was taken into custody in Breaux Bridge.",
      "custody",
      "Lafayette",
    ],
    // the words between name the harm: the place is the shooting's
    ["A man was arrested in connection with a shooting in Reno, police said.", "arrested", "Reno"],
  ])("%s", (text, word, name) => {
    const doc = extract(text, { published: "2016-05-10" });
    const at = text.indexOf(word);
    const sentence = doc.sentences.find((s) => s.start <= at && at < s.end)!;
    expect(eventPlace(doc, sentence)?.name).toBe(name);
  });
});

// A town named as where a person lives ("a Louisville man"), or by another name than its own, is not
// where the event happened when the same clause or story names another town; alone, it still stands in.
describe("a person's home town", () => {
  it.each([
    [
      "A Louisville woman faces attempted murder charges after a shooting that happened on Christmas morning in Ozark.",
      "shooting",
      "Ozark",
    ],
    ["A 24-year-old Macon woman was fatally shot in Warner Robins on Sunday.", "fatally", "Warner Robins"],
    ["Heriberto Gonzalez, 20, of Dothan shot a woman in Ozark, police said.", "shot", "Ozark"],
    // the home town is the only place named: it stands in
    ["A Louisville man was shot and wounded early Sunday, police said.", "shot", "Louisville"],
    // a quarter's compass word is the town's own name
    ["Two boys were shot in West Philadelphia near Ludlow Street on Saturday.", "Saturday", "Philadelphia"],
    // a place the event is in, before the person's home town
    ["A shooting in Ozark left a Dothan man wounded.", "shooting", "Ozark"],
  ])("%s", (text, word, name) => {
    const doc = extract(text, { published: "2016-05-10" });
    const at = text.indexOf(word);
    const sentence = doc.sentences.find((s) => s.start <= at && at < s.end)!;
    expect(eventPlace(doc, sentence)?.name).toBe(name);
  });

  it("counts a home town for half a mention when the article's dominant place is read", () => {
    const text =
      "A Louisville woman faces attempted murder charges after a shooting that happened in Ozark.\n\nFour people were injured in the shooting.";
    const doc = extract(text, { published: "2016-12-27" });
    const at = text.indexOf("Four");
    const sentence = doc.sentences.find((s) => s.start <= at && at < s.end)!;
    expect(eventPlace(doc, sentence)?.name).toBe("Ozark");
  });
});

// Names at a crossing of streets are streets, whatever small towns share them; a big city's name stays.
describe("streets named after towns", () => {
  it.each<[string, string[], string[]]>([
    [
      "Officers were sent to a shooting in the West End near the intersection of Linn and Livingston in Cincinnati.",
      ["Cincinnati"],
      ["Linn", "Livingston"],
    ],
    ["A man was shot at the corner of Hewitt and Linn in Cincinnati on Monday.", ["Cincinnati"], ["Hewitt", "Linn"]],
    ["She said it happened in her van at 31st SW and SW Cambridge in Seattle.", ["Seattle"], ["Cambridge"]],
    [
      "A man was wounded in West Philadelphia. Officers found a second victim close to the intersection of 61st and Ludlow, a spokesman said.",
      ["West Philadelphia"],
      ["Ludlow"],
    ],
    ["Three cruisers blocked the intersection of Elm and San Diego Streets, officers said.", ["San Diego"], []],
  ])("%s", (text, places, streets) => {
    const names = extract(text, { published: "2016-05-10" }).places.map((p) => p.text);
    for (const p of places) expect(names).toContain(p);
    for (const s of streets) expect(names).not.toContain(s);
  });
});

// "Old Town" is Las Vegas's other name in GeoNames and a small town's own name in Maine: on a Chicago
// site, beside Chicago, it is a part of Chicago the gazetteer lacks.
describe("a name neither the gazetteer's other name nor a namesake states away", () => {
  it("reads 'Old Town' beside Chicago on a Chicago site as lying in Chicago", () => {
    const text = "A man was shot in Old Town on Friday, one of nine people shot in Chicago this week.";
    const doc = extract(text, { published: "2016-05-10", url: "http://chicago.suntimes.com/news/1" });
    const at = text.indexOf("Friday");
    const place = eventPlace(
      doc,
      doc.sentences.find((s) => s.start <= at && at < s.end)!,
    );
    expect(place?.admin1).toBe("Illinois");
    expect(place?.lat).toBeCloseTo(41.85, 1);
  });
});

// Streets at a crossing are streets, whatever city shares the first one's name; and a person's home
// town ("31, of Knoxville") does not stand for where the event was when the article names more.
describe("a street at a crossing and a home town beside a county", () => {
  it("puts the shooting in Allegheny County, not in Tennessee", () => {
    const text =
      "Four people were shot Saturday night near Brownsville Road and Amanda Street.\n\nA county 911 supervisor said the call came in at 9 p.m. Allegheny County spokesman Neil Corbett said a girl was hurt.\n\nAnother victim, Marcus Tate, 27, of Knoxville, said a bullet grazed him. A bakery at the corner of Brownsville and Amanda had a broken window.";
    const doc = extract(text, { published: "2015-12-11" });
    expect(doc.places.find((p) => p.text === "Brownsville")).toBeUndefined();
    const at = text.indexOf("Four");
    const place = eventPlace(
      doc,
      doc.sentences.find((s) => s.start <= at && at < s.end)!,
    );
    expect(place?.admin1).toBe("Pennsylvania");
  });
});
