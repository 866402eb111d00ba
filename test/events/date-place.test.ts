import { describe, expect, it } from "vitest";
import { headlineSplit, namesakeIn, regionFeature } from "../../src/events/region-hint.js";
import type { Event } from "../../src/document/schema.js";
import { extract } from "../../src/index.js";
import { gazetteer } from "../../src/places/gazetteer/index.js";
import { addressTown } from "../../src/places/publisher.js";
import { mainEvent } from "../helpers.js";

/** The main event of a report read from a site's address (archive copies are read through). */
function onSite(text: string, url: string, title?: string): Event | undefined {
  const doc = extract(text, { published: "2016-06-01", url, title });
  let best = doc.events[0];
  for (const e of doc.events)
    if ((e.fatalities?.best ?? 0) + (e.injured?.best ?? 0) > (best!.fatalities?.best ?? 0) + (best!.injured?.best ?? 0))
      best = e;
  return best;
}

describe("the date of a local shooting", () => {
  it.each<[string, string, string, string]>([
    [
      "a date whose weekday contradicts it ('on Monday, May 24' when the 24th was a Tuesday) dates nothing",
      "A store clerk, 52, died after a gunman opened fire on Monday, May 24. " +
        "Two customers were also wounded in the holdup Monday night and are expected to recover.",
      "2016-05-27",
      "2016-05-23",
    ],
    [
      "the day the telling names is not the event's",
      "Three teenagers opened fire on a Bronx corner, spraying bullets that struck four men, police said Sunday.\n\nThe gunmen started firing Saturday at around 11:15 p.m., police said.",
      "2014-10-19",
      "2014-10-18",
    ],
    [
      "a court date to come is not the event's",
      "A Detroit mother has been charged after her 4-year-old son was shot in the leg.\n\nLum is expected to be arraigned Tuesday. Her son accidentally shot himself late Monday night.",
      "2014-10-28",
      "2014-10-27",
    ],
    [
      "the sentence after the toll says when",
      "A three year old child and a man were shot overnight in north St. Louis, police said. It happened around 11:20 p.m. Friday on Farrar near Grand.\n\nAnother person was shot around 2:40 Saturday morning on North 14th.",
      "2016-07-02",
      "2016-07-01",
    ],
    [
      "a cue in the heading above is not the time's: 'Expected to Survive' then 'On Friday afternoon'",
      "6-Year-Old Girl Shoots Self In Foot, Expected to Survive\n\nOn Friday afternoon at about 2:25pm deputies received a 911 call reporting that a girl had accidentally shot herself in the foot.",
      "2015-07-25",
      "2015-07-24",
    ],
    [
      "a condition on the day of the telling is not the event's",
      "A 15-year-old remains in stable condition Friday following a shooting in Elliston on Thanksgiving Day. It happened in the 3800 block of Pine Ridge Road.",
      "2015-11-27",
      "2015-11-26",
    ],
    [
      "a stay in hospital on the day of the telling is not the event's",
      "Westfield police said an 8-year-old girl remains in the hospital Tuesday after an accidental shooting on Monday. The shooting happened at a home on Birch Lane.",
      "2016-03-08",
      "2016-03-07",
    ],
    [
      "a birthday to come is not the event's",
      "Five people were shot in Lake Worth shortly after 3:50 p.m., police said. The boy who was shot celebrates his 6th birthday on Sunday.",
      "2017-01-21",
      "2017-01-21",
    ],
    [
      "an age still to be reached names a birthday to come: 'turns 6 on Sunday' is the next Sunday",
      "Police say five people were shot outside a duplex on NE 5th Avenue shortly after 4:35 p.m.\n\nThe girl who was shot turns 7-years-old on Sunday.",
      "2017-01-21",
      "2017-01-21",
    ],
    [
      "one victim over the weekend is one incident, dated by the weekend",
      "A man was shot and killed over the weekend in Norfolk.\n\nPolice said the victim was found on Granby Street.",
      "2016-05-10",
      "2016-05-07/2016-05-08",
    ],
    [
      "one victim in a month is one incident",
      "A woman was shot and killed in March on Granby Street in Norfolk, police said.",
      "2016-04-05",
      "2016-03",
    ],
    [
      "a birthday party is where it happened, not a birthday to come",
      "Four people were shot at a birthday party in a house on Elm Street Saturday afternoon, police said.",
      "2016-06-05",
      "2016-06-04",
    ],
    [
      "a block number is no year",
      "A woman was wounded in the arm along the 1800 block of Carver Street, police said.",
      "2015-06-22",
      "2015-06-22",
    ],
    [
      "a month after the report does not date the incident: the report's day does",
      "A 15-year-old boy was shot Tuesday night. It was the third shooting on the block since April.",
      "2017-01-11",
      "2017-01-10",
    ],
    [
      "nor does the month the report is in",
      "A man was shot in the leg, the city's 40th shooting this month, police said.",
      "2017-02-11",
      "2017-02-11",
    ],
    [
      "the small hours of the publication day are the event's, not a later step",
      "Two teens are dead and 15 people are hurt after shots rang out outside a Fort Myers club early Monday.\n\nThe club was holding a party Sunday night for teens with no ID check.",
      "2016-07-25",
      "2016-07-25",
    ],
    [
      "a clock time before dawn on the publication day too",
      "Six people were hit when shots came from a car and into a crowd outside the lounge about 2:50 a.m. Saturday.\n\nHe had gone out with cousins Friday night.",
      "2016-09-17",
      "2016-09-17",
    ],
    [
      "a release issued by the police that day is the telling",
      "Four people were taken to Memorial Regional Hospital with gunshot wounds, according to a statement issued by Sunrise police Sunday afternoon. The shots were fired at 11:52 p.m. Saturday, police said.",
      "2016-03-21",
      "2016-03-19",
    ],
    [
      "a day opening the next sentence is not the lead fact's",
      "Investigators say it looks like a Rice Lake man accidentally shot himself to death. The Barron County Sheriff's Office said Wednesday that deputies found the body of Carl Ostrom, 31, on Tuesday night.",
      "2016-08-31",
      "2016-08-30",
    ],
    [
      "a weekend that runs past the report ends on its day",
      "A woman was shot and killed in her home on B Ave. in Norfolk, police said. It happened over the weekend.",
      "2014-11-15",
      "2014-11-15",
    ],
    [
      "a day stated in the lead fact stands, even the publication day",
      "Three people were shot Sunday afternoon outside a store on Main Street, police said. On Friday, officers had been called to the same block.",
      "2017-04-09",
      "2017-04-09",
    ],
    [
      "a weekend the lead names is narrowed to the day the story gives further down",
      "There will be extra guards at a housing complex where five people were shot and wounded last weekend.\n\nThe manager announced the changes at a news conference Thursday morning.\n\nA deputy was in another section of the complex when that shooting happened early Sunday morning.",
      "2016-09-15",
      "2016-09-11",
    ],
    [
      "'two days ago' in a quote counts from the speaking, not from the report",
      'Five victims named in apparent murder-suicide\n\nTUCSON (KOLD) - Five people died Tuesday night in what appears to be a murder-suicide, Tucson police say.\n\nFive people were found dead in an eastside house Tuesday.\n\nBut Ramon Ibarra, a neighbor, saw no sign of trouble.\n\n"Two days ago he was fine," Ibarra said.',
      "2015-05-12",
      "2015-05-12",
    ],
    [
      "a day whose own clause looks ahead ('on Friday, she was scheduled to') is not the event's",
      'An 8-year-old boy who died after being struck by gunfire is the newest victim of gang violence, police said Monday.\n\nMateo Ruelas was an innocent bystander to an exchange of gunfire about 9:15 p.m. Sunday near Fresno and Belmont avenues.\n\nMateo sang in the choir, Pruett said. "And on Friday, he was due to receive the Best Speller Award."',
      "2015-01-18",
      "2015-01-18",
    ],
    [
      "of the days a weekend's report names, the earliest is the shooting's: the death comes after",
      "A Portsmouth woman has died after being shot over the weekend.\n\nMaya Trent, 58, died Sunday from the wounds she suffered Saturday night.",
      "2016-10-31",
      "2016-10-29",
    ],
    [
      "'the previous night' counts back from the event and never dates it",
      "Three people were killed and three others hurt when a man fired more than 40 rounds from a rifle into a trailer Wednesday morning, deputies said.\n\nThe man knew his daughter was in the trailer, where she had slept the night before, the sheriff said.",
      "2014-07-30",
      "2014-07-30",
    ],
    [
      "a day that modifies the incident's noun ('a Saturday morning shooting') dates it, even on the report's day",
      "A 52-year-old man faces charges in a Saturday morning shooting in Indianapolis.\n\nDetectives believe Harold Steen shot 19-year-old Dylan Marsh. At this point, Marsh is in critical condition.\n\nA cousin said he was stunned.\n\nA neighbor says he hadn't been home more than ten minutes last night when squad cars started to pass.",
      "2016-10-29",
      "2016-10-29",
    ],
    [
      "the pluperfect tells what came before ('had been reported stolen on Aug. 4'), 'as of' the telling",
      "Men in a stolen truck fired at officers in three different incidents Sunday, police said Monday.\n\nA state trooper was shot in the wrist. The pursuit began as the trooper chased a pickup that had been reported missing on Aug. 4 from a lot on Vine Street.\n\nAs of Monday afternoon, two men had not been taken into custody.",
      "2016-08-23",
      "2016-08-21",
    ],
    [
      "under a lead dated by the report's own day, the sentence telling the occurrence dates it, days before",
      "Police released photos Tuesday of two men they want to question about a shooting at a nightclub that injured three people.\n\nThe shooting happened as the bar was letting out early Saturday, police said.",
      "2013-01-29",
      "2013-01-26",
    ],
    [
      "the police coming to the scene dates the event when the lead is a court step of the report's day",
      "Appearing before a judge on Monday afternoon, a Bristol woman was arraigned after police say she shot and killed her landlord.\n\nOn Friday evening, police responded to the house and found the landlord lying on the porch.",
      "2016-10-24",
      "2016-10-21",
    ],
    [
      "another incident's occurrence ('Two other children were shot') does not date this one",
      "Standing outside the home on Saturday evening, neighbors mourned a father who was killed by masked gunmen.\n\nTwo other children were shot and killed on April 16 in what police call gang shootings.",
      "2016-04-23",
      "2016-04-23",
    ],
    [
      "a clause looking back to the occurrence ('where she was shot') dates the gathering, not the shooting",
      "Speaking at the scene on Sunday evening, the police chief said a 9-year-old girl had died after being hit by stray gunfire.\n\nMonday night, friends gathered outside the laundromat where she was shot.",
      "2015-01-18",
      "2015-01-18",
    ],
    [
      "a sentence of other incidents ('Two more shootings from Saturday evening') names no day of this one's weekend",
      "It was a bloody weekend in St. Louis, starting on Natural Bridge Avenue at 1:40 a.m. on Sunday morning.\n\nA gunman fired at four people waiting outside an apartment building. All four were struck, and one of them, a 21-year-old man, did not survive.\n\nHe wasn't the only victim of this weekend's violence.\n\nJones was shot in the chest and died at a hospital. Two more shootings from Saturday evening are under investigation, police said.",
      "2013-09-23",
      "2013-09-22",
    ],
    [
      "a night told as running into the next day ('overnight Friday into Saturday') dates it by the next day",
      "Milwaukee police are looking into a quadruple shooting on Capitol Drive, police said Saturday.\n\nThe four victims are in the hospital with non-life threatening wounds. The shooting happened overnight Friday into Saturday.",
      "2013-06-01",
      "2013-06-01",
    ],
    [
      "'late Sunday night into early Monday morning' is Monday's",
      "Detectives are investigating after a 17-year-old girl was killed by a gunshot Sunday night.\n\nHer body was found at a house on Jefferson Street sometime late on Sunday night into early Monday morning.",
      "2016-06-14",
      "2016-06-13",
    ],
    [
      "a day right after the harm ('shot dead in an east side house on Easter morning') dates it on the report's day",
      "Detroit — The medical examiner on Monday named the 4-year-old boy shot dead in an east side house on Easter morning as Jalen Whitfield. He died of several gunshot wounds. His death was ruled a homicide.\n\nA neighbor said she saw the little boy playing in the back yard Saturday.",
      "2016-03-27",
      "2016-03-27",
    ],
    [
      "the lead sentence's day, told with its second fact ('and a boy was hurt in Fairview on Sunday evening'), is the first's too",
      "Three people were shot and a 9-year-old boy was hurt in Fairview on Sunday evening near a bus stop, police said.\n\nThe shooting follows a Saturday night robbery in which a woman was hurt on Elm Street.",
      "2013-05-05",
      "2013-05-05",
    ],
    [
      "a day the lead fact's clause runs on to ('were shot outside a corner store in Millbrook on Sunday afternoon') is its day",
      "Four men were shot outside a corner store on Birch Avenue in Millbrook on Sunday afternoon, police said.\n\nThe shooting came after a Saturday night robbery in which a clerk was shot in the leg.",
      "2014-06-08",
      "2014-06-08",
    ],
    [
      "a state the lead's clause runs on to ('a bowling alley that remained closed Monday') is the report's day, not the fact's",
      "Three people were shot outside a bowling alley on Pine Road that remained closed Monday.\n\nThe shooting happened late Saturday as the lanes emptied.",
      "2014-06-09",
      "2014-06-07",
    ],
    [
      "the sentence the toll follows in its paragraph ('about 2:50 a.m. Saturday. Five people were hit.') dates it before earlier background",
      "Dana Reed rarely had time to see his friends. But he gave in when they asked him to go out Friday night.\n\nGunfire came from a passing car into a crowd outside the bar about 2:50 a.m. Saturday. Five people were hit. Reed did not survive his wounds.",
      "2016-09-17",
      "2016-09-17",
    ],
    [
      "a day right after the incident and whom it struck ('the fatal shooting of the boy Wednesday') outranks the next sentence's later step",
      "The 4-year-old girl who was struck in the head by a bullet during a quarrel over a borrowed car has died.\n\nNia Brooks was declared brain dead Friday, her aunt said.\n\nA fight over the car ended in the fatal shooting of the girl Wednesday, her relatives say.",
      "2016-05-28",
      "2016-05-25",
    ],
    [
      "a death told with the earlier wounding ('died Monday from injuries suffered in a Saturday shooting') is dated by the wounding",
      "A 30-year-old man died Monday from injuries suffered in a Saturday shooting on Elm Street, police said.",
      "2016-10-12",
      "2016-10-08",
    ],
    [
      "'died Tuesday, two days after he was shot' counts back to the shooting",
      "A man died Tuesday, two days after he was shot outside a bar on the North Side, police said.",
      "2016-10-12",
      "2016-10-09",
    ],
  ])("%s", (_, text, published, date) => {
    expect(mainEvent(text, published)?.date?.value).toBe(date);
  });
});

describe("the place of a local shooting", () => {
  it("takes the US dateline city over a namesake abroad", () => {
    const e = mainEvent(
      "YORK, Pa. — A 3-year-old accidentally shot his mother with a gun in York, police said. The woman was taken to York Hospital.",
      "2015-06-15",
    );
    expect(e?.place?.country).toBe("US");
    expect(e?.place?.admin1).toBe("Pennsylvania");
  });

  it.each<[string, string, string | undefined, { name?: string; admin1: string; precision?: number }]>([
    [
      "the dateline is never the event place: with no place in the story, only its region is known",
      "HOUSTON - Two men were shot Sunday night after an argument outside a nightclub, police said.",
      undefined,
      { name: "Texas", admin1: "Texas", precision: 3 },
    ],
    [
      "with no place in the story, the headline's place stands in",
      "A man was shot and killed Sunday night, police said. Officers found him lying in the street.",
      "Man dead following Memphis shooting",
      { name: "Memphis", admin1: "Tennessee" },
    ],
    [
      "a station's city after the headline: the story happened near it when nothing else says where",
      "Two people were killed and two others were critically injured in a shooting overnight, police said.",
      "3 hurt, 1 killed in overnight gunfire - WMC Action News 5 - Memphis, Tennessee",
      { name: "Memphis", admin1: "Tennessee", precision: 2 },
    ],
    [
      "a station's region alone after the headline gives only the region",
      "Two people were killed and two others were critically injured in a shooting overnight, police said.",
      "Oak Street homicide victims named Tuesday - WALB.com, South Georgia News, Weather, Sports",
      { admin1: "Georgia", precision: 3 },
    ],
    [
      "a headline's town says where when the event's own paragraph names no place",
      "A man and a woman were shot outside a nightclub early Sunday, police said.\n\nBoth were taken to a hospital.\n\nCharleston County deputies are helping with the investigation.",
      "Deputies probe North Charleston nightclub gunfire",
      { name: "North Charleston", admin1: "South Carolina" },
    ],
    [
      "a headline's town is finer than the body's state",
      "Five people were wounded in a shooting Wednesday night, the latest in a string of gang shootings in California, police said.",
      "Police: Southwest Fresno shooting that hurt 5 linked to gangs",
      { name: "Fresno", admin1: "California", precision: 2 },
    ],
    [
      "a headline's small town the body names, over the county of the event's sentence",
      "The woman shot last week in Manson has died. Chelan County deputies report 29 year old Rosa Villa died at a hospital in Spokane where she had been flown.",
      "Manson Shooting Victim Dies",
      { name: "Manson", admin1: "Washington" },
    ],
    [
      "a headline's small town the dateline names, over the dateline's state",
      "CAMERON, W.Va. — A man was found shot dead at a home Saturday, police said.",
      "Cameron police call fatal shooting of man an accident",
      { name: "Cameron", admin1: "West Virginia" },
    ],
    [
      "of a headline's towns, the event's stands in, not a person's home town",
      "A man was fatally shot while hunting on Saturday, deputies said. He died at the scene.",
      "Fort Worth man fatally shot while deer hunting near Azle",
      { name: "Azle", admin1: "Texas" },
    ],
    [
      "a victim's home town yields to the place the sentence puts the event in, a name the gazetteer lacks",
      "A 31-year-old Sun Valley man was fatally shot after a jog in Tarzana, officials said Monday.\n\nThe gunman was booked on a murder charge, the Los Angeles Police Department said.",
      undefined,
      { name: "Tarzana", admin1: "California" },
    ],
  ])("%s", (_, text, title, expected) => {
    const e = mainEvent(text, "2016-06-01", title);
    expect(e?.place).toMatchObject(expected);
  });
});

describe("the filing region as a hint", () => {
  it.each<[string, string]>([
    ["Minn.", "Minnesota"],
    ["W.Va.", "West Virginia"],
    ["Ohio", "Ohio"],
    ["TN", "Tennessee"],
  ])("reads the region %s", (written, name) => {
    const f = regionFeature(written);
    expect(f && gazetteer().admin1Name(f)).toBe(name);
  });

  it.each<[string, string, string]>([
    ["Toledo", "OH", "Ohio"],
    ["Albany", "GA", "Georgia"],
    ["Kansas City", "MO", "Missouri"],
    ["Saint Joseph", "MI", "Michigan"],
  ])("finds the namesake of %s inside %s", (name, region, admin1) => {
    const f = namesakeIn(name, regionFeature(region)!);
    expect(f && gazetteer().admin1Name(f)).toBe(admin1);
  });

  it.each<[string, string, string]>([
    // a station serves several states: its region picks among namesakes of a town the story names
    [
      "Two men were shot and killed Tuesday at an apartment complex in Albany, police said.",
      "Oak Street homicide victims named Tuesday - WALB.com, South Georgia News, Weather, Sports",
      "Georgia",
    ],
    [
      "A teen was shot and killed Sunday night in Columbus, police said.",
      "Friends react after teen killed - WTVM.com - Columbus, GA",
      "Georgia",
    ],
  ])("%s", (text, title, admin1) => {
    expect(mainEvent(text, "2016-06-01", title)?.place?.admin1).toBe(admin1);
  });

  it("keeps a town the story writes with its state over a namesake in the filing region", () => {
    const e = mainEvent(
      "DETROIT (AP) - Federal agents have caught the man accused of shooting 9 people at a club in Jackson, Tennessee. U.S. Marshals took him into custody Monday in Detroit.",
      "2017-01-31",
    );
    expect(e?.place).toMatchObject({ name: "Jackson", admin1: "Tennessee" });
  });

  it("splits a station's name and city off the headline", () => {
    expect(headlineSplit("3 hurt, 1 killed in overnight gunfire - WMC Action News 5 - Memphis, Tennessee")).toEqual({
      headline: "3 hurt, 1 killed in overnight gunfire",
      tail: "WMC Action News 5 - Memphis, Tennessee",
    });
  });
});

describe("the site a story is published on", () => {
  it.each<[string, string, string, string | undefined, { name?: string; admin1: string; precision?: number }]>([
    [
      "a site named after its town: a story naming no place happened near it",
      "A 16-year-old girl and a man were shot dead in a car early Sunday, police said.",
      "http://web.archive.org/web/20190407/http://www.miamiherald.com/news/local/article77.html",
      undefined,
      { name: "Miami", admin1: "Florida", precision: 2 },
    ],
    [
      "a town named after the site's town is read there, not at a namesake elsewhere",
      "Police say a father shot his son in the shoulder Thursday night.",
      "http://www.actionnewsjax.com/news/local/1",
      "Jacksonville police: Man shoots son in the shoulder on Moncrief Road",
      { name: "Jacksonville", admin1: "Florida" },
    ],
    [
      "a station's state stands in for a story that names no place",
      "A 5-year-old girl was hit by a stray bullet inside her home Friday afternoon, police said.",
      "http://www.wlky.com/news/1",
      undefined,
      { admin1: "Kentucky", precision: 3 },
    ],
    [
      "a story that names its own state keeps its town: a big-city station reports other states too",
      "Eleven people were shot while they were at a birthday party in Bridgeport, Connecticut, in the early hours of Sunday. Nine victims were treated at Bridgeport Hospital.",
      "http://www.nbcphiladelphia.com/news/national-international/1",
      undefined,
      { name: "Bridgeport", admin1: "Connecticut" },
    ],
    [
      "a small town states away, named alone, is likelier a part of the site's town the gazetteer lacks",
      "Two men were wounded in a shooting in Westwood on Saturday, police said.",
      "http://www.wlwt.com/news/two-men-wounded/1",
      undefined,
      { admin1: "Ohio" },
    ],
    [
      "a town of a neighbouring state stays: a site reports across the state line",
      "Police are investigating a shooting in Wadena. A man was shot at a home Friday night.",
      "http://www.wday.com/content/boy-dies/1",
      undefined,
      { name: "Wadena", admin1: "Minnesota" },
    ],
    [
      "the station credited in the dateline wrote the story, not the site that reposted it",
      "(WMC) - An accidental shooting on Saturday afternoon killed a former high school student, 20.",
      "http://www.walb.com/story/26585132/1",
      "Pellet gun accident kills student, 20 - WALB.com, South Georgia News, Weather, Sports",
      { admin1: "Tennessee", precision: 3 },
    ],
    [
      "a call sign in the headline's tail names the station's state",
      "A 17-year-old has been charged in a drive-by shooting that injured a 14-year-old boy.",
      "http://www.fox10tv.com/story/35069035/1",
      "17-year-old charged in drive-by shooting - FOX10 News | WALA",
      { admin1: "Alabama", precision: 3 },
    ],
    [
      "a body that is only a sign-up wall: the big town the address's slug names",
      "Sign up for our newsletter to get the latest stories.",
      "http://www.dailyexample.com/news/crime/teen-killed-by-relative-in-northwest-atlanta-home/q7Lp/",
      "Teen shot and killed by relative",
      { name: "Atlanta", admin1: "Georgia", precision: 2 },
    ],
    [
      "a station's state and a town of it in the address's slug: the town",
      "Sign up for our newsletter to get the latest stories.",
      "http://web.archive.org/web/20150302110000/http://www.wsbtv.com/news/local/man-hurt-in-acworth-apartment/nX12/",
      "Man hurt in apartment shooting",
      { name: "Acworth", admin1: "Georgia", precision: 2 },
    ],
    [
      "an event known only from its headline takes the headline's town over a transcript's opening town of the same state",
      "WE ARE LIVE IN JACKSONVILLE WITH THE LATEST. STAY WITH US FOR MORE.",
      "http://www.news4jax.com/news/boy-shot/1",
      "4-year-old shot in St. Augustine",
      { name: "Saint Augustine", admin1: "Florida" },
    ],
    [
      "a given name before an age noun ('Laurel 6-year-old') is the child's town, over a hospital's town",
      "Deputies say an 8-year-old girl was hit when a 6-year-old fired a handgun at a home on Saturday evening. She was later flown to Jackson for surgery.",
      "http://www.wdam.com/story/1/boy-shot",
      "Laurel 6-year-old fires gun, hurting sister",
      { name: "Laurel", admin1: "Mississippi" },
    ],
  ])("%s", (_, text, url, title, expected) => {
    expect(onSite(text, url, title)?.place).toMatchObject(expected);
  });
});

describe("a town in a story's address", () => {
  it("a state's name in the path ('/new-york/') files the story under the state, not New York City", () => {
    const g = gazetteer();
    expect(
      addressTown("http://patch.com/new-york/bed-stuy/teen-shot-outside-party", g, regionFeature("New York")),
    ).toBeNull();
    expect(
      addressTown("http://patch.com/new-york/yonkers/teen-shot-outside-party", g, regionFeature("New York"))?.name,
    ).toBe("Yonkers");
  });
  it("a common word or given name alone is no town ('mobile', 'tyler')", () => {
    const g = gazetteer();
    expect(
      addressTown("http://www.example.com/news/tyler-shot-by-mobile-home-neighbor/1", g, regionFeature("Texas")),
    ).toBeNull();
  });
});

describe("the time precision of a day stated around midnight", () => {
  it.each<[string, string, { value: string; precision: number }]>([
    [
      "At least a dozen people were shot when gunfire broke out outside a Fort Myers lounge late Sunday night.",
      "2016-07-25",
      { value: "2016-07-24", precision: 2 },
    ],
    [
      "One man is dead and four others were hurt after a shooting at a backyard party in Hamilton Township late Friday night.",
      "2013-07-13",
      { value: "2013-07-12", precision: 2 },
    ],
    [
      "Five people were shot Sunday afternoon near a Wendy's on Broad Street, police said.",
      "2013-05-06",
      { value: "2013-05-05", precision: 1 },
    ],
  ])("%s", (text, published, date) => {
    expect(mainEvent(text, published)?.date).toEqual(date);
  });
});

describe("the date of a shooting told only in the headline", () => {
  it("a day told right after the occurrence ('that occurred Thursday afternoon') dates it on the report's day", () => {
    const text =
      "BRADENTON, FL — Deputies are looking into a shooting that occurred Thursday afternoon at a Bradenton home.\n\nThey say the girl was handling a pistol a relative left at her home yesterday when the weapon accidentally went off.\n\nThe girl suffered a minor wrist injury.";
    expect(mainEvent(text, "2016-01-14", "16-Year-Old Accidentally Shot")?.date?.value).toBe("2016-01-14");
  });
});

describe("the incident's own statement of when it happened", () => {
  it("'The gunfire happened before dawn Sunday' dates it before a closing line's 'killed ... Saturday'", () => {
    const text =
      "DALLAS – A 10-year-old girl was killed and her 14-year-old brother was hurt when gunfire hit their apartment.\n\nRelatives are in shock. The block is usually calm, neighbors said.\n\nThe gunfire happened before dawn Sunday on Maple Avenue. Eight rounds were fired.\n\nFlowers are piling up for the girl who was killed in the shooting at her apartment Saturday.";
    expect(mainEvent(text, "2016-06-05")?.date).toEqual({ value: "2016-06-05", precision: 1 });
  });
});

describe("names that are no town where the shooting was", () => {
  it("a title-case headline's 'In Critical Condition' is no place", () => {
    const text =
      "A 4-year-old girl was still in critical condition Thursday after an accidental shooting, deputies said.";
    const e = mainEvent(text, "2016-06-04", "Boy Shot In Kaufman County Remains In Critical Condition");
    expect(e?.place).toMatchObject({ name: "Kaufman County", admin1: "Texas" });
  });

  it("'the 16600 block of Edmore' is a street, not the town of Edmore", () => {
    const text =
      "A 15-year-old boy was killed in a shooting in the 16600 block of Edmore on Detroit's east side, police said.";
    expect(mainEvent(text, "2016-06-04")?.place).toMatchObject({ name: "Detroit", admin1: "Michigan" });
  });
});

describe("a victim's home town is not where the shooting was", () => {
  it.each<[string, string]>([
    [
      "'Marcus Dean of Dayton': a town after a person's name and 'of' is the person's home",
      "Marcus Dean of Dayton was accidentally shot in the arm at a friend's home in Xenia on Tuesday.",
    ],
    [
      "where the officers came, written without a locative, beats the victim's home",
      "Officers went to 88 Mill Creek Lane, Xenia, Ohio and discovered a 14 year old boy, Marcus Dean of Dayton had been accidentally shot by his uncle.",
    ],
    [
      "'a 15-year-old boy from Dayton': a person's noun and 'from' tell where the person comes from",
      "A 15-year-old boy from Dayton was shot at a housing complex in Xenia on Sunday.",
    ],
  ])("%s", (_, text) => {
    expect(mainEvent(text, "2016-05-11")?.place).toMatchObject({ name: "Xenia", admin1: "Ohio" });
  });
});

describe("of the places a sentence names, the one it puts the shooting in", () => {
  it("'the niece of a Gastonia firefighter, who was shot in west Raleigh' was shot in Raleigh", () => {
    const text =
      "Detectives seek tips in the death of a 16-year-old girl, the niece of a Gastonia firefighter, who was shot in west Raleigh Friday night.";
    expect(mainEvent(text, "2015-06-20")?.place).toMatchObject({ name: "Raleigh", admin1: "North Carolina" });
  });

  it("where a suspect was captured is not where the shooting was", () => {
    const text =
      "Church shooting suspect Tom Reyes was captured in Salisbury, North Carolina during a traffic stop Friday morning. Five people were killed in the attack at a church in Greenville, South Carolina on Thursday night.";
    expect(mainEvent(text, "2015-06-20")?.place).toMatchObject({ name: "Greenville", admin1: "South Carolina" });
  });
});
