import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

// Sentences written in wire style for these tests (no evaluation data is copied here).
// An evidential cue inside its content: the whole clause, subject included, is what is reported;
// the source is no one, or the agent after "by".
const CASES: { text: string; cue: string; content: string; speaker: string | null }[] = [
  // a hedge adverb between the subject and its verb
  {
    text: "The militia is reportedly moving heavy weapons toward the northern front.",
    cue: "reportedly",
    content: "The militia is reportedly moving heavy weapons toward the northern front",
    speaker: null,
  },
  {
    text: "In total, the gunmen have reportedly seized more than 40 villages.",
    cue: "reportedly",
    content: "the gunmen have reportedly seized more than 40 villages",
    speaker: null,
  },
  // ...or opening the sentence before its clause
  {
    text: "Reportedly, the commander had been under investigation for months.",
    cue: "Reportedly",
    content: "the commander had been under investigation for months",
    speaker: null,
  },
  // "appeared to", "appear" with a predicate, a coordinated "appeared"
  {
    text: "After the shelling, the rebel command appeared to pull its fighters back from the airport.",
    cue: "appeared",
    content: "the rebel command appeared to pull its fighters back from the airport",
    speaker: null,
  },
  {
    text: "The two militias appear ready to abandon the truce, although talks continue.",
    cue: "appear",
    content: "The two militias appear ready to abandon the truce",
    speaker: null,
  },
  {
    text: "The army held the ridge and appeared poised to retake the town.",
    cue: "appeared",
    content: "The army held the ridge and appeared poised to retake the town",
    speaker: null,
  },
  // "it appeared that": the clause is the content
  {
    text: "By nightfall, it appeared that the convoy had reached the besieged district.",
    cue: "appeared",
    content: "that the convoy had reached the besieged district",
    speaker: null,
  },
  // a passive of reputation, with and without its agent
  {
    text: "The port is widely seen as the last supply line for the besieged city.",
    cue: "seen",
    content: "The port is widely seen as the last supply line for the besieged city",
    speaker: null,
  },
  {
    text: "But the reshuffle, agreed late Thursday, was seen by some as a snub to the deputy.",
    cue: "seen",
    content: "the reshuffle, agreed late Thursday, was seen by some as a snub to the deputy",
    speaker: "some",
  },
  {
    text: "The commander is known for leading night raids on army posts.",
    cue: "known",
    content: "The commander is known for leading night raids on army posts",
    speaker: null,
  },
  // "well" between "be" and the participle
  {
    text: "The border town is well known for its smuggling networks.",
    cue: "known",
    content: "The border town is well known for its smuggling networks",
    speaker: null,
  },
  // a hedge adverb before a verb that opens a multi-word cue elsewhere ("make it clear")
  {
    text: "The army is reportedly making plans to evacuate the garrison before the winter.",
    cue: "reportedly",
    content: "The army is reportedly making plans to evacuate the garrison before the winter",
    speaker: null,
  },
  // the participle of reputation right after its noun, with no "be"
  {
    text: "The rebels pushed deeper into a province seen as vital for the supply routes.",
    cue: "seen",
    content: "seen as vital for the supply routes",
    speaker: null,
  },
  {
    text: "Fuel subsidies, viewed as a lifeline for farmers, were cut on Monday.",
    cue: "viewed",
    content: "viewed as a lifeline for farmers",
    speaker: null,
  },
  {
    text: "The militia, not known for its restraint, shelled the market at dawn.",
    cue: "known",
    content: "not known for its restraint",
    speaker: null,
  },
  // criticism received from no one named: the whole clause, subject included
  {
    text: "The ministry has faced sharp criticism for its slow response to the floods in the south.",
    cue: "faced sharp criticism for",
    content: "The ministry has faced sharp criticism for its slow response to the floods in the south",
    speaker: null,
  },
  {
    text: "In 2012, the regional council came under withering criticism over its failure to shelter the displaced.",
    cue: "came under withering criticism over",
    content: "the regional council came under withering criticism over its failure to shelter the displaced",
    speaker: null,
  },
  // with no "for", the criticized subject alone, and the critics after "from" as its source
  {
    text: "The curfew order has drawn harsh criticism from rights groups and local clerics.",
    cue: "drawn harsh criticism",
    content: "The curfew order",
    speaker: "rights groups and local clerics",
  },
  {
    text: "The footage has faced ridicule online since the ministry released it on Tuesday.",
    cue: "faced ridicule",
    content: "The footage",
    speaker: null,
  },
  // ...in a clause opened by a subordinator, which ends at its comma
  {
    text: "As the governor faced criticism over the delays, his aides began drafting a new plan.",
    cue: "faced criticism over",
    content: "the governor faced criticism over the delays",
    speaker: null,
  },
  // an agentless passive of a public act of judging: the subject alone
  {
    text: "The causes of the uprising are hotly debated among historians.",
    cue: "debated",
    content: "The causes of the uprising",
    speaker: null,
  },
  {
    text: "The provincial governor was booed at the rally on Thursday.",
    cue: "booed",
    content: "The provincial governor",
    speaker: null,
  },
  {
    text: "A second ceasefire is under discussion in the capital.",
    cue: "under discussion",
    content: "A second ceasefire",
    speaker: null,
  },
  // a non-restrictive relative clause ends at its comma
  {
    text: "The brigade, which is considered the best armed in the region, withdrew on Monday.",
    cue: "considered",
    content: "which is considered the best armed in the region",
    speaker: null,
  },
];

// Showing up, an aim, an adjective's adverb and a listed cue after the adverb are no such attribution.
const NONE: { text: string; cue: string }[] = [
  { text: "The governor appeared on state television on Monday night.", cue: "appeared" },
  { text: "The minister will appear before the committee next week.", cue: "appear" },
  { text: "The general wants to be seen as a peacemaker.", cue: "seen" },
  { text: "The rebels, reportedly backed by foreign fighters, took the town.", cue: "reportedly" },
  // a reduced participle with its agent is that agent's view, and an active "regarded as" is no reputation
  { text: "The minister, viewed as honest by most voters, resigned on Friday.", cue: "viewed" },
  { text: "The villagers had long regarded as hostile any convoy from the north.", cue: "regarded" },
  { text: "The governor was booed by the crowd outside the hall.", cue: "booed" },
];

describe("evidential attributions: the cue inside the content", () => {
  it.each(CASES)("$text", ({ text, cue, content, speaker }) => {
    const quotes = extract(text, { published: "2016-05-10" }).quotes;
    const q = quotes.find((x) => x.cue?.text === cue);
    expect(q?.text).toBe(content);
    expect(q && q.speaker ? text.slice(q.speaker.start, q.speaker.end) : null).toBe(speaker);
  });

  it.each(NONE)("$text", ({ text, cue }) => {
    const quotes = extract(text, { published: "2016-05-10" }).quotes;
    expect(quotes.find((x) => x.cue?.text === cue)).toBeUndefined();
  });

  it("leaves 'reportedly said' to the cue verb, with its speaker", () => {
    const quotes = extract("The commander reportedly said the town would fall within days.", {
      published: "2016-05-10",
    }).quotes;
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.cue?.text).toBe("said");
  });
});

// A stance received: the subject of "drew criticism from", "won the endorsement of" is the content, the
// phrase after the preposition its source.
const RECEIVED: { text: string; cue: string; content: string; speaker: string }[] = [
  {
    text: "The new curfew has drawn sharp criticism from shop owners in the old city.",
    cue: "drawn sharp criticism",
    content: "The new curfew",
    speaker: "shop owners",
  },
  {
    text: "Last month, Mayor Ines Ortiz won the endorsement of the regional dairy union.",
    cue: "won the endorsement",
    content: "Mayor Ines Ortiz",
    speaker: "the regional dairy union",
  },
  {
    text: "The ceasefire plan received support from about three in 10 residents in the poll.",
    cue: "received support",
    content: "The ceasefire plan",
    speaker: "about three in 10 residents",
  },
  {
    text: "The port authority is facing criticism from dock workers over the new shifts.",
    cue: "facing criticism",
    content: "The port authority",
    speaker: "dock workers",
  },
];

// sought or possible, not received: an infinitive or a modal before the verb
const NOT_RECEIVED = [
  "The governor needs to win the support of rural voters before the vote.",
  "The plan could draw criticism from both parties.",
];

describe("a stance received: the subject is the content, the holder after the preposition the source", () => {
  it.each(RECEIVED)("$text", ({ text, cue, content, speaker }) => {
    const q = extract(text, { published: "2016-05-10" }).quotes.find((x) => x.cue?.text === cue);
    expect(q?.text).toBe(content);
    expect(q && q.speaker ? text.slice(q.speaker.start, q.speaker.end) : null).toBe(speaker);
  });

  it.each(NOT_RECEIVED)("%s", (text) => {
    const quotes = extract(text, { published: "2016-05-10" }).quotes;
    expect(quotes.some((x) => /support|criticism/.test(x.cue?.text ?? ""))).toBe(false);
  });
});
