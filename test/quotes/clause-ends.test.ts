import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

// Sentences written in wire style for these tests (no evaluation data is copied here).
// A cue inside a clause of its own (one opening the sentence, or a relative clause set off by commas)
// has its content end where that clause ends and the main clause goes on.
type ContentCase = { text: string; cue: string; content: string };

const ENDS: ContentCase[] = [
  // the main clause's subject opens with a quantifier
  {
    text: "But while the unions are supporting the delay, several aides say the deal is dead.",
    cue: "supporting",
    content: "the delay",
  },
  {
    text: "While farmers were praising the levy, multiple sources close to the talks said it would fail.",
    cue: "praising",
    content: "the levy",
  },
  // a subordinator opens the sentence: the main clause's subject follows the comma
  {
    text: "Though the governor never mentioned the rebels by name, he made clear that the talks were over.",
    cue: "mentioned",
    content: "the rebels by name",
  },
  {
    text: "Although he condemned the attack on the convoy, the general refused to withdraw his troops.",
    cue: "condemned",
    content: "the attack on the convoy",
  },
  {
    text: "Though he said the truce was holding, the shelling resumed within hours.",
    cue: "said",
    content: "the truce was holding",
  },
  {
    text: "If the envoy said anything about the prisoners, nobody in the room heard it.",
    cue: "said",
    content: "anything about the prisoners",
  },
  {
    text: "But while the ministry welcomed the truce, the rebels said they would keep fighting.",
    cue: "welcomed",
    content: "the truce",
  },
  // a subordinator right before a passive's subject, after words of the main sentence's own
  {
    text: "Soon after the mayor was declared the winner, her rival told supporters that he would appeal.",
    cue: "declared",
    content: "the mayor was declared the winner",
  },
  {
    text: "Soon after the mayor said the bridge was safe, it collapsed into the river.",
    cue: "said",
    content: "the bridge was safe",
  },
  // the cue's own participle opens the sentence
  {
    text: "Declaring that the ceasefire had collapsed, the commander ordered his men back to the front.",
    cue: "Declaring",
    content: "that the ceasefire had collapsed",
  },
  // a non-restrictive relative clause closes before the main verb
  {
    text: "Refugees, who blame the militia for the raid, have also fled the camps near the border.",
    cue: "blame",
    content: "the militia for the raid",
  },
  {
    text: "The mayor, who praised the rescue teams, ultimately did not visit the site.",
    cue: "praised",
    content: "the rescue teams",
  },
  // ...also when the speaker rules name the clause's antecedent, and before a cue verb as main verb
  {
    text: "The ministry, which denied the reports, said the army had not withdrawn.",
    cue: "denied",
    content: "the reports",
  },
  {
    text: "Officials, who asked not to be named because they were not authorized to speak, said the talks had failed.",
    cue: "asked",
    content: "not to be named because they were not authorized to speak",
  },
  // a list's commas are no clause end: the cut waits for the main verb
  {
    text: "The minister, who said the convoy was attacked near Aleppo, Homs and Idlib, did not name the group.",
    cue: "said",
    content: "the convoy was attacked near Aleppo, Homs and Idlib",
  },
];

// ...while the main clause of "As X put it," is the content, and a content of a cue in the main
// clause runs on past its commas.
const KEPT: ContentCase[] = [
  // the content's own clause opens on an adverbial, and a list of subjects opens no main clause
  {
    text: "The strike ended after the minister told reporters that despite the delays, the plant would open.",
    cue: "told",
    content: "that despite the delays, the plant would open",
  },
  {
    text: "The talks stalled when the envoy accused the rebels, the army and the police of stalling.",
    cue: "accused",
    content: "the rebels, the army and the police of stalling",
  },
  {
    text: "As the ministry put it in a statement, the offensive will continue until the city falls.",
    cue: "put it",
    // the circumstance of the speaking before the comma is no part of what was said
    content: "the offensive will continue until the city falls",
  },
  {
    // a relative clause whose pronoun is the cue's object ends at its closing comma too
    text: "Asked whether the plan, which critics call reckless, would pass, Petrenko said he was sure of it.",
    cue: "call",
    content: "which critics call reckless",
  },
  {
    // a relative clause set off by commas inside the question does not end it
    text: "Asked whether the plan, which critics call reckless, would pass, Petrenko said he was sure of it.",
    cue: "Asked",
    content: "whether the plan, which critics call reckless, would pass",
  },
  {
    text: "The army said that the town had fallen, but that the road stayed open.",
    cue: "said",
    content: "that the town had fallen, but that the road stayed open",
  },
  {
    // a content left of the speaker that starts inside a quote opened in an earlier sentence takes it whole
    text: "The mayor was blunt. “They fled. Nobody stayed. Nobody came back” in those years, he said.",
    cue: "said",
    content: "“They fled. Nobody stayed. Nobody came back” in those years",
  },
];

/** The attribution with the case's cue has exactly the case's content. */
function expectContent(c: ContentCase): void {
  const doc = extract(c.text);
  const q = doc.quotes.find((x) => x.cue?.text === c.cue);
  expect(q, JSON.stringify(doc.quotes.map((x) => [x.cue?.text, x.text]))).toBeDefined();
  expect(q!.text).toBe(c.content);
}

describe("a cue inside a clause of its own", () => {
  it.each(ENDS.map((c) => [c.text, c] as const))("ends with the clause: %s", (_, c) => expectContent(c));

  it.each(KEPT.map((c) => [c.text, c] as const))("runs on: %s", (_, c) => expectContent(c));
});

// "according to X": a source set off by commas, or opening the sentence, runs to the comma closing it,
// however far past the phrase the speaker rules read; one without a comma before it ends the content.
const ACCORDING: { text: string; content: string }[] = [
  {
    text: "Notably absent from the talks, according to diplomats who briefed reporters afterward, was any mention of the prisoners.",
    content:
      "Notably absent from the talks, according to diplomats who briefed reporters afterward, was any mention of the prisoners",
  },
  {
    text: "According to a count by monitors who visited the camp on Friday, at least 40 people were killed.",
    content: "at least 40 people were killed",
  },
  {
    text: "The rebels hold the northern districts according to a count by the monitors, but the army disputes it.",
    content: "The rebels hold the northern districts",
  },
  {
    // a quote opened in an earlier sentence is vouched for whole
    text: "The board denied the claim. “He is not sorry. He never was. He wants them gone,” Petrenko said, according to the ministry.",
    content: "“He is not sorry. He never was. He wants them gone,” Petrenko said",
  },
  {
    // a relative clause after the source's comma is about the source, not more of the content
    text: "Support for the levy is fading fast, according to several of its backers, who gave gloomy forecasts of its fate.",
    content: "Support for the levy is fading fast",
  },
  {
    text: "The group has called for attacks on bridges before, according to a monitoring firm, which tracks militant statements.",
    content: "The group has called for attacks on bridges before",
  },
];

describe("the content around 'according to'", () => {
  it.each(ACCORDING.map((c) => [c.text, c] as const))("%s", (_, c) => {
    const doc = extract(c.text);
    const q = doc.quotes.find((x) => x.cue?.text.toLowerCase() === "according to");
    expect(q, JSON.stringify(doc.quotes.map((x) => [x.cue?.text, x.text]))).toBeDefined();
    expect(q!.text).toBe(c.content);
  });
});

// An infinitive content has no subject of its own: ", and" before a subject opens the narrator's clause,
// while a possessive after it may go on with the infinitive's object.
const INFINITIVE: ContentCase[] = [
  {
    text: "Petrenko promised to rebuild the school within a year, and he has already hired a builder.",
    cue: "promised",
    content: "to rebuild the school within a year",
  },
  {
    text: "The mayor pledged to reopen the market by spring, and the traders welcomed the news on Friday.",
    cue: "pledged",
    content: "to reopen the market by spring",
  },
  {
    text: "She vowed to fight the closure of the clinic, and her campaign has raised money for a lawsuit.",
    cue: "vowed",
    content: "to fight the closure of the clinic, and her campaign has raised money for a lawsuit",
  },
];

describe("the end of an infinitive content", () => {
  it.each(INFINITIVE.map((c) => [c.text, c] as const))("%s", (_, c) => {
    const doc = extract(c.text);
    const q = doc.quotes.find((x) => x.cue?.text === c.cue);
    expect(q, JSON.stringify(doc.quotes.map((x) => [x.cue?.text, x.text]))).toBeDefined();
    expect(q!.text).toBe(c.content);
  });
});

// After a direct quote's closing mark (and its comma), "and" before a verb with no subject of its own is
// the speaker's next act, told by the narrator: the content ends at the closing mark. An unquoted content
// and a quoted phrase inside a longer clause are left whole.
const QUOTE_THEN_ACT: ContentCase[] = [
  {
    text: "Okafor wrote “we will never sell the farm,” and left the meeting early.",
    cue: "wrote",
    content: "“we will never sell the farm,”",
  },
  {
    text: "The minister said “this debate is over,” and walked out of the chamber.",
    cue: "said",
    content: "“this debate is over,”",
  },
  {
    text: "The envoy said “we have nothing more to add,” and she hung up the phone.",
    cue: "said",
    content: "“we have nothing more to add,”",
  },
  {
    text: "Protesters shouted “no more lies” and then marched toward the palace.",
    cue: "shouted",
    content: "“no more lies”",
  },
  {
    text: "Mbeki said “we will win this seat,” and the crowd cheered for a long time.",
    cue: "said",
    content: "“we will win this seat,”",
  },
  {
    text: "Ortiz said “the deal is dead,” and his young aides walked out.",
    cue: "said",
    content: "“the deal is dead,”",
  },
  {
    text: "Haddad says “the strike is over,” and walks out of the hall.",
    cue: "says",
    content: "“the strike is over,”",
  },
  {
    text: "Haddad said “the strike is over,” and voters cheered the result.",
    cue: "said",
    content: "“the strike is over,” and voters cheered the result",
  },
  {
    text: "The coach said “the plan” and the costs had worried the board for months.",
    cue: "said",
    content: "“the plan” and the costs had worried the board for months",
  },
  {
    text: "The coach said “the plan” and its costs had worried the board for months.",
    cue: "said",
    content: "“the plan” and its costs had worried the board for months",
  },
];

describe("a direct quote's content before the narrator's next act", () => {
  it.each(QUOTE_THEN_ACT.map((c) => [c.text, c] as const))("%s", (_, c) => {
    const doc = extract(c.text);
    const q = doc.quotes.find((x) => x.cue?.text === c.cue);
    expect(q, JSON.stringify(doc.quotes.map((x) => [x.cue?.text, x.text]))).toBeDefined();
    expect(q!.text).toBe(c.content);
  });
});

// Sentences written in wire style for these tests (no evaluation data is copied here).
describe("a cue inside a parenthesis", () => {
  it.each([
    [
      "The mayor called the plan a failure (although he allowed that some parts were sound) and promised to repeal it.",
      "allowed",
      "that some parts were sound",
    ],
    [
      "The council met on Monday (a spokeswoman disputed their figures) and voted to close the plant.",
      "disputed",
      "their figures",
    ],
  ])("ends at the closing parenthesis: %s", (text, cue, content) => {
    const q = extract(text, {}).quotes.find((x) => x.cue?.text === cue);
    expect(q?.text).toBe(content);
  });
  it("leaves the verb coordinated past the parenthesis to the clause it joins", () => {
    const text =
      "Some cheered when Lopez called the plan a failure (although he allowed that some parts were sound) and promised to repeal it.";
    const q = extract(text, {}).quotes.find((x) => x.cue?.text === "promised");
    expect(q?.speaker ? text.slice(q.speaker.start, q.speaker.end) : null).toBe("Lopez");
  });
});

// Sentences written in wire style for these tests (no evaluation data is copied here).
describe("a report inside an aside set off by dashes", () => {
  it.each([
    "Mayor Olga Petrenko - who said last month she would close the bridge - told the council on Friday that it would stay open.",
    "Mayor Olga Petrenko -- who said last month she would close the bridge -- told the council on Friday that it would stay open.",
    "Mayor Olga Petrenko—who said last month she would close the bridge—told the council on Friday that it would stay open.",
  ])("%s", (text) => {
    const doc = extract(text, {});
    const inner = doc.quotes.find((q) => q.cue?.text === "said");
    // the content ends at the dash closing the aside, where the main clause resumes
    expect(inner?.text).toBe("she would close the bridge");
    // the relative pronoun after the dash is the name before it
    expect(inner?.speaker?.name).toBe("Mayor Olga Petrenko");
  });
  it("leaves a content that opens before the aside whole", () => {
    const text = "Ortiz said the mayor - who took office in May - had failed the city.";
    const q = extract(text, {}).quotes.find((x) => x.cue?.text === "said");
    expect(q?.text).toBe("the mayor - who took office in May - had failed the city");
  });
});
