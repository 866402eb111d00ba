import { describe, expect, it } from "vitest";
import { sentenceFacts } from "../../src/casualties/facts.js";
import { extract } from "../../src/index.js";

/** [kind, best, rule] of each fact a sentence states, in order. */
function facts(s: string): [string, number | null, string][] {
  return sentenceFacts(s, { start: 0, end: s.length }, 0).map((f) => [f.kind, f.negated ? 0 : f.best, f.rule]);
}

/** [killed, injured] of the article's biggest event, as the casualties scorer reads it. */
function tolls(text: string, title = ""): [number | null, number | null] {
  const doc = extract(text, { published: "2016-08-12", title });
  const ev = [...doc.events].sort(
    (a, b) => (b.fatalities?.best ?? 0) + (b.injured?.best ?? 0) - (a.fatalities?.best ?? 0) - (a.injured?.best ?? 0),
  )[0];
  return [ev?.fatalities?.best ?? null, ev?.injured?.best ?? null];
}

describe("what one sentence counts: lists, parts, doers, laments", () => {
  it.each<[string, [string, number | null, string][]]>([
    ["He killed his wife, his son and a neighbor.", [["killed", 3, "conjunction"]]],
    ["The gunman shot his wife, her friend and a deputy.", [["shot", 3, "conjunction"]]],
    [
      "A former police officer shot his ex-wife, her friend, a local sheriff and a deputy on Sunday before he died.",
      [
        ["shot", 4, "conjunction"],
        ["killed", 1, "pronoun"],
      ],
    ],
    ["He shot a man, a woman and a child outside the store.", [["shot", 3, "conjunction"]]],
    // things struck before the people struck: the people close the list
    [
      "Three shooters sprayed dozens of bullets through the neighborhood, striking houses, cars, and four people - including a 6-year-old boy.",
      [["shot", 4, "exact"]],
    ],
    ["A bullet went through the wall, hitting a car and two men.", [["shot", 2, "exact"]]],
    ["He fired into the house and fled.", []],
    // the group a part is counted of is not itself said to be hit
    ["Police say six of the seven victims suffered minor injuries.", [["injured", 6, "exact"]]],
    ["All four victims were taken to the hospital.", [["shot", 4, "exact"]]],
    // a self-inflicted wound makes the one dead the doer
    [
      "He died of a self-inflicted gunshot wound after allegedly shooting and killing 30-year-old Carlos Garcia and 28-year-old Alexy Garcia.",
      [
        ["killed", 1, "reflexive"],
        ["killed", 2, "conjunction"],
      ],
    ],
    // a comma before the source or an apposition closes the object
    ["He shot his wife, the police said.", [["shot", 1, "definite"]]],
    ["He shot his wife, the mother of his children, and fled.", [["shot", 1, "definite"]]],
    // a time owns the shooting: the suspect before it is no victim, a victim is one
    ["Police arrested the suspect in Tuesday's fatal shooting.", [["arrested", 1, "definite"]]],
    ["Police identified the victim of Thursday's homicide.", [["killed", 1, "definite"]]],
    // a lament over a trend counts no one; a past "so many ... that" tells an event
    ["So many kids are getting killed in our community, and it has to stop.", [["killed", null, "hypothetical"]]],
    ["Police said so many people were injured that ambulances ran out.", [["injured", null, "many"]]],
  ])("%s", (s, want) => {
    expect(facts(s)).toEqual(want);
  });
});

describe("who a victim told of one by one is", () => {
  it.each<[string, string, [number, number]]>([
    [
      // the child shot is none of the dead the group names
      "a child is not one of a dead group of women",
      "A split second decision saved the life of an infant rushed to the hospital after his mother and grandmother were shot and killed. The aunt told officers that the child had been shot.",
      [2, 1],
    ],
    [
      // "another person" found after "five other victims" is one more of them
      "someone marked new after the others adds one",
      "One man was killed in a shooting outside a bar early Sunday. Police said five other victims showed up at the hospital with gunshot wounds. Officers said they found another person a block away who had been shot in the leg.",
      [1, 6],
    ],
    [
      // two predicates of one subject: the man who was shot and was in critical condition is the one who died
      "the subject of a shooting and of a condition is one person",
      "A 6-year-old girl was grazed by a bullet and a 22-year-old relative was shot dead Thursday afternoon, police said. The man was shot multiple times in his chest and was taken to Stroger Hospital in critical condition before he was pronounced dead.",
      [1, 1],
    ],
    [
      // a girlfriend is a grown-up, not the young child shot
      "a girlfriend is not the child",
      "Police responded to reports of a young child shot at an apartment Wednesday morning. Police say a man shot his girlfriend before fleeing. Their baby was wounded in the shooting.",
      [0, 2],
    ],
    [
      // a group told hurt, then all of it dead
      "a wounded group that later died is dead, not hurt",
      "Five people are dead after a shooting at a home Tuesday morning. Three people died at the scene, fire officials said. A woman approximately 20 years old and a 6-year-old girl suffered life-threatening injuries and were transported to hospitals. Both later died.",
      [5, 0],
    ],
    [
      // the one who fired is not the one hit; "also" before the verb adds someone
      "the gunman's other victim is not the gunman",
      "Two bailiffs were fatally shot Monday inside the courthouse before officers killed the gunman, a sheriff said. The detainee also shot a woman in the arm and briefly took hostages.",
      [3, 1],
    ],
    [
      // a toll of several other shootings is no incident's own
      "people hurt in other shootings are not this incident's",
      "Around 10 p.m., a young child showed up at the hospital suffering from a non-life threatening gunshot wound to the leg. Earlier in the day, two other shootings left three people injured.",
      [0, 1],
    ],
    [
      // the doer found dead of a self-inflicted wound is the one who turned the gun on himself
      "the man dead of a self-inflicted wound is the doer, not one more victim",
      "A man shot his 1-year-old daughter dead before turning the gun on himself, the sheriff said. Officials said Timothy Harewood, 35, was found dead in the yard from an apparent self-inflicted gunshot wound. Inside the home, police said, a 1-year-old girl was found shot to death.",
      [2, 0],
    ],
    [
      // the doer and the two he killed
      "the doer dead of a self-inflicted wound adds one to those he killed",
      "The investigation is being treated as a murder-suicide. He died of a self-inflicted gunshot wound after allegedly shooting and killing 30-year-old Carlos Garcia and 28-year-old Alexy Garcia.",
      [3, 0],
    ],
    [
      // a count across the past year is background, not this incident's toll
      "a fronted span of time makes a count cumulative",
      "A 3-year-old boy was gunned down in his east Kansas City neighborhood Sunday. He died at the scene. Within the last year, three children - 7-month-old Jaquail Mansaw, 6-year-old Angel Hooper and 10-year-old Machole Stewart - all died from errant gunfire.",
      [1, 0],
    ],
  ])("%s", (_, text, want) => {
    expect(tolls(text)).toEqual(want);
  });
});

describe("the headline's dead and someone still alive", () => {
  it("does not make a victim fighting for his life one of the headline's dead", () => {
    const text =
      "A three-year-old is fighting for his life after a triple shooting that left one man dead on Monday.\n\n" +
      "The mother and her child were rushed to the hospital after police say 23-year-old Denzell Braud shot them.\n\n" +
      "A third victim, Cordarell Collins, was also shot inside the apartment. The 22-year-old did not survive.\n\n" +
      "A 21-year-old mother and her three-year-old son were also shot.\n\n" +
      "The mother has been released, but her son is still in critical condition.";
    expect(tolls(text, "Deceased victim identified in LR triple shooting involving toddler")).toEqual([1, 2]);
  });
});
