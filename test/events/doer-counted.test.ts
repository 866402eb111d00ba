import { describe, expect, it } from "vitest";
import { tolls } from "../helpers.js";

describe("the doer told dead or alive after his deed", () => {
  it.each<[string, string, string, [number | null, number | null]]>([
    [
      "a role noun before a name and an age is still the role: the suspect killed adds one",
      "2 killed in tavern shooting",
      "A gunman killed two people at a tavern on Friday night. Officers said the suspect, Lyle Brandt, 41, was also killed.",
      [3, 0],
    ],
    [
      "a capitalised role, a name, an age and a home set off by commas: still the suspect",
      "2 killed in tavern shooting",
      "A gunman killed two people at a tavern on Friday night. The suspect, Lyle Brandt, 41, of Millbrook, was also killed.",
      [3, 0],
    ],
    [
      "'identified as' before the name and age: still the shooter",
      "2 killed in tavern shooting",
      "A gunman killed two people at a tavern on Friday night. Deputies said the shooter, identified as Lyle Brandt, 41, was also killed.",
      [3, 0],
    ],
    [
      "one told alive right after turning the gun on himself is hurt, one more than those he shot",
      "Shooting at a park",
      "A man shot two people at a park on Sunday, then turned the gun on himself. He is in critical condition, police said.",
      [0, 3],
    ],
    [
      "the doer told alive by his role is hurt, not dead, beside the victims he killed",
      "Shooting at a park",
      "A man shot and killed two people at a park on Sunday, then turned the gun on himself. The gunman is in stable condition.",
      [2, 1],
    ],
    [
      "a woman told alive right after turning the gun on herself is none of the dead",
      "Shooting at a home",
      "A woman shot her husband on Sunday, then turned the gun on herself. She was listed in critical condition and he was pronounced dead.",
      [1, 1],
    ],
    [
      "his role told dead right after turning the gun on himself is the doer again, no second dead",
      "Shooting at a park",
      "A man shot two people at a park on Sunday, then turned the gun on himself. The suspect died at a hospital.",
      [1, 2],
    ],
    [
      "with no word of his state after, turning the gun on himself is still read as his death",
      "Shooting at a park",
      "A man shot two people at a park on Sunday, then turned the gun on himself, police said.",
      [1, 2],
    ],
    [
      "a pronoun of the doer's sex, where the one he killed is of the other, is the doer told dead",
      "Shooting at a home",
      "A man fatally shot his girlfriend on Sunday and then shot himself. He died at the scene.",
      [2, 0],
    ],
    [
      "the doer who shot himself, told alive after by a pronoun, is hurt and none of the dead",
      "Shooting at a home",
      "A man fatally shot his girlfriend on Sunday and then shot himself. He was taken to a hospital in serious condition.",
      [1, 1],
    ],
    [
      "the doer told dead after shooting two and himself is none of the two he shot",
      "Shooting at a home",
      "A man shot his wife and son on Sunday and then himself. He died at the scene.",
      [1, 2],
    ],
    [
      "a murder-suicide's toll holds the doer: his shot at himself is no one hurt",
      "Shooting at a home",
      "Police say a man shot his wife and then himself on Sunday in an apparent murder-suicide. Both were found dead.",
      [2, 0],
    ],
    [
      "a murder-suicide told with the doer's dead in its sentence is those dead and the doer",
      "Shooting at a home",
      "A man killed his wife and daughter on Sunday in a murder-suicide, police said.",
      [3, 0],
    ],
    [
      "so is one whose doer follows a fronted phrase",
      "Shooting at a home",
      "In an apparent murder-suicide, a man fatally shot his wife and two sons on Sunday.",
      [4, 0],
    ],
    [
      "a murder-suicide that itself killed two is those two",
      "Shooting at a home",
      "The murder-suicide that killed two people on Sunday shocked the town.",
      [2, 0],
    ],
    [
      "the one police killed after another's deed in the sentence is that doer, not the one he hit",
      "Shooting on Elm Street",
      "A man shot and wounded his neighbor on Sunday before deputies killed him.",
      [1, 1],
    ],
    [
      "the man police killed, who shot a group, is none of that group",
      "Shooting at a bar",
      "A man who shot two people at a bar on Sunday was killed by police.",
      [1, 2],
    ],
    [
      "so is the man police killed, told with his deed in a relative clause after",
      "Shooting at a bar",
      "Police shot and killed a man who had shot two people at a bar on Sunday.",
      [1, 2],
    ],
    [
      "the doer police wound after his deed, told by a pronoun, is one more hurt beside those he hit",
      "Shooting at a bar",
      "A gunman wounded three people at a bar on Sunday before police shot and wounded him.",
      [0, 4],
    ],
    [
      "a toll told in the passive and joined by 'when' to the doer's own shot holds him",
      "Shooting at a farmhouse",
      "Four people were killed when a farmer shot his wife and two daughters and then himself on Sunday.",
      [4, 0],
    ],
    [
      "the doer whose own shot is told alive after by his role is one more hurt than those he shot",
      "Shooting at a diner",
      "A man shot two waitresses and then himself at a diner on Sunday. The gunman is in critical condition.",
      [0, 3],
    ],
    [
      "the doer told hurt in a clause joined by 'and' to the group's is none of that group",
      "Shooting at a traffic stop",
      "Two men were shot and the gunman was wounded outside a bar on Sunday, the sheriff said.",
      [0, 3],
    ],
    [
      "a suspect told hurt after officers told hit is none of the officers, with or without 'also'",
      "Shooting at a traffic stop",
      "Two troopers were shot during a traffic stop on Sunday. The suspect was wounded as well.",
      [0, 3],
    ],
    [
      "so is the man police wound whom a relative clause tells the doer",
      "Shooting at a bar",
      "Officers shot and wounded a man who had shot two people at a bar on Sunday.",
      [0, 3],
    ],
  ])("%s", (_, title, text, want) => {
    expect(tolls(text, title)).toEqual(want);
  });
});

describe("a count after a verb of motion and 'up to'", () => {
  it("is the number of people the mover reached and shot, not an upper bound", () => {
    expect(
      tolls(
        "A man walked up to two teens outside a laundromat on Elm Road and shot them, deputies said.",
        "Shooting outside laundromat",
      ),
    ).toEqual([0, 2]);
  });
});
