import { describe, expect, it } from "vitest";
import { sentenceFacts } from "../../src/casualties/facts.js";

/** [kind, best, rule] of each fact a sentence states, in order. */
function facts(s: string): [string, number | null, string][] {
  return sentenceFacts(s, { start: 0, end: s.length }, 0).map((f) => [f.kind, f.negated ? 0 : f.best, f.rule]);
}

describe("a gunshot wound in the words local news varies", () => {
  it.each<[string, [string, number | null, string][]]>([
    // a wound said not to threaten life: someone hurt who lives
    [
      "The woman, Dana Ruiz, 29, sustained a non-life threatening gunshot wound in her right hand, deputies said.",
      [["injured", 1, "named"]],
    ],
    ["Two men are being treated for gunshot wounds at Mercy Hospital.", [["injured", 2, "exact"]]],
    ["A 19-year-old was recovering from a gunshot wound to the arm.", [["injured", 1, "singular"]]],
    // going for treatment of a wound: hurt and alive, however the subject got there
    [
      "A 23-year-old later went to Baptist Hospital by car for treatment of a gunshot wound in his knee.",
      [["injured", 1, "singular"]],
    ],
    ["A man later walked into Regional Medical Center for treatment of a gunshot wound.", [["injured", 1, "singular"]]],
    ["Two men sought treatment for gunshot wounds at St. Mary's.", [["injured", 2, "exact"]]],
    // "had gone to a hospital", the past perfect a later discovery is told in, as "went to" is
    ["Police later learned a third victim had gone to a hospital with a gunshot wound.", [["shot", 1, "nth-3"]]],
    ["They had gone to the hospital to visit a friend.", []],
    ["A woman was receiving treatment for a gunshot wound.", [["injured", 1, "singular"]]],
    // a wound alone says someone was hit, not whether they lived
    ["A bystander suffered a wound to the hand.", [["shot", 1, "singular"]]],
    ["The teen sustained wounds to both legs.", [["shot", 1, "definite"]]],
    ["A 40-year-old woman suffered a minor wound to the arm.", [["injured", 1, "singular"]]],
    // sent to a hospital, as taken to one: people hit; the injuries after it tell they live
    ["A shooting at a bar sent five men to the hospital.", [["shot", 5, "exact"]]],
    [
      "The gunman killed a clerk and sent three others to area hospitals.",
      [
        ["killed", 1, "singular"],
        ["shot", 3, "exact"],
      ],
    ],
    ["The gunfire sent two men to area hospitals with minor injuries.", [["injured", 2, "exact"]]],
    ["The family sent a letter to the hospital board.", []],
    // surviving a wound, as surviving with it: hurt and alive
    ["The woman survived a gunshot wound to the shoulder.", [["injured", 1, "definite"]]],
    ["A 22-year-old man survived three gunshot wounds.", [["injured", 1, "singular"]]],
    // escaping with an injury, or receiving a minor one: hurt and alive
    ["Three others escaped with minor injuries.", [["injured", 3, "exact"]]],
    ["Two other people received non-life-threatening injuries.", [["injured", 2, "exact"]]],
    // a wound of a blade is no gunshot
    ["A 40-year-old woman suffered a stab wound to the arm.", []],
    ["A 37-year-old man suffered multiple gunshot wounds to the back and arms.", [["shot", 1, "singular"]]],
    ["A 30-year-old man sustained an apparent gunshot wound to the hip.", [["shot", 1, "singular"]]],
    // the condition a hospital lists, in its usual variants
    ["The teen was listed in serious but stable condition.", [["injured", 1, "definite"]]],
    ["The suspect is in guarded condition at Harborview.", [["injured", 1, "definite"]]],
    // a graze wound hurts; a finite verb of wounding takes any subject, an ordinal too
    ["The other man received a graze wound to the shoulder, officials said.", [["injured", 1, "other"]]],
    ["A second officer also sustained minor injuries.", [["injured", 1, "nth-2"]]],
    // in hospital after the shooting, as "hospitalized" says: hurt and alive
    [
      "One person is dead and another is in the hospital, police said.",
      [
        ["killed", 1, "exact"],
        ["injured", 1, "another"],
      ],
    ],
    ["Two men remain in the hospital after the shooting on Elm Street.", [["injured", 2, "exact"]]],
    // a bullet that grazes someone hurts them
    ["Witnesses said a bullet grazed him as he ran.", [["injured", 1, "pronoun"]]],
  ])("%s", (s, expected) => {
    expect(facts(s)).toEqual(expected);
  });
});

describe("who was wounded", () => {
  it.each<[string, [string, number | null, string][]]>([
    // the one found with the wound, whatever names them
    ["Deputies located the driver with a gunshot wound in his thigh.", [["shot", 1, "definite"]]],
    ["Deputies found Harris with a gunshot wound to the head.", [["shot", 1, "named"]]],
    ["Officers found a 30-year-old man bleeding from a gunshot wound to the thigh.", [["shot", 1, "singular"]]],
    // "had" a wound, as "suffered" one, whatever subject tells the one who had it
    ["The girl had non-life-threatening injuries to her hand, deputies said.", [["injured", 1, "definite"]]],
    ["The cashier had minor injuries from the glass.", [["injured", 1, "definite"]]],
    ["Ortega has a graze wound on his shoulder, police said.", [["injured", 1, "named"]]],
    // "X being wounded": the object of the preposition, not the head of the clause
    [
      "A gunfight between deputies and a gunman at a trailer park ended with a deputy being wounded and a 30-year-old man being killed.",
      [
        ["injured", 1, "singular"],
        ["killed", 1, "singular"],
      ],
    ],
  ])("%s", (s, expected) => {
    expect(facts(s)).toEqual(expected);
  });
});

describe("a qualified wound", () => {
  it.each<[string, [string, number | null, string][]]>([
    [
      "Corey Pruitt, 15, suffered an accidental gunshot wound to the neck and later died at the hospital.",
      [
        ["shot", 1, "named"],
        ["killed", 1, "named"],
      ],
    ],
  ])("%s", (s, expected) => {
    expect(facts(s)).toEqual(expected);
  });
});

describe("hospitals by name and the conditions they list", () => {
  it.each<[string, [string, number | null, string][]]>([
    // taken to a named hospital: hit, fate open; treated there or taken in a stated condition: alive
    ["Four other victims were taken to Vanderbilt University Hospital, police said.", [["shot", 4, "exact"]]],
    ["Sixteen people were treated at Tampa General Hospital overnight.", [["injured", 16, "exact"]]],
    ["He was taken in serious condition to Lurie Children's Hospital.", [["injured", 1, "pronoun"]]],
    ["He was taken to Grady Memorial in critical condition.", [["injured", 1, "pronoun"]]],
    ["The cyclist was brought to a hospital in fair condition.", [["injured", 1, "definite"]]],
    // a contracted auxiliary after a pronoun
    ["He’s in stable condition.", [["injured", 1, "pronoun"]]],
    // the second verb of one subject keeps its own auxiliary
    [
      "Detectives said the driver had been shot several times and was declared dead at the crash site.",
      [
        ["shot", 1, "definite"],
        ["killed", 1, "definite"],
      ],
    ],
    [
      "The clerk was shot in the shoulder and is expected to recover.",
      [
        ["shot", 1, "definite"],
        ["injured", 1, "definite"],
      ],
    ],
  ])("%s", (s, expected) => {
    expect(facts(s)).toEqual(expected);
  });
});

describe("fired upon is not hit", () => {
  it.each<[string, [string, number | null, string][]]>([
    ["Two men were shot at while sitting in a parked car.", []],
    ["A woman said she was shot at by a man in a pickup truck.", []],
    ["He was shot at.", []],
    // "at" before a place or a count still reports a person hit
    ["A man was shot at a party on Main Street.", [["shot", 1, "singular"]]],
    ["He was shot at least twice.", [["shot", 1, "pronoun"]]],
  ])("%s", (s, expected) => {
    expect(facts(s)).toEqual(expected);
  });
});

describe("a person named with an age or a title", () => {
  it.each<[string, [string, number | null, string][]]>([
    ["The boy shot 19-year-old James Keyser in the forehead on Friday.", [["shot", 1, "named"]]],
    ["The gunman shot Sheriff Joey Terrell and deputy Bill Zigan.", [["shot", 2, "conjunction"]]],
    ["Officer Jason Moland was shot in the face.", [["shot", 1, "named"]]],
    // an age and a name after a comma restate the person before it
    ["He shot and killed his friend, 58-year-old Walter Briggs, at the campsite.", [["killed", 1, "definite"]]],
    // a parent "of" a count is one person: the count is their children
    ["A mother of three was shot and killed Sunday.", [["killed", 1, "singular"]]],
    ["Two of his five children were wounded.", [["injured", 2, "exact"]]],
    // only some gerunds are nouns: "the vehicle injuring" is a verb with its object
    ["A round was fired from the truck injuring a security guard.", [["injured", 1, "singular"]]],
  ])("%s", (s, expected) => {
    expect(facts(s)).toEqual(expected);
  });
});

describe("a clause that asks, or tells an earlier killing", () => {
  it.each<[string, [string, number | null, string][]]>([
    ["I did not know if he was dead or alive.", [["killed", 1, "hypothetical"]]],
    ["Investigators have not said whether the boy shot himself.", [["shot", 1, "hypothetical"]]],
    // a plea names no death
    ['She prayed, "Lord, please don\'t let my baby die."', [["killed", 1, "hypothetical"]]],
    ["She watched her son die.", [["killed", 1, "bare"]]],
  ])("%s", (s, expected) => {
    expect(facts(s)).toEqual(expected);
  });
});

describe("a possessor is the victim of a casualty noun", () => {
  it.each<[string, [string, number | null, string][]]>([
    ["Classmates were in tears when they heard about the girl’s death.", [["killed", 1, "definite"]]],
    ["Police are investigating Smith's killing.", [["killed", 1, "named"]]],
    ["The teen's shooting remains unsolved.", [["shot", 1, "definite"]]],
    // a noun the casualty word only modifies, or a possessor that is no person
    ["Compare the town’s homicide rate to Tulsa’s homicide rate in recent years.", []],
    ["It was the state's deadliest weekend.", []],
  ])("%s", (s, expected) => {
    expect(facts(s)).toEqual(expected);
  });
});

describe("an attempted killing kills nobody", () => {
  it.each<[string, [string, number | null, string][]]>([
    [
      "He is charged with murdering a 17-year-old boy and the attempted murder of a 24-year-old woman.",
      [["killed", 1, "singular"]],
    ],
    ["Police charged him with the attempted murder of a 24-year-old woman.", []],
    // a noun in -er that names no person is no victim; one that does still is
    ["The driver was wounded.", [["injured", 1, "definite"]]],
  ])("%s", (s, expected) => {
    expect(facts(s)).toEqual(expected);
  });
});
