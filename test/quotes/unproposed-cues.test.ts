import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

interface Case {
  text: string;
  cue: string;
  content: string;
  speaker: string | null;
}

// Shapes of attribution the stage once proposed no cue for (issue #7), in sentences written for these
// tests in wire style (no evaluation data is copied here).
const CASES: Case[] = [
  // an inverted speaker may open with lowercase words describing the bearer of the name
  {
    text: "“The bridge will hold,” said retired engineer Amir Haddad, who built it.",
    cue: "said",
    content: "“The bridge will hold,”",
    speaker: "retired engineer Amir Haddad",
  },
  {
    text: "“We will not leave the valley,” said former Gov. Lena Ortiz.",
    cue: "said",
    content: "“We will not leave the valley,”",
    speaker: "former Gov. Lena Ortiz",
  },
  {
    text: "“The shelling stopped at dawn,” said pollster Omar Bakri.",
    cue: "said",
    content: "“The shelling stopped at dawn,”",
    speaker: "pollster Omar Bakri",
  },
  // ...or hold a participle modifying its noun after a determiner
  {
    text: "“The siege is over,” said another leading aid official, Maria Costa of the Red Cross.",
    cue: "said",
    content: "“The siege is over,”",
    speaker: "another leading aid official",
  },
  // ...and be followed by the circumstance of the speaking
  {
    text: "“Nobody was evacuated,” said Mayor Rosa Diaz when asked about the fire.",
    cue: "said",
    content: "“Nobody was evacuated,”",
    speaker: "Mayor Rosa Diaz",
  },
  // a share or a fraction of respondents is a subject
  {
    text: "In the capital, 42% say the ceasefire will not last.",
    cue: "say",
    content: "the ceasefire will not last",
    speaker: "42%",
  },
  {
    text: "One in five say they have left their homes.",
    cue: "say",
    content: "they have left their homes",
    speaker: "One in five",
  },
  // "make it clear", "make clear" and "make the case" are cues of their own
  {
    text: "The general made it clear that the offensive would continue.",
    cue: "made it clear",
    content: "that the offensive would continue",
    speaker: "The general",
  },
  {
    text: "The ministry made clear that no talks were planned.",
    cue: "made clear",
    content: "that no talks were planned",
    speaker: "The ministry",
  },
  {
    text: "The defense minister made the case that the airstrikes had saved lives.",
    cue: "made the case",
    content: "that the airstrikes had saved lives",
    speaker: "The defense minister",
  },
  // a catenative before "to" passes its subject to the cue
  {
    text: "The commander continues to insist that his troops held the line.",
    cue: "insist",
    content: "that his troops held the line",
    speaker: "The commander",
  },
  {
    text: "Aid workers were quick to condemn the attack on the convoy.",
    cue: "condemn",
    content: "the attack on the convoy",
    speaker: "Aid workers",
  },
  {
    text: "Residents were more likely to say the army had protected them.",
    cue: "say",
    content: "the army had protected them",
    speaker: "Residents",
  },
  {
    text: "The envoy went on to say that the border would reopen.",
    cue: "say",
    content: "that the border would reopen",
    speaker: "The envoy",
  },
  // a point of view after "in" and its possessor: the possessor holds the clause
  {
    text: "In Haddad's view, the truce will not survive the winter.",
    cue: "In Haddad's view",
    content: "the truce will not survive the winter",
    speaker: "Haddad",
  },
  {
    text: "Only the army can protect the villages in their eyes.",
    cue: "in their eyes",
    content: "Only the army can protect the villages in their eyes",
    speaker: "their",
  },
  // a weak -ing form is a cue when a preposition opens the sentence with it; the subject after the comma speaks
  {
    text: "After announcing his support for the ceasefire, the general left the capital.",
    cue: "announcing",
    content: "his support for the ceasefire",
    speaker: "the general",
  },
  {
    text: "One month after backing the deal, Haddad still believes it was right.",
    cue: "backing",
    content: "the deal",
    speaker: "Haddad",
  },
  // "percentage points" is no "point out": a poll opening the sentence stays the source
  {
    text: "In a new poll released Monday, the president's lead narrowed by four percentage points.",
    cue: "In",
    content: "the president's lead narrowed by four percentage points",
    speaker: "a new poll released Monday",
  },
];

describe("cues once left unproposed", () => {
  it.each(CASES.map((c) => [c.text, c] as const))("%s", (_, c) => {
    const doc = extract(c.text);
    const q = doc.quotes.find((x) => x.cue?.text === c.cue && x.text === c.content);
    expect(q, JSON.stringify(doc.quotes.map((x) => [x.cue?.text, x.text]))).toBeDefined();
    if (c.speaker === null) expect(q!.speaker).toBeNull();
    else expect(c.text.slice(q!.speaker!.start, q!.speaker!.end)).toBe(c.speaker);
  });
});

describe("what still names no speaker", () => {
  it.each([
    // a date after the cue is no description of a speaker
    ["“The road is open,” he said yesterday Haddad had left.", "yesterday"],
    // nor is a phrase opened by a preposition
    ["The road is open, officials said during a visit to Idlib.", "during"],
  ])("%s", (text, word) => {
    const doc = extract(text);
    for (const q of doc.quotes) {
      const sp = q.speaker ? text.slice(q.speaker.start, q.speaker.end) : "";
      expect(sp.startsWith(word)).toBe(false);
    }
  });

  it("reads a weak -ing form as no cue in the middle of a sentence", () => {
    const doc = extract("The ceremony began after announcing the winners of the prize.");
    expect(doc.quotes.filter((q) => q.cue?.text === "announcing")).toHaveLength(0);
  });

  it("reads no point of view from a view of something", () => {
    const doc = extract("In his view of the war, nothing had changed since spring.");
    expect(doc.quotes.filter((q) => q.cue?.text.startsWith("In"))).toHaveLength(0);
  });

  it("keeps a catenative's own subject: 'had to' after a relative clause is no speaker of the clause before it", () => {
    const doc = extract("The convoy that had to turn back was carrying flour.");
    expect(doc.quotes).toHaveLength(0);
  });
});
