import { describe, expect, it } from "vitest";
import { clean } from "../../src/clean/index.js";
import { createDocument } from "../../src/document/create.js";
import type { Entity, SitrepDocument } from "../../src/document/schema.js";
import { collectCandidates } from "../../src/places/candidates.js";
import { gazetteer } from "../../src/places/gazetteer/index.js";
import { places } from "../../src/places/index.js";
import { sentences } from "../../src/sentences/index.js";

/** A document as the places stage receives it, with the entities another stage would have found. */
function docWith(text: string, entities: Omit<Entity, "text">[]): SitrepDocument {
  const doc = sentences.run(clean.run(createDocument({ id: "t", text })));
  return { ...doc, entities: entities.map((e) => ({ ...e, text: text.slice(e.start, e.end) })) };
}

const TEXT = "Fighters overran Kafr Hamra and shelled Aleppo, a monitor said.";
const span = (s: string): { start: number; end: number } => ({
  start: TEXT.indexOf(s),
  end: TEXT.indexOf(s) + s.length,
});

describe("toponym candidates from the entities stage and from the finder", () => {
  it("takes a NER place the finder cannot see, and anchors it when the gazetteer lacks it", () => {
    const doc = places.run(docWith(TEXT, [{ ...span("Kafr Hamra"), type: "place" }]));
    const kafr = doc.places.find((p) => p.text === "Kafr Hamra");
    expect(kafr).toMatchObject({ name: "Kafr Hamra", country: "SY", precision: 2 });
    expect(TEXT.slice(kafr!.anchor!.start, kafr!.anchor!.end)).toBe("Aleppo");
  });

  it("without NER, the finder alone misses the unknown name but still finds Aleppo", () => {
    const doc = places.run(docWith(TEXT, []));
    expect(doc.places.map((p) => p.text)).toEqual(["Aleppo"]);
  });

  it("can run on NER alone, and drops finder names inside a person's name", () => {
    const g = gazetteer();
    const withNer = docWith(TEXT, [{ ...span("Aleppo"), type: "place" }]);
    expect(collectCandidates(withNer, g, { finder: false }).map((c) => c.text)).toEqual(["Aleppo"]);
    const person = "Aleppo Smith said the road was open.";
    const d = docWith(person, [{ start: 0, end: 12, type: "person" }]);
    expect(collectCandidates(d, g).some((c) => c.text === "Aleppo")).toBe(false);
  });
});

describe("a tagger's 'person' that is a place", () => {
  const g = gazetteer();
  /** [sentence, the person-tagged span, the name asked about, is it a place] */
  const cases: [string, string, string, boolean][] = [
    ["Polio rose in Angola, Chad, and Benin.", "Chad", "Chad", true],
    ["Flooding hit central China's Hunan and Hubei provinces this week.", "Hubei", "Hubei", true],
    ["Both men will argue their case before a Denver judge in March.", "Denver", "Denver", true],
    ["Chad said the vote was fair.", "Chad", "Chad", false],
    ["Andrew Jackson won. Jackson then left for the capital.", "Jackson", "Jackson", false],
    ["Aleppo Smith said the road was open.", "Aleppo Smith", "Aleppo", false],
    [
      "Infections turned up in Edmonton, Mount Sheridan and Earlville, all suburbs of Cairns.",
      "Mount Sheridan",
      "Mount Sheridan",
      true,
    ],
    ["She spoke about her addiction in Surrey, B.C. on Saturday.", "B.C.", "B.C.", true],
    ["Mount Sheridan won the race.", "Mount Sheridan", "Mount Sheridan", false],
    [
      "Cases rose in Democratic Republic of the Congo.",
      "Democratic Republic",
      "Democratic Republic of the Congo",
      true,
    ],
    [
      "Since meeting Aleppo Mayor Omar Khalil Nasr in Paris, she raised funds.",
      "Aleppo Mayor Omar Khalil Nasr",
      "Aleppo",
      true,
    ],
    ["Since meeting Aleppo Smith in Paris, she raised funds.", "Aleppo Smith", "Aleppo", false],
    ["Ducks were sampled in Queen Anne's County, Maryland.", "Anne", "Queen Anne's County", true],
    ["Residents of Jefferson Parish may return on Monday.", "Jefferson Parish", "Jefferson Parish", true],
  ];
  it.each(cases)("%s (%s)", (text, person, name, place) => {
    const at = text.lastIndexOf(person);
    const persons = [{ start: at, end: at + person.length, type: "person" as const }];
    if (person === "Jackson") persons.push({ start: 0, end: "Andrew Jackson".length, type: "person" });
    const d = docWith(text, persons);
    expect(collectCandidates(d, g).some((c) => c.text === name && c.end > at)).toBe(place);
  });
});

describe("a longer name known only as a small town's alternate", () => {
  const g = gazetteer();
  const cases: [string, string][] = [
    ["Fog caused delays at London City airport on Monday.", "London"],
    ["Flights to Paris were cancelled.", "Paris"],
  ];
  it.each(cases)("%s finds %s", (text, name) => {
    expect(collectCandidates(docWith(text, []), g).map((c) => c.text)).toContain(name);
  });
});

describe("an unknown name alone in its paragraph", () => {
  it("borrows the town the article names most", () => {
    const text =
      "Fog closed runways in London on Monday. London airports said flights were cancelled.\n\nPassengers at Fogwell Field waited for hours on Tuesday.";
    const at = text.indexOf("Fogwell Field");
    const doc = places.run(docWith(text, [{ start: at, end: at + "Fogwell Field".length, type: "place" }]));
    const p = doc.places.find((x) => x.text === "Fogwell Field");
    expect(p).toMatchObject({ country: "GB", precision: 2 });
    expect(text.slice(p!.anchor!.start, p!.anchor!.end)).toBe("London");
  });
});

describe("a person's given name alone after the full name", () => {
  // [text, the person's full name, the later mention, is that mention a place]
  it.each<[string, string, number, boolean]>([
    [
      "Later the list grew to include Austin Whitlock. Four people were in the car, including Austin, his uncle and a friend.",
      "Austin Whitlock",
      1,
      false,
    ],
    ["Austin Whitlock was 15. His family moved to Austin last year.", "Austin Whitlock", 1, true],
    ["Austin Whitlock was 15. Austin police are investigating.", "Austin Whitlock", 1, true],
    // an office title after a town's name makes no given name
    [
      "Aleppo Mayor Brita Hagi Hasan spoke. Shelling hit eastern Aleppo again.",
      "Aleppo Mayor Omar Khalil Nasr",
      1,
      true,
    ],
  ])("%s", (text, person, nth, isPlace) => {
    const given = person.split(" ")[0]!;
    let at = -1;
    for (let i = 0; i <= nth; i++) at = text.indexOf(given, at + 1);
    const start = text.indexOf(person);
    const doc = docWith(text, [
      { start, end: start + person.length, type: "person" },
      { start: at, end: at + given.length, type: "place" },
    ]);
    expect(collectCandidates(doc, gazetteer()).some((c) => c.start === at)).toBe(isPlace);
  });
});
