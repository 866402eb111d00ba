import { describe, expect, it } from "vitest";
import { tolls } from "../helpers.js";

describe("a list that names the dead and someone named dead outside it", () => {
  it.each<[string, string, [number | null, number | null]]>([
    [
      "a killing named after the list is one more dead",
      "BURLINGTON -- The bodies of Ann Roe, 43, Kay Roe, 48, and their mother were found Saturday at a home. " +
        "Dee Roe has been charged with murder in the killing of Ivo Marsh, a neighbour, on Friday.",
      [4, 0],
    ],
    // the list's own sentence names the member the list told only by kin
    [
      "a member named in the list's sentence is no one more",
      "BURLINGTON -- The bodies of Ann Roe, 43, Kay Roe, 48, and their mother, Jo Pell, 73, were found Saturday at a home. " +
        "Jo Pell died of a gunshot wound to the head.",
      [3, 0],
    ],
    [
      "a member named by the list is no one more",
      "BURLINGTON -- The bodies of Ann Roe, 43, and Kay Roe, 48, were found Saturday at a home. " +
        "Kay Roe died of a gunshot wound to the head.",
      [2, 0],
    ],
  ])("%s", (_, text, want) => {
    expect(tolls(text)).toEqual(want);
  });
});

describe("some of a wounded group told dead later", () => {
  it.each<[string, string, [number | null, number | null]]>([
    [
      "one of the wounded who died is wounded no more",
      "DALLAS -- Four men were wounded by gunfire on Elm Street on Sunday. One of the wounded later died at a hospital.",
      [1, 3],
    ],
    [
      "the wounded who died add to the dead the group's sentence told",
      "DALLAS -- Officers found three people shot dead and two wounded in a house on Elm Street. " +
        "On Monday, police said one of the wounded had died.",
      [4, 1],
    ],
    // "of them" may be of the people shot, who hold the wounded and the dead alike
    [
      "a part of those shot stays of those shot",
      "DALLAS -- Five people were shot on Elm Street on Sunday. Two of them died.",
      [2, 3],
    ],
  ])("%s", (_, text, want) => {
    expect(tolls(text)).toEqual(want);
  });

  it("takes the same dead from a headline's wounded of the group's number", () => {
    expect(
      tolls(
        "DALLAS -- Two men were wounded on Elm Street on Sunday. One of them died Monday, police said.",
        "Two wounded in Elm Street shooting",
      ),
    ).toEqual([1, 1]);
  });
});
