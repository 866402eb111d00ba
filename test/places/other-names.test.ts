import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import type { Place } from "../../src/document/schema.js";

function place(text: string, mention: string): Place | undefined {
  return extract(text, { published: "2017-02-12" }).places.find((p) => p.text === mention);
}

// GeoNames keeps old and other names ("Philadelphia" for Amman): a town known by the name only that
// way gives way to the town whose own name it is.
describe("a name is first the place whose own name it is", () => {
  it.each([
    ["A man was shot in Philadelphia on Monday.", "Philadelphia", "US", "Pennsylvania"],
    ["Two people were shot in Philadelphia on Monday, police said.", "Philadelphia", "US", "Pennsylvania"],
  ])("%j: %s is in %s", (text, name, country, admin1) => {
    const p = place(text, name);
    expect(p?.country).toBe(country);
    expect(p?.admin1).toBe(admin1);
  });
});

// A school, clinic or business named after a town or an area is no sign of where the event happened.
describe("a small town's name inside a facility's name is no place", () => {
  it.each([
    ["Officers said a stabbing at Southside High School Tuesday afternoon was a fight.", "Southside"],
    ["A patient walked into the urgent care at Merit-Health before deputies arrived.", "Merit"],
    ["The man was found in the driveway of the Blue Fountain apartment complex on Cedar Avenue.", "Fountain"],
  ])("%j has no place %s", (text, name) => {
    expect(place(text, name)).toBeUndefined();
  });

  it.each([
    // a big city's name stays the city's
    ["She was taken to Toronto General Hospital after the crash.", "Toronto", "CA"],
    // a town the article names as a place elsewhere stays a place in the facility's name too
    [
      "A girl was shot at a home in Poplar Bluff on Sunday. Students gathered at Poplar Bluff High School on Tuesday.",
      "Poplar Bluff",
      "US",
    ],
    // a lower-case facility noun after a town alone is a facility in that town
    ["Two men were shot at a Memphis apartment complex on Friday.", "Memphis", "US"],
  ])("%j still names %s", (text, name, country) => {
    const found = extract(text, { published: "2017-02-12" }).places.filter((p) => p.text === name);
    expect(found.length).toBeGreaterThan(0);
    for (const p of found) expect(p.country).toBe(country);
  });
});

// A station's brand names its market ("FOX Carolina"), not a place; a state's name stays the state's.
describe("a name after a network's is a station's brand", () => {
  it("drops 'Carolina' in 'FOX Carolina'", () => {
    expect(place("GREENWOOD, SC (FOX Carolina) – Greenwood deputies said they detained two men.", "Carolina")).toBe(
      undefined,
    );
  });
  it("keeps 'Connecticut' in 'NBC Connecticut'", () => {
    expect(place("No one answered when NBC Connecticut went to the home in Monroe.", "Connecticut")?.admin1).toBe(
      "Connecticut",
    );
  });
});

// A name the gazetteer lacks borrows its coordinates from the place that holds it.
describe("the anchor of a name the gazetteer lacks", () => {
  it.each([
    // the place written after it and a comma, not a town of another state in the sentence
    [
      "Hartley, who worked at the biodefense labs in Fort Detrick, Maryland for 12 years, was about to be indicted.",
      "Fort Detrick",
      "Maryland",
    ],
    // a town of the division its sentence names, not one of another division in the paragraph
    [
      "A landslide buried 40 homes in the village of Xinmo in Sichuan province. Rain also fell on Changsha and on Chengdu.",
      "Xinmo",
      "Sichuan",
    ],
    // with nothing in its sentence, the division the sentence before names, not a town of another
    // division named once later
    [
      "Thirty houses were lost in Maoxian county in Sichuan province.\nThe mudslide struck the village of Xinmo at 5 am.\nA day earlier, three farmers died in a mudslide in Yueyang in Hunan province.",
      "Xinmo",
      "Sichuan",
    ],
    // ... but a town the article names again and again is its setting
    [
      "The boy was shot in Chicago on Sunday.\nHis mother had moved from Maryland last year.\nHe died at Comer Children's Hospital.\nChicago police are investigating. Chicago has seen 40 shootings this month.",
      "Comer Children's Hospital",
      "Illinois",
    ],
  ])("%j: %s lies in %s", (text, name, admin1) => {
    expect(place(text, name)?.admin1).toBe(admin1);
  });
});

// A listed non-place of several words holds no place: "France" in "Agence France-Presse".
describe("a name inside a news agency's or paper's name", () => {
  it.each([
    ["According to Agence France-Presse, officials in Kenya said 45 people died.", "France"],
    ["The Washington Post reported that officials in Kenya said 45 people died.", "Washington"],
  ])("%j has no place %s", (text, name) => {
    expect(place(text, name)).toBeUndefined();
  });
});

// Seattle's and Portland's compass prefixes make streets ("SW Cambridge"), but after a locative a
// big city's name keeps its quarter ("in SW Houston").
describe("a compass prefix before a name", () => {
  it("reads 'in SW Houston' as Houston", () => {
    expect(place("A 15-year-old boy was wounded near a strip mall in SW Houston late Friday.", "Houston")?.admin1).toBe(
      "Texas",
    );
  });
  it("reads 'at 27th SW and SW Cambridge' as a street", () => {
    expect(place("Police said the crash happened at 27th SW and SW Cambridge on Sunday.", "Cambridge")).toBeUndefined();
  });
});
