import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { expectAttribution } from "../helpers.js";

// Sentences written for these tests (no evaluation data is copied here).
// Known misreadings of issue #7.

describe("a phrasal speech verb framed by its quote", () => {
  // "went" is listed as a cue only in "went after"; that listing must not hide its framed reading
  it("'“...,” he went on.' reports the quote", () =>
    expectAttribution({
      text: "“We will finish the bridge by spring,” she went on.",
      cue: "went on",
      content: "“We will finish the bridge by spring,”",
      speaker: "she",
    }));
  it("'went' without 'on' reports nothing", () => {
    expect(extract("“We will finish the bridge by spring,” she went.").quotes).toHaveLength(0);
  });
});

describe("a participle's subject opening on a capitalized determiner", () => {
  // "The" opening the sentence is capitalized, yet no name: the lowercase word after it goes on with the phrase
  it("'The former mayor toured ..., saying' has the former mayor speak", () =>
    expectAttribution({
      text: "The former mayor toured the depot, saying the new buses were overdue.",
      cue: "saying",
      content: "the new buses were overdue",
      speaker: "The former mayor",
    }));
});

describe("a cue deep inside a relative clause set off by commas", () => {
  // the clause is still open over words of its own: its closing comma ends the content, not the sentence
  it("the content stops at the clause's closing comma", () =>
    expectAttribution({
      text: "The coach, who seemed tired after praising the young players, left the stadium early.",
      cue: "praising",
      content: "the young players",
      speaker: "who",
    }));
});

describe("speaker names", () => {
  // the entities stage links the pronoun to a person it reads in the nickname; the nickname names no speaker
  it("a pronoun after a nickname in quotation marks is not named after it", () => {
    const doc = extract("The senator skipped any talk of “Sleepy Sam” this time. He said the budget came first.");
    const q = doc.quotes.find((x) => x.cue?.text === "said");
    expect(q?.speaker?.name).toBeDefined();
    expect(q!.speaker!.name).not.toMatch(/Sam/);
  });
});

describe("an indefinite description named by a later speaker", () => {
  const nameOf = (text: string, cue: string) => extract(text).quotes.find((x) => x.cue?.text === cue)?.speaker?.name;
  // "poll" and "Pollster" share their letters, but a poll is no person to be named
  it("a thing is not named after a person who shares its words", () =>
    expect(
      nameOf("A fresh poll found that farmers were split. Pollster Ann Lee said the race was close.", "found"),
    ).toBe("A fresh poll"));
  it("a person's role still is", () =>
    expect(
      nameOf(
        "Another border official said the post was hit. Border chief Omar Haddad said the damage was light.",
        "said",
      ),
    ).toBe("Omar Haddad"));
});
