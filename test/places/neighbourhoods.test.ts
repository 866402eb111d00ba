import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import type { Place } from "../../src/document/schema.js";

function mentions(text: string, mention: string, url?: string): Place[] {
  return extract(text, url ? { url } : {}).places.filter((p) => p.text === mention);
}

const CHICAGO = { lat: 41.85, lon: -87.65 };
const nearChicago = (p: Place): boolean =>
  p.lat !== null && p.lon !== null && Math.abs(p.lat - CHICAGO.lat) < 0.3 && Math.abs(p.lon - CHICAGO.lon) < 0.4;

describe("a neighbourhood's name means the same part of the city at every mention", () => {
  it.each([
    [
      "Four people were killed in shootings across Chicago on Friday. A woman was found dead outside an Austin neighborhood high school on the West Side, officials said. About 10:40 p.m. in Austin, two men tried to rob a 17-year-old girl.",
      "Austin",
      "http://chicago.suntimes.com/news/2-killed",
    ],
    [
      "A man, 22, was wounded in the Chatham neighborhood late Monday, Chicago police said. Hours later a teenager was hit by gunfire in Chatham.",
      "Chatham",
      "http://chicago.suntimes.com/news/shootings",
    ],
  ])("%j: every %s lies in Chicago", (text, name, url) => {
    const ps = mentions(text, name, url);
    expect(ps.length).toBeGreaterThanOrEqual(2);
    for (const p of ps) {
      expect(p.admin1).toBe("Illinois");
      expect(nearChicago(p)).toBe(true);
    }
  });
});

describe("a name after a possessive town is a part of that town", () => {
  it.each([
    [
      "A bystander was hurt by stray bullets in the city's South Side overnight, officers said.",
      "South Side",
      "http://abc7chicago.com/news/1",
    ],
    ["A teenager was shot in Chicago's Austin neighborhood on Saturday, police said.", "Austin", undefined],
  ])("%j: %s lies in Chicago", (text, name, url) => {
    const p = mentions(text, name, url)[0];
    expect(p).toBeDefined();
    expect(nearChicago(p!)).toBe(true);
  });

  it("an owner's province is still the province", () => {
    const p = mentions("Only 34 per cent of Toronto's Ontario licence holders have signed up as donors.", "Ontario")[0];
    expect(p?.precision).toBe(3);
    expect(p?.country).toBe("CA");
  });
});

describe("a town of the city's state a short drive away is itself, not a part of the city", () => {
  it("'the St. Augustine neighborhood' on a Jacksonville site is St. Augustine", () => {
    const [p] = mentions(
      "A 9-year-old girl suffered a graze wound on Friday, deputies said. Residents said gunfire is unusual in the St. Augustine neighborhood.",
      "St. Augustine",
      "http://www.news4jax.com/news/boy-shot/1",
    );
    expect(p?.name).toBe("Saint Augustine");
    expect(p?.admin1).toBe("Florida");
  });
});
