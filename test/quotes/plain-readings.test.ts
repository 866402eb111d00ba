import { describe, it } from "vitest";
import { expectAttribution as expectCase, type AttributionCase } from "../helpers.js";

// Sentences written for these tests (no evaluation data is copied here).
// Plain readings of a listed speech verb with a clear subject that used to give no attribution (issue #7).

// "The city", "the town", "the county": a place's own noun speaking stands for its local government, a
// subject like "the company" whose participle after a released message carries its words.
const PLACE_BODY: AttributionCase[] = [
  {
    text: "The city released a statement saying the tap water was safe to drink.",
    cue: "saying",
    content: "the tap water was safe to drink",
    speaker: "The city",
  },
  {
    text: "The town issued a statement saying the ferry would not run on Sunday.",
    cue: "saying",
    content: "the ferry would not run on Sunday",
    speaker: "The town",
  },
  {
    text: "The county sent a letter asking farmers to report any flooded wells.",
    cue: "asking",
    content: "farmers to report any flooded wells",
    speaker: "The county",
  },
];

describe("a place's noun as the subject of a released message", () => {
  it.each(PLACE_BODY.map((c) => [c.text, c] as const))("%s", (_, c) => expectCase(c));
});

// "The school board", "the district": institutions that speak through their releases, as "the company".
const INSTITUTION: AttributionCase[] = [
  {
    text: "The school board released a statement saying the buses would run late.",
    cue: "saying",
    content: "the buses would run late",
    speaker: "The school board",
  },
  {
    text: "The district issued a statement saying the library was closed.",
    cue: "saying",
    content: "the library was closed",
    speaker: "The district",
  },
];

describe("an institution's noun as the subject of a released message", () => {
  it.each(INSTITUTION.map((c) => [c.text, c] as const))("%s", (_, c) => expectCase(c));
});

// "responded by saying it had ...": the participle after "by" with a finite clause after it is kept over
// the cue model's veto, which reads no subject beside the participle.
const MEANS_CLAUSE: AttributionCase[] = [
  {
    text: "The agency responded by saying it had fixed the pump.",
    cue: "saying",
    content: "it had fixed the pump",
    speaker: "The agency",
  },
  {
    text: "The ministry responded by saying it had closed the road.",
    cue: "saying",
    content: "it had closed the road",
    speaker: "The ministry",
  },
];

describe("a finite clause after 'by saying'", () => {
  it.each(MEANS_CLAUSE.map((c) => [c.text, c] as const))("%s", (_, c) => expectCase(c));
});

// "told reporters the bridge would reopen": with no "that", the addressee is no part of the clause told.
const ADDRESSEE_BEFORE_CLAUSE: AttributionCase[] = [
  {
    text: "The mayor told reporters the ferry would run again in May.",
    cue: "told",
    content: "the ferry would run again in May",
    speaker: "The mayor",
  },
  {
    text: "The engineer told the council it had run out of steel.",
    cue: "told",
    content: "it had run out of steel",
    speaker: "The engineer",
  },
];

describe("an addressee before a clause with no 'that'", () => {
  it.each(ADDRESSEE_BEFORE_CLAUSE.map((c) => [c.text, c] as const))("%s", (_, c) => expectCase(c));
});

// "said in a statement the pool was closed": the message it was said in is no part of the clause.
const MESSAGE_BEFORE_CLAUSE: AttributionCase[] = [
  {
    text: "The hotel said in a statement the pool would stay closed until June.",
    cue: "said",
    content: "the pool would stay closed until June",
    speaker: "The hotel",
  },
];

describe("a message before a clause with no 'that'", () => {
  it.each(MESSAGE_BEFORE_CLAUSE.map((c) => [c.text, c] as const))("%s", (_, c) => expectCase(c));
});
