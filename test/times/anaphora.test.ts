import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

/** Times measured from another time: the one under discussion, or the end of the year before. */
const rows: { text: string; published: string; times: [string, string][] }[] = [
  {
    text: "He was arrested on Feb. 22 and appeared in court the next morning.",
    published: "2000-02-24",
    times: [
      ["Feb. 22", "2000-02-22"],
      ["the next morning", "2000-02-23"],
    ],
  },
  {
    text: "Gunmen stormed the village on May 5; the following night they withdrew.",
    published: "2016-05-10",
    times: [
      ["May 5", "2016-05-05"],
      ["the following night", "2016-05-06"],
    ],
  },
  {
    text: "The index has risen 12% since year-end.",
    published: "1989-10-30",
    times: [["year-end", "1988-12-31"]],
  },
  {
    text: "The company expects to complete the sale by year-end.",
    published: "1989-11-02",
    times: [["year-end", "1989"]],
  },
];

describe("times measured from another time", () => {
  it.each(rows)("$text", ({ text, published, times }) => {
    expect(extract(text, { published }).times.map((t) => [t.text, t.value])).toEqual(times);
  });
});
