import { describe, expect, it } from "vitest";
import { tolls } from "../helpers.js";

describe("a group counted and one more person in a joined clause", () => {
  it.each<[string, string, [number | null, number | null]]>([
    [
      "one more person hurt beside a group shot",
      "Three people were shot and a 9-year-old boy was hurt on Elm Street on Sunday, police said.",
      [0, 4],
    ],
    [
      "one more person grazed beside a group wounded",
      "Two men were wounded and a woman was grazed outside a bar late Friday, police said.",
      [0, 3],
    ],
    [
      "a bystander also hit beside a group shot",
      "Two people were shot on Elm Street on Sunday, and a bystander was also hit, police said.",
      [0, 3],
    ],
    // a part of the group, or someone told in a sentence of their own, is one of the group
    [
      "one of the group hurt is no one more",
      "Three people were shot and one man was hurt badly on Elm Street.",
      [0, 3],
    ],
    [
      "one told in the next sentence may be of the group",
      "Three people were shot Sunday. A man was hurt in the leg.",
      [0, 3],
    ],
    [
      "a death beside a group shot may be of the group",
      "Three people were shot and a woman died on Elm Street.",
      [1, 2],
    ],
  ])("%s", (_, text, want) => {
    expect(tolls(text)).toEqual(want);
  });
});

describe("a dead group that names the doer among its dead", () => {
  it.each<[string, string, [number | null, number | null]]>([
    [
      "the suspect shot dead is one of the two",
      "Two people, including the suspect, died after the suspect was shot dead by officers on Elm Street.",
      [2, 0],
    ],
    [
      "the gunman named after the verb is one of the two",
      "Two people were killed, including the gunman, who was shot dead by a deputy on Elm Street.",
      [2, 0],
    ],
    [
      "the shooter among them is one of the three",
      "Three people, among them the shooter, were killed Sunday when the shooter was shot dead by police.",
      [3, 0],
    ],
    // a group the doer killed leaves him to add
    [
      "the doer's victims and the doer",
      "The suspect, who killed two people, was shot dead by police on Elm Street.",
      [3, 0],
    ],
  ])("%s", (_, text, want) => {
    expect(tolls(text)).toEqual(want);
  });
});

describe("the doer of a murder-suicide told dead in the body", () => {
  it.each<[string, string, string, [number | null, number | null]]>([
    [
      "the man who died, under a father who shot his son and himself, is the father",
      "Police identify father who shot son before killing himself",
      "Police have identified the man who died in a shooting at a home on Elm Street on Sunday as 45-year-old John Harlan. Harlan shot his 16-year-old son, who was taken to a hospital in stable condition, before turning the gun on himself, police said.",
      [1, 1],
    ],
    [
      "a full name found dead is the father where the child is named with the headline's age",
      "Father who shot 9-year-old son before killing himself was troubled",
      "John Harlan was found dead in the kitchen, police said. His son Tim Harlan, 9, was also found wounded.",
      [1, 1],
    ],
    // the child told dead is the child
    [
      "the boy who died is the son",
      "Father shoots son before killing himself",
      "The boy died at the hospital on Sunday, police said.",
      [2, 0],
    ],
    [
      "a name told dead with no other name of the child's age may be the child",
      "Father who shot 9-year-old son before killing himself was troubled",
      "Tim Harlan died at the hospital, police said.",
      [2, 0],
    ],
  ])("%s", (_, title, text, want) => {
    expect(tolls(text, title)).toEqual(want);
  });
});

describe("a group told hit 'also' or 'other' after people told one by one", () => {
  it.each<[string, string, [number | null, number | null]]>([
    [
      "a group also wounded after one man shot",
      "A man was shot in the chest outside a gas station on Elm Street on Sunday. Two women were also wounded, police said.",
      [0, 3],
    ],
    [
      "other men wounded after a named man shot",
      "Darnell Reese, 24, was shot in the leg on Elm Street on Sunday. Two other men were wounded, police said.",
      [0, 3],
    ],
    [
      "a group also hit in the same sentence as the man shot",
      "A man was shot in the back on Elm Street on Sunday, and three teenagers were also hit, police said.",
      [0, 4],
    ],
    // a group counted before may hold the people "other" tells of
    [
      "others after a group counted are of that group",
      "Four people were shot on Elm Street on Sunday. A man was hit in the arm. Two others were also wounded.",
      [0, 4],
    ],
    // someone hurt in the crowd's flight is no gunshot victim beside the others
    [
      "one hurt in the commotion adds no one to the victims shot",
      "A woman was injured in the commotion after shots rang out at a bar on Elm Street on Sunday. Three other people were shot, police said.",
      [0, 3],
    ],
  ])("%s", (_, text, want) => {
    expect(tolls(text)).toEqual(want);
  });
});
