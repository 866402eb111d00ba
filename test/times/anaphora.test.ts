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
    text: "On Friday the gauge ended at 1734.6, off 2.8% from the previous Friday.",
    published: "1989-10-30",
    times: [
      ["Friday", "1989-10-27"],
      ["the previous Friday", "1989-10-20"],
    ],
  },
  {
    text: "He was detained on Oct. 12 and charged the following Monday.",
    published: "2016-10-20",
    times: [
      ["Oct. 12", "2016-10-12"],
      ["the following Monday", "2016-10-17"],
    ],
  },
  {
    text: "The vote is due the next Sunday.",
    published: "2016-10-20",
    times: [["the next Sunday", "2016-10-23"]],
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
