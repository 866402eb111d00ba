import { describe, expect, it } from "vitest";
import { actorAt } from "../../src/entities/index.js";
import { extract, type Actor } from "../../src/index.js";
import { KHAN_TUMAN, readShared } from "../helpers.js";

interface Expected {
  entities: { name: string; type: string; aliases?: string[] }[];
}

const text = readShared(KHAN_TUMAN);
const expected = JSON.parse(readShared("examples/khan-tuman/expected.json")) as Expected;
const doc = extract(text, { published: "2016-05-10" });

/** Matching rule of shared/examples/README.md: by name or any listed alias, case-insensitive. */
function findActor(name: string, aliases: string[] = []): Actor | undefined {
  const wanted = new Set([name, ...aliases].map((s) => s.toLowerCase()));
  return doc.actors.find((a) => [a.name, ...a.aliases].some((n) => wanted.has(n.toLowerCase())));
}

function mentionTexts(a: Actor): string[] {
  return a.mentions.map((m) => text.slice(m.start, m.end).toLowerCase());
}

describe("entities and actors of the Khan Tuman article", () => {
  it.each(expected.entities.map((e) => [e.name, e]))("finds %s with its type", (_, e) => {
    const a = findActor(e.name, e.aliases);
    expect(a, e.name).toBeDefined();
    expect(a!.type).toBe(e.type);
  });

  it.each(expected.entities.filter((e) => e.aliases).map((e) => [e.name, e]))(
    "links every alias of %s to one actor",
    (_, e) => {
      const a = findActor(e.name)!;
      expect(a).toBeDefined();
      // a mention of the actor, or (like "Shamkhani", never written alone) a name it goes by
      const known = [...mentionTexts(a), ...a.aliases.map((x) => x.toLowerCase())];
      for (const alias of e.aliases!) expect(known, alias).toContain(alias.toLowerCase());
    },
  );

  it("links every entity to an actor whose mentions hold it", () => {
    for (const e of doc.entities) {
      expect(e.actor, e.text).toBeTypeOf("number");
      expect(doc.actors[e.actor!]!.mentions).toContainEqual({ start: e.start, end: e.end });
    }
  });

  it("keeps every entity span equal to its text and inside the body or the dateline", () => {
    for (const e of doc.entities) {
      expect(text.slice(e.start, e.end)).toBe(e.text);
      for (const b of doc.boilerplate) expect(e.end <= b.start || e.start >= b.end).toBe(true);
    }
  });

  it("types the IRGC as a state force of Iran", () => {
    const irgc = findActor("IRGC")!;
    expect(irgc.name).toBe("Iran Revolutionary Guard Corps");
    expect(irgc.actorType).toBe("state forces");
    expect(irgc.country).toBe("IR");
  });

  it("takes Islamist fighters, takfiris and insurgents as one rebel actor", () => {
    const rebels = findActor("Islamist fighters")!;
    expect(rebels.actorType).toBe("rebel groups");
    expect(mentionTexts(rebels)).toEqual(expect.arrayContaining(["takfiris", "insurgents"]));
  });

  it("gathers Iran's troops and regular army into the Military Forces of Iran, the brigade Iran's too", () => {
    const army = findActor("Military Forces of Iran")!;
    expect(army.actorType).toBe("state forces");
    expect(mentionTexts(army)).toEqual(expect.arrayContaining(["iranian troops", "regular army"]));
    expect(findActor("65th Airborne Special Forces Brigade")!.country).toBe("IR");
    expect(findActor("Tehran")!.country).toBe("IR");
  });

  it("reads nationalities as groups, not places", () => {
    const iranian = doc.entities.filter((e) => e.text === "Iranian");
    expect(iranian.length).toBeGreaterThan(0);
    for (const e of iranian) expect(e.type).toBe("group");
  });

  it("finds the speaker behind 'he' and a misspelt surname", () => {
    const he = text.indexOf(" he further claimed") + 1;
    expect(doc.actors[actorAt(doc, { start: he, end: he + 2 })]!.name).toBe("Ali Shamkhani");
    const razaee = text.indexOf("Razaee");
    expect(doc.actors[actorAt(doc, { start: razaee, end: razaee + 6 })]!.name).toBe("Mohsen Rezaee");
  });
});
