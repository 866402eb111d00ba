import { describe, it } from "vitest";
import { expectAttribution, type AttributionCase } from "../helpers.js";

// Sentences written for these tests (no evaluation data is copied here).

// A quote after the attribution's sentence continues the speaker's words when it stands as a sentence of
// its own, or closes the next sentence after a short lead-in; a quoted name inside the next sentence is
// the narrator's.
const CASES: AttributionCase[] = [
  {
    text: "“The bridge will hold,” the engineer said. Since then, the “Iron Lady” span has carried twice the traffic.",
    cue: "said",
    content: "“The bridge will hold,”",
    speaker: "the engineer",
  },
  {
    text: "The mayor said the bridge would reopen in May. After the vote, the “Friends of the Bridge” group held a party.",
    cue: "said",
    content: "the bridge would reopen in May",
    speaker: "The mayor",
  },
  {
    text: "“The bridge will hold,” the engineer said. Instead, “it will outlast every one of us.”",
    cue: "said",
    content: "“The bridge will hold,” the engineer said. Instead, “it will outlast every one of us.”",
    speaker: "the engineer",
  },
  {
    text: "The mayor said the bridge would reopen in May. Until then, “nobody should try to cross it.”",
    cue: "said",
    content: "the bridge would reopen in May. Until then, “nobody should try to cross it.”",
    speaker: "The mayor",
  },
  // the stop after the cue left out: the next quote stands in the cue's own sentence and still goes on
  {
    text: "“The bridge will hold. It is that simple,” the engineer said “It will outlast every one of us.”",
    cue: "said",
    content: "“The bridge will hold. It is that simple,” the engineer said “It will outlast every one of us.”",
    speaker: "the engineer",
  },
  {
    text: "“The bridge will hold,” the engineer said. “It will outlast every one of us.”",
    cue: "said",
    content: "“The bridge will hold,” the engineer said. “It will outlast every one of us.”",
    speaker: "the engineer",
  },
  {
    // reported words the attribution's frame closes go on into the quote after them
    text: "The talks failed on Monday, the minister said. “We have no other choice.”",
    cue: "said",
    content: "The talks failed on Monday, the minister said. “We have no other choice.”",
    speaker: "the minister",
  },
  {
    text: "The plan “will change everything” for farmers, Petrenko said on Tuesday. “Nobody saw it coming.”",
    cue: "said",
    content: "The plan “will change everything” for farmers, Petrenko said on Tuesday. “Nobody saw it coming.”",
    speaker: "Petrenko",
  },
];

describe("a quote after the attribution's sentence", () => {
  for (const c of CASES) it(c.text, () => expectAttribution(c));
});
