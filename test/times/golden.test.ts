import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

/** Each row: a sentence as news writes it, its publication date, and the times a reader gets from it. */
interface Row {
  text: string;
  published: string;
  times: [string, string][]; // [words, value]
}

const rows: Row[] = [
  // years, year ranges, decades: chrono leaves them alone
  {
    text: "He ran unsuccessfully for president in 2009 and 2013.",
    published: "2016-05-10",
    times: [
      ["2009", "2009"],
      ["2013", "2013"],
    ],
  },
  {
    text: "Rezaee commanded the IRGC from 1981 to 2005.",
    published: "2016-05-10",
    times: [["from 1981 to 2005", "1981/2005"]],
  },
  {
    text: "It evoked memories of the 1980-1988 Iran-Iraq War.",
    published: "2016-05-10",
    times: [["1980-1988", "1980/1988"]],
  },
  {
    text: "The group grew in the 1990s.",
    published: "2016-05-10",
    times: [["the 1990s", "1990/1999"]],
  },
  {
    text: "The militia was founded in the late 1970s.",
    published: "1998-02-19",
    times: [["the late 1970s", "1970/1979"]],
  },
  {
    text: "The shares climbed to a peak for the year of $18.125 each in June.",
    published: "1989-10-30",
    times: [
      ["the year", "1989"],
      ["June", "1989-06"],
    ],
  },
  {
    text: "It was the year of the great flood.",
    published: "1989-10-30",
    times: [],
  },
  {
    text: "Corn sank to a level last reached in the winter of nineteen ninety-two.",
    published: "1998-02-23",
    times: [["the winter of nineteen ninety-two", "1992-12/1993-02"]],
  },
  {
    text: "Fighting resumed in the summer of 2014.",
    published: "2016-05-10",
    times: [["the summer of 2014", "2014-06/2014-08"]],
  },
  {
    text: "The post-1959 politics split thousands of families.",
    published: "2000-02-24",
    times: [["post-1959", "1959"]],
  },
  {
    text: "The coalition started to crumble in mid-1997.",
    published: "1998-02-19",
    times: [["mid-1997", "1997"]],
  },
  {
    text: "Since 2011 the war has killed 400,000 people.",
    published: "2016-05-10",
    times: [["2011", "2011"]],
  },
  {
    text: "In nineteen ninety-one Harold Pemberton was acquitted.",
    published: "1998-04-02",
    times: [["nineteen ninety-one", "1991"]],
  },
  // ranges of days
  {
    text: "Clashes on the night of 5-6 May killed 10.",
    published: "2016-05-10",
    times: [["5-6 May", "2016-05-05/2016-05-06"]],
  },
  {
    text: "Fighting between 3 and 5 May displaced thousands.",
    published: "2016-05-10",
    times: [["between 3 and 5 May", "2016-05-03/2016-05-05"]],
  },
  {
    text: "From Sept. 14 to Thursday it bought 254,200 shares.",
    published: "1989-10-30",
    times: [
      ["Sept. 14", "1989-09-14"],
      ["Thursday", "1989-10-26"],
    ],
  },
  {
    text: "Shares rose 3 to 20 in heavy trading.",
    published: "1989-10-30",
    times: [],
  },
  // part of a month: the month (TimeML), with the modifier in the span
  {
    text: "The truce was implemented in late February 2016.",
    published: "2016-05-10",
    times: [["late February 2016", "2016-02"]],
  },
  {
    text: "Guidelines will be published in early November.",
    published: "1989-10-30",
    times: [["early November", "1989-11"]],
  },
  // the weekend before the anchor (a Tuesday): Saturday-Sunday
  {
    text: "Fighters seized a village over the weekend.",
    published: "2016-05-10",
    times: [["the weekend", "2016-05-07/2016-05-08"]],
  },
  // past-leaning in reports, future-leaning after "will"
  {
    text: "In April, Tehran deployed its troops.",
    published: "2016-05-10",
    times: [["April", "2016-04"]],
  },
  {
    text: "Gunmen attacked the convoy on Thursday.",
    published: "2016-05-10",
    times: [["Thursday", "2016-05-05"]],
  },
  {
    text: "The council said Friday it would investigate.",
    published: "1998-02-27",
    times: [["Friday", "1998-02-27"]],
  },
  {
    text: "Talks will resume on Thursday in Geneva.",
    published: "2016-05-10",
    times: [["Thursday", "2016-05-12"]],
  },
  {
    text: "She warned Monday that takfiris would pay.",
    published: "2016-05-10",
    times: [["Monday", "2016-05-09"]],
  },
  {
    text: "The dividend is payable Dec. 15 to holders of record.",
    published: "1989-10-26",
    times: [["Dec. 15", "1989-12-15"]],
  },
  {
    text: "Its value fell from October to now.",
    published: "1998-01-08",
    times: [
      ["October", "1997-10"],
      ["now", "PRESENT_REF"],
    ],
  },
  {
    text: "He resigned as chairman in March for health reasons.",
    published: "1989-10-30",
    times: [["March", "1989-03"]],
  },
  {
    text: "The merger will be completed in March.",
    published: "1989-10-30",
    times: [["March", "1990-03"]],
  },
  // relative to the anchor
  {
    text: "Troops arrived last week.",
    published: "1998-03-01",
    times: [["last week", "1998-W08"]],
  },
  {
    text: "Prices rose 4% last month.",
    published: "1998-02-06",
    times: [["last month", "1998-01"]],
  },
  {
    text: "Sales rose last year and will rise this year.",
    published: "1989-10-30",
    times: [
      ["last year", "1988"],
      ["this year", "1989"],
    ],
  },
  {
    text: "Clashes broke out earlier this month.",
    published: "2016-05-10",
    times: [["earlier this month", "2016-05"]],
  },
  {
    text: "Sinn Fein was invited to rejoin two weeks ago.",
    published: "1998-03-22",
    times: [["two weeks ago", "1998-03-08"]],
  },
  {
    text: "He was killed nearly four years ago.",
    published: "1998-02-27",
    times: [["nearly four years ago", "1994"]],
  },
  {
    text: "He had been arrested the previous day.",
    published: "2016-05-10",
    times: [["the previous day", "2016-05-09"]],
  },
  {
    text: "The wounded were evacuated on May 6. The next day, shelling resumed.",
    published: "2016-05-10",
    times: [
      ["May 6", "2016-05-06"],
      ["The next day", "2016-05-07"],
    ],
  },
  {
    text: "But in June last year, the leadership split.",
    published: "1998-02-19",
    times: [["June last year", "1997-06"]],
  },
  {
    text: "He died on Tuesday, three days after the attack.",
    published: "2016-05-12",
    times: [
      ["Tuesday", "2016-05-10"],
      ["three days", "P3D"],
    ],
  },
  {
    text: "Rebels took the town this morning.",
    published: "2016-05-10",
    times: [["this morning", "2016-05-10"]],
  },
  {
    text: "Troops will leave by the end of the year.",
    published: "2016-05-10",
    times: [["the end of the year", "2016"]],
  },
  {
    text: "Profit fell 5% from a year earlier.",
    published: "1989-10-26",
    times: [["a year earlier", "1988"]],
  },
  // quarters and the same period a year before
  {
    text: "Third-quarter profit fell to $5 million from $7 million a year earlier.",
    published: "1989-10-26",
    times: [
      ["Third-quarter", "1989-07/1989-09"],
      ["a year earlier", "1988-07/1988-09"],
    ],
  },
  // in January, earnings that rose in the fourth quarter are last year's: this year's has not begun
  {
    text: "Earnings rose in the fourth quarter.",
    published: "1998-01-26",
    times: [["the fourth quarter", "1997-10/1997-12"]],
  },
  {
    text: "Profit rose in the third quarter. In the 1988 period, it fell.",
    published: "1989-10-26",
    times: [
      ["the third quarter", "1989-07/1989-09"],
      ["the 1988 period", "1988-07/1988-09"],
    ],
  },
  // seasons
  {
    text: "The offensive began last summer.",
    published: "2016-05-10",
    times: [["last summer", "2015-06/2015-08"]],
  },
  // durations stay durations
  {
    text: "The siege lasted three years.",
    published: "2016-05-10",
    times: [["three years", "P3Y"]],
  },
  {
    text: "Stocks plunged in the past three months.",
    published: "1998-01-08",
    times: [["the past three months", "P3M"]],
  },
  {
    text: "Markets held a two-day rally after 5 1/2 hours of talks.",
    published: "1998-03-03",
    times: [
      ["two-day", "P2D"],
      ["5 1/2 hours", "PT5H30M"],
    ],
  },
  // times of day resolve to their day
  {
    text: "The blast occurred at 11:40 p.m. Wednesday.",
    published: "2016-05-10",
    times: [["11:40 p.m. Wednesday", "2016-05-04"]],
  },
  {
    text: "Police said late yesterday that two died.",
    published: "1991-02-25",
    times: [["late yesterday", "1991-02-24"]],
  },
  // TimeML reference words
  {
    text: "He is currently in hospital and recently spoke to reporters.",
    published: "2016-05-10",
    times: [
      ["currently", "PRESENT_REF"],
      ["recently", "PAST_REF"],
    ],
  },
  // no time at all
  {
    text: "Theresa May said the troops may stay.",
    published: "2016-05-10",
    times: [],
  },
  {
    text: "Thousands march on the capital.",
    published: "2016-05-10",
    times: [],
  },
  { text: "2000 troops were deployed.", published: "2016-05-10", times: [] },
  {
    text: "Acme Foods jumped 3 3/8 to 87 1/4 and Zenith slipped 2 to 318.",
    published: "1989-10-30",
    times: [],
  },
  {
    text: "The airline adds 700 seats a week; a 6-year-old boy was rescued.",
    published: "1998-08-20",
    times: [],
  },
  { text: "The Sun reported the attack.", published: "2016-05-10", times: [] },
  // TimeML marks the two years of "between ... and" apart ("from ... to" stays one range, above)
  {
    text: "Abortions declined between 1982 and 1992.",
    published: "1998-10-25",
    times: [
      ["1982", "1982"],
      ["1992", "1992"],
    ],
  },
  // a wire dateline's date is a date like any other
  {
    text: "LIMA, August 7 (Xinhua) -- The Peruvian government deplored the attacks.",
    published: "1998-08-07",
    times: [["August 7", "1998-08-07"]],
  },
  // ...on a line of its own too
  {
    text: "NAIROBI, August 9 (Xinhua) --\n\nKenya mourned on Sunday the victims of the blast.",
    published: "1998-08-09",
    times: [
      ["August 9", "1998-08-09"],
      ["Sunday", "1998-08-09"],
    ],
  },
  // named days
  {
    text: "Elian was found clinging to an inner tube on Thanksgiving Day.",
    published: "2000-01-07",
    times: [["Thanksgiving Day", "1999-11-25"]],
  },
  {
    text: "Voters go to the polls on Election Day.",
    published: "1998-10-26",
    times: [["Election Day", "1998-11-03"]],
  },
  {
    text: "The boy was rescued last Thanksgiving.",
    published: "2000-11-20",
    times: [["last Thanksgiving", "1999-11-25"]],
  },
  // "next to" is a place, not a cue of the future
  {
    text: "Six people were killed next to the embassy on Friday.",
    published: "1998-08-08",
    times: [["Friday", "1998-08-07"]],
  },
  // the part of the day is left out: the day is the date
  {
    text: "The judge was shot on the night of Friday, Oct. 23.",
    published: "1998-11-21",
    times: [["Friday, Oct. 23", "1998-10-23"]],
  },
  {
    text: "She was stabbed to death last Nov. 14 outside her apartment.",
    published: "1999-04-19",
    times: [["Nov. 14", "1998-11-14"]],
  },
  // the clause's verb comes after the day and looks ahead; a past verb keeps the past one
  {
    text: "On Tuesday, the league plans to hold a news conference.",
    published: "1998-10-26",
    times: [["Tuesday", "1998-10-27"]],
  },
  {
    text: "Halvorsen Group said Monday that it intends to sell the unit.",
    published: "1989-10-27",
    times: [["Monday", "1989-10-23"]],
  },
  {
    text: "Analysts expect lower earnings for the last half of 1989.",
    published: "1989-10-26",
    times: [["the last half of 1989", "1989-07/1989-12"]],
  },
  {
    text: "The case will be heard the week of March 6.",
    published: "2000-02-24",
    times: [["the week of March 6", "2000-W10"]],
  },
  {
    text: "The summit will be held on April 24 and 25.",
    published: "1999-02-10",
    times: [
      ["April 24", "1999-04-24"],
      ["25", "1999-04-25"],
    ],
  },
  {
    text: "Until Thursday, they had not named Brandt as a suspect.",
    published: "1999-05-07",
    times: [["Thursday", "1999-05-06"]],
  },
  {
    text: "The INS extended its deadline until Tuesday.",
    published: "2000-04-03",
    times: [["Tuesday", "2000-04-04"]],
  },
  // a plan told in the past perfect is no cue of the future
  {
    text: "The bid had been due to expire Friday evening.",
    published: "1989-10-30",
    times: [["Friday evening", "1989-10-27"]],
  },
  {
    text: "He flew to Christmas Island and was back for Christmas Eve.",
    published: "2000-01-07",
    times: [["Christmas Eve", "1999-12-24"]],
  },
  // a day named by itself takes its comparative ("Earlier Sunday")
  {
    text: "Earlier Sunday, police and protesters clashed.",
    published: "1998-03-22",
    times: [["Earlier Sunday", "1998-03-22"]],
  },
  {
    text: "The retailer forecasts revenue in the current fiscal year that will top fiscal 1989 levels.",
    published: "1989-11-02",
    times: [
      ["the current fiscal year", "1989"],
      ["fiscal 1989", "1989"],
    ],
  },
  {
    text: "January nineteen ninety-seven. Atlanta again.",
    published: "1998-02-27",
    times: [["January nineteen ninety-seven", "1997-01"]],
  },
];

describe("times on news sentences", () => {
  it.each(rows)("$text", ({ text, published, times }) => {
    const doc = extract(text, { published });
    expect(doc.times.map((t) => [t.text, t.value])).toEqual(times);
    for (const t of doc.times) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it("without any date to anchor on, keeps only the times that need none", () => {
    const doc = extract("Rebels attacked on Monday. He ran for president in 2009.");
    expect(doc.published).toBeNull();
    expect(doc.times.map((t) => [t.text, t.value])).toEqual([["2009", "2009"]]);
  });

  it("reads only sentence text: a shouted feed trailer is no 'now'", () => {
    const text = "Rebels shelled the city on Monday.\nNOW WATCH: A Russian orchestra threw a concert in Palmyra";
    const doc = extract(text, { published: "2016-05-10" });
    expect(doc.times.map((t) => t.text)).toEqual(["Monday"]);
  });
});
