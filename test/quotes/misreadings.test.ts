import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

// Issue #7. Sentences written in wire style for these tests (no evaluation data is copied here).

interface Case {
  text: string;
  cue: string;
  content: string;
  speaker: string | null;
}

function find(c: Case) {
  const doc = extract(c.text);
  const q = doc.quotes.find((x) => x.cue?.text === c.cue && x.text === c.content);
  expect(q, JSON.stringify(doc.quotes.map((x) => [x.cue?.text, x.text, x.speaker?.name]))).toBeDefined();
  if (c.speaker === null) expect(q!.speaker).toBeNull();
  else expect(c.text.slice(q!.speaker!.start, q!.speaker!.end)).toBe(c.speaker);
  return doc;
}

describe("an inverted speaker that is a description", () => {
  const CASES: Case[] = [
    // an age noun: "year" is no time word inside the compound
    {
      text: "“The bridge will hold,” said the 52-year-old.",
      cue: "said",
      content: "“The bridge will hold,”",
      speaker: "the 52-year-old",
    },
    // ...and the quote interrupted by it runs on into the next sentence
    {
      text: "“He has always been a fair commander,” said the 38-year-old. “Now he will lead the army.”",
      cue: "said",
      content: "“He has always been a fair commander,” said the 38-year-old. “Now he will lead the army.”",
      speaker: "the 38-year-old",
    },
    // a participle phrase, then a relative clause, after the noun
    {
      text: "“The money is not a problem,” said one official involved in the talks, who asked not to be named.",
      cue: "said",
      content: "“The money is not a problem,”",
      speaker: "one official involved in the talks",
    },
    {
      text: "“We are running out of food,” said a doctor stationed near the front. “The roads are closed.”",
      cue: "said",
      content: "“We are running out of food,” said a doctor stationed near the front. “The roads are closed.”",
      speaker: "a doctor stationed near the front",
    },
    {
      text: "The convoy reached the town on Friday, said a commander based in the north.",
      cue: "said",
      content: "The convoy reached the town on Friday",
      speaker: "a commander based in the north",
    },
  ];
  it.each(CASES.map((c) => [c.text, c] as const))("%s", (_, c) => {
    find(c);
  });
});

describe("'by' and a medium after a cue", () => {
  const CASES: Case[] = [
    {
      text: "“It was a good call,” Mr. Haddad said by telephone.",
      cue: "said",
      content: "“It was a good call,”",
      speaker: "Mr. Haddad",
    },
    {
      text: "The ceasefire would hold, Mr. Haddad said by phone on Sunday.",
      cue: "said",
      content: "The ceasefire would hold",
      speaker: "Mr. Haddad",
    },
    {
      text: "The army would hold the town, a commander told Reuters by telephone.",
      cue: "told",
      content: "The army would hold the town",
      speaker: "a commander",
    },
    {
      text: "The spokesman said by email that the airport had reopened.",
      cue: "said",
      content: "that the airport had reopened",
      speaker: "The spokesman",
    },
  ];
  it.each(CASES.map((c) => [c.text, c] as const))("%s", (_, c) => {
    const doc = find(c);
    // the medium is never a speaker, and the speaker is never a content
    for (const q of doc.quotes) {
      expect(q.speaker?.name).not.toMatch(/^(?:telephone|phone|email)$/);
      expect(q.text).not.toBe(c.speaker);
    }
  });

  // a participle in apposition with its agent stays a passive attribution
  it("keeps a true agent after 'by'", () => {
    find({
      text: "The plan, criticized by the ministry, was dropped on Monday.",
      cue: "criticized",
      content: "The plan",
      speaker: "the ministry",
    });
  });
});

describe("a participle in apposition is no cue", () => {
  const CASES: Case[] = [
    {
      text: "The withdrawal, ordered on Sunday, was seen as a concession to the rebels.",
      cue: "seen",
      content: "The withdrawal, ordered on Sunday, was seen as a concession to the rebels",
      speaker: null,
    },
    {
      text: "The brigade, named after a fallen general, was widely seen as the army's best.",
      cue: "seen",
      content: "The brigade, named after a fallen general, was widely seen as the army's best",
      speaker: null,
    },
  ];
  it.each(CASES.map((c) => [c.text, c] as const))("%s", (_, c) => {
    const doc = find(c);
    expect(doc.quotes.map((q) => q.cue?.text)).toEqual([c.cue]);
  });

  it.each([
    "Members of the brigade, named after a fallen general, were sworn in on Monday.",
    "The convoy, ordered north last week, has reached the border.",
  ])("%s", (text) => {
    expect(extract(text).quotes.map((q) => [q.cue?.text, q.text])).toEqual([]);
  });
});

describe("a question put by a named asker in the passive", () => {
  // the one asked is no content: what was asked is, and the asker after "by" its source
  const CASES: Case[] = [
    {
      text: "At a town hall last week, Smith was asked by a voter whether his plan would raise taxes.",
      cue: "asked",
      content: "whether his plan would raise taxes",
      speaker: "a voter",
    },
    {
      text: "On Sunday, the senator was asked by host Tom Reed why the bill had stalled.",
      cue: "asked",
      content: "why the bill had stalled",
      speaker: "host Tom Reed",
    },
  ];
  it.each(CASES)("$text", (c) => {
    const doc = find(c);
    expect(doc.quotes.filter((q) => q.cue?.text === "asked")).toHaveLength(1);
  });

  it("a passive of criticism keeps its subject as content", () => {
    find({
      text: "The plan was criticized by the unions.",
      cue: "criticized",
      content: "The plan",
      speaker: "the unions",
    });
  });
});

describe("a participle set off between its subject and the subject's report", () => {
  // the aside closes at the comma before the report: the report's words are no part of it
  const CASES: Case[] = [
    {
      text: "The governor, citing the cost of the program, said the state would not pay for it.",
      cue: "citing",
      content: "the cost of the program",
      speaker: "The governor",
    },
    {
      text: "The union, noting the length of the strike, announced that talks would resume.",
      cue: "noting",
      content: "the length of the strike",
      speaker: "The union",
    },
  ];
  it.each(CASES)("$text", (c) => {
    find(c);
  });
});

describe("'according to' after a report that closes on a relative clause", () => {
  // the source after "according to" vouches for the relative clause; the report keeps its own words
  const text = "His aide, Tom Varga, says the plan is sound, which the board disputes, according to the minutes.";
  it("gives 'according to' the relative clause", () => {
    find({ text, cue: "according to", content: "which the board disputes", speaker: "the minutes" });
  });
  it("keeps the report inside it", () => {
    find({ text, cue: "says", content: "the plan is sound", speaker: "Tom Varga" });
  });
  it("leaves a clause with no report of its own whole", () => {
    find({
      text: "The town hired a new engineer, who once worked for the state, according to the mayor.",
      cue: "according to",
      content: "The town hired a new engineer, who once worked for the state",
      speaker: "the mayor",
    });
  });
});
