import { describe, expect, it } from "vitest";
import { sentenceFacts } from "../../src/casualties/facts.js";
import { extract } from "../../src/index.js";

/** [kind, best, rule] of each fact a sentence (or, with `title`, a headline) states, in order. */
function facts(s: string, title = false): [string, number | null, string][] {
  return sentenceFacts(s, { start: 0, end: s.length }, title ? -1 : 0, title).map((f) => [
    f.kind,
    f.negated ? 0 : f.best,
    f.rule,
  ]);
}

describe("headline language", () => {
  it.each<[string, [string, number | null, string][]]>([
    // a comma alone joins two predicates of one subject
    [
      "Teenager shot, killed in SE identified",
      [
        ["shot", 1, "bare"],
        ["killed", 1, "bare"],
      ],
    ],
    // headlines drop the article before an adjective
    // (so any word may open a headline's subject, where the body's subjects open with an article, a capital or a digit)
    [
      "Man, 22, arrested after teenage boy accidentally shot",
      [
        ["arrested", 1, "bare"],
        ["shot", 1, "bare"],
      ],
    ],
    ["Slain teen identified, police say", [["killed", 1, "definite"]]],
    ["Wounded officer released from hospital", [["injured", 1, "definite"]]],
    // "self" is the headline's reflexive: the father is one of the dead
    [
      "Dad kills two children, then fatally shoots self during siege by deputies",
      [
        ["killed", 2, "exact"],
        ["killed", 1, "reflexive"],
      ],
    ],
    // an adverb between subject and verb; a headline's bare condition word
    ["16-Year-Old Accidentally Shot", [["shot", 1, "bare"]]],
    ["Boy stable after accidental shooting", [["injured", 1, "bare"]]],
    // a possessive body part names its owner; a result "dead" makes a shooting a killing
    ["15-year-old's ankle grazed by bullet at Fort Smith car wash", [["injured", 1, "bare"]]],
    ["Bristol man admits to accidentally shooting his friend dead", [["killed", 1, "definite"]]],
    // whatever the subject reads as, one's own life is one person's
    [
      "Gunman in shooting of mother, toddler takes his own life after chase",
      [
        ["shot", 1, "bare"],
        ["killed", 1, "reflexive"],
      ],
    ],
    // participles sharing one subject and auxiliary
    [
      "Missing Palmer teen was beaten, shot to death",
      [
        ["missing", 1, "definite"],
        ["killed", 1, "definite"],
      ],
    ],
    // "Father of 5": one person, the count is his children
    [
      "Father of 3 killed in shooting that left another six hurt",
      [
        ["killed", 1, "singular"],
        ["injured", 6, "exact"],
      ],
    ],
    // ages listed after a plural are no count of their own
    ["Elm Grove father kills sons, 8 and 11, before turning the gun on himself", [["killed", 1, "reflexive"]]],
    // a headline lists the doer last, after a comma or "then", as a bare "self"
    [
      "Man kills wife, self in standoff",
      [
        ["killed", 1, "bare"],
        ["killed", 1, "reflexive"],
      ],
    ],
    // after a list of bare nouns of people too
    [
      "Farmer kills brother, nephew, self in standoff",
      [
        ["killed", 2, "conjunction"],
        ["killed", 1, "reflexive"],
      ],
    ],
    [
      "Mother shoots 2 sons, then self",
      [
        ["shot", 2, "exact"],
        ["shot", 1, "reflexive"],
      ],
    ],
    // a participle after a comma and before its agent is the subject's second predicate, no adjective
    [
      "Toddler accidentally shot, killed by brother",
      [
        ["shot", 1, "bare"],
        ["killed", 1, "bare"],
      ],
    ],
    // a headline's present tense of a death
    ["Teen succumbs to injuries from weekend shooting", [["killed", 1, "bare"]]],
    // a headline drops the "a" of "a third person has died": at least that many dead
    ["Third person dies after Friday bar shooting", [["killed", 1, "nth-3"]]],
    ["2nd victim dies after bar shooting", [["killed", 1, "nth-2"]]],
    // the lives a headline says an event claimed: one life is one person, lives a group
    ["HUNTING ACCIDENT CLAIMS LIFE", [["killed", 1, "singular"]]],
    ["Weekend violence claims lives", [["killed", 2, "plural"]]],
    ["Crash claims life of teen", [["killed", 1, "bare"]]],
    // a headline's victims of a killing, uncounted; a year's count is no incident's
    ["Maryland Drive murder victims identified", [["killed", 2, "plural"]]],
    ["Police identify homicide victim", [["killed", 1, "singular"]]],
    ["One of four Fernwood murder victims identified", [["killed", 4, "exact"]]],
    ["Man is city's 64th homicide victim of the year", []],
    // a headline's comma joins a person to a counted group as "and" does
    ["Mother, 2 kids found dead in home", [["killed", 3, "conjunction"]]],
    ["Woman, 2 teens shot outside store", [["shot", 3, "conjunction"]]],
  ])("%s", (title, expected) => {
    expect(facts(title, true)).toEqual(expected);
  });
});

describe("a death told after the shooting", () => {
  it.each<[string, [string, number | null, string][]]>([
    [
      "Okafor was rushed to a local hospital, but died two days later.",
      [
        ["shot", 1, "named"],
        ["killed", 1, "named"],
      ],
    ],
    [
      "He was driven to a hospital nearby, where he was pronounced deceased.",
      [
        ["shot", 1, "pronoun"],
        ["killed", 1, "pronoun"],
      ],
    ],
    // the main verb of a subject that carries a relative clause
    [
      "The man who was shot Sunday died Monday.",
      [
        ["shot", 1, "definite"],
        ["killed", 1, "definite"],
      ],
    ],
    [
      "The four-year-old boy who was shot in the neck during a quarrel has been taken off life support.",
      [
        ["shot", 1, "definite"],
        ["killed", 1, "definite"],
      ],
    ],
    // "his wife and children": a bare plural in a list is at least two people
    [
      "A rancher shot and killed his mother and sisters before killing himself.",
      [
        ["killed", 3, "conjunction"],
        ["killed", 1, "reflexive"],
      ],
    ],
  ])("%s", (sentence, expected) => {
    expect(facts(sentence)).toEqual(expected);
  });

  it.each<[string, [string, number | null, string][]]>([
    // a dash pair closes the object; a phrase ending in "and" is no subject; a weekday may follow the object
    [
      "Hale allegedly killed three people -- Dora Quint, 52; and Felix Amaro, 27 -- and injured 14 others Tuesday before troopers killed him.",
      [
        ["killed", 3, "exact"],
        ["injured", 14, "exact"],
        ["killed", 1, "pronoun"],
      ],
    ],
  ])("%s", (sentence, expected) => {
    expect(facts(sentence)).toEqual(expected);
  });

  it("does not count the same person twice when 'also' is repeated by the second predicate", () => {
    const fs = sentenceFacts("Her nephew who was also shot is still in critical condition.", { start: 0, end: 60 }, 0);
    expect(fs.map((f) => [f.kind, f.additive])).toEqual([
      ["shot", true],
      ["injured", false],
    ]);
  });
});

describe("who the victims are", () => {
  it.each<[string, [string, number | null, string][]]>([
    // the second word of a place name is no subject: "Mead Valley, and two others" is two people
    [
      "Two men were found shot dead inside a trailer in Maple Springs, and two others were hospitalized early Friday.",
      [
        ["killed", 2, "exact"],
        ["injured", 2, "exact"],
      ],
    ],
    // a parenthesis closes the subject; the gerund of a wound predicate
    [
      "Gunfire resulted in the death of one man, with six others (ranging from 9-41 years of age) sustaining gunshot wounds.",
      [
        ["killed", 1, "exact"],
        ["shot", 6, "exact"],
      ],
    ],
    // a person named before "and" belongs to the count that follows
    ["Deputies found one woman and two children dead in the trailer.", [["killed", 3, "conjunction"]]],
    ["The shooting left a woman and three men injured.", [["injured", 4, "conjunction"]]],
    // "despite" closes the object: "shot him despite taking fire" names no police officer as hit
    [
      "Hale died in a gun battle when a state trooper shot him despite taking fire.",
      [
        ["killed", 1, "named"],
        ["shot", 1, "pronoun"],
      ],
    ],
    // a plural heading an apposition is no extra group
    [
      "The victims, a male, 19, and two females, 15 and 16 years of age, were taken to local hospitals.",
      [["shot", 3, "conjunction"]],
    ],
    // names with their ages are a list of people
    [
      "Tomas Welby, 16, and Dre'Von Castle, 20, were shot to death in the parking garage.",
      [["killed", 2, "conjunction"]],
    ],
    [
      "A man was shot and later killed by police.",
      [
        ["shot", 1, "singular"],
        ["killed", 1, "singular"],
      ],
    ],
  ])("%s", (sentence, expected) => {
    expect(facts(sentence)).toEqual(expected);
  });

  it.each<[string, number]>([
    ["A 22-month-old boy was shot.", 2],
    ["A 10-month-old child was shot.", 1],
    ["A 3-week-old baby was shot.", 0],
  ])("reads the age of %s in years", (sentence, age) => {
    expect(sentenceFacts(sentence, { start: 0, end: sentence.length }, 0)[0]?.age).toBe(age);
  });
});

describe("no casualty, or none that happened", () => {
  it.each([
    // a gunshot fired is no person shot
    "Deputies say one shot was fired.",
    "She then fired one shot from a pistol, deputies said.",
    // a modal before the subject
    "There could be people dead tonight because of them driving out there.",
    // a gerund naming the crime before "suspect" labels the doer ("shooting suspect"): a caption, no victim
    "A social media profile photo of shooting suspect Nathan Doe.",
    "Shooting suspect John Roe, 24.",
  ])("%s", (sentence) => {
    expect(facts(sentence)).toEqual([]);
  });

  // "not" before the count denies it: nobody, not one person
  it.each<[string, [string, number | null, string][]]>([
    ["Not one child is shot on this block without the neighbors knowing, he said.", [["shot", 0, "none"]]],
    ["Not a single passenger was hurt in the crash.", [["injured", 0, "none"]]],
    ["Not one of the students was injured.", [["injured", 0, "none"]]],
  ])("%s", (sentence, expected) => {
    expect(facts(sentence)).toEqual(expected);
  });

  it("marks 'could easily have killed' as hypothetical", () => {
    expect(facts("If he had been standing a foot closer it could easily have killed him.")).toEqual([
      ["killed", 1, "hypothetical"],
    ]);
  });
});

describe("an earlier incident told as background", () => {
  it.each<[string, string, string[]]>([
    [
      "Four people were shot Friday night in Homewood. On Nov. 1, a 12-year-old girl was fatally shot when an intruder walked into her home.",
      "2015-12-11",
      ["casualties"],
    ],
    [
      "Four people were shot Friday night in Homewood. On Dec. 10, a 12-year-old girl was fatally shot when an intruder walked into her home.",
      "2015-12-11",
      ["casualties", "killed"],
    ],
    // a time of weeks back after the predicate, past where it happened, dates the fact before the report
    [
      "A man was shot Sunday on Elm Street. His brother was shot and killed in the same neighborhood two years ago.",
      "2016-05-10",
      ["casualties"],
    ],
    // so does a month named after the predicate in a report of a later month
    [
      "A man was shot Sunday on Elm Street. His brother was shot and killed in the same neighborhood in March.",
      "2016-10-12",
      ["casualties"],
    ],
    // ... not where the sentence names a day of the last two weeks ('March' in a park's name)
    ["A man was shot and killed Sunday in March Park.", "2016-10-12", ["killed"]],
    // what its clause tells a year after happened before it
    ["A man was shot Sunday, a year after his cousin was killed at the same corner.", "2016-05-10", ["casualties"]],
    // ... but a clause of its own after the predicate keeps its fact
    ["A man was killed Sunday where his cousin died years ago.", "2016-05-10", ["killed"]],
    // a clause of time told of another shooting is that shooting's ("a day after" alone may be this one's)
    [
      "A woman was killed Sunday, a day after her brother was wounded in a separate shooting.",
      "2016-05-10",
      ["killed"],
    ],
    ["A man died Sunday, a day after he was wounded in a shooting on Elm Street.", "2016-05-10", ["killed", "injured"]],
    // what a death "came days after" happened before it ("Her death" is the woman's, told again)
    [
      "A woman was shot and killed Monday on Elm Street. Her death came just three days after a man was shot on the same street.",
      "2016-05-10",
      ["killed", "killed"],
    ],
    // a person a background passage names is that earlier incident when named again
    [
      "A woman was shot and killed Monday on Elm Street. On July 4, 2015, another teen, 17-year-old Marcus Reed, was killed on the same block. Reed's death shook the neighborhood.",
      "2016-05-10",
      ["killed"],
    ],
    // a paragraph opened by a date of an earlier year tells background, pronouns and all
    [
      "A man was shot and killed by police Sunday at his home.\n\nIn October of 2009, officers were called to a bar on Main Street. They found a bouncer shot in the leg. He died two days later.\n\nThe officers are on leave.",
      "2016-05-10",
      ["killed"],
    ],
    // a month of an earlier year dates a sentence even where a month alone would read as a total
    [
      "A man was shot and killed Sunday. In June 2012, a woman was shot and killed in the same house.",
      "2016-05-10",
      ["killed"],
    ],
    // "since <date>, when ...": the date's own event, told again by the victim's name
    [
      "Four protesters were shot Monday near the camp, where people have rallied since March 2, when a deputy fatally shot Darnell Price. Price's death drew national attention.",
      "2016-03-10",
      ["casualties"],
    ],
    // an unnamed person a background sentence tells by age and noun is that earlier incident when told again
    [
      "A 7-year-old girl died Thursday after she was shot in Millbrook. The shooting came two days after a 3-year-old boy was shot and killed in Ridgeway. In Ridgeway, detectives are still looking into the fatal shooting of a 3-year-old boy on Tuesday.",
      "2016-05-10",
      ["killed", "casualties"],
    ],
    // one of another age or noun is someone else
    [
      "A 7-year-old girl died Thursday after she was shot in Millbrook. The shooting came two days after a 3-year-old boy was shot and killed in Ridgeway. Later, a 5-year-old boy was found shot in a car nearby.",
      "2016-05-10",
      ["killed", "casualties", "casualties"],
    ],
    // the victim of this report named again stays
    [
      "Dana Price, 34, was shot and killed Monday on Elm Street. Price's death shook the neighborhood.",
      "2016-05-10",
      ["killed", "killed"],
    ],
  ])("%s", (text, published, kinds) => {
    expect(extract(text, { published }).casualties.map((c) => c.kind)).toEqual(kinds);
  });
});

describe("a participle after its noun (reduced relative clause)", () => {
  it.each<[string, [string, number | null, string][]]>([
    // place, time or agent after the participle, then the clause's own verb
    ["The 19-year-old woman shot and killed in Tulsa on Friday has been identified.", [["killed", 1, "definite"]]],
    ["The man shot to death by deputies Sunday was armed, the sheriff said.", [["killed", 1, "definite"]]],
    // the clause's own verb tells the same person's state
    [
      "The teenager shot near the park last night is expected to survive.",
      [
        ["shot", 1, "definite"],
        ["injured", 1, "definite"],
      ],
    ],
    // no verb of its own after it: an active clause missing its object, not a victim
    ["The gunman shot at passing cars before he fled.", []],
  ])("%s", (sentence, want) => {
    expect(facts(sentence)).toEqual(want);
  });
});

describe("a list of names", () => {
  it.each<[string, [string, number | null, string][]]>([
    // commas between names of a list that ends in "and" are not clause edges
    ["Maria Lopez, Devon Carter and James Hill all died at the scene.", [["killed", 3, "conjunction"]]],
    ["Police said Maria Lopez, Devon Carter and James Hill were wounded.", [["injured", 3, "conjunction"]]],
    // a place before the comma is no name of the list
    ["In Houston, Devon Carter and James Hill were wounded.", [["injured", 2, "conjunction"]]],
  ])("%s", (sentence, want) => {
    expect(facts(sentence)).toEqual(want);
  });
});

describe("a subject that carries a relative clause with verbs of its own", () => {
  it.each<[string, [string, number | null, string][]]>([
    [
      "The gas station robber who fired at two clerks and fled in a stolen truck Monday was found dead Tuesday.",
      [["killed", 1, "definite"]],
    ],
    ["A hunter who wandered off the trail near the river was found dead in a ditch.", [["killed", 1, "singular"]]],
    // the head's own count
    ["The two teenagers who ran from the car after the crash were later found wounded.", [["injured", 2, "exact"]]],
    // a thing, not a person, heads the clause
    ["The car that the gunman drove was found burned.", []],
  ])("%s", (sentence, want) => {
    expect(facts(sentence)).toEqual(want);
  });
});

describe("a hedged report", () => {
  it.each<[string, [string, number | null, string][]]>([
    // "may have been" hedges what happened; "could have been" tells what did not
    ["Police said at least three people may have been wounded.", [["injured", 3, "at-least"]]],
    ["The clerk could have been killed, police said.", [["killed", 1, "hypothetical"]]],
  ])("%s", (sentence, want) => {
    expect(facts(sentence)).toEqual(want);
  });
});

describe("a hedged count as an active verb's object", () => {
  it.each<[string, [string, number | null, string][]]>([
    ["The explosion killed at least 14 soldiers near the border.", [["killed", 14, "at-least"]]],
    ["Gunfire outside the club wounded about a dozen people.", [["injured", 12, "about"]]],
    // "at" with no count after it still closes the object
    ["The gunman shot a guard at the gate.", [["shot", 1, "singular"]]],
  ])("%s", (sentence, want) => {
    expect(facts(sentence)).toEqual(want);
  });
});

describe("an uncounted group and its apposition", () => {
  it.each<[string, [string, number | null, string][]]>([
    ["The victims, a 31-year-old woman and her 12-year-old son, were wounded.", [["injured", 2, "conjunction"]]],
    ["The victims, two men and a teenage girl, were taken to the hospital.", [["shot", 3, "conjunction"]]],
    // one person's apposition was read before and stays one person
    ["The victim, a 45-year-old cab driver, was wounded.", [["injured", 1, "definite"]]],
    // a plural person noun with no count is a group of unknown size (two at least, as "multiple"), never a
    // name for the capital at the sentence's start
    ["Bystanders were hit by stray bullets.", [["shot", 2, "plural"]]],
    ["Teens were shot outside the mall.", [["shot", 2, "plural"]]],
    ["Innocent bystanders were hit by gunfire.", [["shot", 2, "plural"]]],
    // a count or a name still reads as before
    ["Two teenagers were shot outside the mall.", [["shot", 2, "exact"]]],
    ["Marcus Brown was shot outside the mall.", [["shot", 1, "named"]]],
  ])("%s", (sentence, want) => {
    expect(facts(sentence)).toEqual(want);
  });
});

describe("victims who got themselves to a hospital", () => {
  it.each<[string, [string, number | null, string][]]>([
    ["A third victim drove himself to Mercy Hospital.", [["shot", 1, "nth-3"]]],
    ["Two other men took themselves to a local hospital.", [["shot", 2, "exact"]]],
    // driving someone else there says nothing of the driver
    ["A neighbor drove the boy to the hospital.", []],
    // a hospital told by its own name, the wound told with the one who came in
    ["A man walked into Riverside Hospital with a gunshot wound to the thigh.", [["shot", 1, "singular"]]],
    ["Two men showed up at Lakeview Medical Center with gunshot wounds.", [["shot", 2, "exact"]]],
    // with no wound told, those who came may have brought the wounded
    ["Three friends showed up at Riverside Hospital in a borrowed car.", []],
  ])("%s", (sentence, want) => {
    expect(facts(sentence)).toEqual(want);
  });
});

describe("an ordinal standing alone for a person", () => {
  it.each<[string, [string, number | null, string][]]>([
    [
      "Two men died at the scene and a third was listed in serious condition.",
      [
        ["killed", 2, "exact"],
        ["injured", 1, "nth-3"],
      ],
    ],
    // a fraction is no person
    ["A third of the crowd was hurt.", []],
  ])("%s", (sentence, want) => {
    expect(facts(sentence)).toEqual(want);
  });
});

describe("some of a group, and one recovering", () => {
  it.each<[string, [string, number | null, string][]]>([
    [
      "Three men were shot outside the bar, one of whom died at the hospital.",
      [
        ["shot", 3, "exact"],
        ["killed", 1, "exact"],
      ],
    ],
    ["A 16-year-old is recovering after being shot in the back.", [["injured", 1, "singular"]]],
    // recovering is said of people only
    ["The neighborhood is recovering after the shooting.", []],
  ])("%s", (sentence, want) => {
    expect(facts(sentence)).toEqual(want);
  });
});

describe("'both' alone as a subject", () => {
  it.each<[string, [string, number | null, string][]]>([
    ["Both died at the scene, the coroner said.", [["killed", 2, "both"]]],
    ["Deputies said both are expected to survive.", [["injured", 2, "both"]]],
  ])("%s", (sentence, want) => {
    expect(facts(sentence)).toEqual(want);
  });
});

describe("a second clause that drops its auxiliary", () => {
  it.each<[string, [string, number | null, string][]]>([
    [
      "A store clerk was killed and his brother wounded in the robbery.",
      [
        ["killed", 1, "singular"],
        ["injured", 1, "definite"],
      ],
    ],
    [
      "Three men were shot, one critically.",
      [
        ["shot", 3, "exact"],
        ["injured", 1, "exact"],
      ],
    ],
    // not a person after the determiner
    ["Two men were killed and their families devastated.", [["killed", 2, "exact"]]],
  ])("%s", (sentence, want) => {
    expect(facts(sentence)).toEqual(want);
  });
});

describe("one of a count", () => {
  it.each<[string, boolean]>([
    // one of this incident's victims, not one of a year's
    ["The boy was one of four teenagers wounded in the shooting Friday, police said.", false],
    ["The boy was one of 40 teenagers wounded in shootings this year.", true],
  ])("%s", (text, aggregate) => {
    const c = extract(text, { published: "2016-05-10" }).casualties;
    expect(c.map((x) => [x.kind, !!x.aggregate])).toEqual([["injured", aggregate]]);
  });
});

describe("a count over a place's shootings or with an aside", () => {
  it.each<[string, boolean]>([
    // a city's shootings of a day are many incidents
    ["Six people, including two teenage girls, were wounded in Detroit shootings Monday.", true],
    ["Five people were wounded in South Side shootings overnight.", true],
    ["Two people were wounded in the shooting Sunday.", false],
    // the aside after a dash tells another count, not this one
    [
      "A 17-year-old boy was wounded in a drive-by early Sunday — among 41 people hurt between Friday and Monday.",
      false,
    ],
  ])("%s", (text, aggregate) => {
    const c = extract(text, { published: "2016-05-10" }).casualties;
    expect([c[0]?.kind, !!c[0]?.aggregate]).toEqual(["injured", aggregate]);
  });
});

describe("found, then how, then the wound", () => {
  it.each<[string, [string, number | null, string][]]>([
    ["Officers said a man was found slumped over the wheel with a gunshot wound.", [["shot", 1, "singular"]]],
    ["Two men were found lying in a parking lot with gunshot wounds.", [["shot", 2, "exact"]]],
  ])("%s", (sentence, want) => {
    expect(facts(sentence)).toEqual(want);
  });
});

describe("one of the dead or wounded", () => {
  it.each<[string, [string, number | null, string][]]>([
    ["A 9-year-old boy was among the dead, relatives said.", [["killed", 1, "singular"]]],
    ["Among the wounded were three firefighters.", [["injured", 3, "exact"]]],
    // among the living is no casualty
    ["The boy was among the crowd at the park.", []],
  ])("%s", (sentence, want) => {
    expect(facts(sentence)).toEqual(want);
  });
});

describe("tolls across a city's shootings", () => {
  it.each<[string, [string, boolean][]]>([
    // what follows a list of tolls scopes over each of them
    [
      "4 killed, 11 wounded in Friday shootings across Baltimore.",
      [
        ["killed", true],
        ["injured", true],
      ],
    ],
    ["Five people were wounded in weekend shootings, police said.", [["injured", true]]],
    ["Two people were wounded in overnight shootings on the South Side.", [["injured", true]]],
    ["Two men were wounded in two separate shooting incidents Monday night.", [["injured", true]]],
    // a span of days is a roundup's; one night's span may be one shooting's
    ["Seventeen people were killed between Friday evening and Monday morning.", [["killed", true]]],
    ["Two men were killed between Friday night and Saturday morning.", [["killed", false]]],
    ["Twin brothers were among 17 killed in the deadliest weekend of the year.", [["killed", true]]],
    ["It was a chaotic evening as six people were shot in a four-hour span.", [["casualties", true]]],
    [
      "At least 15 people were shot between Friday evening and early Saturday in attacks in Memphis.",
      [["casualties", true]],
    ],
    // people counted over a stretch of hours fell in several shootings; one victim's hours are no tally
    ["Four people were killed within three hours Friday, police said.", [["killed", true]]],
    ["A man was killed within two hours of leaving the party.", [["killed", false]]],
    // a count across two shootings is no one shooting's toll
    [
      "One man was killed and five others were wounded Sunday in two shootings near campus.",
      [
        ["killed", true],
        ["injured", true],
      ],
    ],
    ["Detectives are probing a pair of shootings that have left one woman dead.", [["killed", true]]],
    // a total told right after the shootings it spans counts over all of them; a total of one party stays its own
    [
      "Detectives are looking into two late-night shootings on the east side. A total of six people were hit.",
      [["casualties", true]],
    ],
    ["A total of five people were shot at a party on Elm Street early Sunday.", [["casualties", false]]],
    // a toll raised in the one shooting its words name is that shooting's; raised with no shooting named, or
    // over a year's shootings, it is a tally
    ["A cook died Tuesday, raising the death toll from the diner shooting to four.", [["killed", false]]],
    ["A cook died Tuesday, raising the death toll to 38.", [["killed", true]]],
    ["A cook died Tuesday, bringing the death toll from this year's shootings to 38.", [["killed", true]]],
    // one shooting's toll stays the incident's
    [
      "1 killed, 3 wounded in shooting at a Dayton bar.",
      [
        ["killed", false],
        ["injured", false],
      ],
    ],
  ])("%s", (text, want) => {
    const c = extract(text, { published: "2016-05-10" }).casualties;
    expect(c.map((x) => [x.kind, !!x.aggregate])).toEqual(want);
  });
});

describe("another victim introduced without a fate", () => {
  it.each<[string, [string, number | null, string][]]>([
    // a linking verb or an apposition introduces one more person hit
    ["The other victim was 24-year-old Marcus Webb.", [["shot", 1, "other"]]],
    ["The other victim is a 15-year-old, whose name was not released.", [["shot", 1, "other"]]],
    ["The second victim, 31-year-old Dana Ruiz, was a nurse at the hospital.", [["shot", 1, "ordinal-2"]]],
    ["A third victim, a 9-year-old girl, arrived later at a nearby hospital.", [["shot", 1, "nth-3"]]],
    [
      "The other victim of the late-night gunfire, 19-year-old Ray Cole, was a college student.",
      [["shot", 1, "other"]],
    ],
    // a fate told of the victim is read as before
    ["The other victim was shot in the leg.", [["shot", 1, "other"]]],
    // a place or a state after the linking verb is no person
    ["The other victim was in the car.", []],
    ["The other victim was unavailable for comment.", []],
  ])("%s", (sentence, want) => {
    expect(facts(sentence)).toEqual(want);
  });

  it("gives the person introduced their name and age", () => {
    const s = "The other victim was 24-year-old Marcus Webb.";
    const f = sentenceFacts(s, { start: 0, end: s.length }, 0)[0]!;
    expect([f.name, f.age, s.slice(f.start, f.end)]).toEqual([
      "Marcus Webb",
      24,
      "The other victim was 24-year-old Marcus Webb",
    ]);
  });
});

describe("a death no violence brings", () => {
  it("drops a death from illness, keeps the shooting told beside it", () => {
    const text =
      "A 17-year-old was shot and killed Friday night on Hudson Road. The school has lost five people this year: two students have died in crashes, the others from illness.";
    const c = extract(text, { published: "2016-05-10" }).casualties;
    expect(c.map((x) => [x.kind, x.best])).toEqual([["killed", 1]]);
  });

  it.each<[string, number]>([
    ["His grandfather died of natural causes in 2010.", 0],
    ["Her mother died of cancer last year.", 0],
    // a wound between the death and the illness words is the death's cause
    ["He died of a gunshot wound, not of an illness as first reported.", 1],
    ["The man died from his wounds.", 1],
  ])("%s", (sentence, n) => {
    expect(extract(sentence, { published: "2016-05-10" }).casualties.filter((c) => c.kind === "killed").length).toBe(n);
  });
});

describe("a subhead in capitals", () => {
  it("reads a short capitals line of its own, not a capitals transcript", () => {
    const text =
      "Three people were shot dead Friday in an apartment on English Street, police said.\n\nSHOOTING AT APARTMENT LEAVES FOUR DEAD\n\nPolice were called just before 1 a.m.";
    const c = extract(text, { published: "2016-05-10" }).casualties;
    expect(c.map((x) => [x.kind, x.best, x.text])).toEqual([
      ["killed", 3, "Three people were shot dead"],
      ["killed", 4, "FOUR DEAD"],
    ]);
    const transcript =
      "Three people were shot dead Friday, police said.\n\nANCHOR: POLICE SAY FOUR PEOPLE WERE SHOT DEAD IN THE APARTMENT ON ENGLISH STREET FRIDAY NIGHT.";
    expect(extract(transcript, { published: "2016-05-10" }).casualties.map((x) => x.best)).toEqual([3]);
  });
});

describe("a death told by the bereaved", () => {
  it.each<[string, [string, number | null, string][]]>([
    ["My brother was taken from us on New Year's Eve.", [["killed", 1, "definite"]]],
    [
      "I am Ann Lee I live in york pa and my son was sadly taken from our family on March 3.",
      [["killed", 1, "definite"]],
    ],
    // taken from a place is no death
    ["He was taken from the scene to a hospital.", []],
    ["The gun was taken from his home.", []],
    // a family is a group: "killed my whole family" counts no one
    ["He killed my whole family.", []],
  ])("%s", (sentence, want) => {
    expect(facts(sentence)).toEqual(want);
  });
});

describe("the subject of an active harm verb is the doer", () => {
  it.each<[string, [string, number | null, string][]]>([
    // an object that reads as no person leaves no victim, and never makes the doer one
    ["A gunman shot the car several times, police said.", []],
    ["A gunman killed the house.", []],
    ["The suspect shot them and fled.", []],
    // a time after the verb is a reduced passive, not an object
    ["A man shot this morning was taken to a hospital.", [["shot", 1, "singular"]]],
    // the person object is the victim, whatever the subject
    [
      "Security was tightened after 2005, when a man fatally shot a judge in an Atlanta courtroom.",
      [["killed", 1, "singular"]],
    ],
  ])("%s", (sentence, want) => {
    expect(facts(sentence)).toEqual(want);
  });
});

describe("a threat, a plan or a law's definition counts no one", () => {
  it.each<[string, [string, number | null][]]>([
    ["Prosecutors say he plotted the killing of three officers.", []],
    ["Unless the ransom is paid, the deaths of the hostages will follow.", []],
    ["Under state law, a person who causes the death of another while driving drunk commits vehicular homicide.", []],
    ["Murder is defined as when a person intentionally causes the death of another person.", []],
    // after 'after' or 'for' the clause tells what was done
    [
      "“takfiris” would pay a “heavy price” after killing 13 IRGC members and injuring 21 others in Khan Tuman on May 6.",
      [
        ["killed", 13],
        ["injured", 21],
      ],
    ],
    ["The group said the soldiers would pay a heavy price for the deaths of 13 fighters.", [["killed", 13]]],
    // a past cause is a death that happened
    ["The driver caused the death of another motorist on Friday.", [["killed", 1]]],
  ])("%s", (text, want) => {
    expect(extract(text, { published: "2016-05-10" }).casualties.map((c) => [c.kind, c.best])).toEqual(want);
  });
});

describe("an appearance before the passive ('appeared to be wounded')", () => {
  it.each<[string, [string, number | null, string][]]>([
    ["Neighbor says a sheriff's deputy appeared to be wounded on Wendover Road.", [["injured", 1, "singular"]]],
    ["The victim appears to have been shot multiple times.", [["shot", 1, "definite"]]],
    // before an active verb it is no auxiliary of a passive
    ["He appeared to shoot himself.", []],
  ])("%s", (sentence, want) => {
    expect(facts(sentence)).toEqual(want);
  });
});

describe("an age written without its hyphens or in words", () => {
  it.each<[string, [string, number | null, string][]]>([
    // the number of years is no count of people
    ["The rifle discharged and the 14 year old was shot in the chest.", [["shot", 1, "definite"]]],
    ["A 13 year old girl was flown to a Phoenix area hospital.", [["injured", 1, "singular"]]],
    [
      "A four year old was shot and taken to Summerlin Hospital.",
      [
        ["shot", 1, "singular"],
        ["shot", 1, "singular"],
      ],
    ],
    ["A five-year-old is fighting for her life.", [["injured", 1, "singular"]]],
  ])("%s", (sentence, want) => {
    expect(facts(sentence)).toEqual(want);
  });

  it("reads the spelled age as the person's age", () => {
    const s = "A four-year-old was airlifted to a children's hospital.";
    expect(sentenceFacts(s, { start: 0, end: s.length }, 0).map((f) => f.age)).toEqual([4]);
  });
});

describe("a second verb phrase of the subject the sentence opens with", () => {
  it.each<[string, [string, number | null, string][]]>([
    ["He was cornered by the robber and was shot in the hip.", [["shot", 1, "pronoun"]]],
    ["He ducked away, but was grazed by a round in the elbow.", [["injured", 1, "pronoun"]]],
    ["A 24-year-old man tried to flee and was shot in the back.", [["shot", 1, "singular"]]],
    [
      "The other tried to hide behind a parked van but was shot twice and was listed in critical condition.",
      [
        ["shot", 1, "other"],
        ["injured", 1, "other"],
      ],
    ],
    // a trip to hospital is no wound: someone unharmed makes it too
    ["He was unhurt and was taken to Mercy General Hospital.", []],
    // denied
    ["He said his brother ran and was not hurt.", []],
  ])("%s", (sentence, want) => {
    expect(facts(sentence)).toEqual(want);
  });
});

describe("'someone' as the one hit and as the doer", () => {
  it.each<[string, [string, number | null, string][]]>([
    ["Deputies say they were flagged down by someone who was shot in the hand.", [["shot", 1, "bare"]]],
    ["Residents were stunned that someone was shot just outside their building.", [["shot", 1, "bare"]]],
    // before a bare verb it is the one who fired
    ["He said somebody shot at the house.", []],
    ["Marisol Dunne was shot in the leg while sleeping when someone fired into the apartment.", [["shot", 1, "named"]]],
  ])("%s", (sentence, want) => {
    expect(facts(sentence)).toEqual(want);
  });
});

describe("a count whose noun follows a person-noun modifier", () => {
  it.each<[string, [string, number | null, string][]]>([
    ["Ignacio Ferro and three of his adult nephews were wounded.", [["injured", 4, "conjunction"]]],
    ["Three adult cousins were wounded.", [["injured", 3, "exact"]]],
  ])("%s", (sentence, want) => {
    expect(facts(sentence)).toEqual(want);
  });
});

describe("a count word made of a noun and 'of'", () => {
  it.each<[string, [string, number | null, string][]]>([
    // a pair of things is no count of people: the subject of "died" is the 16-year-old
    [
      "A 15-year-old who was shot during an argument over a pair of headphones died on Sunday.",
      [
        ["shot", 1, "singular"],
        ["killed", 1, "singular"],
      ],
    ],
    ["A couple of people were shot.", [["shot", 2, "couple"]]],
    ["A couple of them were hurt.", [["injured", 2, "couple"]]],
    ["The elderly pair were killed.", [["killed", 2, "pair"]]],
  ])("%s", (sentence, want) => {
    expect(facts(sentence)).toEqual(want);
  });
});

describe("an aside between a relative pronoun and its verb", () => {
  it.each<[string, [string, number | null, string][]]>([
    [
      "A 22-year-old who detectives believe was shot during a fight over a parking spot died on Thursday.",
      [
        ["shot", 1, "singular"],
        ["killed", 1, "singular"],
      ],
    ],
    ["The man, who police said was shot in the leg, is expected to survive.", [["shot", 1, "definite"]]],
    ["The clerk on duty, who was also shot, survived.", [["shot", 1, "definite"]]],
  ])("%s", (sentence, want) => {
    expect(facts(sentence)).toEqual(want);
  });
});

describe("police speak of a suspect as 'the subject'", () => {
  it.each<[string, [string, number | null, string][]]>([
    ["Police said the male subject was shot by a deputy.", [["shot", 1, "definite"]]],
    ["Two subjects were shot.", [["shot", 2, "exact"]]],
  ])("%s", (sentence, want) => {
    expect(facts(sentence)).toEqual(want);
  });
});

describe("a second verb of the doer after the object", () => {
  it.each<[string, [string, number | null, string][]]>([
    // "and" then a verb goes on with the doer, whose object was hit
    ["He shot the clerk and was arrested.", [["shot", 1, "definite"]]],
    ["A man shot the clerk and ran.", [["shot", 1, "definite"]]],
    ["He shot the clerk and the manager and ran.", [["shot", 2, "conjunction"]]],
    ["He shot his wife and two sons.", [["shot", 3, "conjunction"]]],
    // the doer of a reflexive is the next verb's subject
    [
      "He shot himself and died.",
      [
        ["shot", 1, "reflexive"],
        ["killed", 1, "reflexive"],
      ],
    ],
  ])("%s", (sentence, want) => {
    expect(facts(sentence)).toEqual(want);
  });
});

describe("a list of names with ages parted by semicolons", () => {
  it.each<[string, [string, number | null, string][]]>([
    [
      "According to police, Lorna Jean Pike, 24; Bettina Rose Pike, 47; and Caleb Moss, 9; were shot at about 8:40 p.m.",
      [["shot", 3, "conjunction"]],
    ],
    ["The victims were Pike, 24; and Moss, 9; both were shot.", [["shot", 2, "conjunction"]]],
    // a semicolon after an age that no name or verb follows still ends a clause
    ["He was 21; police shot him.", [["shot", 1, "pronoun"]]],
  ])("%s", (sentence, want) => {
    expect(facts(sentence)).toEqual(want);
  });
  it("keeps the text's own offsets", () => {
    const s = "Lorna Pike, 24; Bettina Pike, 47; and Caleb Moss, 9; were shot.";
    const [f] = sentenceFacts(s, { start: 0, end: s.length }, 0, false);
    expect(s.slice(f!.start, f!.end)).toBe("Lorna Pike, 24; Bettina Pike, 47; and Caleb Moss, 9; were shot");
  });
});

describe("the people a report or call tells of", () => {
  it.each<[string, [string, number | null, string][]]>([
    ["Deputies were sent to the trailer park on reports of a man shot.", [["shot", 1, "singular"]]],
    ["Officers responded to a report of a man shot.", [["shot", 1, "singular"]]],
    ["Police were called to the scene on reports of two people shot near the park.", [["shot", 2, "exact"]]],
  ])("%s", (sentence, want) => {
    expect(facts(sentence)).toEqual(want);
  });
});

describe("'also' before a relative of the doer", () => {
  it("counts the relative as one more person hit", () => {
    const doc = extract(
      "Lor died of his wounds. The second victim was 37-year-old Trent Holloway. The Covington resident died at the scene. Pruett also shot his 71-year-old father, Earl, in the head.",
      { published: "2015-06-02" },
    );
    expect(doc.events.map((e) => [e.fatalities?.best, e.injured?.best])).toEqual([[2, 1]]);
  });
  it.each<[string, boolean]>([
    ["Pruett also shot his 71-year-old father in the head.", true],
    ["He also shot the clerk.", false],
  ])("%s", (s, additive) => {
    const [f] = sentenceFacts(s, { start: 0, end: s.length }, 0, false);
    expect(f!.additive).toBe(additive);
  });
});

describe("a killing told by its result", () => {
  it.each<[string, [string, number | null, string][]]>([
    // "to death" after the object is the result, as "dead" is: the object ends before it
    ["The robber shot the cashier to death.", [["killed", 1, "definite"]]],
    ["A gunman shot two neighbors to death on Sunday.", [["killed", 2, "exact"]]],
    // a possessor's body is someone dead; a body camera or body armor is a thing
    ["The girl's body was found in a ditch on Sunday.", [["killed", 1, "definite"]]],
    ["Investigators reviewed the deputy's body camera footage.", []],
    // a name ending in s takes the apostrophe alone; a plural possessor names no one person
    ["Detectives said an autopsy was done on Rivers' body.", [["killed", 1, "named"]]],
    ["Investigators said the victims' bodies were found in the yard.", []],
    // a contracted "had" after a pronoun is the passive's auxiliary; a contracted "would" before "be" asks
    ["A neighbor called 911 and said she'd been shot.", [["shot", 1, "pronoun"]]],
    ["He told friends he feared he'd be killed.", [["killed", 1, "hypothetical"]]],
    // an object relative: the one "whom" the doer shot is the antecedent before it
    ["The caller was his 70-year-old aunt, whom Rivers shot in the hand.", [["shot", 1, "definite"]]],
    ["The teen, whom deputies shot and killed, was 17.", [["killed", 1, "definite"]]],
    // a death told by those who found it: the dead person is the object of "pronounced", "declared"
    ["Paramedics pronounced her dead in the driveway.", [["killed", 1, "pronoun"]]],
    ["Medics declared Ortiz dead shortly after midnight.", [["killed", 1, "named"]]],
    ["The coroner declared the death a homicide.", []],
    // a death as the second verb phrase of the clause's subject, told before any other fact
    ["He was rushed to a trauma center and pronounced dead.", [["killed", 1, "pronoun"]]],
    ["Maria underwent two surgeries but died on Tuesday.", [["killed", 1, "named"]]],
    // "and then himself": the doer as the elided verb's second object, one more person
    [
      "Police said the man killed his girlfriend and then himself.",
      [
        ["killed", 1, "definite"],
        ["killed", 1, "reflexive"],
      ],
    ],
    [
      "The gunman killed four people and then himself.",
      [
        ["killed", 4, "exact"],
        ["killed", 1, "reflexive"],
      ],
    ],
    // "including" right after people names some of them inside the subject, commas or not
    ["Four people including the shooter were killed.", [["killed", 4, "exact"]]],
    // an "including" aside set off by commas names some of the people before it, none of the next subject's
    [
      "Two hikers were killed, including a boy, and four others were hurt.",
      [
        ["killed", 2, "exact"],
        ["injured", 4, "exact"],
      ],
    ],
    ["Three men, including a teen, were wounded.", [["injured", 3, "exact"]]],
    // a residence after the age whose closing comma is left out is still part of the subject
    ["Dale Moss, 52, of Elm Grove was pronounced dead at a hospital.", [["killed", 1, "named"]]],
    // the main verb after a relative clause set off by commas tells of the clause's antecedent
    [
      "The robber, who was shot by a store clerk, later died at a hospital.",
      [
        ["shot", 1, "definite"],
        ["killed", 1, "definite"],
      ],
    ],
    // ages that share one hyphenated word count one person each; a gerund taking one's own life after the
    // doer's deed is the doer, one more dead
    [
      "A man shot and killed his 9- and 11-year-old daughters before taking his own life.",
      [
        ["killed", 2, "exact"],
        ["killed", 1, "reflexive"],
      ],
    ],
    // taking one's own life needs no auxiliary: a definite subject or a name before it is the one dead
    ["The gunman then took his own life.", [["killed", 1, "reflexive"]]],
    ["Jane Doe, 41, took her own life in the garage.", [["killed", 1, "reflexive"]]],
    ["The man committed suicide as deputies closed in.", [["killed", 1, "reflexive"]]],
    // the doer closing the verb's list of objects is one more person
    ["A man killed his wife and himself at their home.", [["killed", 2, "conjunction"]]],
    ["Police said the father had shot and killed the two boys and himself.", [["killed", 3, "conjunction"]]],
    // full names a closing "and" ends are a list of people too, with or without a serial comma
    ["A sniper killed Rhea Tamm, Ola Berg and Ivo Saar on Sunday.", [["killed", 3, "conjunction"]]],
    ["Witnesses said he shot Rhea Tamm, Ola Berg, and Ivo K. Saar.", [["shot", 3, "conjunction"]]],
    // a bare noun of a person after the list's comma shares the determiner before it
    ["The rancher killed his brother, nephew and himself.", [["killed", 3, "conjunction"]]],
    // a list closed by ", then himself" with no "and"
    [
      "The woman shot her husband, his nephew, then herself.",
      [
        ["shot", 2, "conjunction"],
        ["shot", 1, "reflexive"],
      ],
    ],
    // so does he close a serial list of people, each opened by a determiner ("then" or not before him)
    ["Deputies said the rancher killed his wife, her brother and himself.", [["killed", 3, "conjunction"]]],
    [
      "The woman fatally shot her husband, his nephew and then herself.",
      [
        ["killed", 2, "conjunction"],
        ["killed", 1, "reflexive"],
      ],
    ],
    // the elided second object may follow the first's when or where
    [
      "A father shot and killed his son Sunday, then himself.",
      [
        ["killed", 1, "definite"],
        ["killed", 1, "reflexive"],
      ],
    ],
    // (a where and a when together, five or six words)
    [
      "A man shot two hikers at a campground on Sunday, then himself.",
      [
        ["shot", 2, "exact"],
        ["shot", 1, "reflexive"],
      ],
    ],
    [
      "He shot her in the head and then himself.",
      [
        ["shot", 1, "pronoun"],
        ["shot", 1, "reflexive"],
      ],
    ],
    // names (and ages) set in commas after the object are the same people: the doer after them is one more
    [
      "He killed his two sons, Sam, 9, and Ned, 4, and then himself.",
      [
        ["killed", 2, "exact"],
        ["killed", 1, "reflexive"],
      ],
    ],
    [
      "Police said the man shot his wife, Lena, and then himself.",
      [
        ["shot", 1, "definite"],
        ["shot", 1, "reflexive"],
      ],
    ],
    [
      "The man killed Lena Hale, 38, and then himself.",
      [
        ["killed", 1, "named"],
        ["killed", 1, "reflexive"],
      ],
    ],
    // the object of naming or mourning, a participle after it, is the one harmed
    ["Deputies have identified the man killed in a crash-side shooting as Ray Cole.", [["killed", 1, "definite"]]],
    ["Neighbors mourned the 7-year-old girl shot dead on her porch.", [["killed", 1, "definite"]]],
    // a wound called fatal is a death
    ["A 22-year-old man suffered a fatal gunshot wound to the chest.", [["killed", 1, "singular"]]],
    ["A 40-year-old woman sustained fatal injuries in the shooting.", [["killed", 1, "singular"]]],
    // so is one someone was found with, or suffering from
    ["Troopers found a 35-year-old driver suffering from a fatal gunshot wound.", [["killed", 1, "singular"]]],
    ["A teenager with a fatal wound to the neck was found near the park.", [["killed", 1, "singular"]]],
    // after a time or a participle of harm, ", 2" opens a clause: a count, no age
    [
      "Of the 5 people shot Sunday, 2 died.",
      [
        ["shot", 5, "exact"],
        ["killed", 2, "exact"],
      ],
    ],
    // a road's number is no count
    ["On Route 9 two men were shot.", [["shot", 2, "exact"]]],
    // the day of a month before a verb of death is no count of the dead
    [
      "A man who was shot on Oct. 3 died of his wounds Tuesday.",
      [
        ["shot", 1, "singular"],
        ["killed", 1, "singular"],
      ],
    ],
  ])("%s", (sentence, want) => {
    expect(facts(sentence)).toEqual(want);
  });
});

describe("'since' that is no span", () => {
  // "has since died": since then, no total over a stretch of time
  it("counts 'He has since died' in the incident", () => {
    const doc = extract("A 57-year-old woman was shot in the abdomen late Thursday. She has since died, police said.", {
      published: "2016-05-10",
    });
    expect(doc.events.map((e) => e.fatalities?.best)).toEqual([1]);
  });
  it("still reads 'killed since January' as a total", () => {
    const doc = extract("Nine people have been killed in the city since January.", { published: "2016-05-10" });
    expect(doc.casualties.map((c) => c.aggregate)).toEqual([true]);
  });
});

describe("a perfect counting people under either of two fates", () => {
  it.each([
    // a tally of a span: each person hurt or killed, no incident's toll
    ["The girl is the third child shot on the block this spring. Six have been wounded or killed by gunfire.", true],
    ["Nine teenagers have been shot or killed near the school.", true],
    // one incident's report gives each fate its own count
    ["Two men were shot and killed on Elm Street on Friday.", false],
  ] as const)("%s", (text, aggregate) => {
    const c = extract(text, { published: "2016-05-10" }).casualties.filter((x) => (x.best ?? 0) > 1);
    expect(c.map((x) => !!x.aggregate)).toEqual([aggregate]);
  });
  it("leaves the tally out of the incident's toll", () => {
    const doc = extract(
      "A 4-year-old was hit in the leg on Elm Street on Friday. Six children have been wounded or killed by gunfire.",
      { published: "2016-05-10" },
    );
    expect(doc.events.map((e) => [e.fatalities?.best ?? 0, e.injured?.best ?? 0])).toEqual([[0, 1]]);
  });
});

describe("a death told as a failed rescue", () => {
  it.each([
    ["He did not make it.", [["killed", 1, "pronoun"]]],
    ["She didn't make it, her family said.", [["killed", 1, "pronoun"]]],
    ["He could not be saved.", [["killed", 1, "pronoun"]]],
    ["She could not be revived.", [["killed", 1, "pronoun"]]],
    // the rescuers' failure: the one they could not revive is the dead
    ["Paramedics were unable to revive the woman.", [["killed", 1, "definite"]]],
    ["A deputy was unable to revive him.", [["killed", 1, "pronoun"]]],
    // trying is no failure told
    ["Medics worked to revive him at the scene.", []],
    // the negation that makes the death is the phrase's own: a denied arrival is no death
    ["The bill did not make it through the Senate.", []],
  ] as const)("%s", (sentence, want) => {
    expect(facts(sentence)).toEqual(want);
  });
  it("counts the man shot who did not make it as the one dead", () => {
    const doc = extract("A 30-year-old man was shot on Elm Street on Friday night. He did not make it.", {
      published: "2016-05-10",
    });
    expect(doc.events.map((e) => [e.fatalities?.best, e.injured?.best ?? 0])).toEqual([[1, 0]]);
  });
});

describe("a death a pronoun's possessive owns", () => {
  it.each([
    ["The coroner ruled his death a homicide.", [["killed", 1, "pronoun"]]],
    ["Detectives are investigating her killing.", [["killed", 1, "pronoun"]]],
    // a noun the death word only modifies, or an attempt, tells no death
    ["He was held on a murder charge after his murder trial ended.", []],
    ["Police said her attempted murder was caught on video.", []],
  ] as const)("%s", (sentence, want) => {
    expect(facts(sentence)).toEqual(want);
  });
  it("makes the man found with gunshot wounds the one dead", () => {
    const doc = extract(
      "A 40-year-old man was found with gunshot wounds in a parked van on Friday. His death was ruled a homicide.",
      { published: "2016-05-10" },
    );
    expect(doc.events.map((e) => [e.fatalities?.best, e.injured?.best ?? 0])).toEqual([[1, 0]]);
  });
});

describe("the dead a coroner names, and a victim of a killing", () => {
  it.each([
    ["The coroner identified the victim as Jon Hart, 22.", [["killed", 1, "definite"]]],
    ["The Hale County Coroner's Office identified him as Jon Hart.", [["killed", 1, "pronoun"]]],
    ["The medical examiner identified the victims as Jon Hart, 22, and Lee Cole, 30.", [["killed", 2, "conjunction"]]],
    // a victim of a killing told before, by "the"
    ["Police identified the homicide victim as Jon Hart, 34.", [["killed", 1, "definite"]]],
    // "a vigil for a homicide victim" may mourn someone else; a year's count is no incident's
    ["Friends held a vigil for a homicide victim.", []],
    ["He was the city's 40th homicide victim this year.", []],
    // the police name the living too; a coroner who has not named anyone names no one
    ["Police identified the victim as Jon Hart, 22.", []],
    // whoever names the dead by a noun of their own names the dead: the names after "as" count them
    ["Police identified the dead as Nell Ivers, 44, and Otto Brandt, 39.", [["killed", 2, "conjunction"]]],
    [
      "Troopers named the people killed in the Tuesday ambush as Kai Lund, Ada Vos and Eli Park.",
      [["killed", 3, "conjunction"]],
    ],
    ["Deputies identified the victims as Nell Ivers and Otto Brandt.", []],
    ["The coroner has not identified the victim.", []],
  ] as const)("%s", (sentence, want) => {
    expect(facts(sentence)).toEqual(want);
  });
  it("makes the man shot the one dead", () => {
    const doc = extract("A 30-year-old man was shot on Elm Street on Friday. The coroner identified him as Jon Hart.", {
      published: "2016-05-10",
    });
    expect(doc.events.map((e) => [e.fatalities?.best, e.injured?.best ?? 0])).toEqual([[1, 0]]);
  });
});

describe("the dead a coroner takes in", () => {
  it.each([
    ["The county coroner's office said it received a victim from the shooting.", [["killed", 1, "singular"]]],
    ["The medical examiner took custody of two bodies.", [["killed", 2, "exact"]]],
    // a call or a report the coroner received is no one taken in
    ["The coroner received a call about the shooting.", []],
    ["The coroner's office received a victim's family on Monday.", []],
  ] as const)("%s", (sentence, want) => {
    expect(facts(sentence)).toEqual(want);
  });
  it("counts the one the coroner received among the people hit", () => {
    const doc = extract(
      "Three people were shot on Elm Street early Saturday, police said. The coroner's office said it received a victim from the shooting.",
      { published: "2016-05-10" },
    );
    expect(doc.events.map((e) => [e.fatalities?.best, e.injured?.best ?? 0])).toEqual([[1, 2]]);
  });
});

describe("a reduced relative clause after the object", () => {
  it.each([
    // the participle with its adjunct closes the object: both people of the list are counted
    ["Police are probing the deaths of a man and a woman found in a home.", [["killed", 2, "conjunction"]]],
    ["The gunman killed a man and a woman seated at the bar.", [["killed", 2, "conjunction"]]],
    // an adjective before the noun stays in the object
    ["The gunman killed two armed men in a home.", [["killed", 2, "exact"]]],
  ] as const)("%s", (sentence, want) => {
    expect(facts(sentence)).toEqual(want);
  });
});

describe("'claim' as a verb of death", () => {
  it.each([
    ["The blaze claimed two lives on Friday night.", [["killed", 2, "exact"]]],
    ["The storm claimed three lives.", [["killed", 3, "exact"]]],
    // what someone claims is no death
    ["The group claimed two victories.", []],
  ] as const)("%s", (sentence, want) => {
    expect(facts(sentence)).toEqual(want);
  });
});

describe("a bare verb aimed at someone", () => {
  it.each([
    // the subject of an active "shot at" is the doer, whatever phrase follows its noun
    ["A gunman in a passing truck shot at them on Oak Street.", []],
    ["A man in a red hoodie shot into the crowd.", []],
    // so is a verb aimed at people named by a noun
    ["Carl Boone shot at troopers as they chased him into the woods.", []],
    ["A gunman shot at the officers before fleeing.", []],
    // "at" before a place keeps the reduced passive: the man was hit
    [
      "A teen shot at the park on Ash Street was hospitalized.",
      [
        ["shot", 1, "singular"],
        ["injured", 1, "singular"],
      ],
    ],
    [
      "A man shot at a bus stop Tuesday has died.",
      [
        ["shot", 1, "singular"],
        ["killed", 1, "singular"],
      ],
    ],
  ] as const)("%s", (sentence, want) => {
    expect(facts(sentence)).toEqual(want);
  });
});

describe("a death told by the wounds or by a failed rescue", () => {
  it.each([
    "A 40-year-old man was shot on Birch Lane on Friday. His wounds proved fatal.",
    "A 40-year-old man was shot on Birch Lane on Friday. His injuries were fatal, the coroner said.",
    "A 40-year-old man was shot on Birch Lane on Friday. Paramedics were unable to save him.",
    "A 40-year-old man was shot on Birch Lane on Friday. The man's gunshot wound proved fatal.",
  ])("%s", (text) => {
    const doc = extract(text, { published: "2016-05-10" });
    expect(doc.events.map((e) => [e.fatalities?.best, e.injured?.best ?? 0, e.actor1?.name ?? null])).toEqual([
      [1, 0, null],
    ]);
  });
  // wounds said not to be fatal, or a limb not saved, tell no death
  it.each([
    "A 40-year-old man was shot on Birch Lane on Friday. His wounds were not fatal.",
    "A 40-year-old man was shot on Birch Lane on Friday. Doctors could not save his leg.",
  ])("%s", (text) => {
    const doc = extract(text, { published: "2016-05-10" });
    expect(doc.events.map((e) => [e.fatalities?.best, e.injured?.best ?? 0])).toEqual([[0, 1]]);
  });
});

describe("a relative clause between the members of a coordinated subject", () => {
  it.each([
    ["A girl, who was staying with relatives, and two men were hospitalized.", [["injured", 3, "conjunction"]]],
    ["A man, whose car was parked outside, and his brother were wounded.", [["injured", 2, "conjunction"]]],
    // without "and" after it the aside closes a single subject
    ["A man, who was walking home, was wounded.", [["injured", 1, "singular"]]],
  ] as const)("%s", (sentence, want) => {
    expect(facts(sentence)).toEqual(want);
  });
});

describe("a headline's victim of a deadly attack", () => {
  it.each([
    ["Police ID victim in fatal Westgate shooting", [["killed", 1, "singular"]]],
    ["Victim identified in deadly Pine Street stabbing", [["killed", 1, "singular"]]],
    ["Deputies name victim of Hillcrest homicide", [["killed", 1, "singular"]]],
    // a shooting not said to be deadly tells no death
    ["Victim in Westgate shooting identified", []],
  ] as const)("%s", (title, want) => {
    expect(facts(title, true)).toEqual(want);
  });
  it("gives the article its death when the body names the man only", () => {
    const doc = extract("Police on Tuesday identified the man as Tom Reyes, 41. No arrests have been made.", {
      title: "Police ID victim in fatal Westgate shooting",
      published: "2016-05-10",
    });
    expect(doc.events.map((e) => [e.fatalities?.best, e.injured?.best ?? 0])).toEqual([[1, 0]]);
  });
});
