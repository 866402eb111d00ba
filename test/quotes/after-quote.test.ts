import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { expectAttribution as expectCase, type AttributionCase } from "../helpers.js";

// Sentences written for these tests (no evaluation data is copied here).
type Case = AttributionCase;

// '“...,” said X ...': after a quote that closes on the cue the inversion is sure, however the speaker
// phrase runs on (a prepositional phrase, a coordinated title) before the sentence ends.
const INVERTED: Case[] = [
  {
    text: "“We lost everything in one night,” said one official with knowledge of the talks.",
    cue: "said",
    content: "“We lost everything in one night,”",
    speaker: "one official",
  },
  {
    text: "“The bridge is gone and nobody is coming,” said former Kharkiv Gov. and Council Chairman Ivan Petrenko.",
    cue: "said",
    content: "“The bridge is gone and nobody is coming,”",
    // the two offices joined by "and" are one phrase with the name they stand before
    speaker: "former Kharkiv Gov. and Council Chairman Ivan Petrenko",
  },
  {
    // a sentence opening on the cue has its quote after the speaker
    text: "Said Petrenko, “We will fight on until the last village is free.”",
    cue: "Said",
    content: "“We will fight on until the last village is free.”",
    speaker: "Petrenko",
  },
  {
    // a nationality before a common noun is the addressee of "asked", not its question
    text: "“Why are you still arming them?” Petrenko asked Western diplomats. “What does this say about you?”",
    cue: "asked",
    content: "“Why are you still arming them?” Petrenko asked Western diplomats. “What does this say about you?”",
    speaker: "Petrenko",
  },
  {
    // the words of a quote opening the sentence are no subject: the speaker follows the quote, and the
    // quote is the content of a cue that closes the sentence
    text: '"We will not back down," Council Leader Ivan Petrenko, D-Ky., said. "That is not our view."',
    cue: "said",
    content: '"We will not back down," Council Leader Ivan Petrenko, D-Ky., said. "That is not our view."',
    speaker: "Council Leader Ivan Petrenko",
  },
  {
    // a programme's title closes the addressee: the circumstance after it leaves the quote as content
    text: "“We won,” the mayor, Ivan Petrenko, told the radio show “Morning Report” after the vote, which was close.",
    cue: "told",
    content: "“We won,”",
    speaker: "Ivan Petrenko",
  },
  {
    // the short phrase the speaker's name stands in apposition to is the speaker's, not the content's
    text: "“We won,” the mayor, Ivan Petrenko, said.",
    cue: "said",
    content: "“We won,”",
    speaker: "Ivan Petrenko",
  },
  {
    // what the words were said of is part of the content (PolNeAR's "said of")
    text: "“It is a disgrace,” the mayor said of the council’s vote on the bridge.",
    cue: "said",
    content: "“It is a disgrace,” the mayor said of the council’s vote on the bridge",
    speaker: "the mayor",
  },
  {
    // ...and so is a relative clause about it that closes the sentence
    text: "“It was time to fix the docks,” Mary Tran, the harbor master, said of the marina, which was built in 1988.",
    cue: "said",
    content:
      "“It was time to fix the docks,” Mary Tran, the harbor master, said of the marina, which was built in 1988",
    speaker: "Mary Tran",
  },
  {
    // ...while a quote resuming after the phrase's comma continues the content
    text: "“It is a disgrace,” she said of the vote, “and nobody will forget it.”",
    cue: "said",
    content: "“It is a disgrace,” she said of the vote, “and nobody will forget it.”",
    speaker: "she",
  },
];

// Any past or present verb a direct quote and its speaker frame reports that quote, listed or not.
const FRAMED: Case[] = [
  {
    text: "“If they were serious about peace, they would have stopped the shelling,” Petrenko fumed on Tuesday.",
    cue: "fumed",
    content: "“If they were serious about peace, they would have stopped the shelling,”",
    speaker: "Petrenko",
  },
  {
    text: "“Would you negotiate with them?” the host pressed. “Maybe not now?”",
    cue: "pressed",
    content: "“Would you negotiate with them?” the host pressed. “Maybe not now?”",
    speaker: "the host",
  },
  {
    text: "“We will never surrender,” fumed Petrenko.",
    cue: "fumed",
    content: "“We will never surrender,”",
    speaker: "Petrenko",
  },
  {
    text: "“The region is a leading partner against terrorism,” the ministry's statement reads.",
    cue: "reads",
    content: "“The region is a leading partner against terrorism,”",
    speaker: "the ministry's statement",
  },
  {
    // "read" in the past is spelled as its present: the frame, not the spelling, makes it the verb
    text: "“The shelters will stay open through the winter,” the council's letter read.",
    cue: "read",
    content: "“The shelters will stay open through the winter,”",
    speaker: "the council's letter",
  },
  {
    text: "“No more delays on the bridge,” read the banner.",
    cue: "read",
    content: "“No more delays on the bridge,”",
    speaker: "the banner",
  },
];

// A word or two in quotes inside a clause is a scare quote: the clause's comma can sit inside it.
const SCARE: Case[] = [
  {
    text: "Olsen, who calls the general a “butcher,” said he does not believe the truce will last.",
    cue: "said",
    content: "he does not believe the truce will last",
    speaker: "Olsen",
  },
  {
    text: "Olsen, who calls the general a “butcher,” said he does not believe the truce will last.",
    cue: "calls",
    content: "the general a “butcher,”",
    speaker: "who",
  },
];

describe("an inverted speaker after a direct quote", () => {
  it.each(INVERTED.map((c) => [c.text, c] as const))("%s", (_, c) => expectCase(c));
});

describe("a verb framed by a direct quote and its speaker", () => {
  it.each(FRAMED.map((c) => [c.text, c] as const))("%s", (_, c) => expectCase(c));
  it.each([
    // a quote that closed the sentence before leaves no room for a circumstance
    "“Swaps are tricky,” he said. Other countries have traded as well.",
    // a title in quotes reports nothing
    "“The Apprentice” host Trump visited Ohio.",
    "“We have to go,” he said. It was not always this way.",
  ])("reads nothing more into: %s", (text) => {
    const doc = extract(text);
    expect(doc.quotes.map((q) => q.cue?.text)).toEqual(text.includes("said") ? ["said"] : []);
  });
});

describe("a scare quote closing a clause", () => {
  it.each(SCARE.map((c) => [`${c.cue}: ${c.text}`, c] as const))("%s", (_, c) => expectCase(c));
  it("is no direct quote whose speaker follows", () => {
    const doc = extract("Some voters, who call the plan a “sellout,” said they would stay home.");
    expect(doc.quotes.some((q) => q.text === "“sellout,”")).toBe(false);
  });
});
