import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import type { Place } from "../../src/document/schema.js";
import { lowerTail } from "../../src/places/candidates.js";
import { gazetteer } from "../../src/places/gazetteer/index.js";
import { publisherRegion, publisherTown } from "../../src/places/publisher.js";

function places(text: string, url?: string): Place[] {
  return extract(text, url ? { url } : {}).places;
}

function place(text: string, mention: string, url?: string): Place | undefined {
  return places(text, url).find((p) => p.text === mention);
}

describe("the state a local publisher serves", () => {
  it.each([
    ["http://www.wlky.com/news/1", "Kentucky"],
    ["http://web.archive.org/web/2016/http://www.wmcactionnews5.com/story/1", "Tennessee"],
    // WSB, not WSBT: the rest of the address must be a plain suffix
    ["http://m.wsbtv.com/news/1", "Georgia"],
    ["http://www.wistv.com/story/1", "South Carolina"],
    ["http://www.kare11.com/news/1", "Minnesota"],
    ["http://www.nbcconnecticut.com/news/local/1", "Connecticut"],
    ["http://www.delawareonline.com/story/1", "Delaware"],
    ["http://www.westvirginia.com/1", "West Virginia"],
    // a newspaper's name seldom says its state
    ["http://web.archive.org/web/2016/http://www.ajc.com/news/1", "Georgia"],
    ["http://www.dispatch.com/news/crime/1", "Ohio"],
    ["http://www.startribune.com/1", "Minnesota"],
  ])("%s serves %s", (url, state) => {
    expect(publisherRegion(url, gazetteer())?.name).toBe(state);
  });

  it.each([
    // the capital's paper; a town's paper named "<State> City"; no call sign; a country's domain
    ["https://www.washingtonpost.com/local/1"],
    ["http://www.kansascity.com/news/1"],
    ["http://www.foxcarolina.com/story/1"],
    ["http://www.reuters.com/article/1"],
    ["http://www.bbc.co.uk/news/1"],
  ])("%s serves no one state", (url) => {
    expect(publisherRegion(url, gazetteer())).toBeNull();
  });

  it.each([
    [
      "Greenwood police said a man shot himself in the hand at a Greenwood home early Thursday.",
      "Greenwood",
      "http://www.wthr.com/story/1",
      "Indiana",
    ],
    [
      "A man was found dead in a Covington home on Tuesday, police said.",
      "Covington",
      "http://www.wlwt.com/article/1",
      "Ohio",
    ],
    [
      "Officers responded to a shooting in Duncan on Wednesday night.",
      "Duncan",
      "http://www.wyff4.com/article/1",
      "South Carolina",
    ],
  ])("%j read on a station's site: %s lies in its state", (text, name, url, state) => {
    expect(place(text, name, url)?.admin1).toBe(state);
  });

  it.each([
    [
      "A Lakewood teenager was shot in the leg during a robbery on Saturday, deputies said.",
      "Lakewood",
      "http://www.heraldnet.com/news/1",
      "Washington",
    ],
    [
      "Columbus police said a man was shot while cleaning his handgun at his home on Monday.",
      "Columbus",
      "http://www.jconline.com/story/news/1",
      "Indiana",
    ],
  ])("%j read on a newspaper's site: %s lies in its state", (text, name, url, state) => {
    expect(place(text, name, url)?.admin1).toBe(state);
  });

  it("a syndicated story with nothing in the station's state keeps its own places", () => {
    const text = "A toddler was shot by his brother in Rankin County on Tuesday, the sheriff's department said.";
    expect(place(text, "Rankin County", "http://www.wtvm.com/story/1")?.admin1).toBe("Mississippi");
  });
});

describe("the town a local paper is named after", () => {
  it.each([
    // Trenton outranks Trento inside "trentonian"; Portsmouth has namesakes on both sides of the Atlantic
    ["http://www.trentonian.com/news/1"],
    ["http://portsmouth-dailytimes.com/news/1"],
    ["http://www.foxcarolina.com/story/1"],
  ])("%s names no town the host alone can tell", (url) => {
    expect(publisherTown(url, gazetteer())).toBeNull();
  });

  it.each([
    ["http://www.stltoday.com/news/local/1", "St. Louis"],
    ["http://www.news4jax.com/news/1", "Jacksonville"],
    ["http://www.philly.com/philly/news/1", "Philadelphia"],
    ["http://dfw.cbslocal.com/2016/1", "Dallas"],
    ["http://www.indystar.com/story/1", "Indianapolis"],
  ])("%s goes by its city's short name: %s", (url, town) => {
    expect(publisherTown(url, gazetteer())?.name).toBe(town);
  });

  it.each([["http://www.ajax.com/1"], ["http://www.atlanticcouncil.org/1"]])(
    "%s holds a short name only inside a word",
    (url) => {
      expect(publisherTown(url, gazetteer())).toBeNull();
    },
  );

  it.each([
    ["http://lasvegassun.com/news/2016/aug/28/1", "Las Vegas", "Nevada"],
    ["http://foxsanantonio.com/news/local/1", "San Antonio", "Texas"],
  ])("%s names a town ten times the size of its namesakes: %s", (url, town, state) => {
    const f = publisherTown(url, gazetteer());
    expect(f?.name).toBe(town);
    expect(f && gazetteer().admin1Name(f)).toBe(state);
  });

  it("a big town's paper still names it", () => {
    expect(publisherTown("https://www.miamiherald.com/news/1", gazetteer())?.name).toBe("Miami");
  });

  it("a Portsmouth paper's story about Ohio stays in Ohio", () => {
    const text =
      "A Portsmouth woman is dead after a shooting on Friday. Portsmouth police said she was flown to a trauma center in Columbus, Ohio.";
    expect(place(text, "Portsmouth", "http://portsmouth-dailytimes.com/news/1")?.country).toBe("US");
  });
});

describe("a common noun after a town is no part of its name", () => {
  it.each([
    ["Brooklyn park", 8],
    ["Flint police", 5],
    ["Bay of Pigs", 11],
    ["Stratford-upon-Avon", 19],
    ["Brooklyn Park", 13],
  ])("%j ends at %i", (s, n) => {
    expect(lowerTail(s)).toBe(n);
  });

  it("a Brooklyn park is in Brooklyn", () => {
    const ps = places("A Brooklyn park turned violent on Monday when shots rang out near East Flatbush, police said.");
    expect(ps.some((p) => p.name === "Brooklyn Park")).toBe(false);
  });
});

describe("a name the article gives a person", () => {
  it.each([
    ["Police said a 26-year-old woman named Mary was hit in the arm. Mary described the scene as chaos.", "Mary"],
    ["A witness named Austin told reporters he heard six shots. Austin said he ran inside.", "Austin"],
    ["Officers found the victim at home in Memphis. Mary says she did not hear the shots.", "Mary"],
  ])("%j: %s is no place", (text, name) => {
    expect(place(text, name)).toBeUndefined();
  });

  it.each([
    ["The gun was stolen years ago. Sanford was charged with felonious assault on Friday.", "Sanford"],
    ["Police said Mansfield was arrested at his home without incident.", "Mansfield"],
  ])("%j: %s before a verb of arrest is a person", (text, name) => {
    expect(place(text, name)).toBeUndefined();
  });

  it("a big city before a verb of arrest is where the arrested man was", () => {
    const text = "A man who opened fire inside a restaurant in southeast Houston was arrested Monday night.";
    expect(place(text, "Houston")?.admin1).toBe("Texas");
  });

  it("a locative still makes the name a place", () => {
    expect(place("A woman named Mary was visiting relatives in Austin on Sunday.", "Austin")?.admin1).toBe("Texas");
  });
});

describe("a town named after a country, with its state after it", () => {
  it.each([
    [
      "LEBANON, Pa. - A 17-year-old girl who was shot in Lebanon on Friday has gone home from the hospital.",
      "Pennsylvania",
    ],
    ["Police in Mexico, Mo., said the man was arrested on Friday after the shooting.", "Missouri"],
  ])("%j is read in %s", (text, state) => {
    const first = places(text).find((p) => p.country === "US" && p.precision === 1);
    expect(first?.admin1).toBe(state);
  });

  it("a list of countries nests nothing", () => {
    expect(place("Officials from Lebanon, Jordan and Syria met on Monday.", "Lebanon")?.country).toBe("LB");
  });
});

describe("a compass quarter of a city", () => {
  it.each([
    [
      "Four teenage boys are recovering after a shooting in West Philadelphia on Saturday.",
      "West Philadelphia",
      "Philadelphia",
    ],
    ["A man was wounded in a drive-by shooting in South Memphis overnight.", "South Memphis", "Memphis"],
  ])("%j: %s is in %s", (text, mention, city) => {
    expect(place(text, mention)?.name).toBe(city);
  });

  it("a name the gazetteer knows whole stays itself", () => {
    expect(place("The man was arrested in South Bend on Friday.", "South Bend")?.name).toBe("South Bend");
  });

  it("the city's West Side is no small town's alternate name", () => {
    const ps = places("Two boys were shot on the city's West Side, Chicago police said.");
    expect(ps.find((p) => p.text === "West Side")?.admin1 ?? null).not.toBe("Connecticut");
  });
});

describe("a name the text calls a city's neighbourhood", () => {
  it.each([
    [
      "A man was wounded Tuesday night in the Roseland neighborhood, according to Chicago police.",
      "Roseland",
      "Illinois",
    ],
    ["Police said a man, 41, was wounded in the Juniata section of Philadelphia overnight.", "Juniata", "Pennsylvania"],
    ["A child was shot in the North Austin neighborhood on Sunday night, Chicago police said.", "Austin", "Illinois"],
  ])("%j: %s lies in %s", (text, name, state) => {
    expect(place(text, name)?.admin1).toBe(state);
  });

  it("a state's name before 'neighborhood' is no state", () => {
    const p = place(
      "Police are investigating a shooting in the California neighborhood of Louisville on Friday.",
      "California",
    );
    expect(p?.precision ?? null).not.toBe(3);
  });

  it("a neighbourhood near the city keeps its reading", () => {
    expect(
      place("Police said the shooting happened in the Oak Park neighborhood near Chicago.", "Oak Park")?.admin1,
    ).toBe("Illinois");
  });
});

describe("a town and a county that nest", () => {
  it.each([
    [
      "A three-year-old shot himself on Tuesday in Paulding County. The shooting happened at a home in Dallas.",
      "Paulding County",
      "Georgia",
    ],
    [
      "A three-year-old shot himself on Tuesday in Paulding County. The shooting happened at a home in Dallas.",
      "Dallas",
      "Georgia",
    ],
  ])("%j: %s is read in %s", (text, name, state) => {
    expect(place(text, name)?.admin1).toBe(state);
  });

  it("a big city named alone keeps its reading", () => {
    expect(place("The suspect was arrested in Dallas on Friday.", "Dallas")?.admin1).toBe("Texas");
  });
});

describe("words that are not places", () => {
  it.each([
    ["Witnesses said a robbery went wrong behind St. Vincent's Hospital in Bridgeport, Connecticut.", "St. Vincent"],
    ["The girl was taken to St. Bernard Hospital with a wound to her leg, Chicago police said.", "St. Bernard"],
    [
      "Shooting in Duncan leaves teen hurt. Posted: Wednesday, July 29, 2015. Officers responded on Sunny Ray Drive.",
      "Posted",
    ],
  ])("%j: %s is no place", (text, name) => {
    expect(place(text, name)?.lat ?? null).toBeNull();
  });

  it("'according to Metro police' is no town called Metro", () => {
    const text = "A teen was hospitalized after a shooting at a southeast valley apartment, according to Metro Police.";
    expect(place(text, "Metro")).toBeUndefined();
  });

  it("a saint's town with its state stays a town", () => {
    expect(place("The man was arrested in St. Cloud, Minn., on Friday.", "St. Cloud")?.admin1).toBe("Minnesota");
  });
});

describe("spellings and capitals", () => {
  it.each([
    [
      "A 4-year-old was shot in St. Augustine on Monday, St. Johns County deputies said.",
      "St. Augustine",
      "Florida",
      1,
    ],
    ["The man was taken to a hospital in St. Louis after the shooting.", "St. Louis", "Missouri", 1],
  ])("%j: %s is the town in %s", (text, name, state, precision) => {
    const p = place(text, name);
    expect([p?.admin1, p?.precision]).toEqual([state, precision]);
  });

  it("a name in a passage of capitals that no namesake fits is no place", () => {
    const text =
      "OFFICERS SPENT FIVE HOURS AT THE HOUSE. THE OFFICERS NAMED THE BOY AS BENTLEY LEONARD. HE IS AT A HOSPITAL IN JACKSONVILLE.";
    expect(place(text, "BENTLEY")).toBeUndefined();
  });

  it("a capitalized 'In' inside a title is no locative", () => {
    const text =
      "The rifle was bought legally, said Reed Calloway, Asst. Special Agent In Charge of the agency's office in Denver.";
    expect(place(text, "Charge")?.lat ?? null).toBeNull();
  });

  it("a surname the article gives a person ends no place's name", () => {
    const text =
      "Darnell Voss, 29, and Cleveland Voss, 26, were arraigned in Romulus. Police said Cleveland Voss fired first.";
    expect(place(text, "Cleveland Voss")).toBeUndefined();
  });
});
