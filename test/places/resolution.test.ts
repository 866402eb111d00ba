import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import type { Place } from "../../src/document/schema.js";

function placesOf(text: string): Place[] {
  return extract(text, {}).places;
}

function place(text: string, mention: string): Place | undefined {
  return placesOf(text).find((p) => p.text === mention);
}

describe("context decides between places of the same name", () => {
  it.each([
    ["Georgia", "Police in Atlanta said the shooting was the third in Georgia this year.", "US", "Georgia"],
    ["Georgia", "Protesters in Tbilisi demanded that Georgia hold new elections.", "GE", null],
    ["Springfield", "The governor of Illinois visited Springfield on Tuesday after the storm.", "US", "Illinois"],
    ["London", "A man was shot in London, Ont., late Friday, Ontario police said.", "CA", "Ontario"],
    ["London", "Thousands marched through London and Manchester on Saturday.", "GB", "England"],
    ["Mexico", "Troops were sent to the border with Mexico.", "MX", null],
    ["Fars Province", "An earthquake struck Fars Province in southern Iran.", "IR", "Fars"],
    ["Mazandaran", "The soldiers were from Iran's Mazandaran province along the Caspian Sea.", "IR", "Māzandarān"],
    // an article that keeps naming one country pulls a big town of that country past a capital abroad
    [
      "London",
      "Canada must do more, the London rally heard. Canada has taken refugees, and Canada can take more.",
      "CA",
      "Ontario",
    ],
    // ... but not a small namesake past a world capital
    [
      "Paris",
      "The United States will leave the Paris climate agreement, U.S. officials said. The U.S. economy and the United States would gain.",
      "FR",
      null,
    ],
    ["Guerrero", "Four Guerrero state police were found dead in a garage in Acapulco.", "MX", "Guerrero"],
    // the division named in the same sentence beats a town near another named place
    [
      "Monroe County",
      "Samples went to a lab in Ames, Iowa. Swans died in Michigan near a game area in Monroe County.",
      "US",
      "Michigan",
    ],
  ])("%s in %j", (mention, text, country, admin1) => {
    const p = place(text, mention);
    expect(p?.country).toBe(country);
    if (admin1 !== null) expect(p?.admin1).toBe(admin1);
  });
});

describe("one sense per article", () => {
  it("lets 'Springfield, Mo.' settle what a later bare 'Springfield' means", () => {
    const ps = placesOf("A man was shot in Springfield, Mo., on Friday. Springfield police said the suspect fled.");
    const springs = ps.filter((p) => p.text === "Springfield");
    expect(springs).toHaveLength(2);
    for (const p of springs) expect(p.admin1).toBe("Missouri");
  });
});

describe("what is not a place", () => {
  it.each([
    ["Russian troops crossed the border on Monday.", "Russian"],
    ["Health officials confirmed two cases of West Nile virus.", "Nile"],
    ["President Vladimir Putin met Recep Tayyip Erdogan in March.", "March"],
    ["The White House said it had no comment.", "White House"],
    ["Georgia Stevens is lacing her skates for the provincial final.", "Georgia"],
    ["The clinic is run by Walsh, who said the queue was long. Walsh said more staff would come.", "Walsh"],
  ])("%j has no place %j", (text, word) => {
    expect(placesOf(text).some((p) => p.text.includes(word))).toBe(false);
  });
});

describe("relative places and metonymy", () => {
  it("anchors '12 km north of Homs' to Homs at precision 2", () => {
    const p = place("Shelling killed four people 12 km north of Homs on Friday.", "Homs");
    expect(p?.relative).toBe("12 km north of");
    expect(p?.precision).toBe(2);
    expect(p?.country).toBe("SY");
  });

  it("reads 'Moscow has warned' as the Russian state and 'in Moscow' as a place", () => {
    expect(place("Moscow has warned against new sanctions.", "Moscow")?.role).toBe("actor");
    expect(place("A bomb exploded in Moscow on Monday.", "Moscow")?.role).toBeUndefined();
  });

  it("resolves the country a US state abbreviation and US/UK stand for", () => {
    const ps = placesOf("GAINESVILLE, Fla. — Officials in the U.S. and the UK met on Monday.");
    expect(ps.find((p) => p.text === "GAINESVILLE")).toMatchObject({
      country: "US",
      admin1: "Florida",
      role: "dateline",
    });
    expect(ps.find((p) => p.text === "U.S.")?.country).toBe("US");
    expect(ps.find((p) => p.text === "UK")?.country).toBe("GB");
  });
});

describe("the publisher's country-code domain", () => {
  it.each([
    ["https://www.localnews.co.uk/story/1", "GB"],
    ["https://www.localnews.com/story/1", "CA"],
  ])("reads Edmonton in a story from %s in %s", (url, country) => {
    const text = "Pupils pitched their food to judges at a theatre in Edmonton. Edmonton schools took part.";
    const p = extract(text, { url }).places.find((x) => x.text === "Edmonton");
    expect(p?.country).toBe(country);
  });
});

describe("a town placed in a division where the gazetteer has no town of that name", () => {
  it.each([
    ["Horses were quarantined at farms in Stroud, Ontario, on Friday.", "Stroud", "CA", "Ontario"],
    ["Cases were reported in Suba, Migori, Homa Bay and Kisumu.", "Suba", "KE", null],
  ])("%j: %s borrows an anchor in %s", (text, name, country, anchor) => {
    const p = place(text, name);
    expect(p?.country).toBe(country);
    expect(p?.anchor).toBeDefined();
    if (anchor) expect(text.slice(p!.anchor!.start, p!.anchor!.end)).toBe(anchor);
  });
});

describe("minor foreign places do not vouch for each other", () => {
  it("reads Heathrow and Gatwick in a British story as British, not as Florida's Heathrow", () => {
    const text =
      "Fog hit Britain on Monday. Heathrow and Gatwick cancelled flights, Britain's airports said. Britain expects more fog, and Britain's rail network slowed.";
    for (const name of ["Heathrow", "Gatwick"]) expect(place(text, name)?.country).toBe("GB");
  });
});

describe("airports news names as places", () => {
  it.each([
    ["Flights at Heathrow were cancelled after the storm.", "Heathrow", "GB"],
    [
      "More than 150 flights were delayed at Toronto's Pearson International Airport on Friday.",
      "Pearson International Airport",
      "CA",
    ],
    ["Rebels shelled Aleppo International Airport overnight.", "Aleppo International Airport", "SY"],
  ])("%j: %s", (text, name, country) => {
    const p = place(text, name);
    expect(p).toMatchObject({ country, precision: 1 });
  });
});

describe("England's regions and the Great Lakes", () => {
  it.each([
    ["Health officials in the West Midlands confirmed two cases.", "West Midlands", "GB"],
    ["The outbreak spread across South West England in June.", "South West England", "GB"],
    ["Dead swans were found on the coast of Lake Erie.", "Lake Erie", null],
  ])("%j: %s", (text, name, country) => {
    const p = place(text, name);
    expect(p).toBeDefined();
    expect(p!.lat).not.toBeNull();
    expect(p!.country).toBe(country);
  });
});

describe("a compass word in lower case is no part of the name", () => {
  it.each([
    ["The injured man was driven to an east London clinic, Hackney police said.", "east London", "London", "GB"],
    [
      "The injured man was driven to an East London clinic, Eastern Cape police said.",
      "East London",
      "East London",
      "ZA",
    ],
  ])("%j: %s is %s", (text, mention, name, country) => {
    expect(place(text, mention)).toMatchObject({ name, country });
  });
});

describe("a qualifier whose noun is written once", () => {
  it.each([
    ["Coffee is grown in the highlands of Central and South America.", "Central", "Central America"],
    ["Talks between North and South Korea resumed on Monday.", "North", "North Korea"],
  ])("%j: %s is %s", (text, mention, name) => {
    expect(place(text, mention)?.name).toBe(name);
  });
  it("leaves a lone compass word alone", () => {
    expect(place("The North and the Midwest froze.", "North")).toBeUndefined();
  });
});

describe("a dateline's state abbreviation without its dot", () => {
  it.each([
    ["EDMONTON, Ky (WBKO) -- A fire destroyed a store in Metcalfe County.\nCrews worked for hours.", "Ky", "Kentucky"],
    ["HUGO, Okla. -- A fire destroyed a store in Choctaw County.\nCrews worked for hours.", "Okla.", "Oklahoma"],
  ])("%j: %s is %s", (text, mention, state) => {
    const p = place(text, mention);
    expect(p).toMatchObject({ name: state, country: "US", role: "dateline" });
  });
});

describe("a county abbreviated 'Co.'", () => {
  it("reads 'PLYMOUTH CO.' in a dateline as Plymouth County", () => {
    const text = "PLYMOUTH CO. - A suspect in a farm arson was arraigned on Monday.\nPolice said the barn burned.";
    expect(place(text, "PLYMOUTH CO.")?.name).toBe("Plymouth County");
  });
});

describe("a dateline town the gazetteer lacks in the state written after it", () => {
  it.each([
    // Holliday, Missouri is too small for the gazetteer; Holliday, Texas is not the place
    ["HOLLIDAY, Mo. — A man was arrested Friday after a crash, the Highway Patrol said.", "HOLLIDAY", "Missouri"],
  ])("%j: %s lies in %s", (text, mention, state) => {
    const p = place(text, mention);
    expect(p).toMatchObject({ country: "US", admin1: state, role: "dateline", precision: 3 });
  });
});

describe("a former state news still names", () => {
  it.each([
    ["The vaccine was first made in the Soviet Union in the 1960s.", "Soviet Union", 60],
    ["Athletes from the USSR won 12 medals.", "USSR", 60],
    ["Refugees fled the wars in the former Yugoslavia.", "Yugoslavia", 44],
  ])("%j: %s lies at latitude %d", (text, mention, lat) => {
    expect(place(text, mention)).toMatchObject({ lat, country: null, precision: 3 });
  });
});
