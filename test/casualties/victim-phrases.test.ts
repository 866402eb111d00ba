import { describe, expect, it } from "vitest";
import { sentenceFacts } from "../../src/casualties/facts.js";
import { extract } from "../../src/index.js";

/** [kind, best, rule] of each fact a body sentence states, in order. */
function facts(s: string): [string, number | null, string][] {
  return sentenceFacts(s, { start: 0, end: s.length }, 0).map((f) => [f.kind, f.negated ? 0 : f.best, f.rule]);
}

describe("victims the body names in its own phrasing", () => {
  it.each<[string, [string, number | null, string][]]>([
    // people coordinated before a counted group belong to the count, with or without an auxiliary
    [
      "The Riverside mother and her two sons found dead Tuesday in a parked car died of gunshot wounds.",
      [["killed", 3, "conjunction"]],
    ],
    ["Deputies found the woman and her three children dead inside the trailer.", [["killed", 4, "conjunction"]]],
    ["A grandfather and his two grandsons were found dead in the burned house.", [["killed", 3, "conjunction"]]],
    // the older shape still holds: one person before "and" a count
    ["Police found a man and two children dead in the apartment.", [["killed", 3, "conjunction"]]],
    // a count alone stays that count
    ["Officers found two men dead behind the store.", [["killed", 2, "exact"]]],
    // a full name set off by commas after one person's kin is that person's: the list goes on after it
    [
      "Troopers said Dale Kemp, 52, shot and killed his wife, Rosa Kemp, 50, and their son, Luis Kemp, 17, on Friday.",
      [["killed", 2, "conjunction"]],
    ],
    ["Police said he shot his brother, Omar Vance, and his nephew outside the store.", [["shot", 2, "conjunction"]]],
    // after an indefinite noun the name may be a third person of a list: the object stays the first
    ["Police said he shot a woman, Ann Roe, and her son.", [["shot", 1, "singular"]]],
    // "claimed the lives of" names the dead after it; a relative clause without "that" closes the phrase
    [
      "The gunfire claimed the lives of a retired teacher and the two grandchildren she was raising.",
      [["killed", 3, "conjunction"]],
    ],
    ["The blast took the life of a 19-year-old soldier.", [["killed", 1, "singular"]]],
    // "people involved in the shooting": the casualty noun after an article does not end the subject
    ["The coroner said all three people involved in the shooting have now died.", [["killed", 3, "exact"]]],
    ["Two men involved in a shooting early Sunday were taken to a hospital with wounds.", [["shot", 2, "exact"]]],
  ])("%s", (s, expected) => {
    expect(facts(s)).toEqual(expected);
  });
});

describe("the second of an elliptical pair", () => {
  it.each<[string, [string, number | null, string][]]>([
    [
      "Deputies arrived to find one man dead and another wounded in the driveway.",
      [
        ["killed", 1, "exact"],
        ["injured", 1, "another"],
      ],
    ],
    [
      "Two brothers were found dead and a third critically injured.",
      [
        ["killed", 2, "exact"],
        ["injured", 1, "another"],
      ],
    ],
    // a participle after a passive shares its auxiliary: "and her boyfriend [was] killed"
    [
      "A woman was wounded and her boyfriend killed outside the bar.",
      [
        ["injured", 1, "singular"],
        ["killed", 1, "definite"],
      ],
    ],
    // an adverb of manner is no noun of the pair: "her husband seriously injured", "fatally shot" kills
    [
      "A man was killed and his wife seriously injured.",
      [
        ["killed", 1, "singular"],
        ["injured", 1, "definite"],
      ],
    ],
    [
      "A woman was wounded and her boyfriend fatally shot.",
      [
        ["injured", 1, "singular"],
        ["killed", 1, "definite"],
      ],
    ],
    // set against a death, the second one shot lived
    [
      "One man was killed and another shot in the leg.",
      [
        ["killed", 1, "exact"],
        ["injured", 1, "another"],
      ],
    ],
    // with an object after it the participle is a verb of its own, a doer's
    [
      "A woman was wounded and her boyfriend shot him.",
      [
        ["injured", 1, "singular"],
        ["shot", 1, "pronoun"],
      ],
    ],
    // "another" alone, with no fact before it, is left to the predicate readers
    ["Police were still searching for another wounded man.", []],
  ])("%s", (s, expected) => {
    expect(facts(s)).toEqual(expected);
  });

  it("does not add the pair's second person again when the lede is restated", () => {
    const text =
      "A shooting outside a laundromat left two men dead and another injured.\n\nTwo men were killed, and another injured, in the shooting outside the laundromat early Sunday.";
    const ev = extract(text, { published: "2017-05-25" }).events[0];
    expect([ev?.fatalities?.best ?? 0, ev?.injured?.best ?? 0]).toEqual([2, 1]);
  });
});

describe("the dead named by their bodies", () => {
  it.each<[string, [string, number | null, string][]]>([
    ["The bodies of two men were found in a burned car off Route 9.", [["killed", 2, "exact"]]],
    ["The body of a 32-year-old woman was found in a drainage ditch.", [["killed", 1, "singular"]]],
    // a body of water is no person
    ["Divers searched the body of water near the marina.", []],
  ])("%s", (s, expected) => {
    expect(facts(s)).toEqual(expected);
  });
});

describe("a street block number is no year", () => {
  it.each<[string, number]>([
    ["Two women, both 31, were shot and killed late Sunday near the 2000 block of North 17th Avenue.", 2],
    ["A woman was fatally shot in the 1900 block of Elm Avenue on Friday night.", 1],
  ])("%s", (text, killed) => {
    const doc = extract(text, { published: "2016-07-17" });
    expect(doc.casualties.filter((c) => c.kind === "killed").map((c) => c.best)).toEqual([killed]);
  });

  it("still reads a sentence dated in an earlier year as history", () => {
    const doc = extract("In 2012, two men were shot and killed in the same park.", { published: "2016-07-17" });
    expect(doc.casualties).toEqual([]);
  });
});

describe("a sentence set weeks back or more tells background", () => {
  it.each<[string, string, string[]]>([
    [
      "an opening 'Last month,' and a sequel 'A few weeks later,' after it",
      "A 5-year-old boy is dead after he accidentally shot himself while handling a rifle. " +
        "Deputies have answered similar calls lately. Last month, police say a 6-year-old girl shot herself with a loaded pistol.\n\n" +
        "A few weeks later, deputies say a 7-year-old girl accidentally shot and killed her 12-year-old cousin.",
      ["A 5-year-old boy is dead", "shot himself"],
    ],
    [
      "'Last year,' with a count",
      "A man was killed and four others wounded near the corner store Monday. Last year, four men were hurt in a shooting near the same store.",
      ["A man was killed", "four others wounded"],
    ],
    [
      "a sequel with no background before it is this report's",
      "Police were called to the house about 9 p.m. Two hours later, a man was found shot to death in the yard.",
      ["a man was found shot to death"],
    ],
    [
      "'last year' right after the predicate dates that fact back",
      "Gunfire wounded three people at the home of relatives of a child fatally shot last year in Ferguson.",
      ["wounded three people"],
    ],
    [
      "'last month' after the clause's comma is not the fact's time",
      "A man was killed on Sunday, the third homicide on the block since last month.",
      ["A man was killed"],
    ],
    [
      "'Nearly a week ago' with the day after it opens background",
      "A 17-year-old boy was shot and killed on New Year's Day. " +
        "Nearly a week ago on Christmas morning, a store clerk was shot dead and three others injured outside the diner.",
      ["A 17-year-old boy was shot and killed"],
    ],
    [
      "'Two years ago in June,' opens background",
      "A man was wounded Sunday. Two years ago in June, three men were killed on the same corner.",
      ["A man was wounded"],
    ],
    [
      "'last week' may still be this report's incident",
      "Last week, a man was shot and killed outside a store on Main Street.",
      ["a man was shot and killed"],
    ],
    [
      "'In April,' in a report of September opens background",
      "A man was shot and killed Sunday on Elm Street. In April, a Glenwood father shot his wife and son, then turned the gun on himself.",
      ["A man was shot and killed"],
    ],
    [
      "'In September,' the report's own month, may be this report's",
      "In September, a man was shot and killed outside a store on Main Street.",
      ["a man was shot and killed"],
    ],
  ])("%s", (_, text, kept) => {
    const doc = extract(text, { published: "2016-09-11" });
    expect(doc.casualties.map((c) => c.text)).toEqual(kept);
  });
});

describe("people counted over days listed together fell in several incidents", () => {
  it.each<[string, boolean[]]>([
    [
      "Two other women were shot and killed on Easter Sunday and on April 19 in what police describe as drug-related shootings.",
      [true],
    ],
    ["Three people were shot Friday and Saturday in Detroit.", [true]],
    // the second day is another predicate's: one incident
    ["Two men were shot Friday night and one of them died Saturday.", [false, false]],
    // one person over two days is one person's story
    ["A man was shot Friday and died Saturday.", [false, false]],
  ])("%s", (text, aggregate) => {
    const doc = extract(text, { published: "2016-04-23" });
    expect(doc.casualties.map((c) => !!c.aggregate)).toEqual(aggregate);
  });
});

describe("a definite group with its count names the people hit", () => {
  it.each<[string, [string, number | null, string][]]>([
    ["Investigators released the names of the three victims on Tuesday.", [["shot", 3, "definite-group"]]],
    ["Relatives said all five victims had attended the same church.", [["shot", 5, "definite-group"]]],
    // a predicate of its own tells the fate: the subject reader keeps it
    ["The four victims were taken to a hospital.", [["shot", 4, "exact"]]],
    // some of a group already counted, or one person, is no group of its own
    ["Detectives have not named the other two victims.", []],
    ["Detectives have not named the one victim.", []],
  ])("%s", (s, expected) => {
    expect(facts(s)).toEqual(expected);
  });
});

describe("a definite group restating a count adds nobody", () => {
  it.each<[string, number, number]>([
    [
      "Two men were killed and two others were wounded outside a nightclub early Sunday. Police identified all four victims on Monday.",
      2,
      2,
    ],
    [
      "Four people were shot outside a bar on Main Street early Sunday. The four victims were taken to a hospital, where one of them died.",
      1,
      3,
    ],
    [
      "A woman and her two daughters were shot dead in their home Friday. Neighbors said the mother and her two daughters had moved in last year.",
      3,
      0,
    ],
  ])("%s", (text, killed, injured) => {
    const ev = extract(text, { published: "2017-03-06" }).events[0];
    expect([ev?.fatalities?.best ?? 0, ev?.injured?.best ?? 0]).toEqual([killed, injured]);
  });
});

describe("a noun that names two people", () => {
  it.each<[string, [string, number | null, string][]]>([
    ["The couple were found dead in their home on Friday.", [["killed", 2, "pair"]]],
    ["Deputies found the elderly couple dead inside the house.", [["killed", 2, "pair"]]],
    ["The pair were shot outside a bar early Sunday.", [["shot", 2, "pair"]]],
    ["The twins were wounded in the attack.", [["injured", 2, "pair"]]],
    ["A couple was killed when the car was hit.", [["killed", 2, "couple"]]],
    // "a couple of" still counts what follows
    ["A couple of men were wounded.", [["injured", 2, "couple"]]],
  ])("%s", (s, expected) => {
    expect(facts(s)).toEqual(expected);
  });
});

describe("a list of named victims with their ages", () => {
  it.each<[string, [string, number | null, string][]]>([
    [
      "The gunman killed bailiffs Mark Dorran, 61, and Peter Hulse, 63, before officers shot him.",
      [
        ["killed", 2, "conjunction"],
        ["shot", 1, "pronoun"],
      ],
    ],
    [
      "He shot and killed Nadia Berry, 29 and pregnant, and her mother Carla Berry, 55, on Sunday.",
      [["killed", 2, "conjunction"]],
    ],
    ["The blast killed Ana Ruiz, 29, Tom Ruiz, 55, and Dana Lee, 40.", [["killed", 3, "conjunction"]]],
    // an apposition after the age describes the same person
    ["The gunfire wounded Tilda Grant, 65, a hospital security guard.", [["injured", 1, "named"]]],
    // the name before "said" is the source, not a second victim
    ["The crash caused the death of John Maple, 53, Sgt. Rob Hale said.", [["killed", 1, "named"]]],
  ])("%s", (s, expected) => {
    expect(facts(s)).toEqual(expected);
  });
});

describe("a group named by a collective noun", () => {
  it.each<[string, [string, number | null, number, number | null, string][]]>([
    // "a number of" is many, not the one person its article suggests
    ["A number of people were injured in the blast.", [["injured", null, 2, null, "many"]]],
    ["The gunman killed a number of bystanders.", [["killed", null, 2, null, "many"]]],
    // "a family of four" counts its members
    ["A family of four was killed in the fire.", [["killed", 4, 4, 4, "family"]]],
    ["The strike killed a family of five.", [["killed", 5, 5, 5, "family"]]],
  ])("%s", (s, expected) => {
    expect(
      sentenceFacts(s, { start: 0, end: s.length }, 0).map((f) => [f.kind, f.best, f.low, f.high, f.rule]),
    ).toEqual(expected);
  });
});

describe("a reporting verb ends the source, not the victims", () => {
  it.each<[string, [string, number | null, string][]]>([
    ["Capt. Rena Bolt with the fire department confirmed three people died.", [["killed", 3, "exact"]]],
    ["The coroner's office announced two men were killed.", [["killed", 2, "exact"]]],
    ["Two people were confirmed dead.", [["killed", 2, "exact"]]],
  ])("%s", (s, expected) => {
    expect(facts(s)).toEqual(expected);
  });
});

describe("the antecedent of a relative clause", () => {
  it.each<[string, [string, number | null, string][]]>([
    // the nearest phrase that reads as people, with its determiner and modifiers
    [
      "Her 8-year-old sister who was also shot is in serious condition.",
      [
        ["shot", 1, "definite"],
        ["injured", 1, "definite"],
      ],
    ],
    ["Officers found the two men who were shot in the parking lot.", [["shot", 2, "exact"]]],
    // never widened over a verb and a pronoun before the phrase
    ["She thinks the teen who was shot knew the shooter.", [["shot", 1, "definite"]]],
    ["Police received a call in reference to a teenager who has been shot.", [["shot", 1, "singular"]]],
  ])("%s", (s, expected) => {
    expect(facts(s)).toEqual(expected);
  });
});

describe("a title and a name after the words of an office", () => {
  it.each<[string, [string, number | null, string][]]>([
    // "the Habersham County Sheriff Joey Terrell" is one named person, the first of the pair
    [
      "Channel 9 has learned that the Pickens County Sheriff Dale Hutto and another deputy have been shot.",
      [["shot", 2, "conjunction"]],
    ],
    ["The Dallas County Deputy Marcus Hill and a bystander were wounded.", [["injured", 2, "conjunction"]]],
    // the second half of a coordination is no phrase of its own
    ["Witnesses said the crowd scattered and another man was shot.", [["shot", 1, "another"]]],
  ])("%s", (s, expected) => {
    expect(facts(s)).toEqual(expected);
  });
});

describe("a name and age that restate one person of kin or role", () => {
  it.each<[string, [string, number | null, string][]]>([
    // "his wife, 28-year-old Noemi Baca" is the wife: two people in all, not three
    [
      "He is also charged with shooting and injuring his wife, 28-year-old Noemi Baca and 40-year-old Irma Baca-Luna.",
      [["injured", 2, "conjunction"]],
    ],
    ["He shot his friend, 58-year-old Walter Briggs.", [["shot", 1, "definite"]]],
    // a list of people in one form stays a list
    ["He killed his wife, his son and a neighbor.", [["killed", 3, "conjunction"]]],
  ])("%s", (s, expected) => {
    expect(facts(s)).toEqual(expected);
  });
});

describe("a list of names, each with its age however written", () => {
  it.each<[string, [string, number | null, string][]]>([
    [
      "Gloria Tibbs, 61, Renee Tibbs, 33 and pregnant, and Jalen Tibbs, seven years old, were fatally shot in a duplex.",
      [["killed", 3, "conjunction"]],
    ],
    ["Ana Ruiz, 30, and Tomas Ruiz, six years old, were wounded.", [["injured", 2, "conjunction"]]],
  ])("%s", (s, expected) => {
    expect(facts(s)).toEqual(expected);
  });
});

describe("a count of something else before 'of' and the people", () => {
  it.each<[string, [string, number | null, string][]]>([
    // the reports are counted, not the people shot
    [
      "One woman has died after deputies responded to four reports of people shot early Sunday morning.",
      [["killed", 1, "exact"]],
    ],
    // a person noun before "of" is counted itself
    ["Four members of the family were shot.", [["shot", 4, "exact"]]],
  ])("%s", (s, expected) => {
    expect(facts(s)).toEqual(expected);
  });
});

describe("a present participle after an active verb's object", () => {
  it.each<[string, [string, number | null, string][]]>([
    // "sitting on her front steps" is a reduced relative clause of the person hit, not a word of the object
    ["A stray bullet hit a woman sitting on her front steps.", [["shot", 1, "singular"]]],
    ["The gunman shot two men standing outside the store.", [["shot", 2, "exact"]]],
    ["He killed a store clerk working the night shift.", [["killed", 1, "singular"]]],
    // a preposition in -ing goes on with the object
    ["The shooter hit five people including a 12-year-old boy.", [["shot", 5, "exact"]]],
  ])("%s", (s, expected) => {
    expect(facts(s)).toEqual(expected);
  });
});

describe("a bare day after an active verb's object", () => {
  it.each<[string, [string, number | null, string][]]>([
    // the day is the time of the deed, not a word of the person hit
    ["Police said the suspect shot a man Saturday night.", [["shot", 1, "singular"]]],
    ["The gunman killed a woman Tuesday.", [["killed", 1, "singular"]]],
    ["A stray bullet injured a 3-year-old girl yesterday.", [["injured", 1, "singular"]]],
  ])("%s", (s, expected) => {
    expect(facts(s)).toEqual(expected);
  });
});

describe("an ordinal written in figures", () => {
  it.each<[string, [string, number | null, string][]]>([
    ["A 3rd victim, a 19-year-old woman, showed up at the hospital later.", [["shot", 1, "nth-3"]]],
    ["Police said a 2nd man was also wounded.", [["injured", 1, "nth-2"]]],
  ])("%s", (s, expected) => {
    expect(facts(s)).toEqual(expected);
  });
});

describe("'shot and wounded' is one predicate, active or passive", () => {
  it.each<[string, [string, number | null, string][]]>([
    // the doers before "shot" are not people shot
    ["Officers shot and wounded a man who had fired at them.", [["injured", 1, "singular"]]],
    ["Police said a gunman opened fire, shooting and wounding two people.", [["injured", 2, "exact"]]],
    ["A man was shot and wounded Sunday.", [["injured", 1, "singular"]]],
  ])("%s", (s, expected) => {
    expect(facts(s)).toEqual(expected);
  });
});

describe("a list closed by a comma before a plural verb", () => {
  it.each<[string, [string, number | null, string][]]>([
    // the comma after the last person closes the list, not an aside about the first
    ["The victims, a man, a woman and a girl, were wounded.", [["injured", 3, "conjunction"]]],
    ["Deon Lee, his brother and a friend, were shot.", [["shot", 3, "conjunction"]]],
    // a singular verb keeps the aside about one person
    ["The man, a father and a husband, was wounded.", [["injured", 1, "definite"]]],
  ])("%s", (s, expected) => {
    expect(facts(s)).toEqual(expected);
  });
});

describe("a definite plural without a count", () => {
  it.each<[string, [string, number | null, string][]]>([
    // "the men" are a group told of before, not one man
    ["The men were shot in the legs.", []],
    ["Both of the men who were shot are expected to survive.", [["shot", 2, "both"]]],
  ])("%s", (s, expected) => {
    expect(facts(s)).toEqual(expected);
  });
});

describe("a victim introduced with 'shooting' before the noun", () => {
  it.each<[string, [string, number | null, string][]]>([
    ["A second shooting victim, a 20-year-old man, showed up at a hospital later.", [["shot", 1, "nth-2"]]],
    ["The other shooting victim was identified as Carl Webb, 24.", [["shot", 1, "other"]]],
  ])("%s", (s, expected) => {
    expect(facts(s)).toEqual(expected);
  });
});

describe("a place word closing a person's name is a surname", () => {
  it.each<[string, [string, number | null, string][]]>([
    ["Marcus Lane and Tyrell Gibbs were shot and killed Saturday night.", [["killed", 2, "conjunction"]]],
    ["Devon Park was shot and killed outside the store.", [["killed", 1, "named"]]],
    ["Tyrell Street, 19, and Devon Church, 22, were wounded.", [["injured", 2, "conjunction"]]],
    // told again by the surname alone
    ["Lane died at the scene.", [["killed", 1, "named"]]],
    // a street's or a building's name stays a place
    ["A house on Main Street was hit by gunfire.", []],
    ["Grace Baptist Church was hit by gunfire.", []],
    ["Main Street was hit by gunfire.", []],
  ])("%s", (s, expected) => {
    expect(facts(s)).toEqual(expected);
  });
});

describe("a list of names, each with its age and town", () => {
  it.each<[string, [string, number | null, string][]]>([
    ["Nora Dill, 54, of Ashford, and Ray Kemp, 61, of Glen Park, were killed.", [["killed", 2, "conjunction"]]],
    [
      "Police said Ivy Lott, 19, of Millbrook, Sam Orr, 20, of Lake City, and Jo Wynn, 22, were wounded.",
      [["injured", 3, "conjunction"]],
    ],
    // one person with a town stays one
    ["Ray Kemp, 61, of Glen Park was shot and killed.", [["killed", 1, "named"]]],
    // a street of residence closes its person as a town does
    ["Nora Dill, 54, of the 1200 block of Elm Street, and Ray Kemp, 61, were killed.", [["killed", 2, "conjunction"]]],
    [
      "Nora Dill, 54, of the 300 block of N. 7th Street, and Ray Kemp, 61, of Ashford, were wounded.",
      [["injured", 2, "conjunction"]],
    ],
  ])("%s", (s, expected) => {
    expect(facts(s)).toEqual(expected);
  });
});

describe("names with an elided particle in a list", () => {
  it.each<[string, [string, number | null, string][]]>([
    ["Cole Hart Jr., 19, and D'Andre Voss, 22, were shot and killed.", [["killed", 2, "conjunction"]]],
    ["Ty Bell, 30, and O'Neal Fry, 24, were wounded.", [["injured", 2, "conjunction"]]],
  ])("%s", (s, expected) => {
    expect(facts(s)).toEqual(expected);
  });
});

describe("a generational suffix set off by commas", () => {
  it.each<[string, [string, number | null, string][]]>([
    // "Jr." is part of the name before it, not a second person
    ["Cole Hart, Jr., 19, and Ivy Lott, 20, were killed.", [["killed", 2, "conjunction"]]],
    ["Cole Hart, III, and Ivy Lott were wounded.", [["injured", 2, "conjunction"]]],
  ])("%s", (s, expected) => {
    expect(facts(s)).toEqual(expected);
  });

  it("keeps the whole name", () => {
    const s = "Cole Hart, Jr., 19, was shot and killed.";
    expect(sentenceFacts(s, { start: 0, end: s.length }, 0).map((f) => f.victims)).toEqual(["Cole Hart Jr"]);
  });
});

describe("a name restating kin added to a list", () => {
  it.each<[string, [string, number | null, string][]]>([
    ["Cole Hart, 19, and his brother, Ned Hart, 20, were killed.", [["killed", 2, "conjunction"]]],
    ["Ivy Lott, 43, and her mother, Ada Kemp, 73, were wounded.", [["injured", 2, "conjunction"]]],
    // the name of one person of kin alone stays that person
    ["His cousin, Ned Hart, 22, was wounded.", [["injured", 1, "named"]]],
  ])("%s", (s, expected) => {
    expect(facts(s)).toEqual(expected);
  });
});

describe("an object list of names with suffixes and towns", () => {
  it.each<[string, [string, number | null, string][]]>([
    ["The gunfire killed Nora Dill, 54, of Ashford, and Ray Kemp, 61, of Glen Park.", [["killed", 2, "conjunction"]]],
    ["The blast wounded Cole Hart, Jr., 19, and Ivy Lott, 20.", [["injured", 2, "conjunction"]]],
    // one person with a town stays one, the verb after "and" another deed
    ["He shot Ray Kemp, 61, of Ashford, and fled.", [["shot", 1, "named"]]],
    [
      "The gunfire killed Nora Dill, 54, of the 1200 block of Elm Street, and Ray Kemp, 61.",
      [["killed", 2, "conjunction"]],
    ],
    [
      "The gunfire killed Nora Dill, 54, of the 1200 block of Elm Street and Ray Kemp, 61, of the 400 block of Oak Road.",
      [["killed", 2, "conjunction"]],
    ],
  ])("%s", (s, expected) => {
    expect(facts(s)).toEqual(expected);
  });
});

describe("ages in brackets after listed names", () => {
  it.each<[string, [string, number | null, string][]]>([
    ["Cole Hart (19) and Ivy Lott (20) were killed.", [["killed", 2, "conjunction"]]],
    ["Cole Hart (19), Ty Bell (22) and Ivy Lott (20) were wounded.", [["injured", 3, "conjunction"]]],
  ])("%s", (s, expected) => {
    expect(facts(s)).toEqual(expected);
  });
});

describe("an inverted passive opening the sentence", () => {
  it.each<[string, [string, number | null, string][]]>([
    ["Killed were Cole Hart, 19, and Ivy Lott, 20.", [["killed", 2, "conjunction"]]],
    ["Wounded were two men and a woman.", [["injured", 3, "conjunction"]]],
    // "also" sets them besides the people told before
    ["Also shot were Cole Hart, 19, and Ivy Lott, 20.", [["shot", 2, "conjunction"]]],
    // the active verb after its subject stays active
    ["The gunman wounded two men and a woman.", [["injured", 3, "conjunction"]]],
  ])("%s", (s, expected) => {
    expect(facts(s)).toEqual(expected);
  });
});

describe("the dead told by a noun of their own, then named", () => {
  it.each<[string, [string, number | null, string][]]>([
    ["The dead were identified as Nora Dill, 54, and Ray Kemp, 61.", [["killed", 2, "conjunction"]]],
    [
      "Those killed have been identified as Ivy Lott, 19, Sam Orr, 20, and Jo Wynn, 22.",
      [["killed", 3, "conjunction"]],
    ],
    [
      "The victims who died were identified as 18-year-old Cole Hart and 15-year-old Ivy Lott.",
      [["killed", 2, "conjunction"]],
    ],
    ["The deceased was identified as Ray Kemp, 61, of Ashford.", [["killed", 1, "named"]]],
    // the hurt told by a noun of their own, then named
    ["The wounded were Nora Dill, 54, and Ray Kemp, 61.", [["injured", 2, "conjunction"]]],
    ["The injured have been identified as Ivy Lott, 19, and Sam Orr, 20.", [["injured", 2, "conjunction"]]],
    // no names after the verb: no list
    ["The injured were taken to Pinecrest Medical Center.", []],
    // victims of no told fate stay untold; a verb of no naming tells nothing
    ["The victims were identified as Nora Dill, 54, and Ray Kemp, 61.", []],
    ["The dead were found in the basement.", []],
  ])("%s", (s, expected) => {
    expect(facts(s)).toEqual(expected);
  });
});

describe("the inverted passive with where the people were hit", () => {
  it.each<[string, [string, number | null, string][]]>([
    ["Killed in the shooting was Ray Kemp, 61, of Ashford.", [["killed", 1, "named"]]],
    ["Killed in Sunday's shooting were Nora Dill, 54, and Ray Kemp, 61.", [["killed", 2, "conjunction"]]],
    ["Wounded in the attack were two women and a boy.", [["injured", 3, "conjunction"]]],
    ["Dead are Nora Dill, 54, and Ray Kemp, 61.", [["killed", 2, "conjunction"]]],
    // the noun of the deed before "were" is no verb whose object follows
    [
      "Three of those shot were critically wounded and five were treated and released.",
      [
        ["shot", 3, "exact"],
        ["injured", 5, "exact"],
      ],
    ],
  ])("%s", (s, expected) => {
    expect(facts(s)).toEqual(expected);
  });
});

describe("people shot, and what the shooting did to them", () => {
  it.each<[string, [string, number | null, string][]]>([
    ["Officers found 5 people shot to death in a home.", [["killed", 5, "exact"]]],
    ["Deputies found two people shot dead in a parked car.", [["killed", 2, "exact"]]],
    ["Two people shot and killed in a home were identified Monday.", [["killed", 2, "exact"]]],
    // without a result they are people hit
    ["Five people shot in a home were taken to a hospital.", [["shot", 5, "exact"]]],
  ])("%s", (s, expected) => {
    expect(facts(s)).toEqual(expected);
  });
});

describe("a couple told with a word before the noun", () => {
  it.each<[string, [string, number | null, string][]]>([
    ["An elderly couple was found dead in their home.", [["killed", 2, "pair"]]],
    ["A young couple were wounded outside a bar.", [["injured", 2, "pair"]]],
    // "a couple" alone is a count of its own
    ["A couple was found dead in their home.", [["killed", 2, "couple"]]],
  ])("%s", (s, expected) => {
    expect(facts(s)).toEqual(expected);
  });
});

describe("either fate told of one group", () => {
  it.each<[string, [string, number | null, string][]]>([
    ["Five people were killed or wounded in the attack.", [["shot", 5, "exact"]]],
    ["Nine children have been hurt or killed in shootings this year.", [["shot", 9, "exact"]]],
    // one fate told twice stays that fate
    ["Three men were wounded or hurt in the crash.", [["injured", 3, "exact"]]],
  ])("%s", (s, expected) => {
    expect(facts(s)).toEqual(expected);
  });
});

describe("a kin group named member by member", () => {
  it.each<[string, [string, number | null, string][]]>([
    // the names after a counted group are its members, not more people
    [
      "Nora Hale, 41, and her two daughters, Ella, 9, and Ruth, 7, were found dead in the farmhouse.",
      [["killed", 3, "conjunction"]],
    ],
    ["Nora Hale and her two daughters, Ella and Ruth, were wounded.", [["injured", 3, "conjunction"]]],
    // a group that gives no number is as many as its names
    ["Nora Hale and her daughters, Ella, Ruth and Ivy, were wounded.", [["injured", 4, "conjunction"]]],
    ["Nora Hale and her three daughters, Ella, Ruth and Ivy, were wounded.", [["injured", 4, "conjunction"]]],
    // the names listed after "The victims," are the people counted, first names or full ones
    ["The victims, Ella, Ruth and Ivy, were wounded.", [["injured", 3, "conjunction"]]],
    ["The victims, Ella Hale, Ruth Moss and Ivy Cole, were killed.", [["killed", 3, "conjunction"]]],
    ["Her sons, Owen Hale, Abe Hale and Ned Hale, were wounded.", [["injured", 3, "conjunction"]]],
    ["The victims, Ella, Ruth, Abe and Ivy, were wounded.", [["injured", 4, "conjunction"]]],
    // a serial comma before the last name's "and" still joins the list
    ["Ella Hale, Ruth Moss, and Ivy Cole were killed.", [["killed", 3, "conjunction"]]],
    ["The victims, Ella, Ruth, and Ivy were wounded.", [["injured", 3, "conjunction"]]],
    ["The victims, Ella Hale, Ruth Moss, and Ivy Cole, were wounded.", [["injured", 3, "conjunction"]]],
    // each person of kin in a list, with a first name and an age, counts once
    [
      "Nora Hale, 41, her son, Owen, 9, and her daughter, Ella, 7, were found dead in the farmhouse.",
      [["killed", 3, "conjunction"]],
    ],
    ["Owen Hale, his wife, Nora, and their son, Abe, were killed.", [["killed", 3, "conjunction"]]],
    // the group's members set off between the object of finding and its state
    ["Deputies found Nora Hale and her daughters, Ella and Ruth, dead.", [["killed", 3, "conjunction"]]],
    ["Deputies found Nora Hale and her son, Owen, dead.", [["killed", 2, "conjunction"]]],
    [
      "Deputies found Hale and his two sons, Owen Hale Jr., 12, and Abe Hale, 10, fatally shot in the den.",
      [["killed", 3, "conjunction"]],
    ],
    // a name joined by "and" after the group is one more person
    ["Nora Hale and her two daughters and Owen Pratt were wounded.", [["injured", 4, "conjunction"]]],
    // a first name alone set off after one person's kin, the list going on past it
    ["He killed his wife, Nora, and his son, Owen.", [["killed", 2, "conjunction"]]],
    ["He shot his wife, Nora, and his two sons, Owen and Abe.", [["shot", 3, "conjunction"]]],
    // a capitalised word that names no one is no first name
    ["He shot his brother, Police said.", [["shot", 1, "definite"]]],
  ])("%s", (s, expected) => {
    expect(facts(s)).toEqual(expected);
  });
});
