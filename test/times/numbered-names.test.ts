import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

const timesOf = (text: string) =>
  (extract(text, { published: "2016-06-05" }).times ?? []).map((t) => [t.text, t.value]);

describe("a number that names a road, a room or an address is no time", () => {
  it.each([
    ["The shooting happened in the 1600 block of Main Street on Saturday night.", [["Saturday night", "2016-06-04"]]],
    ["Police were called to the 1500 and 1600 blocks of Elm Avenue.", []],
    ["Officers found him in the 1900-block of Vine Street.", []],
    ["Police arrived at 1921 Oakridge Avenue around 8 p.m. Friday.", [["8 p.m. Friday", "2016-06-03"]]],
    ["A shooting at 1840 W. Palma Vista Drive left two hurt.", []],
    ["A man was shot on Interstate 24 Saturday night.", [["Saturday night", "2016-06-04"]]],
    ["He was shot on I-24 Saturday night.", [["Saturday night", "2016-06-04"]]],
    ["The crash closed Highway 12 Friday morning.", [["Friday morning", "2016-06-03"]]],
    ["Deputies stopped him on US 41 Sunday.", [["Sunday", "2016-06-05"]]],
    ["The plane, Flight 1549, landed in 2009.", [["2009", "2009"]]],
  ])("%s", (text, times) => {
    expect(timesOf(text)).toEqual(times);
  });

  it.each([
    ["Marlow was charged in the 2015 Fulton Avenue stabbing.", [["2015", "2015"]]],
    ["Since 2015 St. Louis police have made 40 arrests.", [["2015", "2015"]]],
    ["Turnout in the U.S. 2016 election was low.", [["2016", "2016"]]],
    ["He has lived on Main Street since 1998.", [["1998", "1998"]]],
  ])("a year stays a year: %s", (text, times) => {
    expect(timesOf(text)).toEqual(times);
  });
});
