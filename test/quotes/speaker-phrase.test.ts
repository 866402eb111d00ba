import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { speakerOf } from "../helpers.js";

// Sentences written in wire style for these tests (no evaluation data is copied here).
const CASES: [text: string, cue: string, speaker: string][] = [
  // a prepositional modifier belongs to the subject: the nearest noun is only its object
  [
    "The attack on the Aleppo village revealed problems with the truce.",
    "revealed",
    "The attack on the Aleppo village",
  ],
  ["The head of the office of the mayor said that the road was closed.", "said", "The head of the office of the mayor"],
  [
    "A spokeswoman for Mayor Helen R. Doyle of Toledo said that the road was closed.",
    "said",
    "A spokeswoman for Mayor Helen R. Doyle of Toledo",
  ],
  [
    "FEC records from the 2008 election cycle show that he gave money.",
    "show",
    "FEC records from the 2008 election cycle",
  ],
  [
    "A growing number of Democratic senators said that the road was closed.",
    "said",
    "A growing number of Democratic senators",
  ],
  ["And critics in both parties argued that the bill would fail.", "argued", "critics in both parties"],
  ["An earlier report in a local paper said that the road was closed.", "said", "An earlier report in a local paper"],
  // a role serves someone "to": the role heads the phrase, not the one it serves
  ["Advisers to the senator have been keen to point out that the bill failed.", "point out", "Advisers to the senator"],
  ["Two aides to the governor said that the road was closed.", "said", "Two aides to the governor"],
  ["An adviser to his campaign said that the road was closed.", "said", "An adviser to his campaign"],
  // an -ly noun heading the subject is no adverb between subject and verb
  ["Relatives of the family said that the road was closed.", "said", "Relatives of the family"],
  ["A close ally said that the road was closed.", "said", "A close ally"],
  ["The senator's family also said that the road was closed.", "said", "The senator's family"],
  ["The senator quietly said that the road was closed.", "said", "The senator"],
  // ...while "to" after a verb is no part of the subject
  ["In a letter to the senator, the mayor said that the road was closed.", "said", "the mayor"],
  // the noun phrase a relative clause or a participle phrase modifies is the subject, not the clause's object
  [
    "Current and former aides who spoke with The Times said that the group was a shell.",
    "said",
    "Current and former aides",
  ],
  ["A state poll released in late August found that the race was close.", "found", "A state poll"],
  // ...but a clause opened by "after" has its own subject
  ["The mayor left the city after the governor had said that the road was closed.", "said", "the governor"],
  // a phrase between an auxiliary and its verb is an adverbial
  ["His closest allies have in the past said that the road was closed.", "said", "His closest allies"],
  // a prepositional phrase between a relative pronoun and its verb holds no speaker
  ["The minister, who in the past has argued that the road was safe, left.", "argued", "who"],
  ["The mayor, who through his office declined to comment, left.", "declined", "who"],
  // a contracted auxiliary after the pronoun is stepped over like a whole one
  ["The vote now rests with growers who’ve already said the dam costs too much.", "said", "who"],
  ["The farmers, who’d said they backed the dam, left the hall early.", "said", "who"],
  // a verb after "and" inside a restrictive relative clause is coordinated with the clause's own verb
  [
    "The council heard from a farmer who lost his barn in the flood and blamed the county for the levee.",
    "blamed",
    "who",
  ],
  [
    "The levy was backed by the growers union, which has 400 members and endorsed the dam plan last week.",
    "endorsed",
    "which",
  ],
  // a time or, after a name, a place or occasion is an adverbial between subject and verb
  ["Trump at the time said that the road was closed.", "said", "Trump"],
  ["The memo on Tuesday for the first time said that the bridge had failed.", "said", "The memo"],
  ["Jeb Bush in a blog post wrote that the road was closed.", "wrote", "Jeb Bush"],
  // a cue word after an article is a noun ("the talks"), not the verb that ends the phrase
  ["People with knowledge of the talks said that the deal was close.", "said", "People with knowledge of the talks"],
  ["A diplomat at the talks said that the deal was close.", "said", "A diplomat at the talks"],
  ["The deal is close, said a person familiar with the talks.", "said", "a person familiar with the talks"],
  // an irregular past ends the subject as an -ed verb does; inside a relative clause it stays
  ["The campaign sent a letter to donors, saying that the race was close.", "saying", "The campaign"],
  ["The general took questions, adding that the road was closed.", "adding", "The general"],
  ["The ministry spokesman gave a briefing, insisting that the road was open.", "insisting", "The ministry spokesman"],
  ["“The road is open,” said the man who built the bridge.", "said", "the man who built the bridge"],
  // a relative clause the phrase cannot read through ("led" is also a cue word) is left out, not the attribution
  ["The road is closed, said the commander who led the assault.", "said", "the commander"],
  // a name followed by a verb is a clause, not a noun phrase with a modifier
  ["Sanders spent much of his campaign arguing that the primary was rigged.", "arguing", "Sanders"],
  // ...while a count out of a set names things that each carry their own words
  ["The mayor ran a tough race, with one of its mailers asking whether the judge was fair.", "asking", "its mailers"],
  // the object of "of" after a complex preposition is the participle's subject; an occasion is not
  [
    "Olsen, in the light of a county poll showing her standing with farmers dropping, said the party would adapt.",
    "showing",
    "a county poll",
  ],
  ["The mayor spoke at the end of a long speech calling for unity.", "calling for", "The mayor"],
  // a bare plural opening its clause is the subject, with its lowercase modifiers
  ["Despite the ceasefire, independent analyses show that the fighting continued.", "show", "independent analyses"],
  [
    "Although the road reopened, high school administrators decided that classes would stay closed.",
    "decided",
    "high school administrators",
  ],
];

describe("the speaker is the whole subject noun phrase", () => {
  it.each(CASES)("%s", (text, cue, speaker) => {
    expect(speakerOf(text, cue)).toBe(speaker);
  });
});

// Sentences written in wire style for these tests (no evaluation data is copied here).
const OPENING: [text: string, cue: string, speaker: string][] = [
  // a participle or preposition opens a phrase; the subject of the main clause speaks
  [
    "Facing mounting criticism, Mr. Trump released a statement on Saturday, insisting that he was right.",
    "insisting",
    "Mr. Trump",
  ],
  ["Here in Dayton, Larkin stepped up her focus on wages, saying that it mattered.", "saying", "Larkin"],
  ["Amid growing pressure, the minister resigned, saying that the talks had failed.", "saying", "the minister"],
  [
    "Asked on Monday whether he would serve, Mrs. Clinton shook her head and said that he would not.",
    "said",
    "Mrs. Clinton",
  ],
  ["Last month, she came to the aid of the treasurer, saying that she had done nothing wrong.", "saying", "she"],
  [
    "Shortly after the call ended, the campaign issued a release saying that he owed an apology.",
    "saying",
    "the campaign",
  ],
  // a cue right after the opener belongs to the subject after the comma
  ["After talking about trade, Mr. Halvorsen suggested a break.", "talking about", "Mr. Halvorsen"],
  // the opening phrase goes on past its first comma: a place's state, a time, coordinate adjectives
  [
    "At a town meeting in Dayton, Ohio, on Friday, Mrs. Lindgren softened her remark, saying that the plant would stay.",
    "saying",
    "Mrs. Lindgren",
  ],
  ["At the forum in Hudson, New Hampshire Monday, the mayor retorted: “Nobody asked you.”", "retorted", "the mayor"],
  ["In a long, frank interview last year, Ortega said he would run and added, “I am ready.”", "added", "Ortega"],
  ["On July 6, 2015, Marsh made the following comment: “We will win.”", "made the following comment:", "Marsh"],
  [
    "Outside the arena, a growing number of farmers are warning against the plan.",
    "warning",
    "a growing number of farmers",
  ],
  // a time between the subject and its verb is the cue's
  ["Dan Ruiz, the union president, this past month announced a plan to build a clinic.", "announced", "Dan Ruiz"],
  ["The county board less than three months ago said that the roads were unsafe.", "said", "The county board"],
  // a participle opening the sentence is no name: the main clause's subject speaks
  [
    "Having promised that the camp would stay open, the governor then turned to the budget.",
    "promised",
    "the governor",
  ],
  ["Reeling off pledges to cut taxes, Marsh said she would win.", "pledges", "Marsh"],
  // ...but a gerund modifying a noun is part of the subject
  ["Polling averages show that the race is close.", "show", "Polling averages"],
  // a name ending in -ed opens no participial phrase
  ["Ahmed Saleh, a senior aide, said that the talks would resume.", "said", "Ahmed Saleh"],
];

describe("an opening phrase is no subject", () => {
  it.each(OPENING)("%s", (text, cue, speaker) => {
    expect(speakerOf(text, cue)).toBe(speaker);
  });
});

describe("an appositive between subject and cue", () => {
  it.each([
    ["“We will win,” the senator, a Republican, said Tuesday.", "said", "the senator"],
    ["“We will win,” Jillian Chase, 27, a nurse in Ohio, said on Tuesday.", "said", "Jillian Chase"],
    ["Bill de Blasio, the mayor, said the bridge would reopen.", "said", "Bill de Blasio"],
  ])("%s", (text, cue, speaker) => {
    expect(speakerOf(text, cue)).toBe(speaker);
  });
});

// A clause before the comma is the content, not a name the role stands in apposition to.
describe("a clause before ', the <role> said'", () => {
  it.each([
    ["Prices will rise next year, the minister said.", "Prices will rise next year"],
    ["Farmers will protest again, the senator said.", "Farmers will protest again"],
  ])("%s", (text, content) => {
    const doc = extract(text);
    const q = doc.quotes.find((x) => x.cue?.text === "said");
    expect(q, JSON.stringify(doc.quotes.map((x) => [x.cue?.text, x.text]))).toBeDefined();
    expect(q!.text).toBe(content);
    expect(doc.text.slice(q!.speaker!.start, q!.speaker!.end)).toMatch(/^the /);
  });
});

// Sentences written in wire style for these tests (no evaluation data is copied here).
describe("a participle right after an object noun phrase reports that phrase's words", () => {
  it.each([
    [
      "The governor's troubles are growing, with opponents and a local editor arguing that his record is fair game.",
      "arguing",
      "a local editor",
    ],
    ["The mayor's slump had even his own advisers wondering about his chances.", "wondering", "his own advisers"],
    // a share written in digits is one phrase, as one written in words
    ["Most farmers ignored the ruling, with four in 10 saying it would change nothing.", "saying", "four in 10"],
    // ...but what the subject put out carries the subject's words
    ["On Friday, the council issued a statement saying that the vote would go ahead.", "saying", "the council"],
  ])("%s", (text, cue, speaker) => {
    expect(speakerOf(text, cue)).toBe(speaker);
  });
});

// Sentences written in wire style for these tests (no evaluation data is copied here).
describe("a stance noun's possessive that is its clause's subject gives way to that subject", () => {
  it.each([
    ["Rural lawmakers have been harsh in their criticism of the senator.", "criticism of", "Rural lawmakers"],
    ["He expanded upon his calls for more patrols.", "calls for", "He"],
    ["The mayor revisited his own promise to unite the city.", "promise to", "The mayor"],
    // ...not when another name stands between, nor across an adverbial of its own
    ["Marsh fired Ortiz over his criticism of the plan.", "criticism of", "his"],
    ["Marsh was moved to tears during his criticism of the plan.", "criticism of", "his"],
  ])("%s", (text, cue, speaker) => {
    expect(speakerOf(text, cue)).toBe(speaker);
  });
});

// Sentences written in wire style for these tests (no evaluation data is copied here).
describe("a participle follows the subject of the clause it closes", () => {
  it.each([
    [
      "Auditors flagged the contract and the governor dismissed her deputy, acknowledging that trust was lost.",
      "acknowledging",
      "the governor",
    ],
    [
      "The envoy turned to the harvest, but the interviewer pressed him again, asking him to explain.",
      "asking",
      "the interviewer",
    ],
    // a cleft's "it" is no one: the subject after its "that" speaks
    ["It was at the fair that Marsh gave his speech, pointing to the drought.", "pointing to", "Marsh"],
    // ...and a cue in the opening clause leaves the participle to the main clause's subject
    ["After the crowd chanted “lock him up,” the mayor paused, saying nothing.", "saying", "the mayor"],
    [
      "When the host noted that Ortiz calls it “a tax on farmers,” Marsh seized on the remark, repeating that the levy was fair.",
      "repeating",
      "Marsh",
    ],
    // ...not a subject joined inside a reported clause
    [
      "Ortiz has said repeatedly that the council and its allies are stalling the vote, pointing to the delay.",
      "pointing to",
      "Ortiz",
    ],
  ])("%s", (text, cue, speaker) => {
    expect(speakerOf(text, cue)).toBe(speaker);
  });
});

// Sentences written in wire style for these tests (no evaluation data is copied here).
describe("a coordinated verb shares the subject of the clause it is joined in", () => {
  it.each([
    ["The fans clapped when Okafor noticed a banner in the stands and asked for it.", "asked for", "Okafor"],
    [
      "Some in the crowd booed, and when Marsh thanked the city and said he was glad to be back, a man yelled.",
      "said",
      "Marsh",
    ],
    // ..."and" without a comma joins noun phrases, not clauses
    [
      "The mayor met farmers and relatives of the people killed in the blast and said the state must act.",
      "said",
      "The mayor",
    ],
  ])("%s", (text, cue, speaker) => {
    expect(speakerOf(text, cue)).toBe(speaker);
  });
});

// Sentences written in wire style for these tests (no evaluation data is copied here).
describe("a floating quantifier after a closed aside leaves the subject before the aside", () => {
  it.each([
    // the parenthesis closes a lawmaker's party label, the dashes an aside: "both" is no subject
    [
      "The mayor and Senator Ann Lee (D-Ohio) both condemned the plan in statements.",
      "condemned",
      "The mayor and Senator Ann Lee",
    ],
    [
      "Local union leaders — whose members were once loyal to the party — both suggested the manager be fired.",
      "suggested",
      "Local union leaders",
    ],
    // ...while after an opening phrase "both" is itself the subject
    ["After the meeting, both said the plan should pass.", "said", "both"],
  ])("%s", (text, cue, speaker) => {
    expect(speakerOf(text, cue)).toBe(speaker);
  });
});

// Sentences written in wire style for these tests (no evaluation data is copied here).
describe("'by' and an -ing form take the subject of the clause they close", () => {
  it.each([
    [
      "Marsh launched sharp attacks on Ortiz in the debate, and the Ohio governor tripped him up by calling him a puppet of the banks.",
      "calling",
      "the Ohio governor",
    ],
    [
      "The mayor likes to surprise the council, as she did in March by announcing a new tax on boats.",
      "announcing",
      "she",
    ],
    // ...a relative clause keeps its pronoun, and a comma closes an opening clause before the main one
    ["Voters turned to Marsh, who last week stunned the room by questioning the count.", "questioning", "who"],
    ["When he arrived, the mayor calmed the crowd by saying that the plant would stay open.", "saying", "the mayor"],
  ])("%s", (text, cue, speaker) => {
    expect(speakerOf(text, cue)).toBe(speaker);
  });
});

// Sentences written in wire style for these tests (no evaluation data is copied here).
describe("an aside set off by dashes before the verb leaves the subject before it", () => {
  it.each([
    [
      "Party leaders in both states — some of them longtime rivals — said the vote was fair.",
      "said",
      "Party leaders in both states",
    ],
    [
      "The four senators -- Ms. Lane, Mr. Ortiz, Mr. Wu and Ms. Hale -- agreed that the bill should pass.",
      "agreed",
      "The four senators",
    ],
    // ...while a name between the dashes is the speaker's
    ["Tom Lane — the governor's top aide — said the vote was fair.", "said", "Tom Lane"],
  ])("%s", (text, cue, speaker) => {
    expect(speakerOf(text, cue)).toBe(speaker);
  });
});

// Sentences written in wire style for these tests (no evaluation data is copied here).
describe("a focusing adverb before an opening clause's subordinator leaves the main clause's subject", () => {
  it.each([
    [
      "Even before the mayor reached the podium, the city clerk sent out an email to donors saying the race was won.",
      "saying",
      "the city clerk",
    ],
    [
      "Just before the bus left the depot, the driver counted the seats and asked for two riders to move.",
      "asked for",
      "the driver",
    ],
  ])("%s", (text, cue, speaker) => {
    expect(speakerOf(text, cue)).toBe(speaker);
  });
});

// Sentences written in wire style for these tests (no evaluation data is copied here).
describe("'her' opening a clause's subject before a word is a possessive", () => {
  it.each([
    [
      "Even before the mayor reached the podium, her aides sent out an email to donors saying the race was won.",
      "saying",
      "her aides",
    ],
    // ...while a subject pronoun still speaks
    ["Her comments came as the council met, and she said the plan was dead.", "said", "she"],
  ])("%s", (text, cue, speaker) => {
    expect(speakerOf(text, cue)).toBe(speaker);
  });
});
