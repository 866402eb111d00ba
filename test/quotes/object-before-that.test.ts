import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

// Sentences written in wire style for these tests (no evaluation data is copied here).
// A noun phrase object between the cue and "that" is part of the content: the "that" opens a relative
// clause or the noun's complement. An addressee or a time before "that" stays out.
const CASES: [text: string, cue: string, content: string][] = [
  [
    "The minister emphasized the threat that the drought poses to the valley.",
    "emphasized",
    "the threat that the drought poses to the valley",
  ],
  [
    "The governor repeated a claim that the levee had never failed.",
    "repeated",
    "a claim that the levee had never failed",
  ],
  ["The mayor told the crowd that the bridge would open.", "told", "that the bridge would open"],
  // a demonstrative "that" is no complementizer; after an infinitive, "that" opens a relative inside it
  [
    "The governor pledged to remain a candidate through that caucus.",
    "pledged",
    "to remain a candidate through that caucus",
  ],
  [
    "The senator is hoping to dodge every blunder that might cost him the lead.",
    "hoping",
    "to dodge every blunder that might cost him the lead",
  ],
  // ...unless the infinitive reports itself
  ["The mayor continued to insist that the bridge was safe.", "continued", "that the bridge was safe"],
  [
    "The agency announced plans to expand programs that help farmers.",
    "announced",
    "plans to expand programs that help farmers",
  ],
  ["The mayor said this week that the bridge would open.", "said", "that the bridge would open"],
  // ...nor a phrase saying where the words were said, an occasion's "-ing" noun or a place's commas in it
  [
    "The minister said during a Sunday evening rally in the capital that the border would reopen.",
    "said",
    "that the border would reopen",
  ],
  ["The envoy said in her closing remarks that the ceasefire would hold.", "said", "that the ceasefire would hold"],
  ["The governor said in Dayton, Ohio, that the plant would stay open.", "said", "that the plant would stay open"],
];

describe("where a content after 'that' starts", () => {
  it.each(CASES)("%s", (text, cue, content) => {
    const q = extract(text, {}).quotes.find((x) => x.cue?.text === cue);
    expect(q).toBeDefined();
    expect(text.slice(q!.start, q!.end)).toBe(content);
  });
});
