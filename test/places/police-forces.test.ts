import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { loadData } from "../../src/util/data.js";
import { gazetteer } from "../../src/places/gazetteer/index.js";
import { forceMentions } from "../../src/places/forces.js";
import { runPipeline } from "../../src/pipeline.js";

function admin1Of(text: string, mention: string): string | null | undefined {
  return extract(text, {}).places.find((p) => p.text === mention)?.admin1;
}

describe("a police force's name says where the story is set", () => {
  it.each([
    ["Brant OPP said a man died after a crash near Paris on Tuesday.", "Paris", "Ontario"],
    ["RCMP said a woman was killed in Richmond on Sunday.", "Richmond", "British Columbia"],
    ["The GBI said a man was shot in Douglas on Sunday.", "Douglas", "Georgia"],
    ["The TBI said a man was shot in Brownsville on Sunday.", "Brownsville", "Tennessee"],
  ])("%j: %s lies in %s", (text, mention, admin1) => {
    expect(admin1Of(text, mention)).toBe(admin1);
  });

  it.each([
    // without the force, the bigger namesake
    ["A crash near Paris killed a man on Tuesday.", "Paris", "Île-de-France"],
    ["A man was shot in Brownsville on Sunday.", "Brownsville", "Texas"],
  ])("%j: %s lies in %s", (text, mention, admin1) => {
    expect(admin1Of(text, mention)).toBe(admin1);
  });

  it("is no place of its own", () => {
    const doc = extract("The NYPD and the LAPD said nothing.", {});
    expect(doc.places).toEqual([]);
  });

  it("finds the force only as a whole word", () => {
    const doc = runPipeline({ id: "t", text: "The OPPOSITION said the CHPs and the NYPD's officers met." }, undefined, {
      until: "places",
    });
    expect(forceMentions(doc, gazetteer()).map((m) => [m.name, m.feature.name])).toEqual([["NYPD", "New York City"]]);
  });

  it("resolves every listed force to a place in the gazetteer", () => {
    const { forces } = loadData<{ forces: { names: string[] }[] }>("places/police-forces.json");
    const names = forces.map((f) => f.names[0]!);
    const doc = runPipeline({ id: "t", text: `Officers of ${names.join(", ")} met.` }, undefined, { until: "places" });
    expect(forceMentions(doc, gazetteer()).map((m) => m.name)).toEqual(names);
  });
});

describe("the dateline's town, whose own police the story names, is where the story happened", () => {
  it.each([
    ["INDIANAPOLIS (WISH) — A man was killed in a shooting Sunday night. IMPD is investigating.", "Indianapolis", 2],
    // no force of the town: only the filing state is known
    ["INDIANAPOLIS (WISH) — A man was killed in a shooting Sunday night. Police are investigating.", "Indiana", 3],
  ])("%j happened in %s (precision %i)", (text, name, precision) => {
    const place = extract(text, {}).events[0]?.place;
    expect([place?.name, place?.precision]).toEqual([name, precision]);
  });
});

describe("a town inside the city whose force the story names", () => {
  it("is where the story happened", () => {
    const text = "BED-STUY, BROOKLYN — A 19-year-old man was hit in the leg by gunfire early Tuesday, the NYPD said.";
    expect(extract(text, {}).events[0]?.place?.name).toBe("Brooklyn");
  });
});

describe("a place named before its force's one-word name is the force's area", () => {
  it.each([
    [
      "A woman was injured in a collision in Paris. Brant OPP, firefighters and paramedics attended.",
      "Brant",
      "Ontario",
    ],
  ])("%j names %s in %s", (text, mention, admin1) => {
    expect(admin1Of(text, mention)).toBe(admin1);
  });
});

describe("a state opening an agency's name is the state alone", () => {
  it.each([
    ["Kentucky State Police said the hunter died in Metcalfe County.", "Kentucky"],
    ["The man was shot, the Kentucky Department of Fish and Wildlife said.", "Kentucky"],
  ])("%j names %s", (text, mention) => {
    expect(extract(text, {}).places.map((p) => p.text)).toContain(mention);
  });
});
