import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import type { Place } from "../../src/document/schema.js";

function placesOf(text: string): Place[] {
  return extract(text, {}).places;
}

function place(text: string, mention: string): Place | undefined {
  return placesOf(text).find((p) => p.text === mention);
}

describe("listed names are peers, not City, State pairs", () => {
  it.each([
    ["Cases were reported in Ohio, Oregon, South Carolina and Washington.", "Oregon", "Oregon"],
    ["Cases were reported in Ohio, Oregon, South Carolina and Washington.", "Washington", "Washington"],
    ["Health officials are tracking cases in Washington, Pennsylvania and Nevada.", "Washington", "Washington"],
    ["The first case was discovered in 2003 in the state of Washington.", "Washington", "Washington"],
  ])("%j: %s is the state", (text, mention, admin1) => {
    const p = place(text, mention);
    expect(p?.admin1).toBe(admin1);
    expect(p?.precision).toBe(3);
  });

  it("still reads a town and its country inside a list", () => {
    const p = place("Talks were held in Kabul, Afghanistan and in Islamabad.", "Kabul");
    expect(p?.country).toBe("AF");
    expect(p?.precision).toBe(1);
  });
});

describe("a division named after its own town", () => {
  it.each([
    ["She and the suspect are both from Quebec, police said.", "Quebec", 3],
    ["The forum opened in Dar es Salaam on Monday.", "Dar es Salaam", 1],
    ["Shelling killed four people in Homs on Sunday.", "Homs", 1],
  ])("%j: %s has precision %i", (text, mention, precision) => {
    expect(place(text, mention)?.precision).toBe(precision);
  });
});

describe("a small town named after a country or a big division needs its region named", () => {
  it.each([
    ["Stores in Beaumont, Texas, pulled toys made in China.", "China", "CN", 3],
    ["Reporters in New York City and Florida received the letters.", "Florida", "US", 3],
    ["The case was diagnosed in England after tests in Texas.", "England", "GB", 3],
  ])("%j: %s", (text, mention, country, precision) => {
    const p = place(text, mention);
    expect(p?.country).toBe(country);
    expect(p?.precision).toBe(precision);
  });
});

describe("City, Region", () => {
  it.each([
    ["Ruth Cole of Marion, Ohio was told by her doctor.", "Marion", "US", "Ohio"],
    ["Leonard of Ada, Oklahoma, said he had not been told.", "Ada", "US", "Oklahoma"],
    ["A man from Clacton, Essex was charged on Friday.", "Clacton", "GB", "England"],
  ])("%j: %s", (text, mention, country, admin1) => {
    const p = place(text, mention);
    expect(p?.country).toBe(country);
    expect(p?.admin1).toBe(admin1);
    expect(p?.precision).toBe(1);
  });

  it("reads the second name as the region, not a town of that name", () => {
    expect(place("Leonard of Ada, Oklahoma, said he had not been told.", "Oklahoma")?.precision).toBe(3);
  });

  it("reads 'a resident of X told' as a place", () => {
    expect(
      place("A retired teacher who is a resident of Lubbock told the station he heard shots.", "Lubbock")?.country,
    ).toBe("US");
  });
});

describe("names the tokenizer splits", () => {
  it.each([
    ["The birds were found near Toruń in Poland.", "Toruń", "PL"],
    ["The man had recently been in İstanbul.", "İstanbul", "TR"],
    ["Cholera spread to the city of Port-au-Prince.", "Port-au-Prince", "HT"],
    ["Cases were confirmed in Benin, Côte d'Ivoire and Ghana.", "Côte d'Ivoire", "CI"],
  ])("%j: %s", (text, mention, country) => {
    expect(place(text, mention)?.country).toBe(country);
  });
});

describe("unknown names in a list of places", () => {
  it("takes an unknown member of a list of Kenyan towns as a place in Kenya", () => {
    const p = place("Violence was reported in Kisumu, Siaya, Nyakach, Migori and Homa Bay.", "Nyakach");
    expect(p?.country).toBe("KE");
  });

  it("leaves brand names listed with a few town names alone", () => {
    const ps = placesOf("The cheese was sold under the labels Lucerne, Albertson, Kemps, Sunshine and Boomsma.");
    expect(ps.some((p) => p.text === "Kemps" || p.text === "Boomsma")).toBe(false);
  });
});

describe("country names from world-countries", () => {
  it.each([
    ["Ships were turned back at Guernsey on Monday.", "Guernsey", "GG"],
    ["The Republic of Côte d'Ivoire closed its borders.", "Republic of Côte d'Ivoire", "CI"],
  ])("%j: %s", (text, mention, country) => {
    expect(place(text, mention)?.country).toBe(country);
  });

  it("keeps its demonyms out of places", () => {
    expect(placesOf("Kirghiz herders crossed the pass.").some((p) => p.text === "Kirghiz")).toBe(false);
  });
});

describe("the article's own country", () => {
  it("does not send a minor region to another country when the article is set elsewhere", () => {
    const text =
      "Kenyan doctors held clinics in Nairobi and Mombasa. Cases were also reported in Nyanza province, near Kisumu, Kenya.";
    const p = place(text, "Nyanza province") ?? place(text, "Nyanza");
    expect(p?.country).toBe("KE");
  });
});
