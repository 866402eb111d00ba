import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import type { Place } from "../../src/document/schema.js";

function place(text: string, mention: string, url?: string): Place | undefined {
  return extract(text, url ? { url } : {}).places.find((p) => p.text === mention);
}

describe("a name that goes on into a street's name is the street, not the town", () => {
  it.each([
    ["Birmingham police said a 15-year-old was shot in the 600 block of Cambridge Street in Alabama.", "Cambridge"],
    ["The crash closed Toledo Avenue near the bridge.", "Toledo"],
    ["Police blocked off Memphis Road after the shooting.", "Memphis"],
    // a housing complex named after a town, with at most one word between
    ["Two men were shot at the Corning Village Apartments on Friday night.", "Corning"],
    ["Deputies responded to a shooting at the Lebanon Park Apartments.", "Lebanon"],
  ])("%j has no place %s", (text, name) => {
    expect(place(text, name)).toBeUndefined();
  });

  it.each([
    // a lower-case word after the name is no street's name
    ["Police in Chicago said the road was closed.", "Chicago", "US"],
    ["The convoy drove from Memphis toward Nashville.", "Memphis", "US"],
    // a housing word two words on belongs to another name
    ["A man from Corning was shot at the Lincoln Park Apartments in Chicago.", "Corning", "US"],
  ])("%j still names %s", (text, name, country) => {
    expect(place(text, name)?.country).toBe(country);
  });
});

describe("a small place in a state the rest of the article never names", () => {
  it.each([
    [
      "Chicago police said a man was shot in Woodlawn on Sunday. Chicago officials are investigating.",
      "Woodlawn",
      "Illinois",
      "http://chicago.suntimes.com/news/1",
    ],
    [
      "A teenager was killed in Liberty City on Friday. Miami police said the shooting was the third in Miami this week, and Florida officials promised help.",
      "Liberty City",
      "Florida",
    ],
    [
      "Two men were shot in Cumberland County on Monday. They were taken to a Knoxville hospital, Crossville police said.",
      "Cumberland County",
      "Tennessee",
    ],
  ])("%j: %s is read in %s", (text, name, admin1, url?: string) => {
    expect(place(text, name, url)?.admin1).toBe(admin1);
  });

  it("on a state's site, a town named again and again does not outvote the state and towns named once", () => {
    const text =
      "Gregory Alston, 39, of Monroe, faces charges after accidentally shooting his nephew, police said. Monroe police said the boy was struck in the arm at a house in Monroe. Monroe officers found the gun. The boy was taken to Bridgeport Hospital and then to Yale-New Haven Hospital in New Haven. A Monroe neighbor said the family moved there last year. Connecticut law requires guns to be stored safely.";
    expect(place(text, "Monroe", "http://www.nbcconnecticut.com/news/local/1")?.admin1).toBe("Connecticut");
  });

  // a nation within a country is no such state: a Welsh university does not make a London district a namesake
  it.each([
    [
      "A graduate from Edmonton will fly to China. She studied at Aberystwyth University, in Wales, and spent a year in Cardiff. Amber of Felixstowe Road, Edmonton, leaves next month.",
      "Edmonton",
      "England",
    ],
  ])("%j: %s stays in %s", (text, name, admin1) => {
    expect(place(text, name)?.admin1).toBe(admin1);
  });

  it("keeps a town whose state the article names", () => {
    const text =
      "The suspect, who lives in Texas, was arrested in Liberty City, police in Miami said. Miami and Florida officials thanked Texas police.";
    expect(place(text, "Liberty City")?.admin1).not.toBe("Florida");
  });
});

describe("a town abroad that nothing else in a US story points to is the US namesake", () => {
  it.each([
    [
      "Police say a man was shot in York late Friday. The victim was taken to York Hospital. York County prosecutors and the Pennsylvania State Police are investigating.",
      "York",
      "US",
    ],
    // ... but a world capital stays where it is
    [
      "The president said the United States would leave the Paris agreement. U.S. officials and Ohio lawmakers praised it.",
      "Paris",
      "FR",
    ],
  ])("%j: %s lies in %s", (text, name, country) => {
    const all = extract(text, {}).places.filter((p) => p.text === name);
    expect(all.length).toBeGreaterThan(0);
    for (const p of all) expect(p.country).toBe(country);
  });
});

describe("a capital abroad whose country the article names is that capital, not the local namesake", () => {
  it.each([
    [
      "GEORGETOWN, Ky. (WKYT) - A Georgetown nurse is in France on a school trip. An attacker fired on officers on Paris' famous Champs-Elysees avenue. Her daughter is in school at Georgetown College in Kentucky.",
      "Paris",
      "FR",
    ],
    // the country not named: the local namesake stays
    [
      "GEORGETOWN, Ky. (WKYT) - A Georgetown doctor was hurt in a crash in Paris on Friday. Her daughter is in school at Georgetown College in Kentucky.",
      "Paris",
      "US",
    ],
  ])("%j: %s lies in %s", (text, name, country) => {
    expect(place(text, name)?.country).toBe(country);
  });
});

describe("a town named without the river that tells it apart", () => {
  it.each([
    [
      "The UK's fertility regulator approved the treatment. The technique, developed by doctors in Newcastle, prevents some genetic diseases.",
      "Newcastle",
      "Newcastle upon Tyne",
    ],
    // a name's own last word is no such qualifier: Jefferson is not Jefferson City
    ["A man was shot in Jefferson on Sunday, Jackson County deputies in Georgia said.", "Jefferson", "Jefferson"],
  ])("%j: %s is %s", (text, mention, name) => {
    expect(place(text, mention)?.name).toBe(name);
  });
});

describe("a brand or a word that opens names is a place only when the words around say so", () => {
  it.each([
    ["Metro police responded to the shooting in Las Vegas, Nevada.", "Metro", false],
    ["The suspect fled in a silver Toyota after the shooting in Houston, Texas.", "Toyota", false],
    ["Witnesses said the gunman drove a red Pontiac. Houston police are investigating.", "Pontiac", false],
    ["A man was shot in Pontiac on Sunday, Michigan State Police said.", "Pontiac", true],
  ])("%j: %s is a place: %s", (text, name, isPlace) => {
    expect(place(text, name) !== undefined).toBe(isPlace);
  });
});

describe("among counties of one name with nothing else to decide, the populous one", () => {
  it.each([
    ["Deputies said the man was found dead in Montgomery County on Sunday.", "Montgomery County", "Maryland"],
    ["A woman was shot in Cumberland County early Friday.", "Cumberland County", "North Carolina"],
  ])("%j: %s lies in %s", (text, name, admin1) => {
    expect(place(text, name)?.admin1).toBe(admin1);
  });
});

describe("among towns of one name with nothing else to decide, a county seat's rank weighs less than twice the people", () => {
  it.each([
    // Mount Vernon, New York (68,000) over the county seat Mount Vernon, Washington (35,000)
    ["A man was shot dead in Mount Vernon on New Year's Eve, police said.", "Mount Vernon", "New York"],
    // Greenwood, Indiana (55,000) over the county seat Greenwood, South Carolina (23,000)
    ["A man accidentally shot himself at his home in Greenwood, police said.", "Greenwood", "Indiana"],
  ])("%j: %s lies in %s", (text, name, admin1) => {
    expect(place(text, name)?.admin1).toBe(admin1);
  });
});

describe("a doubtful small town's state vouches less than a state named", () => {
  it.each([
    // Kensington is a New York village and a Philadelphia neighbourhood: it must not pull the city to New York
    ["Two people were shot in Kensington, Philadelphia police said.", "Philadelphia", "Pennsylvania"],
    ["A man was shot in Springfield on Friday, Illinois State Police said.", "Springfield", "Illinois"],
  ])("%j: %s lies in %s", (text, name, admin1) => {
    expect(place(text, name)?.admin1).toBe(admin1);
  });
});

describe("the dateline means the place the body names by that name", () => {
  it.each([
    [
      "PLYMOUTH CO. - Deputies arrested a man on Friday. He was held in the Plymouth County jail in Le Mars. Police in Massachusetts had sought him since May, Massachusetts officials said.",
      "Iowa",
    ],
  ])("%j: the dateline lies in %s", (text, admin1) => {
    const d = extract(text, {}).places.find((p) => p.role === "dateline");
    expect(d?.admin1).toBe(admin1);
  });
});

// Divisions share names across countries too; alone, the name is the one where more people live.
describe("a state or province named alone is the populous one of its name", () => {
  it.each([
    ["He moved to Maryland two years ago.", "Maryland", "US"],
    ["The suspect was arrested in Maryland on Friday.", "Maryland", "US"],
  ])("%j: %s lies in %s", (text, name, country) => {
    expect(place(text, name)?.country).toBe(country);
  });
  it("keeps Liberia's county when the article names Liberia", () => {
    expect(
      place("Flooding hit Maryland in southeastern Liberia, officials in Monrovia said.", "Maryland")?.country,
    ).toBe("LR");
  });
});
