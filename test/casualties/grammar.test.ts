import { describe, expect, it } from "vitest";
import { gram } from "../../src/casualties/grammar.js";

describe("the closed word classes of data/casualties/grammar.json", () => {
  it.each<[string, keyof ReturnType<typeof gram>, string, boolean]>([
    // a part counted of the group that follows
    ["six of", "partOf", "Police said six of ", true],
    ["none of", "partOf", "none of ", true],
    ["a name before 'of'", "partOf", "the mother of ", false],
    // a time before the comma, then someone not told of before
    ["a clock time", "frontedTime", "Shortly after 10 p.m., a 34-year-old driver was shot", true],
    ["a weekday", "frontedTime", "Early Saturday, an 18-year-old woman was wounded", true],
    ["a definite victim", "frontedTime", "Just after 9 p.m., the man was shot", false],
    ["a clock time with its minutes", "frontedTime", "Around 4:40 a.m., a woman in her 30s was wounded", true],
    ["a time then its place", "frontedTime", "About 11:20 p.m. on the East Side, a 41-year-old man was shot", true],
    ["a time after an adverb", "frontedTime", "Most recently, about 3 a.m. Friday, a 27-year-old woman was hurt", true],
    ["a place alone", "frontedTime", "In the Hyde Park neighborhood, a 23-year-old woman was shot", false],
    ["a weekday then a spelled count", "frontedTime", "On Thursday, two women were wounded", true],
    ["a time then one as a pronoun", "frontedTime", "On Thursday, one was wounded", false],
    // the rest of a serial list of people
    ["a serial list", "serialNext", ", his son and a neighbor", true],
    ["a place after the comma", "serialNext", ", police said", false],
    // things struck before the people struck
    ["things then people", "thingsThen", "houses, cars, and four people", true],
    ["the doer's own wound", "selfInflicted", " in the garage from an apparent self-inflicted gunshot wound", true],
    ["a wound by another", "selfInflicted", " from a gunshot wound to the chest", false],
  ])("%s", (_, pattern, text, want) => {
    const re = gram()[pattern] as RegExp;
    expect(re.test(text)).toBe(want);
  });
});
