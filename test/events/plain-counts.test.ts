import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { tolls } from "../helpers.js";

describe("plain news sentences counted right", () => {
  it.each<[string, string, string, [number | null, number | null]]>([
    [
      "a plural relative verb after an 'and' list of single people has the whole list as its antecedent",
      "Shooting on Birch Lane",
      "A man and a woman who were shot on Birch Lane on Saturday were taken to a hospital.",
      [0, 2],
    ],
    [
      "so do both die when the list carries the relative clause",
      "Shooting on Birch Lane",
      "A man and a woman who were shot on Birch Lane on Saturday died at the scene.",
      [2, 0],
    ],
    [
      "a murder-suicide tells that the people the doer shot in its sentence died, and the doer with them",
      "Deaths on Cedar Court",
      "Deputies said a man shot his wife and daughter before shooting himself in a murder-suicide on Cedar Court.",
      [3, 0],
    ],
    [
      "people told dead by a verb of their own, beside the doer's own death, may be his victims and him",
      "Deaths on Cedar Court",
      "Two people are dead after a rancher shot his brother and then killed himself on Cedar Court.",
      [2, 0],
    ],
    [
      "but not a rampage's toll told as its result",
      "Deaths on Cedar Court",
      "A rampage on Cedar Court left five people dead before the rancher killed himself.",
      [6, 0],
    ],
    [
      "a double murder-suicide is two murdered and the doer",
      "Deaths on Cedar Court",
      "Deputies are investigating a double murder-suicide at a farmhouse on Cedar Court.",
      [3, 0],
    ],
    [
      "a list of the dead closing with the doer counts him already",
      "Deaths on Cedar Court",
      "Deputies said a rancher killed his brother and himself in a murder-suicide on Cedar Court.",
      [2, 0],
    ],
    [
      "not where one of them is told alive after",
      "Deaths on Cedar Court",
      "Deputies said a man shot his wife and daughter before shooting himself in a murder-suicide on Cedar Court. The daughter was taken to a hospital in serious condition.",
      [2, 1],
    ],
    [
      "a group told killed in the passive, then the gunman's suicide alone in its sentence: one more dead",
      "Shooting at a tavern",
      "Three people were killed at a tavern on Dale Road on Friday night. The gunman then killed himself.",
      [4, 0],
    ],
    [
      "not where the suicide's sentence retells his victim, whom the group already counted",
      "Shooting at a home",
      "Two people were killed at a home on Dale Road on Friday night. Police said the man shot his wife, then killed himself.",
      [2, 0],
    ],
    [
      "'The shooting proved fatal': the one told hit before died",
      "Shooting on Alder Street",
      "A man was shot on Alder Street late Tuesday. The shooting proved fatal, police said.",
      [1, 0],
    ],
    [
      "so does 'the wound was fatal'",
      "Shooting on Alder Street",
      "A man was shot on Alder Street late Tuesday. Police said the wound was fatal.",
      [1, 0],
    ],
    [
      "the ages of a counted group, listed with commas, are one aside, not the end of the subject",
      "Drive-by shooting on Birch Lane",
      "Three children, ages 4, 6 and 9, were wounded in a drive-by shooting on Birch Lane on Monday.",
      [0, 3],
    ],
    [
      "a man's brother told hit after him is someone of his, not he",
      "Shooting on Birch Lane",
      "A man was shot twice in the chest on Birch Lane on Monday. His brother was shot in the arm.",
      [0, 2],
    ],
    [
      "a man's sister told dead after him is someone of his too",
      "Shooting on Birch Lane",
      "A man was wounded on Birch Lane on Monday. His sister was shot and killed.",
      [1, 1],
    ],
    [
      "'and another hospitalized': the second of an elliptical pair, in a hospital, alive",
      "Shooting on Birch Lane",
      "One man is dead and another hospitalized after a shooting on Birch Lane on Sunday.",
      [1, 1],
    ],
    [
      "the victims' apposition set off by dashes counts them as one set off by commas does",
      "Shooting on Birch Lane",
      "Police said the victims - a 19-year-old man and two 20-year-old women - were taken to a hospital after a shooting on Birch Lane.",
      [0, 3],
    ],
    [
      "the doer's role names none of the people his deed hit: police killing the suspect is one more dead",
      "Robbery on Birch Lane",
      "A man shot a clerk during a robbery on Birch Lane on Tuesday. The clerk died. Officers later shot and killed the suspect.",
      [2, 0],
    ],
    [
      "and police wounding him, one more hurt beside the dead clerk",
      "Robbery on Birch Lane",
      "A man shot a clerk during a robbery on Birch Lane on Tuesday. The clerk died. Officers shot the gunman in the leg.",
      [1, 1],
    ],
    [
      "'twice' after the object tells how often he fired, and closes the object",
      "Shooting on Birch Lane",
      "Deputies say a man shot his neighbor twice on Birch Lane on Friday.",
      [0, 1],
    ],
    [
      "so does 'several times'",
      "Shooting on Birch Lane",
      "Deputies say a man shot a woman several times on Birch Lane on Friday.",
      [0, 1],
    ],
    [
      "a range of how often ('seven or eight times') is no object at all",
      "Shooting on Birch Lane",
      "A woman was wounded on Birch Lane on Friday. A neighbor said the man kept shooting seven or eight times.",
      [0, 1],
    ],
    [
      "'The dead include ...': the group's noun, then the people it holds",
      "Shooting on Birch Lane",
      "Gunfire broke out on Birch Lane on Friday. The dead include a 9-year-old girl and her grandmother, police said.",
      [2, 0],
    ],
    [
      "'The wounded were taken to a hospital' names no one after the verb",
      "Shooting on Birch Lane",
      "Two people were hurt in a shooting on Birch Lane on Friday. The wounded were taken to a hospital.",
      [0, 2],
    ],
    [
      "after two people told hit and none dead, 'a third man ... died' is the third hit, the one dead",
      "Shootings on Birch Lane",
      "A man was shot in the foot on Birch Lane on Friday. A second man was shot in the hand. A third man was shot in the back and died.",
      [1, 2],
    ],
    [
      "after more people hit than the ordinal, 'a third person has died' counts the dead",
      "Shooting on Birch Lane",
      "Four people were shot on Birch Lane on Saturday. A third person has died, police said.",
      [3, 1],
    ],
    [
      "one who 'survived with wounds' is hurt and alive, beside the dead",
      "Shooting on Birch Lane",
      "A woman and her daughter were killed on Birch Lane on Friday. Her 15-year-old son survived with a gunshot wound to his arm.",
      [2, 1],
    ],
    [
      "'A victim of Saturday's shooting died': the possessed shooting is a noun, the victim the subject of 'died'",
      "Police investigate shooting",
      "A victim of Saturday's shooting on Birch Lane died Monday, police said.",
      [1, 0],
    ],
    [
      "so is 'the Birch Lane shooting', a name after 'the'",
      "Police investigate shooting",
      "A victim of the Birch Lane shooting died Monday, police said.",
      [1, 0],
    ],
    [
      "a group whose noun tells the other sex than the one told dead holds none of the dead",
      "Shooting on Birch Lane",
      "A man was killed on Birch Lane on Friday. Two women were shot.",
      [1, 2],
    ],
    [
      "and the reverse, a kin noun in the plural",
      "Shooting on Birch Lane",
      "A woman was shot and killed on Birch Lane on Friday. Her two sons were shot.",
      [1, 2],
    ],
    [
      "a group of no told sex may hold the dead",
      "Shooting on Birch Lane",
      "A man was killed on Birch Lane on Friday. Three people were shot.",
      [1, 2],
    ],
    [
      "so may one of the dead's own sex",
      "Shooting on Birch Lane",
      "A man was killed on Birch Lane on Friday. Two men were shot.",
      [1, 1],
    ],
    [
      "'Neither survived' after two people counted hit: both died",
      "Shooting on Birch Lane",
      "Two women were shot in a car on Birch Lane on Friday. Neither woman survived, police said.",
      [2, 0],
    ],
    [
      "'None of them survived' after three",
      "Shooting on Birch Lane",
      "Three people were shot at a home on Birch Lane on Friday. None of them survived.",
      [3, 0],
    ],
    [
      "a toll told 'not including the gunman', who died too, is one short of the dead",
      "Shooting at a warehouse",
      "Four people were killed at a warehouse on Elm Road, not including the gunman, who also died.",
      [5, 0],
    ],
    [
      "not where the gunman is told taken alive",
      "Shooting at a warehouse",
      "Four people were killed at a warehouse on Elm Road, not including the gunman, who was arrested.",
      [4, 0],
    ],
    [
      "'N victims. One was dead.': one of the victims counted died, the rest were hit and lived",
      "Shooting on Maple Avenue",
      "Deputies found four victims in a yard on Maple Avenue. One was dead.",
      [1, 3],
    ],
    [
      "not where the victims are not counted",
      "Shooting on Maple Avenue",
      "Deputies found the victims in a yard on Maple Avenue. One was dead.",
      [1, 0],
    ],
    [
      "a doer who shot himself, told by a pronoun right after to have survived, is hurt beside his dead victims",
      "Shooting at a diner",
      "A man shot two people at a diner on Oak Street, then shot himself. He survived; both victims died.",
      [2, 1],
    ],
    [
      "and beside the victims who lived",
      "Shooting at a store",
      "A woman shot three people at a store on Oak Street, then shot herself. She survived, but one of the victims died.",
      [1, 3],
    ],
    [
      "someone killed before the doer shot a group, 'killing one', is dead beside the one of the group",
      "Shootings in Millbrook",
      "Police said a man killed his wife, then drove to a store on Oak Street and shot three people, killing two.",
      [3, 1],
    ],
    [
      "a man shot and wounded, whom a relative clause tells opened fire, is hurt beside those his fire hit",
      "Shooting at a gas station",
      "A deputy shot and wounded a man who opened fire at a gas station on Oak Street, wounding three people.",
      [0, 4],
    ],
    [
      "'she survived' after 'shot himself' tells of a victim, not of the doer",
      "Shooting at a home",
      "A man shot his two daughters at a home on Pine Road, then shot himself. She survived; her sister died.",
      [1, 1],
    ],
    [
      "a headline count that groups after a colon, each at a place of its own, add up to is a tally: the first group's is the first shooting's",
      "Six Shot Dead In Millbrook: 5 Women At Salon, Teen On Porch",
      "Sign up for our newsletter.",
      [5, 0],
    ],
    [
      "a headline that states both tolls counts the doer it tells dead among its dead",
      "Gunman Kills 3, Wounds 2 At Millbrook Diner Before Killing Himself",
      "Sign up for our newsletter.",
      [4, 2],
    ],
    [
      "not where the groups after the colon are the same people told one by one",
      "Three Shot Dead In Millbrook: Farmer, Wife And Son",
      "Sign up for our newsletter.",
      [3, 0],
    ],
  ])("%s", (_, title, text, want) => {
    expect(tolls(text, title)).toEqual(want);
  });
});

describe("a relative shot later", () => {
  const events = (text: string) =>
    extract(text, { published: "2016-08-12", title: "Shootings in Millbrook" }).events.map((e) => [
      e.fatalities?.best ?? 0,
      e.injured?.best ?? 0,
    ]);
  it("hours later, not told hit before, is another shooting's victim", () => {
    expect(
      events("A man was shot on Birch Lane early Friday. Hours later, the man's cousin was shot on Alder Street."),
    ).toEqual([
      [0, 1],
      [0, 1],
    ]);
  });
  it("told hit before, is the same shooting's", () => {
    expect(
      events("A man and his cousin were shot on Birch Lane early Friday. Hours later, the man's cousin died."),
    ).toEqual([[1, 1]]);
  });
});
