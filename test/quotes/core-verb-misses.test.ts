import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { expectAttribution as expectCase, type AttributionCase } from "../helpers.js";

// Sentences written for these tests (no evaluation data is copied here).
// Whole attributions of the commonest cues ("said", "told", "wrote") the stage used to miss (issue #7).
type Case = AttributionCase;

// A bare yes or no after the verb is the answer given: the quoted question before the respondents
// is no content of theirs.
const REPLIES: Case[] = [
  {
    text: "Asked whether the mayor “is fit to lead the city,” 64 percent of farmers said yes, but 30 percent of teachers say she is not.",
    cue: "said",
    content: "yes",
    speaker: "64 percent of farmers",
  },
  {
    text: "As the mayor went on about “our forgotten valleys,” Marta said yes, yes, yes, again and again.",
    cue: "said",
    content: "yes, yes, yes",
    speaker: "Marta",
  },
];

describe("a yes or no after the verb is the answer", () => {
  it.each(REPLIES.map((c) => [c.text, c] as const))("%s", (_, c) => expectCase(c));
  it("'said no to the deal' is no answer", () => {
    const doc = extract("The mayor said no to the bridge deal.");
    expect(doc.quotes.find((q) => q.cue?.text === "said")?.text).toBe("no to the bridge deal");
  });
});

// A surname that is also an auxiliary or adverb ("Will", "May", "Long", "Early") right after a comma or
// a closing mark has no subject before it to belong to: it is the speaker.
const WORD_NAMES: Case[] = [
  {
    text: "“The harvest will fail without rain,” Will wrote.",
    cue: "wrote",
    content: "“The harvest will fail without rain,”",
    speaker: "Will",
  },
  {
    text: "The bridge, May said, will stay closed.",
    cue: "said",
    content: "The bridge, May said, will stay closed",
    speaker: "May",
  },
  {
    text: "The council has lost its nerve, Long said.",
    cue: "said",
    content: "The council has lost its nerve",
    speaker: "Long",
  },
];

describe("a surname that is also a function word speaks", () => {
  it.each(WORD_NAMES.map((c) => [c.text, c] as const))("%s", (_, c) => expectCase(c));
  it("the same word after its subject stays an auxiliary", () => {
    const doc = extract("The mayor will say the bridge stays closed.");
    const q = doc.quotes.find((x) => x.cue?.text === "say");
    expect(doc.text.slice(q!.speaker!.start, q!.speaker!.end)).toBe("The mayor");
  });
});

// The period of a state's abbreviation set off by commas ("R-Ky.,", "Mich.,") ends no sentence: the
// name before it is still the speaker, after a quote and with a time after the verb.
const STATE_ABBREVIATIONS: Case[] = [
  {
    text: "“The levy will pass,” Senate Minority Leader Ann Wells, R-Ky., said Tuesday.",
    cue: "said",
    content: "“The levy will pass,”",
    speaker: "Senate Minority Leader Ann Wells",
  },
  {
    text: "“The levy will pass,” Ann Wells, D-Calif., said on Monday.",
    cue: "said",
    content: "“The levy will pass,”",
    speaker: "Ann Wells",
  },
];

describe("a state's abbreviation inside the speaker's phrase", () => {
  it.each(STATE_ABBREVIATIONS.map((c) => [c.text, c] as const))("%s", (_, c) => expectCase(c));
});

// A lowercase office with its own "of" ("secretary of state", "director of communications") set before a
// name is one speaker phrase, after an inverted cue and before a transcript colon.
const OFFICES: Case[] = [
  {
    text: "“The levy will pass,” said former secretary of state Ann Wells, who praised the mayor for his patience.",
    cue: "said",
    content: "“The levy will pass,”",
    speaker: "former secretary of state Ann Wells",
  },
  {
    text: "“The levy will pass,” said former director of communications Ivan Petrenko.",
    cue: "said",
    content: "“The levy will pass,”",
    speaker: "former director of communications Ivan Petrenko",
  },
  {
    text: 'Former secretary of state Ann Wells:"We heard that from the council and its own engineers."',
    cue: ":",
    content: '"We heard that from the council and its own engineers."',
    speaker: "Former secretary of state Ann Wells",
  },
];

describe("a lowercase office before a name", () => {
  it.each(OFFICES.map((c) => [c.text, c] as const))("%s", (_, c) => expectCase(c));
});

// A share of respondents right before "saying" is the participle's whole subject, and what they said is
// reported even where the verb's other readings would leave it out.
const SHARES: Case[] = [
  {
    text: "The floods and the fires have left 58 percent of farmers saying the valley is growing poorer.",
    cue: "saying",
    content: "the valley is growing poorer",
    speaker: "58 percent of farmers",
  },
  {
    text: "Rising prices could change the race, with 52 percent of Irish Americans saying they will vote for Wells.",
    cue: "saying",
    content: "they will vote for Wells",
    speaker: "52 percent of Irish Americans",
  },
  {
    text: "The vote is close, with 52 percent of Americans saying they back Wells.",
    cue: "saying",
    content: "they back Wells",
    speaker: "52 percent of Americans",
  },
];

describe("a share of respondents saying", () => {
  it.each(SHARES.map((c) => [c.text, c] as const))("%s", (_, c) => expectCase(c));
});

// An object pronoun right before the verb ends a relative clause inside the subject: the speaker is the
// noun the clause is about, never the pronoun.
const RELATIVE_SUBJECTS: Case[] = [
  {
    text: "But farm groups that have backed him say they want the levy struck down.",
    cue: "say",
    content: "they want the levy struck down",
    speaker: "farm groups",
  },
  {
    text: "Towns that have sued them say the levy is unfair.",
    cue: "say",
    content: "the levy is unfair",
    speaker: "Towns",
  },
];

describe("a relative clause inside the subject", () => {
  it.each(RELATIVE_SUBJECTS.map((c) => [c.text, c] as const))("%s", (_, c) => expectCase(c));
});

// A single word before the speaker, with nothing after the verb, is the whole answer; a connective or a
// time there is no report.
const LONE_ANSWERS: Case[] = [
  { text: "Sorry, Petrenko said. He had a harvest to bring in.", cue: "said", content: "Sorry", speaker: "Petrenko" },
  { text: "No, the mayor said.", cue: "said", content: "No", speaker: "the mayor" },
  { text: "Absolutely, she said on Tuesday.", cue: "said", content: "Absolutely", speaker: "she" },
];

describe("a lone answer before the speaker", () => {
  it.each(LONE_ANSWERS.map((c) => [c.text, c] as const))("%s", (_, c) => expectCase(c));
  it.each(["However, the mayor said.", "Yesterday, she said."])("%s reports nothing", (text) => {
    expect(extract(text).quotes).toHaveLength(0);
  });
});

// A quoted title inside the speaker's appositive quotes no one: the subject before the appositive still
// speaks, and "said the days when ..." is no inverted speaker.
const TITLED_APPOSITIVES: Case[] = [
  {
    text: "Marta Ruiz, the author of “Dry Years,” about the drought in the valley, said the days when farmers trusted the council are gone.",
    cue: "said",
    content: "the days when farmers trusted the council are gone",
    speaker: "Marta Ruiz",
  },
];

describe("a quoted title inside the speaker's appositive", () => {
  it.each(TITLED_APPOSITIVES.map((c) => [c.text, c] as const))("%s", (_, c) => expectCase(c));
});

// "that said" after a noun and before a quote is a relative clause, not the connective "That said,": the
// thing's written words are reported, with the relative pronoun as their source.
const WRITTEN_WORDS: Case[] = [
  {
    text: "Banners soon hung outside the mill that said “We stay.”",
    cue: "said",
    content: "“We stay.”",
    speaker: "that",
  },
  {
    text: "The farmers handed out caps that said, “Rain or shine, we harvest.”",
    cue: "said",
    content: "“Rain or shine, we harvest.”",
    speaker: "that",
  },
];

describe("a thing that said a quote", () => {
  it.each(WRITTEN_WORDS.map((c) => [c.text, c] as const))("%s", (_, c) => expectCase(c));
  it("'That said,' opening a sentence stays a connective", () => {
    expect(extract("That said, “We stay” is a stretch.").quotes.filter((q) => q.cue?.text === "said")).toHaveLength(0);
  });
});

// An inverted speaker coordinated with "others" or a second name is one phrase, and a clause the
// inversion interrupts runs on past it.
const COORDINATED_INVERTED: Case[] = [
  {
    text: "The levy, said Wells and others, would be struck down before the harvest.",
    cue: "said",
    content: "The levy, said Wells and others, would be struck down before the harvest",
    speaker: "Wells and others",
  },
  { text: "“We stay,” said Wells and Petrenko.", cue: "said", content: "“We stay,”", speaker: "Wells and Petrenko" },
];

describe("a coordinated inverted speaker", () => {
  it.each(COORDINATED_INVERTED.map((c) => [c.text, c] as const))("%s", (_, c) => expectCase(c));
});

// After the addressee of "told", an "as" clause with a subject of its own is the circumstance of the
// telling: the words before the speaker are what was told ("as many as 40" opens no clause).
const TOLD_AS: Case[] = [
  {
    text: "The harvest comes first, the mayor told his closest aides as he walked out of the hall.",
    cue: "told",
    content: "The harvest comes first",
    speaker: "the mayor",
  },
];

describe("an 'as' clause after the addressee", () => {
  it.each(TOLD_AS.map((c) => [c.text, c] as const))("%s", (_, c) => expectCase(c));
  it("'as many as' after the addressee stays the content", () => {
    const doc = extract("The mayor told the council as many as 40 farms were flooded.");
    expect(doc.quotes.find((q) => q.cue?.text === "told")?.text).toBe("the council as many as 40 farms were flooded");
  });
});
