import { describe, expect, it } from "vitest";
import { eventDate } from "../../src/events/date.js";
import { extract } from "../../src/index.js";
import { mainEvent } from "../helpers.js";

describe("the day of the event among the days a report names", () => {
  it.each<[string, string, string, string]>([
    [
      "the day of an arrest is a later step, not the event",
      "A man was arrested Monday in Detroit. He is accused of shooting ten people at a party late Friday night in Brownsville.",
      "2017-01-31",
      "2017-01-27",
    ],
    [
      "an arrest day stands in only when nothing else dates the event",
      "A man who opened fire inside a restaurant in southeast Houston, wounding two employees, was arrested Monday night.",
      "2017-02-28",
      "2017-02-27",
    ],
    [
      "a possessive time names the event, whatever verb precedes it",
      "Officers have detained a man in Sunday night's deadly shooting on Quarry Lane. The victim, a woman of 44, was hit in the back.",
      "2014-08-25",
      "2014-08-24",
    ],
    [
      "a statement's day dates the telling, not the shooting",
      "Prosecutors said in a release Monday that a man is charged with murder in the deaths of a man and his son. The two were shot several times Friday morning and died at the house.",
      "2015-11-09",
      "2015-11-06",
    ],
    [
      "a time between a subject and its reporting verb dates the telling",
      "A man was killed and four others were wounded in gunfire outside a club. Police on Sunday afternoon identified the dead man. The shooting happened early Saturday.",
      "2016-03-21",
      "2016-03-19",
    ],
  ])("%s", (_, text, published, date) => {
    expect(mainEvent(text, published)?.date?.value).toBe(date);
  });
});

describe("a stated range narrowed by a day inside it", () => {
  it("dates 'shot over the weekend' by the Saturday the next sentence names", () => {
    const doc = extract(
      "A 9-year-old boy was shot over the weekend in Hanover. Deputies were sent to a farm on Creek Road around noon on Saturday.",
      { published: "2015-07-27" },
    );
    expect(eventDate(doc, [doc.sentences[0]!], doc.sentences)).toEqual({ value: "2015-07-25", precision: 1 });
  });

  it("keeps the range when no day inside it is named", () => {
    const doc = extract("A 9-year-old boy was shot over the weekend in Hanover.", { published: "2015-07-27" });
    expect(eventDate(doc, [doc.sentences[0]!], doc.sentences)?.precision).toBe(2);
  });
});

describe("a region gives way to a town inside it", () => {
  it("takes the town a later sentence names over the state of the lead", () => {
    const e = mainEvent(
      "Five people were hurt by gunfire after a fight broke out at a wedding reception in Massachusetts. Two men and three women were hurt in Worcester, police said.",
      "2014-06-26",
    );
    expect(e?.place?.name).toBe("Worcester");
    expect(e?.place?.admin1).toBe("Massachusetts");
  });
});

describe("what a headline toll settles", () => {
  it("a vague headline count does not override the number the body states", () => {
    const e = mainEvent(
      "A birthday party ended in tragedy when gunfire killed one woman, with six others suffering gunshot wounds.",
      "2016-11-17",
      "Shooting leaves 1 dead, several injured",
    );
    expect([e?.fatalities?.best, e?.injured?.best]).toEqual([1, 6]);
  });

  it("a definite person 'also' hit is the one already counted, not another", () => {
    const e = mainEvent(
      "A police officer was shot during a struggle at a traffic stop. The wounded officer is in good condition. The suspect is in guarded condition. The suspect was also struck by gunfire, police said.",
      "2016-12-30",
    );
    expect([e?.fatalities?.best, e?.injured?.best]).toEqual([0, 2]);
  });
});

describe("an earlier killing the report explains by", () => {
  it("does not count the killing a shooting avenged", () => {
    const e = mainEvent(
      "A 17-year-old girl was shot and killed at an apartment complex Monday night. Detectives think the shooting was revenge for the killing of 24-year-old Andre Poole on 41st Street.",
      "2017-01-17",
    );
    expect(e?.fatalities?.best).toBe(1);
  });
});

describe("one of a larger count", () => {
  it("does not read the city's weekend victims as the incident's", () => {
    const e = mainEvent(
      "A 9-year-old girl was shot and killed Saturday night on the South Side. A 31-year-old man was also shot and is hospitalized in stable condition. The girl was one of several dozen weekend victims of gunfire across the city.",
      "2015-07-05",
    );
    expect([e?.fatalities?.best, e?.injured?.best]).toEqual([1, 1]);
  });
});

describe("an earlier incident the report compares with", () => {
  it.each<[string, string, [number, number]]>([
    [
      "the incident it follows",
      "Five people were shot at a cookout on the north side Sunday night. The incident follows another shooting last week that left a 21-year-old gunman dead and 9 other people wounded at a cookout.",
      [0, 5],
    ],
    [
      "the day before",
      "A 7-year-old girl died Thursday after she was shot in Pine Bluff, according to officers. The shooting came a day after a boy, 3, died of a gunshot wound in Conway.",
      [1, 0],
    ],
    [
      "the attacks in whose wake it came",
      "One officer was killed and another wounded in a traffic stop shooting. The shooting came as departments were on alert in the wake of ambushes in Dallas and Baton Rouge that killed eight officers in all.",
      [1, 1],
    ],
  ])("%s", (_, text, counts) => {
    const e = mainEvent(text, "2016-07-30");
    expect([e?.fatalities?.best, e?.injured?.best]).toEqual(counts);
  });
});

describe("the dead and the one left wounded", () => {
  it.each<[string, string, [number, number]]>([
    [
      "a definite person left wounded after a death is someone else",
      "A shooter fired on two cousins on Oak Street, killing the fourth-grader and leaving the teen in serious condition.",
      [1, 1],
    ],
    [
      "a pronoun after the death still points back at the dead",
      "A 31-year-old man died at a trauma center in Spokane, where he had been flown after suffering a gunshot wound to the neck last Thursday.",
      [1, 0],
    ],
    [
      "the same name is the same person, told before or after the death",
      "A pellet gun accident took the life of a 19-year-old college student. The gun went off and struck Dalton in the temple. Dalton was flown to County Medical Center, where he later died.",
      [1, 0],
    ],
    [
      "a fourth person hit is not a fourth one hurt",
      "Deputies found three people dead inside a trailer on Birch Lane. A fourth person, a man, was airlifted to a hospital with critical injuries.",
      [3, 1],
    ],
  ])("%s", (_, text, counts) => {
    const e = mainEvent(text, "2016-07-06");
    expect([e?.fatalities?.best, e?.injured?.best]).toEqual(counts);
  });
});
