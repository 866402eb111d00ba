import { describe, expect, it } from "vitest";
import { tolls } from "../helpers.js";

describe("a hospital visit for a cause no weapon brings", () => {
  it.each<[string, string, [number | null, number | null]]>([
    [
      "a stay in hospital for a breathing trouble is no injury",
      "A woman was hospitalized for difficulty breathing after the fire on Maple Street, officials said.",
      [null, null],
    ],
    [
      "a visit for an evaluation beside a man shot is no second injury",
      "A man was shot in the arm outside a bar on Friday. A woman was taken to a hospital for evaluation.",
      [0, 1],
    ],
    [
      "a visit for chest pains beside a man shot is no second injury",
      "A man was shot in the arm on Friday night. A woman was hospitalized for chest pains, police said.",
      [0, 1],
    ],
    [
      // a gunshot wound told beside the cause is the gunfire's
      "a wound told with the cause is still an injury",
      "A man was hospitalized for chest pains and a gunshot wound after the shooting on Elm Street.",
      [0, 1],
    ],
    [
      "a man shot and then taken for observation is hurt",
      "A man was shot and hospitalized for observation after the argument on Elm Street.",
      [0, 1],
    ],
  ])("%s", (_, text, want) => {
    expect(tolls(text)).toEqual(want);
  });
});

describe("someone new told alive after a death", () => {
  it.each<[string, string, [number | null, number | null]]>([
    [
      "a passenger shot in the thigh after a man killed is one more hurt",
      "A man was shot and killed on Elm Street on Friday night. A passenger was shot in the thigh and taken to a hospital.",
      [1, 1],
    ],
    [
      "a bystander shot in the shoulder after a man killed is one more hurt",
      "A man was shot and killed outside a bar early Sunday. A bystander was shot in the shoulder and taken to a hospital, police said.",
      [1, 1],
    ],
    [
      "a man shot in the knee after a man killed is one more hurt",
      "A man was shot and killed on Elm Street on Friday night. A man was shot in the knee and taken to a hospital.",
      [1, 1],
    ],
    [
      "a passenger shot and listed in stable condition after a man killed is one more hurt",
      "A man was shot and killed on Elm Street on Friday night. A passenger was shot and is in stable condition.",
      [1, 1],
    ],
    [
      // a death told of the one just told alive may be the dead man's again
      "one shot in the calf whom the next sentence tells dead by a pronoun is the dead man again",
      "A man was shot and killed on Elm Street on Friday night. A man was shot in the calf and taken to a hospital. He died there.",
      [1, 0],
    ],
    [
      // as a death in the same sentence
      "one shot in the hip who died is the dead man again",
      "A man was shot and killed on Elm Street on Friday night. A man was shot in the hip and taken to a hospital, where he died.",
      [1, 0],
    ],
  ])("%s", (_, text, want) => {
    expect(tolls(text)).toEqual(want);
  });
});

describe("a doer who turned the gun on himself and is told alive", () => {
  it.each<[string, string, [number | null, number | null]]>([
    [
      "taken to a hospital in the same sentence",
      "A man shot his wife on Elm Street, then turned the gun on himself and was taken to a hospital in serious condition.",
      [0, 2],
    ],
    [
      "a pronoun of his sex after his victim's death",
      "A man shot his wife before turning the gun on himself on Friday. She died at the scene. He was hospitalized in critical condition.",
      [1, 1],
    ],
    [
      "the noun the doer was told by",
      "A man shot and killed his wife on Sunday before turning the gun on himself. The man is hospitalized in critical condition.",
      [1, 1],
    ],
    [
      "the noun the doer was told by, after he shot himself",
      "A man shot his wife and then shot himself on Sunday, police said. The man is in critical condition.",
      [0, 2],
    ],
    [
      "the noun of a passive's doer whose relative clause tells his own shot",
      "A woman was shot and killed by her husband, who then turned the gun on himself. The husband is in critical condition.",
      [1, 1],
    ],
    [
      "the noun of a passive's doer who then shot himself",
      "A man was shot and killed by his neighbor, who then shot himself. The neighbor is in critical condition, police said.",
      [1, 1],
    ],
    [
      // no word of his life after it: the doer is counted dead with his victim
      "told nothing after, he is counted dead",
      "A man shot and killed his wife on Sunday before turning the gun on himself.",
      [2, 0],
    ],
  ])("%s", (_, text, want) => {
    expect(tolls(text)).toEqual(want);
  });
});

describe("a relative clause after the object of a shooting verb", () => {
  it.each<[string, string, [number | null, number | null]]>([
    [
      "the brother shot, who died, is dead",
      "Police say a 12-year-old girl accidentally shot her 10-year-old brother, who died at the scene.",
      [1, 0],
    ],
    [
      "a woman shot, who was pronounced dead, is dead",
      "A man shot a 20-year-old woman, who was pronounced dead at the scene.",
      [1, 0],
    ],
    ["a neighbor shot, who later died, is dead", "A man shot his neighbor, who later died at a hospital.", [1, 0]],
    ["two men shot, who both died, are dead", "The gunman shot two men, who both died.", [2, 0]],
    [
      "a neighbor shot, who was not seriously hurt, is hurt",
      "A man shot his neighbor, who was not seriously hurt, police said.",
      [0, 1],
    ],
  ])("%s", (_, text, want) => {
    expect(tolls(text)).toEqual(want);
  });
});
