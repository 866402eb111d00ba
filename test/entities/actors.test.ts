import { describe, expect, it } from "vitest";
import { actorAt, actorsIn, countryCode, demonymCountry, isDemonym } from "../../src/entities/index.js";
import { extract, type Actor, type SitrepDocument } from "../../src/index.js";

function actorNamed(doc: SitrepDocument, name: string): Actor {
  const a = doc.actors.find((x) => x.name === name || x.aliases.includes(name));
  if (!a) throw new Error(`no actor ${name} in ${doc.actors.map((x) => x.name).join(", ")}`);
  return a;
}

describe("actors and their ACLED types", () => {
  it.each([
    ["Nigerian troops killed 20 Boko Haram fighters near Maiduguri on Sunday.", "Boko Haram", "rebel groups", "NG"],
    [
      "Nigerian troops killed 20 Boko Haram fighters near Maiduguri on Sunday.",
      "Military Forces of Nigeria",
      "state forces",
      "NG",
    ],
    ["Houthi rebels fired missiles at Saudi Arabia on Tuesday.", "Houthi", "rebel groups", "YE"],
    [
      "The Islamic State of Iraq and the Levant (ISIL) claimed the attack in Mosul.",
      "Islamic State of Iraq and the Levant",
      "rebel groups",
      null,
    ],
    ["Police fired tear gas at protesters in Nairobi on Monday.", "protesters", "protesters", null],
    ["Gunmen killed 12 villagers in an overnight raid, officials said.", "villagers", "civilians", null],
  ])("%s -> %s", (text, name, actorType, country) => {
    const a = actorNamed(extract(text), name);
    expect(a.actorType).toBe(actorType);
    expect(a.country).toBe(country);
  });

  it("links a bracketed acronym and a later surname to the full names", () => {
    const doc = extract(
      "Fighters of the Syrian Democratic Forces (SDF) entered Raqqa. SDF spokesman Talal Silo said the city would fall. Silo added that the SDF lost 30 men.",
    );
    const sdf = actorNamed(doc, "Syrian Democratic Forces");
    expect(sdf.aliases).toContain("SDF");
    expect(sdf.mentions.length).toBeGreaterThanOrEqual(3);
    const silo = actorNamed(doc, "Talal Silo");
    expect(silo.mentions.map((m) => doc.text.slice(m.start, m.end))).toContain("Silo");
  });

  it("merges kind words of one side into one actor", () => {
    const doc = extract("Insurgents attacked the checkpoint at dawn. The rebels later withdrew to the hills.");
    const rebels = actorNamed(doc, "Insurgents");
    expect(rebels.actorType).toBe("rebel groups");
    expect(rebels.aliases).toContain("rebels");
  });

  it("finds the actor covering a speaker span and those inside a sentence", () => {
    const doc = extract("Rebel commander Abu Omar said his fighters held the town. He said the army had fled.");
    const he = doc.text.indexOf("He said");
    const i = actorAt(doc, { start: he, end: he + 2 });
    expect(doc.actors[i]!.name).toBe("Abu Omar");
    const first = doc.sentences[0]!;
    expect(actorsIn(doc, first).map((k) => doc.actors[k]!.name)).toContain("Abu Omar");
  });

  it("tells demonyms from places for the stages after it", () => {
    expect(isDemonym("Iranian")).toBe(true);
    expect(isDemonym("Iran")).toBe(false);
    expect(demonymCountry("Syrians")).toBe("SY");
    expect(countryCode("the U.S.")).toBe("US");
    expect(countryCode("Aleppo")).toBeNull();
  });
});
