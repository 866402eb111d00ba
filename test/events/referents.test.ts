import { describe, expect, it } from "vitest";
import { sentenceFacts } from "../../src/casualties/facts.js";
import { extract } from "../../src/index.js";
import { tolls } from "../helpers.js";

/** [kind, best, rule] of each fact a sentence states, in order. */
function facts(s: string): [string, number | null, string][] {
  return sentenceFacts(s, { start: 0, end: s.length }, 0).map((f) => [f.kind, f.negated ? 0 : f.best, f.rule]);
}

describe("what one sentence counts: lists, parts, doers, laments", () => {
  it.each<[string, [string, number | null, string][]]>([
    ["He killed his wife, his son and a neighbor.", [["killed", 3, "conjunction"]]],
    ["The gunman shot his wife, her friend and a deputy.", [["shot", 3, "conjunction"]]],
    [
      "A retired prison guard shot his ex-wife, her sister, a county sheriff and a deputy on Friday before he died.",
      [
        ["shot", 4, "conjunction"],
        ["killed", 1, "pronoun"],
      ],
    ],
    ["He shot a man, a woman and a child outside the store.", [["shot", 3, "conjunction"]]],
    // things struck before the people struck: the people close the list
    [
      "Two gunmen fired scores of rounds down the block, striking houses, cars, and four people - one of them a 9-year-old girl.",
      [["shot", 4, "exact"]],
    ],
    ["A bullet went through the wall, hitting a car and two men.", [["shot", 2, "exact"]]],
    ["He fired into the house and fled.", []],
    // the group a part is counted of is not itself said to be hit
    ["Police say six of the seven victims suffered minor injuries.", [["injured", 6, "exact"]]],
    ["All four victims were taken to the hospital.", [["shot", 4, "exact"]]],
    // a self-inflicted wound makes the one dead the doer
    [
      "He died from a self-inflicted gunshot wound after reportedly shooting and killing 41-year-old Tomas Reyes and 37-year-old Lidia Reyes.",
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
    ["Detectives named the victim of Saturday's homicide.", [["killed", 1, "definite"]]],
    // a lament over a trend counts no one; a past "so many ... that" tells an event
    ["So many young men are getting killed on our streets, and it must end.", [["killed", null, "hypothetical"]]],
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
      "A quick decision saved the life of a baby taken to the hospital after his mother and aunt were shot and killed. The uncle told deputies that the child had been shot.",
      [2, 1],
    ],
    [
      // "another person" found after "five other victims" is one more of them
      "someone marked new after the others adds one",
      "One man was killed in a shooting outside a tavern late Friday. Police said five other victims arrived at the hospital with gunshot wounds. Officers said they found another person two blocks away who had been shot in the foot.",
      [1, 6],
    ],
    [
      // two predicates of one subject: the man who was shot and was in critical condition is the one who died
      "the subject of a shooting and of a condition is one person",
      "A 7-year-old boy was grazed by a bullet and a 25-year-old cousin was shot dead Monday evening, police said. The man was shot several times in his back and was taken to Mercy Hospital in critical condition before he died.",
      [1, 1],
    ],
    [
      // a girlfriend is a grown-up, not the young child shot
      "a girlfriend is not the child",
      "Officers answered reports of a young child shot at a duplex Friday night. Police believe a man shot his girlfriend and then fled. Their baby was wounded in the shooting.",
      [0, 2],
    ],
    [
      // a group told hurt, then all of it dead
      "a wounded group that later died is dead, not hurt",
      "Five people are dead after a shooting at a house Saturday night. Three people died at the scene, paramedics said. A woman roughly 30 years old and an 8-year-old boy suffered life-threatening injuries and were taken to hospitals. Both later died.",
      [5, 0],
    ],
    [
      // a wounded group names a member the text later tells dead: the dead are no longer hurt
      "a named member of a wounded group who died is no longer hurt",
      "A teenager is accused of killing a neighbor and a fourth-grader and wounding a coach and another boy on Tuesday. When deputies reached the field, coach Dana Whitfield and Marcus Bell and another boy had been wounded. Whitfield and the other boy were treated and released. Marcus died of his wounds on Saturday.",
      [2, 2],
    ],
    [
      // the one who fired is not the one hit; "also" before the verb adds someone
      "the gunman's other victim is not the gunman",
      "Two guards were fatally shot Friday inside the jail before deputies killed the gunman, a sheriff said. The inmate also shot a nurse in the hand and briefly took hostages.",
      [3, 1],
    ],
    [
      // a toll of several other shootings is no incident's own
      "people hurt in other shootings are not this incident's",
      "Around 8 p.m., a young child arrived at the hospital with a minor gunshot wound to the arm. Earlier that day, two other shootings wounded three people.",
      [0, 1],
    ],
    [
      // the doer found dead of a self-inflicted wound is the one who turned the gun on himself
      "the man dead of a self-inflicted wound is the doer, not one more victim",
      "A man shot his 2-year-old son dead before turning the gun on himself, the sheriff said. Deputies said Leon Barkley, 41, was found dead in the garage from an apparent self-inflicted gunshot wound. Deputies said a 2-year-old boy was found shot to death inside the trailer.",
      [2, 0],
    ],
    [
      // a rifle or shotgun is turned on oneself as a gun is
      "turning a named firearm on oneself kills the doer",
      "The man shot his wife dead before turning the rifle on himself, police said.",
      [2, 0],
    ],
    [
      // whose gun, and which article, vary
      "turning his gun or a shotgun on oneself kills the doer",
      "The man shot his wife dead and then turned his shotgun on himself.",
      [2, 0],
    ],
    [
      // the article's "attempted murder-suicide" says someone lived: the doer who aimed at himself is hit
      "in an attempted murder-suicide the doer who turned a gun on himself is hit, not dead",
      "Police say a man shot his wife before turning the shotgun on himself. Their son, 4, was wounded in the attempted murder-suicide.",
      [0, 3],
    ],
    [
      // the passive names the police after the verb; the one they killed is the gunman, one more dead
      "a doer killed by police in a passive adds one to those he killed",
      "The gunman killed two people and wounded four others before he was shot and killed by police.",
      [3, 4],
    ],
    [
      // "him" is the deputy the verb before named, not the man killed before
      "a pronoun after a named object of the verb before is that person, one more hit",
      "Police said the gunman shot and killed a man at the gas station. He then disarmed Deputy Ray Cole and shot him in the arm.",
      [1, 1],
    ],
    [
      // a relative who shares only the family name of the wounded is none of them
      "one dead who shares only a family name with the wounded is not one of them",
      "A gunman opened fire at the store on Friday. Police said Tom Reyes and Ana Reyes and a neighbor had been wounded. Luis Reyes, who ran the store next door, was killed by a stray bullet.",
      [1, 3],
    ],
    [
      // the subject's first predicate went to the man told dead; its state of the wounded is someone else's
      "one still hurt after a death told in the body is not the dead man",
      "Police said two men were shot and killed on Elm Street early Saturday. Officers arriving on scene found one man with a gunshot wound to his leg. A short search then found Marcus Moss unresponsive inside an apartment. Responding medics declared Moss dead there. The person shot in the leg was later listed in stable condition at a hospital.",
      [2, 1],
    ],
    [
      // a harm of the flight from the gunfire is no gunshot injury
      "someone hurt falling while fleeing the gunfire is not counted hurt",
      "A man was shot in the leg outside a bar early Sunday. A woman was injured when she fell trying to run from the gunfire.",
      [0, 1],
    ],
    [
      "someone hurt in the commotion after the shots is not counted hurt",
      "A man was shot in the leg outside a bar early Sunday. A woman was injured in the commotion as the crowd ran for the doors.",
      [0, 1],
    ],
    [
      // the bullet told first is the cause: the flight after it only tells when
      "someone hurt by a bullet while fleeing is counted hurt",
      "A man was shot in the leg outside a bar early Sunday. A woman was injured by a stray bullet as she ran away.",
      [0, 2],
    ],
    [
      // the lead's person told again with the harm of the flight is no gunshot victim either
      "someone told hurt beside a group, then hurt tripping, is not one more hurt",
      "Three men were shot and a small boy was hurt outside a market in Oakdale on Friday night, police said. The small boy was hurt, but it was because he tripped while trying to flee, the chief said.",
      [0, 3],
    ],
    [
      "a group that names someone later hurt by flying glass counts one fewer hurt",
      "Police said seven people, including a retired teacher and his 5-year-old grandson, were wounded Friday night when shots were fired outside a church in Oakdale. His grandson was hurt by flying glass after he tripped trying to flee, police said.",
      [0, 6],
    ],
    [
      "someone hurt by a car while fleeing is not counted hurt",
      "A woman was killed and two men were wounded near the playground, officers said. A fourth man was injured after he was struck by a car as he ran from the shots.",
      [1, 2],
    ],
    [
      // "on" the body is where a blow lands; a bullet strikes "in" it or is named as the agent
      "someone struck on the face after the gun misfired is no gunshot victim",
      "A man shot his brother dead at a farmhouse on Friday, deputies said. The gun jammed when he aimed at his wife. His wife was struck on the back of the neck during the struggle.",
      [1, 0],
    ],
    [
      "someone struck in the face is shot",
      "A man shot his brother dead at a farmhouse on Friday, deputies said. His wife was struck in the side of the head during the struggle.",
      [1, 1],
    ],
    [
      "someone struck on the way home is shot",
      "A man shot his brother dead at a farmhouse on Friday, deputies said. His wife was struck on her way to the car.",
      [1, 1],
    ],
    [
      "someone struck on the arm by a stray bullet is shot",
      "A man shot his brother dead at a farmhouse on Friday, deputies said. His wife was struck on the arm by a stray bullet.",
      [1, 1],
    ],
    [
      // "also" after a pronoun adds a wound to the one just told, no one else having come in between
      "a pronoun 'also shot' right after one person shot is that person again",
      "A man was shot in the leg outside a store on Elm Street. He was also shot in the arm, police said.",
      [0, 1],
    ],
    [
      "a pronoun 'also shot' after someone else brought in is that someone, one more hurt",
      "A man was shot and killed outside a store on Elm Street. His wife was in the car with him. She was also shot and is in stable condition.",
      [1, 1],
    ],
    [
      "a pronoun 'also shot' after a brother brought in is the brother, one more hurt",
      "A man was shot in the leg outside a store on Elm Street. Police said his brother was with him. He was also shot.",
      [0, 2],
    ],
    [
      // the dead are not shot after their death: "him" is the gunman, a wounded suspect
      "a pronoun shot in a clause of time after a killing with a doer is that doer, wounded",
      "The gunman shot and killed a clerk at the store before an officer shot him. He is hospitalized in critical condition.",
      [1, 1],
    ],
    [
      "a pronoun shot in a clause of time after a wounding with a doer is that doer, one more hurt",
      "The suspect shot a deputy in the arm before other deputies shot him, police said.",
      [0, 2],
    ],
    [
      // the result word closing the sentence keeps its period: "dead." still closes the object
      "a doer shot dead at the very end of the sentence is one more dead",
      "A gunman killed two people at a bar on Elm Street before officers shot him dead.",
      [3, 0],
    ],
    [
      // the wounded group named by its own noun, not "the wounded"; a man told dead beside it counts too
      "'one of the women later died' after two women told hurt moves one of them to the dead",
      "A man was killed and two women were hurt in a shooting on Oak Avenue on Sunday. One of the women later died at the hospital.",
      [2, 1],
    ],
    [
      // the dead told first share the noun: "one of the men" may be one of them
      "'one of the men died' is no wounded man when men were told dead too",
      "Two men were killed and two men were hurt in a shooting on Oak Avenue on Sunday. One of the men died at the scene.",
      [2, 2],
    ],
    [
      // "them" in the next sentence is the group told hurt when the dead beside it are one person
      "'one of them later died' right after two women told hurt beside one dead moves one to the dead",
      "A man was killed and two women were hurt in a shooting on Oak Avenue on Sunday. One of them later died.",
      [2, 1],
    ],
    [
      // the space after "a.m." lost in the source: the word glued to the abbreviation opens the subject
      "a subject glued to a clock time's abbreviation ('2 a.m.another man') is still read",
      "A woman was shot outside a store on Pine Road on Friday. Officers said that at 2 a.m.another man was found shot nearby.",
      [0, 2],
    ],
    [
      // every dead named, none of them in the list: the people the list names all lived
      "people hit named one by one, none of them the named dead, are all hurt",
      "Marcus Lane, 22, died at the scene on Elm Street. Tyrell Hill, 19, and Jamal Cole, 25, were taken to Mercy Hospital.",
      [1, 2],
    ],
    [
      "a list that names the dead counts them among the people hit",
      "Marcus Lane, 22, and Tyrell Hill, 19, were shot on Elm Street. Lane died at the scene.",
      [1, 1],
    ],
    [
      // she is one of the three already counted: "also" compares her wound with theirs
      "a pronoun 'also' for someone told one of a counted group of victims is no one new",
      "Deputies found three bodies in a burned pickup truck on Friday. Ana Ruiz was one of the three victims named on Monday. The coroner said she had also been shot in the head.",
      [3, 0],
    ],
    [
      // "also" sets the people named besides the dead told before
      "people named after 'Also shot were' are hurt besides the dead",
      "Marcus Lane, 22, was killed outside a bar in Oakdale late Friday. Also shot were Tyrell Hill, 19, and Jamal Cole, 25.",
      [1, 2],
    ],
    [
      // "more" after a count adds to the people a sentence before told hit; "other" restates the wounded
      "people 'more' wounded after a group shot add to it",
      "Two men were shot outside a bar in Oakdale on Saturday night. Three more people were wounded minutes later on the next block, police said.",
      [0, 5],
    ],
    [
      "one fatally of a group shot, then 'more' wounded: the wounded are the rest of the group and the more",
      "Two people were shot on Elm Street, one fatally, police said. Three more were wounded in the same burst of gunfire.",
      [1, 4],
    ],
    [
      "a count of 'other' victims after a group found shot, with no one dead, adds to the group",
      "Deputies found three teens shot near a skate park in Oakdale. Two other victims later showed up at a hospital on their own.",
      [0, 5],
    ],
    [
      "'other' victims after a part of a group restate the group's rest",
      "Four people were shot on Elm Street. Two victims were taken to Mercy Hospital. Two other victims were treated at the scene.",
      [0, 4],
    ],
    [
      "'other' victims after a death restate the wounded besides the dead",
      "One man was killed and three people were wounded outside a bar in Oakdale. Three other victims were taken to Mercy Hospital.",
      [1, 3],
    ],
    [
      // the verb of hitting has its own agent, a car: that person was not hit by the gunfire
      "someone hit by a vehicle while fleeing is no one hit by gunfire",
      "Three people were shot outside a bar in Oakdale late Friday. One of them died at a hospital. A fourth man was hit by a car while he ran from the gunfire.",
      [1, 2],
    ],
    [
      // an adjunct of when between the named object and "and" leaves the pronoun that person
      "a pronoun after a named object and an adjunct is that person",
      "Two clerks were shot dead before troopers killed the robber. The robber had disarmed Trooper Ray Cole Jr. during a struggle and shot him.",
      [3, 1],
    ],
    [
      // a passive with no subject of its own after the doer's deed tells the doer's fate
      "a doer 'before being shot dead by police' is one more dead",
      "The gunman killed two people before being shot dead by police.",
      [3, 0],
    ],
    [
      // whoever fired at him, the one killed after the killing is the doer, not one of his dead again
      "a doer shot dead by a customer adds one to those he killed",
      "The gunman killed two people at the diner before a customer shot and killed him.",
      [3, 0],
    ],
    [
      "a doer 'shot dead by a security guard' adds one to the one he killed",
      "The robber killed a cashier before he was shot dead by a security guard.",
      [2, 0],
    ],
    [
      // "on himself" is a death; on others it tells they were fired at, and the next sentence tells their fate
      "a gun turned on others kills no one by those words",
      "The suspect turned the gun on two deputies, the sheriff said. Both deputies were wounded.",
      [0, 2],
    ],
    [
      // two nouns in one sentence: the son shot is not the man killed
      "a relative shot beside someone killed in one sentence is one more hurt",
      "A man was killed and his son was shot in the leg on Elm Street late Saturday, police said.",
      [1, 1],
    ],
    [
      // the possessor is the person told before: his son is someone else
      "a relative named by a possessive after someone killed is one more hurt",
      "A man was killed late Saturday on Elm Street. His son was shot in the leg, police said.",
      [1, 1],
    ],
    [
      "a relative named by a possessive of the other sex may be the child told before",
      "A toddler was shot on Elm Street. The mother was released, but her son remains in critical condition.",
      [0, 1],
    ],
    [
      // right after one person told, "a second victim" is someone else, whatever fate each had
      "a second victim after one person told is one more",
      "Deputies said 19-year-old Marcus Dale was hit several times and died at the hospital. A second victim, a teenage girl, was struck in the leg. She went to the hospital hours later. The suspect who was shot turned up at a clinic across town, where he died that night.",
      [1, 1],
    ],
    [
      // the head before an aside set off by commas is the subject of the verb after it: the doer dies too
      "a doer 'who killed two people' set off by commas, shot dead, is one more dead",
      "The suspect, who killed two people at the bar, was shot dead by an off-duty deputy.",
      [3, 0],
    ],
    [
      "a doer 'who killed four people' set off by commas who later died is one more dead",
      "The gunman, who killed four people at the plant, later died of a self-inflicted gunshot wound.",
      [5, 0],
    ],
    [
      // the one who fired is none of those he hit: his own death is one more
      "a named doer found dead is not the relative he shot",
      "Police said Rivers also shot his 60-year-old father in the chest. An autopsy was done on Rivers' body.",
      [1, 1],
    ],
    [
      "a doer who 'was later killed by deputies' is one more dead",
      "The gunman killed two people at the bank and was later killed by deputies.",
      [3, 0],
    ],
    [
      "a doer who ', then was killed' by the police is one more dead",
      "The gunman killed two people at the bank, then was killed when deputies returned fire.",
      [3, 0],
    ],
    [
      // the police fired in a shootout: they killed him as surely as "by police"
      "a doer killed in a shootout with police is one more dead",
      "The gunman killed two people before he was killed in a shootout with police.",
      [3, 0],
    ],
    [
      // the doer of the deed before, arrested, is no one hurt
      "a doer arrested after the deed adds no one",
      "The man shot and killed his neighbor and was arrested.",
      [1, 0],
    ],
    [
      // the doer and the two he killed
      "the doer dead of a self-inflicted wound adds one to those he killed",
      "Detectives are treating the case as a murder-suicide. He died from a self-inflicted gunshot wound after reportedly shooting and killing 41-year-old Tomas Reyes and 37-year-old Lidia Reyes.",
      [3, 0],
    ],
    [
      // a count across the past year is background, not this incident's toll
      "a fronted span of time makes a count cumulative",
      "A 4-year-old girl was gunned down on her south Memphis street Saturday. She died at the scene. Within the last year, three children - 9-month-old Dontae Lyles, 5-year-old Kiara Penn and 11-year-old Marcus Boyd - all died from stray gunfire.",
      [1, 0],
    ],
  ])("%s", (_, text, want) => {
    expect(tolls(text)).toEqual(want);
  });
});

describe("officers and the others a shooting hits", () => {
  it.each<[string, string, [number, number]]>([
    [
      // the one the police killed is the gunman, not the deputy he wounded
      "the man police killed is none of the officers hit",
      "A gunman opened fire on deputies outside a bar on Elm Street early Sunday. A deputy was wounded in the arm. The man was shot and killed by deputies.",
      [1, 1],
    ],
    [
      // a woman told hit after an officer of unknown sex is someone else
      "a woman hit after an officer is someone else",
      "A gunman fired at officers on Oak Street on Sunday. A police officer was wounded in the shoulder. A woman was taken to a hospital with a gunshot wound.",
      [0, 2],
    ],
    [
      // an officer whose sex was told may be "the woman" after
      "a female officer may be the woman told after",
      "A female officer was shot in the leg on Elm Street on Sunday. The woman was taken to a hospital in stable condition.",
      [0, 1],
    ],
    [
      // "the man" points back to the man just found by age, not to the gunman killed before
      "a definite noun is the nearest person of that noun told by age",
      "A gunman fired at deputies on Pine Street early Sunday. The man was shot to death by deputies. In a back bedroom, deputies found a 62-year-old man and his 58-year-old wife. The man had died, and his wife went to a hospital with a gunshot wound.",
      [2, 1],
    ],
    [
      // someone arrested since the death is no one "the man" then told dead points to
      "a definite noun after a man arrested is still the victim",
      "A man was shot and killed on Elm Street on Sunday. Police arrested a 25-year-old man at the scene. The man was pronounced dead at a hospital.",
      [1, 0],
    ],
  ])("%s", (_, text, want) => {
    expect(tolls(text)).toEqual(want);
  });

  it("counts a second deputy after the first, whoever came between", () => {
    const text =
      "Neighbors said a deputy was shot near the corner of Elm Street. A man with a rifle had opened fire on deputies early Sunday. " +
      "The man was killed by deputies. A second deputy suffered minor injuries.";
    expect(tolls(text)).toEqual([1, 2]);
  });

  it("adds to a headline's toll of officers the others the body tells hurt", () => {
    const text =
      "Neighbors said a deputy was shot near the corner of Elm Street. A man with a rifle had opened fire on deputies early Sunday. " +
      "The man was killed by deputies. A second deputy suffered minor injuries. " +
      "A neighbor's daughter was taken to a hospital with a gunshot wound.";
    expect(tolls(text, "1 Dead, 2 Deputies Hurt in Elm Street Shootout")).toEqual([1, 3]);
  });
});

describe("the headline's dead and someone still alive", () => {
  it("does not make a victim fighting for his life one of the headline's dead", () => {
    const text =
      "A four-year-old was fighting for his life Saturday after a triple shooting on Friday that killed one man.\n\n" +
      "The mother and her child were taken to the hospital after police say 27-year-old Travon Hale shot them.\n\n" +
      "A third victim, Damarcus Pruitt, was also shot inside the house. The 24-year-old did not survive.\n\n" +
      "A 26-year-old mother and her four-year-old son were also shot.\n\n" +
      "The mother was released, but her son remains in critical condition.";
    expect(tolls(text, "Slain man named in NLR triple shooting that wounded toddler")).toEqual([1, 2]);
  });
});

describe("a headline's toll and someone hurt fleeing", () => {
  it("takes out of a headline's hurt the one a fall hurt, when the body counts everyone else", () => {
    const text =
      "OAKDALE (KXYZ) — Three men were shot and a small boy was hurt outside a market in Oakdale on Friday night, police said.\n\n" +
      '"All three men have gunshot wounds. The small boy was hurt, but it was because he tripped while trying to flee," the chief said.';
    expect(tolls(text, "4 Hurt In Oakdale Market Shooting")).toEqual([0, 3]);
  });

  it("takes out of a hospital's count the one a fall hurt", () => {
    const text =
      "OAKDALE (KXYZ) — Three men were shot and a 7-year-old boy was hurt outside a market in Oakdale on Friday night, police said.\n\n" +
      "All four were taken to Mercy Hospital for treatment.\n\n" +
      "The boy was hurt when he tripped trying to flee, police said.";
    expect(tolls(text, "Four hurt in Oakdale shooting")).toEqual([0, 3]);
  });
});

describe("the casualties of someone hurt fleeing", () => {
  it("drops a child told hurt beside a group whom the text later tells hurt tripping, as 'the child'", () => {
    const text =
      "OAKDALE (KXYZ) — Three men were shot and a 7-year-old boy was hurt outside a market in Oakdale on Friday night, police said.\n\n" +
      "The child was hurt when he tripped trying to flee, police said.";
    const doc = extract(text, { published: "2016-08-12" });
    expect(doc.casualties.map((c) => c.text)).toEqual(["Three men were shot"]);
  });
});
