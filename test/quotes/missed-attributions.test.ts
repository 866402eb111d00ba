import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { expectAttribution as expectCase, type AttributionCase } from "../helpers.js";

// Sentences written for these tests (no evaluation data is copied here).
// Attributions the stage used to miss or to read from the wrong side of the cue (issue #7).
type Case = AttributionCase;

// "While ..., X said this was ...": a stretch after the cue that opens on an adverbial word ("this",
// "again", "on") but holds an auxiliary is the cue's complement, not a time or place of the saying;
// the opening clause before the speaker is no content.
const CLAUSE_AFTER_ADVERBIAL: Case[] = [
  {
    text: "While the talks dragged on, Petrenko said this was the last chance to save the harvest.",
    cue: "said",
    content: "this was the last chance to save the harvest",
    speaker: "Petrenko",
  },
  {
    text: "Although the council has voted twice, the mayor said on Monday the bridge would stay closed.",
    cue: "said",
    content: "the bridge would stay closed",
    speaker: "the mayor",
  },
];

describe("a clause after an adverbial word is the cue's complement", () => {
  it.each(CLAUSE_AFTER_ADVERBIAL.map((c) => [c.text, c] as const))("%s", (_, c) => expectCase(c));
});

// A plain "said"/"told" with a complement whose subject the phrase rules cannot read (set off by dashes,
// a relative clause without its pronoun, a verb group after a dash) takes the sentence's subject.
const UNREAD_SUBJECT: [string, string, string][] = [
  [
    "Many mourners at the church — including farmers, teachers and nurses — said the loss is painful at a time when the country is divided.",
    "the loss is painful at a time when the country is divided",
    "Many",
  ],
  [
    "In the mayor's favor, all the engineers I interviewed said her plans were more detailed than his.",
    "her plans were more detailed than his",
    "all the engineers",
  ],
  [
    "Smith has backed the tax - at one point, by as much as half - but has since said he thinks the plan needs to be changed.",
    "he thinks the plan needs to be changed",
    "Smith",
  ],
  [
    "Indeed, backers of tighter rules on grazing here say there is a direct link to the floods.",
    "there is a direct link to the floods",
    "backers",
  ],
];

describe("a plain report whose subject the phrase rules miss", () => {
  it.each(UNREAD_SUBJECT)("%s", (text, content, speaker) => {
    const doc = extract(text);
    const q = doc.quotes.find((x) => x.cue?.text === "said" || x.cue?.text === "say");
    expect(q?.text).toBe(content);
    expect(doc.text.slice(q!.speaker!.start, q!.speaker!.end).startsWith(speaker)).toBe(true);
  });
  it.each([
    // an idiom, not a report
    "Selling the plan to the council is easier said than done.",
    // an infinitive after an adjective has no subject of its own
    "It is too early to say whether the bridge will reopen.",
  ])("reads no report from: %s", (text) => {
    expect(extract(text).quotes.filter((q) => /^(?:said|say)$/.test(q.cue?.text ?? ""))).toEqual([]);
  });
});

// "close to", "loyal to" after a speaker noun modify it, and an object pronoun after them ends the phrase:
// the source is the whole phrase, not the object of "to".
const ADJECTIVE_MODIFIER: Case[] = [
  {
    text: "Petrenko will change his approach, a source close to him said.",
    cue: "said",
    content: "Petrenko will change his approach",
    speaker: "a source close to him",
  },
  {
    text: "People close to the governor said the bridge will stay closed.",
    cue: "said",
    content: "the bridge will stay closed",
    speaker: "People close to the governor",
  },
  {
    text: "Aides loyal to the mayor say the vote will fail.",
    cue: "say",
    content: "the vote will fail",
    speaker: "Aides loyal to the mayor",
  },
];

describe("an adjective with 'to' inside the speaker phrase", () => {
  it.each(ADJECTIVE_MODIFIER.map((c) => [c.text, c] as const))("%s", (_, c) => expectCase(c));
});

// '“...?” X said, according to the Sun.': the quote closes the sentence before the speaker's; the source
// after "according to" vouches for the quote and the clause that reports it.
describe("'according to' after a clause that reports the quote before it", () => {
  it("takes the quote into its content", () => {
    const text =
      "“Is the bridge a priority only because it is an election year?” Olsen said at a rally, according to the Valley Herald.";
    const q = extract(text).quotes.find((x) => x.cue?.text === "according to");
    expect(q?.text).toBe("“Is the bridge a priority only because it is an election year?” Olsen said at a rally");
  });
});

// A speaker noun that opens a learned cue of several words ("supporter of") is a noun when the rest
// does not follow.
const SPEAKER_NOUN: Case[] = [
  {
    text: "“The valley deserves a better bridge than this,” another supporter wrote.",
    cue: "wrote",
    content: "“The valley deserves a better bridge than this,”",
    speaker: "another supporter",
  },
  {
    text: "“The harvest is lost,” one supporter said.",
    cue: "said",
    content: "“The harvest is lost,”",
    speaker: "one supporter",
  },
];

describe("a speaker noun that opens a cue of several words", () => {
  it.each(SPEAKER_NOUN.map((c) => [c.text, c] as const))("%s", (_, c) => expectCase(c));
});

// "Time, X said, was on their side": a lone word before a parenthetical speaker is the subject of the
// clause its verb resumes after the closing comma, and part of what was said.
describe("a lone subject before a parenthetical speaker", () => {
  it.each([
    ["Money, Olsen said, was never the problem.", "said", "Money, Olsen said, was never the problem"],
    ["Patience, Olsen added, will decide the harvest.", "added", "Patience, Olsen added, will decide the harvest"],
  ])("%s", (text, cue, content) => {
    const q = extract(text).quotes.find((x) => x.cue?.text === cue);
    expect(q?.text).toBe(content);
  });
});

// "to call for", "did call for", "will call on": the bare word of a phrasal cue that more often names a
// thing ("a call for unity") is a verb after "to", a modal or "do", and reports its object.
const BARE_PHRASAL: Case[] = [
  {
    text: "Small groups of farmers continued to call for more water from the reservoir.",
    cue: "call for",
    content: "more water from the reservoir",
    speaker: "Small groups of farmers",
  },
  {
    text: "He did call for more oversight of the bridge budget.",
    cue: "call for",
    content: "more oversight of the bridge budget",
    speaker: "He",
  },
  {
    text: "The senator will call on the governor to close the mine.",
    cue: "call on",
    content: "the governor to close the mine",
    speaker: "The senator",
  },
];

describe("the bare word of a phrasal cue after 'to' or a modal", () => {
  it.each(BARE_PHRASAL.map((c) => [c.text, c] as const))("%s", (_, c) => expectCase(c));
  it("leaves the noun alone", () => {
    const text = "The governor made a call for unity after the floods.";
    expect(extract(text).quotes.find((x) => x.cue?.text === "call for")).toBeUndefined();
  });
});

// "announcing" reports what it announces more often than not, so it is a cue like "announced"; an -ing
// cue after a time and a preposition opening the sentence ("One week after saying ...,") reports the
// phrase up to its comma, and the subject after the comma is its source, not the time's first word.
const ANNOUNCING: Case[] = [
  {
    text: "The mayor also joined the water debate, announcing on Wednesday she would meet with the farmers to talk about the dam.",
    cue: "announcing",
    content: "she would meet with the farmers to talk about the dam",
    speaker: "The mayor",
  },
  {
    text: "One week after saying goodbye to the valley, Olsen still believes the dam will hold.",
    cue: "saying",
    content: "goodbye to the valley",
    speaker: "Olsen",
  },
];

describe("an -ing cue in a participle clause or after a time and a preposition", () => {
  it.each(ANNOUNCING.map((c) => [c.text, c] as const))("%s", (_, c) => expectCase(c));
});

// "remember" reports a memory as "recall" does (a PolNeAR cue word): the model alone passed it over
// before a that-clause, and read the verb inside the clause as the cue instead.
const REMEMBER: Case[] = [
  {
    text: "Mr. Olsen remembered that the senator had promised a vote on the dam.",
    cue: "remembered",
    content: "that the senator had promised a vote on the dam",
    speaker: "Mr. Olsen",
  },
];

describe("'remember' as a cue", () => {
  it.each(REMEMBER.map((c) => [c.text, c] as const))("%s", (_, c) => expectCase(c));
});

// "convince" reports what its object is brought to believe; "is convinced that" is the subject's state,
// not a passive, so the subject holds the belief. "convincing" is left out: it is mostly an adjective.
const CONVINCE: Case[] = [
  {
    text: "Mr. Acker is convinced that the mill will reopen next spring.",
    cue: "convinced",
    content: "that the mill will reopen next spring",
    speaker: "Mr. Acker",
  },
  {
    text: "The growers were able to convince the judges that the new water rules were unfair.",
    cue: "convince",
    content: "that the new water rules were unfair",
    speaker: "The growers",
  },
];

describe("'convince' as a cue, and 'convinced' after 'be' as a state", () => {
  it.each(CONVINCE.map((c) => [c.text, c] as const))("%s", (_, c) => expectCase(c));
  it("leaves the adjective alone", () => {
    const text = "The growers won a convincing victory in the county vote.";
    expect(extract(text).quotes.find((x) => x.cue?.text === "convincing")).toBeUndefined();
  });
});

// Verbs of stance that take their content as object ("mulling a change", "extols the virtues") or a
// question ("pondered whether"); the learned model alone passed them over.
const STANCE_OBJECT: Case[] = [
  {
    text: "The mayor extols the virtues of the new dam.",
    cue: "extols",
    content: "the virtues of the new dam",
    speaker: "The mayor",
  },
  {
    text: "The council pondered whether the bridge should reopen.",
    cue: "pondered",
    content: "whether the bridge should reopen",
    speaker: "The council",
  },
  {
    text: "Party leaders are mulling a change to the primary calendar.",
    cue: "mulling",
    content: "a change to the primary calendar",
    speaker: "Party leaders",
  },
  {
    text: "The bishop deplored the violence outside the courthouse.",
    cue: "deplored",
    content: "the violence outside the courthouse",
    speaker: "The bishop",
  },
];

describe("stance verbs whose object is the content", () => {
  it.each(STANCE_OBJECT.map((c) => [c.text, c] as const))("%s", (_, c) => expectCase(c));
});

// "trying to tell the voters that": a cue that takes its addressee before a "that" clause, in the
// infinitive after a verb of effort, reports for the clause's subject.
const ADDRESSEE_INFINITIVE: Case[] = [
  {
    text: "The two mayors spent the week trying to tell the valley that the dam was safe.",
    cue: "tell",
    content: "that the dam was safe",
    speaker: "The two mayors",
  },
  {
    text: "The council tried to assure the farmers that the canal would open.",
    cue: "assure",
    content: "that the canal would open",
    speaker: "The council",
  },
];

describe("an addressee-taking cue in the infinitive before 'that'", () => {
  it.each(ADDRESSEE_INFINITIVE.map((c) => [c.text, c] as const))("%s", (_, c) => expectCase(c));
  it("leaves an expletive subject out", () => {
    const q = extract("It is fair to tell the growers that the rules will change.").quotes.find(
      (x) => x.cue?.text === "tell",
    );
    expect(q?.speaker ?? null).toBeNull();
  });
});

// "are concerned that": the participle after "be" is the subject's state (statives), so the subject
// holds the concern; "as far as X is concerned," names a view, not a concern.
describe("'concerned' after 'be' as the subject's state", () => {
  it("Some growers are concerned that the canal will close.", () =>
    expectCase({
      text: "Some growers are concerned that the canal will close.",
      cue: "concerned",
      content: "that the canal will close",
      speaker: "Some growers",
    }));
  it("leaves 'as far as X is concerned' alone", () => {
    const text = "As far as the council is concerned, the canal stays open.";
    expect(extract(text).quotes.find((x) => x.cue?.text === "concerned")).toBeUndefined();
  });
});

// "A spokesman tried to ..., saying": a sentence opening with an article or a count before a noun that
// is no time ("A week later,", "Two days ago,") opens with its subject, which the participle reports for.
const ARTICLE_SUBJECT: Case[] = [
  {
    text: "A spokesman tried to downplay the plan, saying it was dead.",
    cue: "saying",
    content: "it was dead",
    speaker: "A spokesman",
  },
  {
    text: "One aide tried to downplay the plan, saying it was dead.",
    cue: "saying",
    content: "it was dead",
    speaker: "One aide",
  },
  {
    text: "Two aides tried to downplay the plan, saying it was dead.",
    cue: "saying",
    content: "it was dead",
    speaker: "Two aides",
  },
  {
    text: "A week later, the mayor tried to defend the plan, saying it was fine.",
    cue: "saying",
    content: "it was fine",
    speaker: "the mayor",
  },
];

describe("an article or a count opening the sentence starts its subject unless a time follows", () => {
  it.each(ARTICLE_SUBJECT.map((c) => [c.text, c] as const))("%s", (_, c) => expectCase(c));
});

// "Her answer was that ...": a stance noun joined by a copula to its that-clause; the possessor holds
// it, the noun and copula are the cue, and the clause runs to the sentence end past its commas.
const COPULAR_STANCE: Case[] = [
  {
    text: "Her answer was that “the river crossing is safe,” so the convoy should leave at dawn.",
    cue: "answer was",
    content: "that “the river crossing is safe,” so the convoy should leave at dawn",
    speaker: "Her",
  },
  {
    // a possessor its determiner opens
    text: "The governor's main fear is that the dam will give way before the spring floods.",
    cue: "fear is",
    content: "that the dam will give way before the spring floods",
    speaker: "The governor",
  },
  {
    // a degree word and an adjective before the noun
    text: "The envoy's most striking claim was that the grain had never left the port.",
    cue: "claim was",
    content: "that the grain had never left the port",
    speaker: "The envoy",
  },
  {
    text: "His message has long been that only talks can end the siege.",
    cue: "message has long been",
    content: "that only talks can end the siege",
    speaker: "His",
  },
];

describe("a stance noun before a copula and 'that' is a cue of its possessor", () => {
  it.each(COPULAR_STANCE.map((c) => [c.text, c] as const))("%s", (_, c) => expectCase(c));
  it("leaves a copular stance inside a reported that-clause to the outer speaker", () => {
    const doc = extract("The envoy suggests that Kyiv's best argument is that the grain must move.");
    expect(doc.quotes.some((q) => q.cue?.text === "argument is")).toBe(false);
  });
});

// "her remark that ...", "their assurances that ...": nouns of saying whose that-clause is what was said.
const NOUN_THAT: Case[] = [
  {
    text: "Critics seized on her remark that the shelling had stopped days ago.",
    cue: "remark",
    content: "that the shelling had stopped days ago",
    speaker: "her",
  },
  {
    text: "Despite their assurances that the convoy will arrive, villagers are leaving.",
    cue: "assurances",
    content: "that the convoy will arrive",
    speaker: "their",
  },
  {
    text: "After Petrenko's conclusion that the road was safe, the trucks set off.",
    cue: "conclusion",
    content: "that the road was safe",
    speaker: "Petrenko",
  },
];

describe("a noun of saying before its that-clause is a cue of its possessor", () => {
  it.each(NOUN_THAT.map((c) => [c.text, c] as const))("%s", (_, c) => expectCase(c));
  it.each([
    "The crowd cheered his remarks that mocked the general.",
    "Reporters aired her remarks that were recorded.",
  ])("reads a 'that' the verb follows at once as a relative pronoun: %s", (text) => {
    const doc = extract(text);
    expect(doc.quotes.some((q) => q.cue?.text === "remarks")).toBe(false);
  });
});

// "claims by X that ...": a stance noun whose content is a that-clause takes the agent after "by" as its
// source, even when the noun is the object of another verb.
const BY_AGENT_NOUN: Case[] = [
  {
    text: "The ministry was stung by claims by port officials that the cargo was never inspected.",
    cue: "claims",
    content: "that the cargo was never inspected",
    speaker: "port officials",
  },
  {
    text: "Despite warnings by aid workers that the camps were running out of water, the convoy was held at the border.",
    cue: "warnings",
    content: "that the camps were running out of water",
    speaker: "aid workers",
  },
];

describe("a stance noun with a 'by' agent before its that-clause", () => {
  it.each(BY_AGENT_NOUN.map((c) => [c.text, c] as const))("%s", (_, c) => expectCase(c));
});

// "Ortiz's endorsement of the mayor", "Sanders’ criticism of": nouns of a stance toward something take
// their possessor as source, and a name ending in "s" may mark its possessive with a bare apostrophe.
const POSSESSOR_STANCE: Case[] = [
  {
    text: "The vote came a day after Ortiz's endorsement of the mayor.",
    cue: "endorsement of",
    content: "the mayor",
    speaker: "Ortiz",
  },
  {
    text: "The board moved the hearing because of her disapproval of the dam project.",
    cue: "disapproval of",
    content: "the dam project",
    speaker: "her",
  },
  {
    text: "The vote was put off after Sanders’ criticism of the grain board.",
    cue: "criticism of",
    content: "the grain board",
    speaker: "Sanders",
  },
];

describe("a possessor's stance noun is an attribution", () => {
  it.each(POSSESSOR_STANCE.map((c) => [c.text, c] as const))("%s", (_, c) => expectCase(c));
  it("leaves a stance noun deep inside another cue's content to that cue", () => {
    const doc = extract("The mayor told reporters the vote could collapse over his endorsement of Ortiz.");
    expect(doc.quotes.some((q) => q.cue?.text === "endorsement of")).toBe(false);
  });
});

// "By her own admission, ...": an account of one's own after "by" attributes the clause to its possessor.
describe("a possessor's own account after 'by' holds the clause", () => {
  it("By her own admission, the plan to widen the road failed.", () =>
    expectCase({
      text: "By her own admission, the plan to widen the road failed.",
      cue: "By her own admission",
      content: "the plan to widen the road failed",
      speaker: "her",
    }));
});
