import { describe, expect, it } from "vitest";
import { totals, type CountFact } from "../../src/events/incidents.js";
import { extract } from "../../src/index.js";
import { readJsonl } from "../helpers.js";

interface GvaRecord {
  text: string;
  title: string;
  published: string;
  gold: { killed: number; injured: number };
}

/** A real article of the casualties dev set, found by its headline (read in place, never copied). */
function article(title: string): GvaRecord {
  const r = readJsonl<GvaRecord>("eval/casualties/dev.jsonl").find((x) => x.title.startsWith(title));
  if (!r) throw new Error(`no article titled ${title}`);
  return r;
}

function biggest(title: string): [number | null, number | null] {
  const r = article(title);
  const doc = extract(r.text, { published: r.published, title: r.title });
  const ev = [...doc.events].sort(
    (a, b) => (b.fatalities?.best ?? 0) + (b.injured?.best ?? 0) - (a.fatalities?.best ?? 0) - (a.injured?.best ?? 0),
  )[0];
  return [ev?.fatalities?.best ?? null, ev?.injured?.best ?? null];
}

describe("one incident told several times is one event", () => {
  it("adds the victim-by-victim account of the Gainesville shooting up to 1 killed, 2 injured", () => {
    // "One person was killed and another two ... were hospitalized", then Mason died, his daughter
    // was also shot, another man suffered a gunshot wound: the same three people.
    expect(biggest("Man holding baby dies in triple shooting")).toEqual([1, 2]);
  });

  it("reads a headline toll and its restatement in the body as one event", () => {
    expect(biggest("1 dead, 3 hurt in shooting at")).toEqual([1, 3]);
  });

  it("subtracts the dead from the people hit: one of three hit by gunfire died", () => {
    expect(biggest("Teen shot in Miami dies, two others wounded")).toEqual([1, 2]);
  });

  it("tells the shootings of a weekend roundup apart, each opened by its time and a new victim", () => {
    // the roundup tells a woman of 50 hurt early Saturday, then a man dead and three others hurt on Friday
    // night, and so on: the biggest single incident, not the weekend's dead added up
    expect(biggest("3 Dead, 22 Wounded In Weekend Shootings")).toEqual([1, 3]);
  });

  it("keeps the people hurt in two other shootings out of the headline's incident", () => {
    expect(biggest("Child Injured in Shooting on Water Street in Chattanooga")).toEqual([0, 1]);
  });

  it("keeps a self-inflicted accidental shooting to one victim", () => {
    expect(biggest("Boy shoots himself in the foot")).toEqual([0, 1]);
  });
});

describe("totals", () => {
  const fact = (kind: CountFact["kind"], n: number, extra: Partial<CountFact> = {}): CountFact => ({
    kind,
    count: { low: n, best: n, high: n },
    additive: false,
    person: null,
    negated: false,
    range: null,
    sentence: 0,
    perpetrator: null,
    victims: null,
    ...extra,
  });
  const one = (name: string | null, age: number | null, definite = false) => ({
    name,
    age,
    definite,
  });

  it("takes the largest restated toll, not the sum: a later, higher toll updates the event", () => {
    const t = totals([fact("killed", 2), fact("killed", 2), fact("killed", 5)]);
    expect(t.fatalities?.best).toBe(5);
  });

  it("counts people hit minus the dead as injured", () => {
    const t = totals([fact("shot", 4), fact("killed", 1)]);
    expect([t.fatalities?.best, t.injured?.best]).toEqual([1, 3]);
  });

  it("merges a named victim with an earlier unnamed one, and adds people marked as another", () => {
    const t = totals([
      fact("killed", 1, { person: one(null, null) }),
      fact("killed", 1, { person: one("Antonio Mason", 35) }),
      fact("shot", 1, { person: one(null, 1, true), additive: true }),
      fact("shot", 1, { person: one(null, 21), additive: true }),
    ]);
    expect([t.fatalities?.best, t.injured?.best]).toEqual([1, 2]);
  });

  it("keeps two victims of different ages apart", () => {
    const t = totals([fact("shot", 1, { person: one(null, 25) }), fact("shot", 1, { person: one(null, 17) })]);
    expect(t.injured?.best).toBe(2);
  });

  it.each<[string, CountFact[], [number | null, number | null]]>([
    [
      "'Up to 16 were injured': the bound is the best figure",
      [fact("killed", 2), fact("injured", 0, { count: { low: null, best: null, high: 16 } })],
      [2, 16],
    ],
    [
      "'many others have been wounded' stays unknown",
      [fact("killed", 1), fact("injured", 0, { count: { low: 2, best: null, high: null } })],
      [1, null],
    ],
    [
      // "Child dies after ..." then "a wounded child ... the child passed away": one child
      "a headline death, then the body's wounded victim who died: one person",
      [
        fact("killed", 1, { person: one(null, null), sentence: -1 }),
        fact("injured", 1, { person: one(null, null), sentence: 3 }),
        fact("killed", 1, { person: one(null, null, true), sentence: 5 }),
      ],
      [1, 0],
    ],
    [
      // "A man was killed ... a woman was wounded": the body's death stands, the wounded is another
      "a body death, then someone wounded: two people",
      [
        fact("killed", 1, { person: one(null, null), sentence: 0 }),
        fact("injured", 1, { person: one(null, null), sentence: 1 }),
      ],
      [1, 1],
    ],
    [
      "two nouns in one sentence name two people: 'The driver ... is in critical condition and a passenger has been pronounced dead'",
      [
        fact("injured", 1, { person: one(null, null, true), victims: "driver of the fleeing vehicle", sentence: 4 }),
        fact("killed", 1, { person: one(null, 6), victims: "six year old passenger", sentence: 4 }),
      ],
      [1, 1],
    ],
    [
      "the shooter's own death adds one: 'Long killed the three officers ... a SWAT marksman killed Long'",
      [
        fact("killed", 3, { perpetrator: "Long", victims: "officers" }),
        fact("injured", 3, { perpetrator: "Long", additive: true }),
        fact("killed", 1, { person: one("Long", null), victims: "Long" }),
      ],
      [4, 3],
    ],
    [
      "a restated group is no second group: 'kills his 2 sons ... killed his two sons ... fatally shooting himself'",
      [
        fact("killed", 2, { sentence: 10 }),
        fact("killed", 2, { sentence: 10 }),
        fact("killed", 1, { person: one(null, null, true), reflexive: true, additive: true, sentence: 10 }),
      ],
      [3, 0],
    ],
    [
      "someone shot whose fate is open fills a death counted for the group: 'A man and his son were found dead ... with gunshot wounds'",
      [fact("killed", 2), fact("shot", 1, { person: one(null, null), victims: "man his son" })],
      [2, 0],
    ],
    [
      "someone shot who is marked as another is no one of the dead",
      [fact("killed", 1), fact("shot", 1, { person: one(null, 20), additive: true })],
      [1, 1],
    ],
    [
      "two roles are two people: 'hitting the trooper in the left elbow ... The suspect was shot and killed'",
      [
        fact("killed", 1, { partitive: true, victims: "suspect" }),
        fact("shot", 1, { person: one(null, null, true), victims: "trooper", sentence: 5 }),
        fact("killed", 1, { person: one(null, null, true), victims: "suspect", sentence: 9 }),
      ],
      [1, 1],
    ],
    [
      "'Police arrested a second man' counts no second victim",
      [
        fact("shot", 1, { person: one(null, 15) }),
        fact("other", 1, { person: one(null, null), ordinal: 2, nth: true }),
      ],
      [0, 1],
    ],
    [
      "the one police killed is the gunman: 'who allegedly killed three people ... before police killed him'",
      [
        fact("killed", 3, { sentence: 2 }),
        fact("injured", 14, { sentence: 2 }),
        fact("killed", 1, { person: one(null, null, true), perpetrator: "Thursday before police", sentence: 2 }),
      ],
      [4, 14],
    ],
  ])("%s", (_, fs, expected) => {
    const t = totals(fs);
    expect([t.fatalities?.best ?? null, t.injured?.best ?? null]).toEqual(expected);
  });

  it("keeps 'Edward' apart from 'Edwin Bryant' though the text writes 'Edward Bryant' too", () => {
    const t = totals(
      [
        fact("shot", 1, { person: one("Edwin Bryant", null), sentence: 29 }),
        fact("shot", 1, { person: one("Edward", null), sentence: 30 }),
      ],
      "Twin brothers Edwin and Edward Bryant were shot. Edwin Bryant was shot in the chest. Edward suffered wounds.",
    );
    expect(t.injured?.best).toBe(2);
  });

  it("reads 'no one was hurt' as zero", () => {
    const t = totals([fact("killed", 1), fact("injured", 0, { negated: true })]);
    expect([t.fatalities?.best, t.injured?.best]).toEqual([1, 0]);
  });
});

describe("people told apart by what the text says of them", () => {
  it.each<[string, string, [number | null, number | null], string?]>([
    [
      "the same 'also' told again in the body is the person the lead set apart, not a third one",
      "A 6-year-old girl was hurt in a drive-by attack that also wounded a man on Sunday night. " +
        "The girl was shot in the neck, police said. " +
        "A 35-year-old man was also hit in the leg, police said.",
      [0, 2],
    ],
    [
      "'before police killed him' in lower case names the police: the one they killed is the gunman, not his last victim",
      "A gunman fatally shot two customers and wounded a third before police killed him, the sheriff said.",
      [3, 1],
    ],
    [
      "a day after the doer's reflexive closes it: the doer is one of the dead",
      "A farmer shot and killed his brother and nephew before killing himself Tuesday, officers said.",
      [3, 0],
    ],
    [
      "a different age is someone else, even for a definite phrase no earlier fact matches",
      "A gunman killed a 3-year-old girl and injured the girl's father, a 41-year-old, and another man, 23, deputies said. " +
        "The 41-year-old man was in serious condition and the 23-year-old was in fair condition.",
      [1, 2],
    ],
    [
      "a relative clause keeps the whole antecedent: 'His 12-year-old brother who was also shot' is the brother told of",
      "An 8-year-old boy was fatally wounded and his 13-year-old brother was seriously hurt in the same drive-by attack. " +
        "Neighbors left flowers for the 8-year-old boy who was shot dead as he played outside. " +
        "His 13-year-old brother who was also shot remains in guarded condition.",
      [1, 1],
    ],
    [
      "'another' in the body's first report sets its child apart from the one who fired, not from the headline's child",
      "A 3-year-old was found holding a pistol after another child was shot inside an apartment Sunday. " +
        "The 6-year-old was shot once in the stomach. The child was listed in stable condition.",
      [0, 1],
      "3-year-old found with pistol after child, 6, shot in apartment, police say",
    ],
    [
      "'twin brothers' are two people, and a dash's aside of a weekend's dead is not their toll",
      "Twin 22-year-old brothers were killed early Sunday in a drive-by attack in Lawndale — among 11 people fatally " +
        "shot across Chicago between Friday evening and early Monday.",
      [2, 0],
    ],
    [
      "'his twin sons' are two people hit",
      "A man opened fire on his neighbors Tuesday night. His twin sons were wounded, police said.",
      [0, 2],
    ],
    [
      "'X and another man were found dead' adds one to the dead told before",
      "Deputies found a woman dead inside the barn on the property Friday evening. " +
        "Several hours later, Lindqvist and another man were found dead near the pond.",
      [3, 0],
    ],
    [
      "'X and another man were found dead' adds only the other man when X was told dead before",
      "Erik Lindqvist, 52, and his wife were found dead inside the cabin. " +
        "Later, Lindqvist and another man were found dead near the pond.",
      [3, 0],
    ],
    [
      "a vigil that sets the time of a shooting mourns an earlier death, not one of this shooting's",
      "A 10-year-old boy was shot in the knee Saturday evening, just as neighbors gathered for a vigil for a 17-year-old girl " +
        "fatally shot the night before, officers said. A man, 38, was also hit in the left hand. " +
        "The gunfire broke out as neighbors were gathering for a vigil for Tamia Reed, 17, who was killed a block away.",
      [0, 2],
    ],
    [
      "a shooting told after the rite's phrase is the new one",
      "As mourners gathered for a vigil for a man killed last week, a 20-year-old man was shot and killed.",
      [1, 0],
    ],
    [
      "a vigil told for its own sake still mourns this shooting's dead",
      "A vigil took place Tuesday for a 16-year-old girl fatally shot near her school. Another woman was wounded.",
      [1, 1],
    ],
    [
      "two nouns of one headline name two people, though a headline tells the outcome first",
      "Police are looking for the driver of a dark sedan seen leaving the scene.",
      [1, 1],
      "Man killed, girl injured in drive-by shooting",
    ],
    [
      "a background sentence's doer, told again by a pronoun, adds none of his old victims",
      "A deputy was wounded Monday in the courthouse before officers killed the gunman. " +
        "Security was tightened after 2005, when a man fatally shot a judge in an Atlanta courtroom. " +
        "He later shot and killed a federal agent.",
      [1, 1],
    ],
    [
      "a definite phrase that dies right after another victim is introduced is that victim, not the one dead before",
      "A gunman opened fire in a pawn shop Monday. Shop owner Bao Vang was one of the victims. " +
        "After being flown to a hospital, Vang died of his wounds. The other victim was 42-year-old Lee Fairley. " +
        "The Mandeville resident died at the scene.",
      [2, 0],
    ],
    [
      "a group told only after a victim introduced is not the group that victim is one of",
      "A gunman opened fire in a pawn shop Monday. Shop owner Bao Vang was one of the victims. " +
        "After being flown to a hospital, Vang died of his wounds. The other victim was 42-year-old Lee Fairley. " +
        "The Mandeville resident died at the scene. Hours later the gunman shot his parents at their home.",
      [2, 0],
    ],
    [
      "another victim introduced by name is one of the dead counted, not one more hurt",
      "Two men were shot and killed outside a party early Monday. Jon Hart, 22, was a college student. " +
        "The other victim was 19-year-old Ray Cole.",
      [2, 0],
    ],
    [
      "'his son' restated with another age is the same son, an age the report corrects",
      "A father faces charges after accidentally shooting his 9-year-old son in the jaw, police said. " +
        "The round went through a door and struck Moore's 8-year-old son in the jaw. " +
        "A 9-year-old boy remains hospitalized in good condition.",
      [0, 1],
      "Dad Charged in Accidental Shooting of 8-Year-Old Son",
    ],
    [
      "two sons of different ages in one sentence stay two people",
      "A man shot his 11-year-old son and his 14-year-old son before fleeing, police said.",
      [0, 2],
    ],
    [
      "a headline's 'murder-suicide' that the body calls attempted counts no dead",
      "Officers are looking into an attempted murder-suicide. A teenager shot his girlfriend in the neck " +
        "before shooting himself. Both teens were flown to a hospital with life-threatening injuries.",
      [0, 2],
      "Deputies investigating murder-suicide involving high school students",
    ],
    [
      "a headline's 'murder-suicide' still counts two dead when the body says nothing of an attempt",
      "Deputies are investigating after two people were found in a home on Main Street.",
      [2, 0],
      "Deputies investigating murder-suicide in Paris",
    ],
    [
      "a wounded ordinal right after that many wounded goes on counting the wounded: 'a third person who was wounded'",
      "One woman was killed and two others, a man and a teenager, were rushed to a hospital in critical condition on Elm Street. " +
        "A third person who was wounded was found two blocks away.",
      [1, 3],
    ],
    [
      "the body tells again, with 'also' again, the one its lead added: 'also injured a man' ... 'a man also suffered'",
      "A 6-year-old girl was badly hurt by gunfire that also injured a man late Friday near the river. " +
        "The girl was hit in the shoulder. A 40-year-old man also suffered a bullet wound to his arm.",
      [0, 2],
    ],
    [
      "'another man' after the lead's added man is one more",
      "A 6-year-old girl was badly hurt by gunfire that also injured a man late Friday near the river. " +
        "The girl was hit in the shoulder. Another man was also struck in his arm.",
      [0, 3],
    ],
    [
      "a 'murder-suicide' in the sentence of the doer's victim and his own death counts those two, no more",
      "Police say a man killed his girlfriend before turning the gun on himself in what appears to be a murder-suicide.",
      [2, 0],
    ],
    [
      "a full name is one person whatever age a report gives",
      "Jon Hart, 22, was shot and wounded outside a party early Monday. Jon Hart, 23, was taken to a hospital.",
      [0, 1],
    ],
    [
      "'they' hit is the group a number counted in the sentence before",
      "Deputies found two teenagers lying in a parking lot off Route 12 late Saturday. They had been shot, a spokesman said.",
      [0, 2],
    ],
    [
      "'they' told only going to a hospital is not read as that group hurt",
      "Deputies stopped two men in a car on Route 12 late Saturday. They went to a hospital later that night.",
      [null, null],
    ],
    [
      "'several others' gives way to the number a later sentence states for the others",
      "A man was killed and several others were wounded in a shooting outside a bowling alley Saturday. " +
        "Deputies said two other men were shot and are in stable condition.",
      [1, 2],
    ],
    [
      "a woman told after a group of men told hurt is none of them",
      "Two men were wounded in a shooting outside a bowling alley late Saturday, deputies said. " +
        "A woman was treated at the scene for a graze wound to her arm.",
      [0, 3],
    ],
    [
      "the gunman 'also' wounded after a group of victims is one more than the group",
      "Two men were shot outside a bowling alley late Saturday, deputies said. " +
        "The gunman was also wounded when a deputy returned fire.",
      [0, 3],
    ],
    [
      "the gunman 'also' wounded is no one more where the group holds him",
      "Three people, including the gunman, were shot outside a bowling alley late Saturday. " +
        "The gunman was also wounded in the leg.",
      [0, 3],
    ],
    [
      "the doer who shot himself fills a death a number told, not a wounded place: 'Two people are dead ... before shooting himself'",
      "Two people are dead after a shooting at a house on Oak Street on Sunday, deputies said. " +
        "Carl Webb, 51, shot his wife Rita Webb, 49, before shooting himself.",
      [2, 0],
    ],
    [
      "the doer's suicide told after his deed adds one to the victims it counted: 'killed four people ... He then killed himself'",
      "A gunman killed four people at a tire shop on Route 9 on Monday, troopers said. He then killed himself.",
      [5, 0],
    ],
    [
      "the gunman police killed in a later sentence is one more than the victims his deed counted",
      "A gunman killed two clerks at a pawn shop on Main Street on Monday, police said. " +
        "Deputies later shot and killed the gunman in a field.",
      [3, 0],
    ],
    [
      "one the police killed after his killing is the doer, whatever noun names him",
      "Troopers said a man killed two hikers near the dam on Monday. The man was shot and killed by troopers an hour later.",
      [3, 0],
    ],
    [
      "the doer dead is none of the people his shooting verb counted: 'shot three people, killing two, before killing himself'",
      "A man shot three people at a laundromat on Friday, killing two of them, before killing himself, police said.",
      [3, 1],
    ],
    [
      "the doer's suicide told after 'shot four people, killing one' leaves three of them hurt",
      "A gunman shot four people at a gas station on Friday, killing one, police said. He then killed himself.",
      [2, 3],
    ],
    [
      "'He died' where the doer is the only person told is the doer, not one more dead",
      "A gunman opened fire at a bowling alley on Saturday, wounding three people, before turning the gun on himself. " +
        "He died at the scene.",
      [1, 3],
    ],
    [
      "a headline's 'Second victim dies' counts at least two dead",
      "Police are still looking for the gunman who opened fire outside a bar on Oak Street on Friday.",
      [2, 0],
      "Second victim dies after Oak Street bar shooting",
    ],
    [
      "a headline's 'kills wife, self' counts the doer",
      "Deputies were called to a home on Oak Street on Friday.",
      [2, 0],
      "Man kills wife, self in Oak Street home",
    ],
    [
      "a toll told as a state may hold the doer: 'Three people were found dead ... before killing himself' stays three",
      "Three people were found dead in a farmhouse on Monday, troopers said. " +
        "A man shot his brother and his nephew before killing himself, they said.",
      [3, 0],
    ],
  ])("%s", (_, text, expected, title) => {
    const doc = extract(text, { published: "2016-05-10", title });
    const ev = doc.events[0];
    expect([ev?.fatalities?.best ?? null, ev?.injured?.best ?? null]).toEqual(expected);
  });
});

describe("a headline that sums up a roundup", () => {
  it("takes none of its counts once one of them restates the body's total across shootings", () => {
    const doc = extract(
      "Two women were killed, and a 16-year-old boy and three men were hurt in three separate shootings across the city Saturday, police said. " +
        "About 9:45 a.m., officers found two women shot at Park and Linden avenues.",
      { published: "2016-05-10", title: "Six shot, two fatally, in Baltimore Saturday, officials say" },
    );
    expect(doc.events.some((e) => e.injured?.best === 6 || e.injured?.best === 4)).toBe(false);
  });

  it("reads a headline's people hit as the body's wounded across a city's shootings", () => {
    const doc = extract(
      "Six people, including two teenage girls, were wounded in Chicago shootings Monday. " +
        "About 10:40 p.m. on the South Side, a 31-year-old man was shot as he stood in the 5300 block of South Halsted Street. " +
        "About 6:50 a.m. on the Northwest Side, a woman, 20, was shot in the hip while walking in the 3900 block of North Cicero Avenue.",
      { published: "2017-03-26", title: "6 shot Sunday in Chicago" },
    );
    expect(doc.events.map((e) => e.injured?.best)).toEqual([1, 1]);
  });
});

describe("a time fronted before a group of people hit", () => {
  it.each<[string, string, [number | null, number | null][]]>([
    [
      "opens another shooting when the group is named by its own noun and a number not told before",
      "A man was shot and killed on Elm Street on Friday, police said. " +
        "On Thursday, two women were wounded in a shooting a mile away.",
      [
        [1, 0],
        [0, 2],
      ],
    ],
    [
      "opens another shooting after 'Hours later,' as after a day part",
      "A man was shot and killed on Elm Street on Friday night, police said. " +
        "Hours later, a woman was shot on Oak Avenue. She is expected to survive.",
      [
        [1, 0],
        [0, 1],
      ],
    ],
    [
      "opens another shooting after 'About an hour later,'",
      "A man was shot and killed on Elm Street on Friday night, police said. " +
        "About an hour later, a woman was shot on Oak Avenue.",
      [
        [1, 0],
        [0, 1],
      ],
    ],
    [
      "opens another shooting after 'Earlier that day,' as after a day part",
      "A man was shot and killed on Elm Street on Monday night, police said. " +
        "Earlier that day, two women were wounded on Oak Avenue.",
      [
        [1, 0],
        [0, 2],
      ],
    ],
    [
      "restates the lead when its number is the lead's",
      "Police said four men were hurt in a shooting near a park late Friday. " +
        "Around 9 p.m., four men were struck by gunfire as they played cards on Oak Avenue.",
      [[0, 4]],
    ],
    [
      "tells of the people told before when it is a part of them",
      "Three people were shot on Elm Street on Friday. Late Friday, two of the victims died at a hospital.",
      [[2, 1]],
    ],
  ])("%s", (_, text, expected) => {
    const doc = extract(text, { published: "2016-05-10", title: "" });
    expect(doc.events.map((e) => [e.fatalities?.best ?? null, e.injured?.best ?? null])).toEqual(expected);
  });
});

describe("a place fronted before someone not told of before", () => {
  it.each<[string, string, [number | null, number | null][]]>([
    [
      "opens another shooting when the place is a neighborhood not named before",
      "A man was shot and killed in the 300 block of North Elm Street about 1 a.m. Saturday, police said. " +
        "In the Cedar Grove neighborhood, a 41-year-old woman was shot in the arm.",
      [
        [1, 0],
        [0, 1],
      ],
    ],
    [
      "opens another shooting when the place is another block, and a group is hit there",
      "A woman was shot and killed on Elm Street on Friday night, police said. She died at the scene. " +
        "In the 1200 block of West Pine Avenue, two men were wounded.",
      [
        [1, 0],
        [0, 2],
      ],
    ],
    [
      "opens another shooting after a side of the city",
      "A man was shot and killed in the 300 block of North Elm Street on Friday. " +
        "On the South Side, a 24-year-old woman was wounded.",
      [
        [1, 0],
        [0, 1],
      ],
    ],
    [
      "opens another shooting when the new place follows a fronted time",
      "A man was shot and killed in the 300 block of North Elm Street about 1 a.m. Saturday. " +
        "Around 4 a.m., in the Cedar Grove neighborhood, a woman was wounded.",
      [
        [1, 0],
        [0, 1],
      ],
    ],
    [
      "keeps the story in one incident when a fronted time comes before the place named before",
      "A man was shot and killed in the 300 block of North Elm Street about 1 a.m. Saturday. " +
        "About an hour later, in the 300 block of North Elm Street, a woman was wounded.",
      [[1, 1]],
    ],
    [
      "opens another shooting when a side of the city named before comes with a clock time",
      "A man was shot and killed about 10:40 p.m. on the North Side, police said. " +
        "On the North Side about 1:25 p.m. Sunday, two women were shot near a bus stop.",
      [
        [1, 0],
        [0, 2],
      ],
    ],
    [
      "keeps the story in one incident when the place was named before",
      "A man was shot and killed in the 300 block of North Elm Street on Friday. " +
        "In the 300 block of North Elm Street, a woman was wounded too.",
      [[1, 1]],
    ],
    [
      "keeps the story in one incident when the place is told 'same'",
      "A man was shot and killed in the 300 block of North Elm Street on Friday. " +
        "In the same block, a woman was wounded.",
      [[1, 1]],
    ],
  ])("%s", (_, text, expected) => {
    const doc = extract(text, { published: "2016-05-10", title: "" });
    expect(doc.events.map((e) => [e.fatalities?.best ?? null, e.injured?.best ?? null])).toEqual(expected);
  });
});

describe("a headline that states the people hit and the dead", () => {
  it.each<[string, string, [number, number]]>([
    [
      "counts the dead among the people hit",
      "A man died after gunfire broke out at a motel on Elm Street late Friday. Police said four people were shot.",
      [1, 3],
    ],
    [
      "counts the people hit besides the dead when the body calls them 'other'",
      "A man died after gunfire broke out at a motel on Elm Street late Friday. Police said four other people were shot.",
      [1, 4],
    ],
  ])("%s", (_, text, expected) => {
    const doc = extract(text, {
      published: "2016-05-10",
      title: "4 people shot, 1 dead after shooting at Elm Street motel",
    });
    expect([doc.events[0]?.fatalities?.best, doc.events[0]?.injured?.best]).toEqual(expected);
  });
});

describe("an ordinal that counts on the wounded", () => {
  it.each<[string, string, string | undefined, [number, number]]>([
    [
      "one 'also shot' after one dead and three others injured is a fourth wounded",
      "A shooting early Sunday left one person dead and three others injured. " +
        "Police said a fourth person was also shot but refused treatment.",
      undefined,
      [1, 4],
    ],
    [
      "an update's 'third person wounded' counts on past the headline's two hurt",
      "One man died and two people were wounded in a shooting Sunday. " +
        "UPDATE: Police now say a third person was wounded in the shooting.",
      "1 dead, 2 hurt in Elm Street shooting",
      [1, 3],
    ],
    [
      "a third person shot after one dead and one wounded is the third hit",
      "One man was killed and another was wounded on Elm Street. A third person was shot in the leg.",
      undefined,
      [1, 2],
    ],
  ])("%s", (_, text, title, expected) => {
    const doc = extract(text, { published: "2016-05-10", title });
    expect([doc.events[0]?.fatalities?.best, doc.events[0]?.injured?.best]).toEqual(expected);
  });
});

describe("a sentence that announces another incident", () => {
  it.each<[string, string, number[]]>([
    [
      "a fronted day and a victim new by age ('Monday night, 11-year-old Darius Fenn') tell another shooting",
      "A 7-year-old boy was grazed by a bullet and a 25-year-old cousin was shot dead Thursday evening. " +
        "It has been a brutal summer for the city's children. " +
        "Monday night, 11-year-old Darius Fenn was critically wounded in a shooting outside his home.",
      [1, 0],
    ],
    [
      "a fronted time and 'another' victim ('Late Tuesday, around 11 p.m., another teen') tell another shooting",
      "A 30-year-old man was shot and killed early Sunday on Elm Street. Police said three other people were wounded. " +
        "Late Tuesday, around 11 p.m., another teen was shot and killed on Pine Street.",
      [1, 1],
    ],
    [
      "a fronted time before the victim told by name alone is the same shooting",
      "A man was shot and killed Thursday night in Englewood. About 9 p.m., John Smith was shot in the chest.",
      [1],
    ],
    [
      "'in a second-floor apartment' is a place, not another incident",
      "A 2-year-old girl was shot and killed Friday. A 3-year-old boy was found dead in a second-floor apartment.",
      [2],
    ],
    [
      "'Prior to that shooting,' tells the roundup's earlier shooting",
      "A man was found shot to death around 1:30 a.m. in a driveway on Cedar Avenue. " +
        "Prior to that shooting, officers responded to Harlow Drive, where a woman was shot and killed shortly after midnight.",
      [1, 1],
    ],
    [
      "'his last year of high school' is a stretch of someone's life, not a time set back",
      "Two men were shot and killed at a street festival Monday. " +
        "The other victim, 17-year-old Ray Cole, was focusing on his last year of high school.",
      [2],
    ],
    [
      "'in another bloody weekend' is a stretch of time, not another incident",
      "A 24-year-old father was killed Saturday while teaching his son to ride a bike. " +
        "The mayor will speak about the violence that has claimed one more child in another bloody weekend. " +
        "The 5-year-old boy was also shot and is in serious condition.",
      [1],
    ],
    [
      "'Another shooting victim' is one more person hit in the same shooting",
      "A man was killed and a woman was wounded on Elm Street. " +
        "Another shooting victim, a 33-year-old woman, was hit in the arm.",
      [1],
    ],
    [
      "'Police are also investigating a shooting' after one told opens another incident",
      "A man was shot and killed on Elm Street on Friday night, police said. " +
        "Police are also investigating a shooting on Oak Avenue that left two wounded.",
      [1, 0],
    ],
    [
      "'In the second,' after 'two shootings' opens the second",
      "Police are investigating two shootings on Saturday. In the first, a man was killed on Elm Street. " +
        "In the second, two women were shot on Oak Avenue.",
      [1, 0],
    ],
    [
      "'A second shooting took place' opens another incident",
      "A woman was killed and three others were hurt on Elm Street Friday. " +
        "A second shooting took place a mile away, where a man was shot dead and his brother was wounded.",
      [1, 1],
    ],
    [
      "'In a second tragic shooting this week,' opens another incident, an adjective between",
      "A man was shot and killed on Elm Street on Monday, police said. " +
        "In a second tragic shooting this week, two women were wounded on Oak Avenue on Sunday night.",
      [1, 0],
    ],
    [
      "an incident told apart with no word of violence is no event",
      "A man was shot and killed on Elm Street on Monday, police said. " +
        "In a separate case, a baby was found dead at home on Oak Avenue and his mother was hospitalized. " +
        "The medical examiner has not ruled on the cause of death.",
      [1],
    ],
  ])("%s", (_, text, killed) => {
    const doc = extract(text, { published: "2016-05-27" });
    expect(doc.events.map((e) => e.fatalities?.best)).toEqual(killed);
  });
});

describe("two incidents in one article", () => {
  const read = (text: string) =>
    extract(text, { published: "2016-05-27", title: "" }).events.map(
      (e): [number | null, number | null, string | null] => [
        e.fatalities?.best ?? null,
        e.injured?.best ?? null,
        e.date?.value ?? null,
      ],
    );

  it("reads 'as a result of the shootings' as a total over both, no incident's toll", () => {
    const evs = read(
      "Police are investigating two shootings that happened Monday night. " +
        "A man was killed and a woman was hurt as a result of the shootings, police said. " +
        "In the first, a man was shot on Elm Street around 6 p.m. He is in critical condition. " +
        "Police were called to another shooting on Oak Avenue around 11 p.m. A 40-year-old man was found shot to death.",
    );
    expect(evs.map(([k, i]) => (k ?? 0) + (i ?? 0))).toEqual([1, 1]);
  });

  it.each([
    "One person was killed and another wounded in the two incidents.",
    "The attacks left one man dead and a woman hurt.",
  ])("reads a closing sum over both incidents as no incident's toll: %s", (summary) => {
    expect(
      read(
        "A man was shot and killed on Elm Street on Monday night. Hours later, a woman was wounded on Oak Avenue. " +
          summary,
      ).map(([k, i]) => [k, i]),
    ).toEqual([
      [1, 0],
      [0, 1],
    ]);
  });

  it("puts the deadlier of two incidents with the same toll first, with its own date", () => {
    expect(
      read(
        "Police are investigating two shootings. A man was wounded on Elm Street around 6 p.m. Monday. " +
          "In a separate shooting, a woman was found shot to death on Oak Avenue early Tuesday.",
      ),
    ).toEqual([
      [1, 0, "2016-05-24"],
      [0, 1, "2016-05-23"],
    ]);
  });

  it("keeps a person named in full in the first incident there when a later one names them again", () => {
    expect(
      read(
        "Jamal Reed, 7, was shot and killed on Elm Street on Saturday night. A woman standing with him was wounded. " +
          "On Friday, 17-year-old Dion Hart was shot and killed at a park. " +
          "Detectives think the gunman who killed 7-year-old Jamal Reed had been aiming at his uncle.",
      ).map(([k, i]) => [k, i]),
    ).toEqual([
      [1, 1],
      [1, 0],
    ]);
  });

  it("reads 'an unrelated woman' as a person, not another incident", () => {
    expect(
      read(
        "A man was shot and killed on Elm Street on Monday night. " +
          "The man was standing with an unrelated woman, who was also shot and is in stable condition.",
      ).map(([k, i]) => [k, i]),
    ).toEqual([[1, 1]]);
  });

  it.each([
    ["A few hours later,", "2016-05-23"],
    ["About an hour later,", "2016-05-23"],
    ["Earlier in the evening,", "2016-05-23"],
  ])("dates an incident opened by '%s' and no day of its own by the incident before", (opener, day) => {
    expect(
      read(`A man was shot and killed on Elm Street on Monday night. ${opener} a woman was wounded on Oak Avenue.`),
    ).toEqual([
      [1, 0, "2016-05-23"],
      [0, 1, day],
    ]);
  });

  it.each([
    "Police also are investigating a shooting on Oak Avenue that left a woman wounded.",
    "Officers also responded to a shooting on Oak Avenue, where a woman was wounded.",
    "Police are also investigating a stabbing on Oak Avenue that left a woman hurt.",
  ])("opens another incident at the police's other case: %s", (second) => {
    expect(read(`A man was shot and killed on Elm Street on Monday night. ${second}`).map(([k, i]) => [k, i])).toEqual([
      [1, 0],
      [0, 1],
    ]);
  });

  it("dates the incident by its people hit, not by the arrest told first", () => {
    expect(
      read(
        "Tom Ray was arrested at a motel around 6 a.m. Officers said they had looked for him since Sunday. " +
          "A deputy was shot and wounded on Elm Street on Thursday night.",
      ),
    ).toEqual([[0, 1, "2016-05-26"]]);
  });
});
