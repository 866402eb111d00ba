import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

/**
 * A month or day without its year: the tense of its clause says which one is meant. Each row: a sentence
 * as news writes it, its publication date, and the times a reader gets from it.
 */
const rows: { text: string; published: string; times: [string, string][] }[] = [
  // a verb in the past tense before the month, however far back in its clause
  {
    text: "Ms. Lindqvist, who resigned as treasurer, secretary and general counsel in March, will remain a director.",
    published: "1989-11-02",
    times: [["March", "1989-03"]],
  },
  // the month opens the clause and the verb after it is in the past tense (irregular verbs too)
  {
    text: "In January, the company brought in a new chief executive.",
    published: "1989-10-27",
    times: [["January", "1989-01"]],
  },
  {
    text: "In February, the rebels seized two villages near the border.",
    published: "2016-10-10",
    times: [["February", "2016-02"]],
  },
  // an "-ed" adjective is no past tense: the month still looks ahead
  {
    text: "The bonus would be issued on a yet undecided date in January.",
    published: "1989-10-26",
    times: [["January", "1990-01"]],
  },
  // an infinitive between the past verb and the month governs it
  {
    text: "NATO decided to admit the three countries in early March.",
    published: "1999-02-10",
    times: [["early March", "1999-03"]],
  },
  {
    text: "He said that guidelines to be published in November will settle the matter.",
    published: "1989-10-30",
    times: [["November", "1989-11"]],
  },
  // a deadline or a stretch ("by", "through") is not told by the past verb before it
  {
    text: "The bank extended the company $90 million in loans through January.",
    published: "1989-10-30",
    times: [["January", "1990-01"]],
  },
  // a day right after a verb in the past tense has already come
  {
    text: "In the fiscal year ended Jan. 31, revenue at the retailer reached $41.2 million.",
    published: "1989-10-31",
    times: [
      ["the fiscal year", "P1Y"],
      ["Jan. 31", "1989-01-31"],
    ],
  },
  {
    text: "Its fiscal year ended Oct. 31 with a loss of $12 million.",
    published: "1989-10-27",
    times: [["Oct. 31", "1988-10-31"]],
  },
  // ...but a moved or payable date may lie ahead
  {
    text: "The board declared a dividend payable Dec. 15 and extended the offer to Nov. 20.",
    published: "1989-11-02",
    times: [
      ["Dec. 15", "1989-12-15"],
      ["Nov. 20", "1989-11-20"],
    ],
  },
  // what has held "since" a time began before the telling
  {
    text: "He has been held since March without charge.",
    published: "2016-02-10",
    times: [["March", "2015-03"]],
  },
  {
    text: "The ceasefire has held since Sept. 12.",
    published: "2016-09-10",
    times: [["Sept. 12", "2015-09-12"]],
  },
  {
    text: "Prices have risen since early March.",
    published: "2016-02-10",
    times: [["early March", "2015-03"]],
  },
  // "would" reports a future, unless the time names an event already told or the future did not happen
  {
    text: "Officials said the father would travel to Washington Thursday with his wife.",
    published: "2000-04-05",
    times: [["Thursday", "2000-04-06"]],
  },
  {
    text: "Her lawyers said they would contest the ruling, issued Wednesday by the tribunal.",
    published: "2000-01-06",
    times: [["Wednesday", "2000-01-05"]],
  },
  {
    text: "Lawyers said they would seek ways to overturn Wednesday's ruling.",
    published: "2000-01-07",
    times: [["Wednesday", "2000-01-05"]],
  },
  {
    text: "Leaders hoped she would bring aid to the region, where the Aug. 7 blasts killed 257 people.",
    published: "1998-08-18",
    times: [["Aug. 7", "1998-08-07"]],
  },
  {
    text: "The college will hold a moment of silence before Saturday's matches.",
    published: "2015-11-27",
    times: [["Saturday", "2015-11-28"]],
  },
  {
    text: "The deal would have closed on Friday, lawyers said.",
    published: "2016-05-09",
    times: [["Friday", "2016-05-06"]],
  },
];

describe("the tense of the clause picks the year of a month or day", () => {
  it.each(rows)("$text", ({ text, published, times }) => {
    const doc = extract(text, { published });
    expect(doc.times.map((t) => [t.text, t.value])).toEqual(times);
  });
});

/** A schedule told in the present tense looks ahead; the same word as a noun does not. */
const schedule: { text: string; published: string; times: [string, string][] }[] = [
  {
    text: "He and the Palestinian leader meet separately Monday with the secretary of state.",
    published: "1998-05-01",
    times: [["Monday", "1998-05-04"]],
  },
  {
    text: "The Security Council meets Tuesday to discuss the ceasefire.",
    published: "2016-05-12",
    times: [["Tuesday", "2016-05-17"]],
  },
  {
    text: "Peace talks resume on Monday in Geneva.",
    published: "2016-05-12",
    times: [["Monday", "2016-05-16"]],
  },
  {
    text: "The stock was unchanged at the close Friday.",
    published: "2016-05-12",
    times: [["Friday", "2016-05-06"]],
  },
  {
    text: "A shooting injured several people in the city's North End Friday.",
    published: "2016-06-25",
    times: [["Friday", "2016-06-24"]],
  },
  {
    text: "Turnout in the vote Tuesday was low.",
    published: "2016-05-12",
    times: [["Tuesday", "2016-05-10"]],
  },
];

describe("a schedule told in the present tense", () => {
  it.each(schedule)("$text", ({ text, published, times }) => {
    expect(extract(text, { published }).times.map((t) => [t.text, t.value])).toEqual(times);
  });
});
