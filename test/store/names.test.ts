import { describe, expect, it } from "vitest";
import { parseNames, personNames, sameName, sharedNames } from "../../src/store/names.js";
import { placeNames } from "../../src/store/places.js";

const tokens = (name: string) => parseNames(name)[0]!;

describe("one person's name across articles", () => {
  it.each([
    ["Harold Schapelhouman", "Harold Shapelhouman", true],
    ["Osiel Benitez Benitez", "Osiel Benitez", true],
    ["Cardamien Demun Braxton Cooper", "Cardamien Demun Braxon Cooper", true],
    ["Melvin Jarmon Sr.", "Melvin Jarmon", true],
    ["Stef'an Strawder", "Stef’An Strawder", true],
    // Short names differ by one letter as often as they are misspelt.
    ["Tom Lee", "Tim Lee", false],
    ["Harald Shapelhouman", "Harold Schapelhouman", false],
    ["Toyia Jarmon", "Toyia Thomas", false],
    ["David Parsons", "Michael Parsons", false],
  ])("%s ~ %s: %s", (a, b, same) => {
    expect(sameName(tokens(a), tokens(b))).toBe(same);
  });

  it("finds the names two articles share", () => {
    const a = parseNames("Antonio Kelley; Elishama Pierre; Derrius Brandon");
    const b = parseNames("Derrius Brandon; Antonio Kelly; Valerie Cunningham");
    expect(sharedNames(a, b).map((n) => n.join(" "))).toEqual(["antonio kelley", "derrius brandon"]);
  });
});

describe("the people an article names", () => {
  const text =
    "Deshawn Miles, 19, was shot on Elm Street. Capt. Edward Stone said the shooter fled. " +
    "Rev. Corey Banks offered a reward. Maria Lopez, a police spokeswoman, asked for tips. Miles' mother, Tanya Miles, wept.";
  const actor = (name: string, mention: string) => {
    const start = text.indexOf(mention);
    return { name, type: "person", mentions: [{ start, end: start + mention.length }] };
  };

  it("keeps victims, suspects and relatives, and leaves out officials who speak about many incidents", () => {
    const doc = {
      text,
      actors: [
        actor("Deshawn Miles", "Deshawn Miles"),
        actor("Edward Stone", "Edward Stone"),
        actor("Corey Banks", "Corey Banks"),
        actor("Maria Lopez", "Maria Lopez"),
        actor("Tanya Miles", "Tanya Miles"),
        actor("Miles", "Miles'"),
        { name: "Elm Street Gang", type: "group", mentions: [] },
      ],
    };
    expect(personNames(doc)).toBe("Deshawn Miles; Tanya Miles");
  });

  it("has nothing to say of an article naming no one", () => {
    expect(personNames({ text: "Shots were fired.", actors: [] })).toBeNull();
    expect(parseNames(null)).toEqual([]);
  });

  it("keeps the places an article mentions, but not a capital standing for its government", () => {
    const doc = {
      places: [
        { name: "Mount Oliver" },
        { name: "Pittsburgh" },
        { name: "Mount Oliver" },
        { name: "Washington", role: "actor" },
      ],
    };
    expect(placeNames(doc)).toBe("Mount Oliver; Pittsburgh");
  });
});
