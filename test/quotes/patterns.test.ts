import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { findQuoteSpans } from "../../src/quotes/marks.js";
import { evidentialStatus } from "../../src/quotes/index.js";

interface Case {
  text: string;
  kind: "direct" | "indirect";
  content: string;
  speaker: string | null;
  /** the speaker's name when it differs from the mention */
  name?: string;
  cue: string;
}

// Sentences written in wire style for these tests (no evaluation data is copied here).
const CASES: Case[] = [
  // the name of a phrase is its head, not a name inside its modifier
  {
    text: "Supporters of Republican Donald Trump said that the vote was rigged.",
    kind: "indirect",
    content: "that the vote was rigged",
    speaker: "Supporters of Republican Donald Trump",
    name: "Supporters of Republican Donald Trump",
    cue: "said",
  },
  {
    text: "A spokesman for Mayor Frank G. Jackson said that the road was closed.",
    kind: "indirect",
    content: "that the road was closed",
    speaker: "A spokesman for Mayor Frank G. Jackson",
    name: "A spokesman for Mayor Frank G. Jackson",
    cue: "said",
  },
  // ...while a capitalized title before "of" is part of the name
  {
    text: "Secretary of State John Kerry said that the talks would resume.",
    kind: "indirect",
    content: "that the talks would resume",
    speaker: "Secretary of State John Kerry",
    name: "John Kerry",
    cue: "said",
  },
  // after a pronoun, ’s is the auxiliary of the cue, not a possessive
  {
    text: "He’s argued that the ceasefire would fail.",
    kind: "indirect",
    content: "that the ceasefire would fail",
    speaker: "He",
    cue: "argued",
  },
  // after an inverted speaker, the phrase set off by commas is the speaker's apposition, not content
  {
    text: "The truce will be fragile, said Omar Haddad, an analyst at a research institute in Beirut.",
    kind: "indirect",
    content: "The truce will be fragile",
    speaker: "Omar Haddad",
    cue: "said",
  },
  {
    text: "The truce will be fragile, said Omar Haddad, an analyst in Beirut, who follows the talks.",
    kind: "indirect",
    content: "The truce will be fragile",
    speaker: "Omar Haddad",
    cue: "said",
  },
  // ...unless the interrupted clause resumes after it
  {
    text: "The trouble with the truce, said Omar Haddad, an analyst in Beirut, is the weather.",
    kind: "indirect",
    content: "The trouble with the truce, said Omar Haddad, an analyst in Beirut, is the weather",
    speaker: "Omar Haddad",
    cue: "said",
  },
  // a subject inside an opening subordinate clause is no appositive subject: the speaker is inverted
  {
    text: "Even as the talks move to Geneva, a city the envoys hoped to avoid, the truce will be fragile, said Omar Haddad, an analyst in Beirut.",
    kind: "indirect",
    content: "Even as the talks move to Geneva, a city the envoys hoped to avoid, the truce will be fragile",
    speaker: "Omar Haddad",
    cue: "said",
  },
  // the comma before the cue closes an appositive: no inverted "CONTENT, said X"
  {
    text: "Ahmed Saleh, in a statement released by the army on Thursday, said he “expected the talks to resume” within days.",
    kind: "indirect",
    content: "he “expected the talks to resume” within days",
    speaker: "Ahmed Saleh",
    cue: "said",
  },
  // a verb coordinated with the subject's earlier verb shares its subject, past an adverb
  {
    text: "The minister arrived in the capital on Monday and promptly denied that troops had crossed the border.",
    kind: "indirect",
    content: "that troops had crossed the border",
    speaker: "The minister",
    cue: "denied",
  },
  // the clause after "but" continues what the speaker said
  {
    text: "The town may be empty now, the mayor said, but the families will return.",
    kind: "indirect",
    content: "The town may be empty now, the mayor said, but the families will return",
    speaker: "the mayor",
    cue: "said",
  },
  // cues learned from PolNeAR's training split (data/quotes/learned-cues.json), one word and two
  {
    text: "The mayor decried the decision as a betrayal of the displaced families.",
    kind: "indirect",
    content: "the decision as a betrayal of the displaced families",
    speaker: "The mayor",
    cue: "decried",
  },
  {
    text: "The minister made clear that the border would stay closed.",
    kind: "indirect",
    content: "that the border would stay closed",
    speaker: "The minister",
    cue: "made clear",
  },
  {
    text: "“This is a worldwide fight,” Clinton said on Thursday during a speech in New York.",
    kind: "direct",
    content: "“This is a worldwide fight,”",
    speaker: "Clinton",
    cue: "said",
  },
  {
    text: "“We will not leave,” he said, “until the last family is safe.”",
    kind: "direct",
    content: "“We will not leave,” he said, “until the last family is safe.”",
    speaker: "he",
    cue: "said",
  },
  {
    text: "Officials said on Monday that 12 people were killed in the blast.",
    kind: "indirect",
    content: "that 12 people were killed in the blast",
    speaker: "Officials",
    cue: "said",
  },
  {
    text: "Twelve people were killed in the strike, according to the health ministry.",
    kind: "indirect",
    content: "Twelve people were killed in the strike",
    speaker: "the health ministry",
    cue: "according to",
  },
  {
    text: "The army claimed that rebels had fired first.",
    kind: "indirect",
    content: "that rebels had fired first",
    speaker: "The army",
    cue: "claimed",
  },
  {
    text: "Omar Haddad, a spokesman for the local council, told reporters the road was closed.",
    kind: "indirect",
    content: "the road was closed",
    speaker: "Omar Haddad",
    cue: "told",
  },
  {
    text: "“We are ready to respond,” said Defense Minister Ali Ahmadi.",
    kind: "direct",
    content: "“We are ready to respond,”",
    speaker: "Defense Minister Ali Ahmadi",
    cue: "said",
  },
  {
    text: '"Nobody was hurt," the spokesman told AFP.',
    kind: "direct",
    content: '"Nobody was hurt,"',
    speaker: "the spokesman",
    cue: "told",
  },
  {
    text: "The governor, who visited the site on Sunday, said the death toll had risen to 40.",
    kind: "indirect",
    content: "the death toll had risen to 40",
    speaker: "The governor",
    cue: "said",
  },
  {
    text: "The convoy was hit near the border, police said.",
    kind: "indirect",
    content: "The convoy was hit near the border",
    speaker: "police",
    cue: "said",
  },
  {
    text: "The ministry said the strike hit a depot, adding that two guards were wounded.",
    kind: "indirect",
    content: "that two guards were wounded",
    speaker: "The ministry",
    cue: "adding",
  },
  {
    text: "Ali Hassan said the town had fallen. He warned that more fighting was coming.",
    kind: "indirect",
    content: "that more fighting was coming",
    speaker: "He",
    name: "Ali Hassan",
    cue: "warned",
  },
  // a possessive opens the speaker phrase
  {
    text: "The shelter was hit twice on Friday night, her brother said.",
    kind: "indirect",
    content: "The shelter was hit twice on Friday night",
    speaker: "her brother",
    cue: "said",
  },
  // the apostrophe of "Sanders’" is no quote mark
  {
    text: "Jeff Weaver, Sanders’ campaign manager, said the convoy had turned back.",
    kind: "indirect",
    content: "the convoy had turned back",
    speaker: "Jeff Weaver",
    cue: "said",
  },
  // a hyphenated compound stays inside an inverted speaker
  {
    text: "“The road is closed,” explained Beirut-based reporter Lina Khoury.",
    kind: "direct",
    content: "“The road is closed,”",
    speaker: "Beirut-based reporter Lina Khoury",
    cue: "explained",
  },
  // "at least" after a cue is a quantity inside the content, not an adverbial
  {
    text: "As the convoy reached the border, the agency reported at least six trucks had been turned back.",
    kind: "indirect",
    content: "at least six trucks had been turned back",
    speaker: "the agency",
    cue: "reported",
  },
  // a poll opening the sentence after "In" is the source of the clause after its comma
  {
    text: "In a UN survey released Monday, two thirds of the displaced families were living in tents.",
    kind: "indirect",
    content: "two thirds of the displaced families were living in tents",
    speaker: "a UN survey released Monday",
    cue: "In",
  },
  // a clause ending in a colon introduces the quote after it
  {
    text: "The governor had a simple message for the crowd: “We have no more beds.”",
    kind: "direct",
    content: "“We have no more beds.”",
    speaker: "The governor",
    cue: "had a simple message for the crowd:",
  },
  // a cue closing its paragraph with a colon takes the quote of the next paragraph
  {
    text: "The ministry said in a statement:\n\n“The strike hit a fuel depot.”",
    kind: "direct",
    content: "“The strike hit a fuel depot.”",
    speaker: "The ministry",
    cue: "said",
  },
  {
    text: "The Associated Press has the details:\n\n“Two bridges were destroyed overnight.”",
    kind: "direct",
    content: "“Two bridges were destroyed overnight.”",
    speaker: "The Associated Press",
    cue: "has the details:",
  },
  // a quoted show title before the speaker is no content when a complement follows the cue
  {
    text: "Speaking Sunday on CBS’s “Face the Nation,” the envoy said the talks would resume in Geneva.",
    kind: "indirect",
    content: "the talks would resume in Geneva",
    speaker: "the envoy",
    cue: "said",
  },
  // a participle after a comma is never an inverted cue: its speaker is the clause's subject
  {
    text: "The governor defended the curfew, saying the risks of looting would outweigh the costs.",
    kind: "indirect",
    content: "the risks of looting would outweigh the costs",
    speaker: "The governor",
    cue: "saying",
  },
  // a quote that is the subject of a verb after the interruption runs on with its sentence
  {
    text: "“The real risk,” the envoy said, is that the truce collapses before winter.",
    kind: "indirect",
    content: "“The real risk,” the envoy said, is that the truce collapses before winter",
    speaker: "the envoy",
    cue: "said",
  },
  // a quote signed with a dash and a name
  {
    text: "“We left everything behind.” ― Amina Yusuf\n“Nobody came to help us.” ― Omar Haddad",
    kind: "direct",
    content: "“We left everything behind.”",
    speaker: "Amina Yusuf",
    cue: "―",
  },
  // "since", "long" and a floating "both" sit between a subject and its verb; "Both" opening a clause is the subject
  {
    text: "She has since said that she attended the wedding because it would be fun.",
    kind: "indirect",
    content: "that she attended the wedding because it would be fun",
    speaker: "She",
    cue: "said",
  },
  {
    text: "The senator has long argued that the tax is unfair.",
    kind: "indirect",
    content: "that the tax is unfair",
    speaker: "The senator",
    cue: "argued",
  },
  {
    text: "Jeb Bush and Ted Cruz both said that the plan would fail.",
    kind: "indirect",
    content: "that the plan would fail",
    speaker: "Jeb Bush and Ted Cruz",
    cue: "said",
  },
  {
    text: "Both said that the plan would fail.",
    kind: "indirect",
    content: "that the plan would fail",
    speaker: "Both",
    cue: "said",
  },
  // a short adverbial before the speaker ("Last month,", "In Nevada,") is no content; the verb's object is
  {
    text: "Last month, a group of national security experts warned of a new kind of fakery.",
    kind: "indirect",
    content: "of a new kind of fakery",
    speaker: "a group of national security experts",
    cue: "warned",
  },
  {
    text: "In Ohio, she often reminded voters of the twelve years her family had farmed in Defiance.",
    kind: "indirect",
    content: "voters of the twelve years her family had farmed in Defiance",
    speaker: "she",
    cue: "reminded",
  },
  // ...but a subject before an interrupting attribution is ("This campaign, he says, is different")
  {
    text: "This campaign, he says, is different.",
    kind: "indirect",
    content: "This campaign, he says, is different",
    speaker: "he",
    cue: "says",
  },
  // a headline's colon: a poll is a source, a label and dash open it, a speaker may name an audience or place
  {
    text: "Poll: Baker and Ortiz hold slim leads in Wisconsin.\n\nThe survey was released on Monday.",
    kind: "indirect",
    content: "Baker and Ortiz hold slim leads in Wisconsin",
    speaker: "Poll",
    cue: ":",
  },
  {
    text: "EXCLUSIVE – Dana Whitlock: Don’t Trust the Early Tallies.\n\nWhitlock spoke on Monday.",
    kind: "indirect",
    content: "Don’t Trust the Early Tallies",
    speaker: "Dana Whitlock",
    cue: ":",
  },
  {
    text: "Former AG Pryor at DNC: Senator's loan scandal rules him out for governor.\n\nHe spoke on Monday.",
    kind: "indirect",
    content: "Senator's loan scandal rules him out for governor",
    speaker: "Former AG Pryor at DNC",
    cue: ":",
  },
  // a relative pronoun after a common noun phrase is named by that phrase, from its determiner
  {
    text: "The proposal has irked some hard-line activists, who have suggested that Ms. Dalton is gentler in private.",
    kind: "indirect",
    content: "that Ms. Dalton is gentler in private",
    speaker: "who",
    name: "some hard-line activists",
    cue: "suggested",
  },
  {
    text: "It was a message to the conservative voters who have said that the deal is too soft.",
    kind: "indirect",
    content: "that the deal is too soft",
    speaker: "who",
    name: "the conservative voters",
    cue: "said",
  },
  // a word no lexicon lists, tagged by the model learned from PolNeAR's training split (cue-model.json)
  {
    text: "She made clear that the convoy was late.",
    kind: "indirect",
    content: "that the convoy was late",
    speaker: "She",
    cue: "made clear",
  },
  {
    text: "He plans to visit the camp on Monday with a delegation of aid workers.",
    kind: "indirect",
    content: "to visit the camp on Monday with a delegation of aid workers",
    speaker: "He",
    cue: "plans",
  },
  // a group named by a plain plural noun after an opening adverb is the speaker
  {
    text: "Still, security specialists say the blockade is a realistic extension of the siege.",
    kind: "indirect",
    content: "the blockade is a realistic extension of the siege",
    speaker: "security specialists",
    cue: "say",
  },
  // the passive with its agent: the agent speaks, the thing done to is the content
  {
    text: "The ceasefire plan, opposed by opposition commanders, never took effect.",
    kind: "indirect",
    content: "The ceasefire plan",
    speaker: "opposition commanders",
    cue: "opposed",
  },
  // "with X VBG": the absolute phrase names its own speaker, not the clause's subject
  {
    text: "The council was divided over the plan, with Mayor Omar Haddad calling it a “costly mistake.”",
    kind: "indirect",
    content: "it a “costly mistake.”",
    speaker: "Mayor Omar Haddad",
    cue: "calling",
  },
  // ...as does the object of "by" or "of" ("met by a chorus of critics saying"), not the clause's subject
  {
    text: "The mayor was met by a chorus of critics saying that the plan would fail.",
    kind: "indirect",
    content: "that the plan would fail",
    speaker: "a chorus of critics",
    cue: "saying",
  },
  // a name in apposition before the cue is its subject; "the staff member who" opens the content
  {
    text: "The governor's former chief of staff, Omar Haddad, said the aide who leaked the memo had been fired.",
    kind: "indirect",
    content: "the aide who leaked the memo had been fired",
    speaker: "Omar Haddad",
    cue: "said",
  },
  // ...while after a quote the same words are an inverted speaker
  {
    text: "“The road is closed,” said a police officer who asked not to be named.",
    kind: "direct",
    content: "“The road is closed,”",
    speaker: "a police officer",
    cue: "said",
  },
  {
    text: "The convoy's route was first reported by the Syrian Observatory for Human Rights.",
    kind: "indirect",
    content: "The convoy's route",
    speaker: "the Syrian Observatory for Human Rights",
    cue: "reported",
  },
];

describe("attributions in wire-style sentences", () => {
  it.each(CASES.map((c) => [c.text, c] as const))("%s", (_, c) => {
    const doc = extract(c.text);
    const q = doc.quotes.find((x) => x.cue?.text === c.cue && x.text === c.content);
    expect(q, JSON.stringify(doc.quotes.map((x) => [x.cue?.text, x.text]))).toBeDefined();
    expect(q!.kind).toBe(c.kind);
    if (c.speaker === null) {
      expect(q!.speaker).toBeNull();
    } else {
      expect(c.text.slice(q!.speaker!.start, q!.speaker!.end)).toBe(c.speaker);
      if (c.name) expect(q!.speaker!.name).toBe(c.name);
    }
  });

  it("gives no speaker to a passive report: the subject is what is reported", () => {
    const doc = extract("Rebel fighters were said to be advancing on the airport.");
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0]!.speaker).toBeNull();
    expect(doc.quotes[0]!.text.startsWith("Rebel fighters")).toBe(true);
  });

  it("does not re-attribute a cue word inside a direct quote", () => {
    const doc = extract("“I think they said it would end,” Ahmed told reporters.");
    expect(doc.quotes.map((q) => q.cue?.text)).toEqual(["told"]);
  });

  it("runs a quote on over paragraphs while each paragraph reopens it", () => {
    const text =
      "The commander said:\n\n“We held the bridge for three days.\n\n“Then the shelling stopped.”\n\nLater, the road opened.";
    const doc = extract(text);
    const q = doc.quotes.find((x) => x.cue?.text === "said")!;
    expect(q.text).toBe("“We held the bridge for three days.\n\n“Then the shelling stopped.”");
    expect(q.kind).toBe("direct");
  });

  it("runs a transcript turn to the end of its paragraph", () => {
    const text =
      "The interview was held in the capital on Monday.\n\nHaddad: I think the bridge will hold. We have sent two more engineers.\n\nThe river rose again overnight.";
    const q = extract(text).quotes.find((x) => x.cue?.text === ":")!;
    expect(q.text).toBe("I think the bridge will hold. We have sent two more engineers.");
    expect(text.slice(q.speaker!.start, q.speaker!.end)).toBe("Haddad");
  });

  it("joins a quote that follows its attribution in the same paragraph", () => {
    const text = "“The town is empty,” the mayor said. “Everyone has fled to the hills.”";
    const q = extract(text).quotes[0]!;
    expect(q.text).toBe(text.slice(0, text.length));
  });
});

describe("quote marks", () => {
  const spans = (text: string) =>
    findQuoteSpans(text, [{ start: 0, end: text.length }]).map((q) => text.slice(q.start, q.end));

  it.each([
    ["curly", "He said “we are here” and left.", ["“we are here”"]],
    ["straight", 'He said "we are here" and left.', ['"we are here"']],
    ["two apostrophes (NYT archive)", "He said ''we are here'' and left.", ["''we are here''"]],
    ["apostrophes are no quotes", "The army’s chief didn't say.", []],
    ["an unclosed quote ends with its paragraph", "“We are here\nThe next paragraph.", ["“We are here"]],
  ] as const)("%s", (_, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe("evidential status", () => {
  const at = (text: string, part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });

  it.each([
    ["The rebels reportedly seized the airport.", "seized the airport", "claimed", null],
    ["Five soldiers were allegedly killed in the ambush.", "Five soldiers were", "claimed", null],
    ["The army shelled the village on Monday.", "shelled the village", "asserted", null],
    ["The army said it shelled the village on Monday.", "shelled the village", "reported", "The army"],
    ["The group claimed it shot down a drone.", "shot down a drone", "claimed", "The group"],
    ["Nine civilians died, according to reports.", "Nine civilians died", "claimed", null],
    // "claim" in the sense of taking lives reports nothing
    ["A Friday crash claimed the life of a cyclist in Akron.", "the life of a cyclist", "asserted", null],
    ["The blaze claimed three lives on Sunday.", "three lives", "asserted", null],
    ["The fire claimed more than 20 lives.", "20 lives", "asserted", null],
    ["She claimed her life was under threat.", "her life was under threat", "claimed", "She"],
    ["He claimed that the lives of the miners were at risk.", "the lives of the miners", "claimed", "He"],
  ] as const)("%s", (text, part, status, source) => {
    const doc = extract(text);
    expect(evidentialStatus(doc, at(text, part))).toEqual({ status, source });
  });
});

describe("speakers named by the entities stage", () => {
  it("takes the actor's canonical name for a mention the entities stage linked", async () => {
    const { quotes } = await import("../../src/quotes/index.js");
    const text = "Rezaee warned that the rebels would pay. He said the truce had failed.";
    const base = extract(text);
    const rez = { start: 0, end: 6 };
    const he = { start: text.indexOf("He said"), end: text.indexOf("He said") + 2 };
    const doc = quotes.run({
      ...base,
      quotes: [],
      entities: [{ ...rez, text: "Rezaee", type: "person", actor: 0 }],
      actors: [
        {
          name: "Mohsen Rezaee",
          type: "person",
          actorType: null,
          country: "IR",
          aliases: ["Rezaee"],
          mentions: [rez, he],
        },
      ],
    });
    const names = doc.quotes.map((q) => [text.slice(q.speaker!.start, q.speaker!.end), q.speaker!.name]);
    expect(names).toEqual([
      ["Rezaee", "Mohsen Rezaee"],
      ["He", "Mohsen Rezaee"],
    ]);
  });
});

describe("sentences cut by the splitter", () => {
  it("reads a piece cut off after '(D-Ill.)' with its sentence", () => {
    const text = "But Sen. Walter K. Brandt (D-Ill.), citing the length of the line, said the race was open.";
    const q = extract(text).quotes.find((x) => x.cue?.text === "said");
    expect(q?.text).toBe("the race was open");
    expect(text.slice(q!.speaker!.start, q!.speaker!.end)).toContain("Brandt");
  });
});
