import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

/**
 * TimeML conventions the TimeBank/AQUAINT annotators follow, each on sentences written the way news
 * writes them: [words, value] of every time found, in text order.
 */
interface Row {
  text: string;
  published: string;
  times: [string, string][];
}

const rows: Row[] = [
  // a future marker reaches the whole clause it governs, not only the next few words
  {
    text: "The company said it will open a second plant near the border for production starting in December.",
    published: "2015-03-04",
    times: [["December", "2015-12"]],
  },
  {
    text: "Two new flights will leave Nairobi from March 30, with a third one departing from the coast from August 6.",
    published: "2015-02-13",
    times: [
      ["March 30", "2015-03-30"],
      ["August 6", "2015-08-06"],
    ],
  },
  // ...but not into a deed told after "after": it came first
  {
    text: "The minister warned that the rebels would pay a heavy price after killing 13 soldiers in the town on May 6.",
    published: "2016-05-10",
    times: [["May 6", "2016-05-06"]],
  },
  // "next" that ends a clause orders events; it does not look ahead
  {
    text: "Officials in Kenya, where she arrived next, hoped she would bring aid to the towns where the Aug. 7 blasts killed 257 people.",
    published: "1998-08-18",
    times: [["Aug. 7", "1998-08-07"]],
  },
  // "the past year" is last year, like "last year"; "the past decade" and "the past week" stay stretches of time
  {
    text: "Attacks on clinics rose sharply over the past year, the report said.",
    published: "1998-03-03",
    times: [["the past year", "1997"]],
  },
  {
    text: "Police have questioned dozens of suspects in the last year.",
    published: "2014-10-30",
    times: [["the last year", "2013"]],
  },
  {
    text: "Such attacks had become routine over the past decade.",
    published: "1998-10-25",
    times: [["the past decade", "P10Y"]],
  },
  // "then current" is a present of the past; "current" before a count is still the present
  {
    text: "The rights let holders buy shares at half the then-current market price.",
    published: "2003-06-11",
    times: [["then-current", "PAST_REF"]],
  },
  {
    text: "The ferry line will sail daily to Tangier, up from the current three sailings a week.",
    published: "2011-02-13",
    times: [["current", "PRESENT_REF"]],
  },
  {
    text: "Prices have doubled in the past three years.",
    published: "2011-02-13",
    times: [["the past three years", "P3Y"]],
  },
  // "coming quarters", "in past years": the vague future and past, as HeidelTime reads "coming <unit>";
  // with the article they stay stretches of time
  {
    text: "Analysts said it does not bode well for coming quarters.",
    published: "2009-10-26",
    times: [["coming quarters", "FUTURE_REF"]],
  },
  {
    text: "Losses carried forward will cut tax payments in future years.",
    published: "2009-10-26",
    times: [["future years", "FUTURE_REF"]],
  },
  {
    text: "The mill laid off workers in past years as well.",
    published: "2009-10-26",
    times: [["past years", "PAST_REF"]],
  },
  {
    text: "Prices held steady over the past years.",
    published: "2009-10-26",
    times: [],
  },
  // "24 hours a day" is a rate, not a stretch of time
  {
    text: "Marshals guard the clinic 24 hours a day and six days a week.",
    published: "2009-10-26",
    times: [],
  },
  {
    text: "Rescuers worked for 24 hours without rest.",
    published: "2009-10-26",
    times: [["24 hours", "PT24H"]],
  },
  // "two more weeks" is a stretch of two weeks
  {
    text: "The boy will remain in the country for at least two more weeks.",
    published: "2000-06-01",
    times: [["at least two more weeks", "P2W"]],
  },
  // "the year ended March 31" is a year-long accounting period, not the calendar year
  {
    text: "The division had sales of $58 million for the year ended March 31.",
    published: "2009-11-01",
    times: [
      ["the year", "P1Y"],
      ["March 31", "2009-03-31"],
    ],
  },
  {
    text: "The stock hit a high for the year of $42 a share.",
    published: "2009-11-01",
    times: [["the year", "2009"]],
  },
  // a figure next to a date is no hour of it
  {
    text: "The Dow Transport Index, which rose 0.8%, or 3.17, on Friday, closed at 512.40.",
    published: "2009-10-26",
    times: [["Friday", "2009-10-23"]],
  },
  {
    text: "The bank may raise its stake after Jan. 1, 2010 at 1,015 francs a share.",
    published: "2009-10-26",
    times: [["Jan. 1, 2010", "2010-01-01"]],
  },
  // the part of a period belongs to the expression; the comma before a range's second end does not
  {
    text: "The company will begin mailing ballots at the end of this week.",
    published: "2009-10-26",
    times: [["the end of this week", "2009-W44"]],
  },
  {
    text: "Copper prices have slipped back since the middle of October.",
    published: "2009-11-23",
    times: [["the middle of October", "2009-10"]],
  },
  {
    text: "The tender, set to lapse last Friday, to Dec. 4 was pushed back.",
    published: "2009-10-26",
    times: [
      ["last Friday", "2009-10-23"],
      ["Dec. 4", "2009-12-04"],
    ],
  },
  // an earnings report's period is the quarter it reports, not the one a sentence touched last
  {
    text: "Acme posted a 12% gain in third-quarter profit from a year ago. After a weak second quarter, sales recovered. Results were flattered by costs booked in the year-earlier period. In the 1989 period, taxes were lower than a year ago.",
    published: "1989-11-01",
    times: [
      ["third-quarter", "1989-07/1989-09"],
      ["a year ago", "1988-07/1988-09"],
      ["second quarter", "1989-04/1989-06"],
      ["the year-earlier period", "1988-07/1988-09"],
      ["the 1989 period", "1989-07/1989-09"],
      ["a year ago", "1988-07/1988-09"],
    ],
  },
  // a quarter still to come is a forecast, never the period reported
  {
    text: "Mills posted weak third-quarter results and see losses through the third quarter of 1990. In the year-ago period, the largest of them earned $88 million.",
    published: "1989-10-26",
    times: [
      ["third-quarter", "1989-07/1989-09"],
      ["the third quarter of 1990", "1990-07/1990-09"],
      ["the year-ago period", "1988-07/1988-09"],
    ],
  },
  // "the quarter a year ago" is one expression
  {
    text: "Profit fell in the quarter. For the quarter a year ago, the bank earned $16 million.",
    published: "1989-10-26",
    times: [
      ["the quarter", "1989-07/1989-09"],
      ["the quarter a year ago", "1988-07/1988-09"],
    ],
  },
  // the report's quarter holds however long the paragraph, until another stretch of time is named
  {
    text: "Brightwater Mills expects a third-quarter loss after setting aside reserves for its textile unit. The Georgia maker of towels and bed linen said the charges cover the closing of two older plants in the Carolinas, severance for about 400 workers and equipment that can no longer be sold at its book value. It also blamed weak demand from department stores, higher cotton prices and the cost of borrowing for the loss, and said it would cut its capital budget for the rest of the period. A year earlier, it had earned $3.4 million.",
    published: "1989-11-02",
    times: [
      ["third-quarter", "1989-07/1989-09"],
      ["A year earlier", "1988-07/1988-09"],
    ],
  },
  // "the first two quarters of 1991" is its first half
  {
    text: "Economists see weak orders persisting for the first two quarters of 1991.",
    published: "1990-10-26",
    times: [["the first two quarters of 1991", "1991-01/1991-06"]],
  },
  // "six weeks ago" names a week; "two weeks ago" may be a fortnight to the day
  {
    text: "The boat left Cuba six weeks ago, and the boy was found two weeks ago.",
    published: "2000-01-06",
    times: [
      ["six weeks ago", "1999-W47"],
      ["two weeks ago", "1999-12-23"],
    ],
  },
  // "the day before last Tuesday": counted from the day named
  {
    text: "The day before last Tuesday's vote, the mayor met the union leaders.",
    published: "2000-02-24",
    times: [["The day before last Tuesday", "2000-02-21"]],
  },
  {
    text: "Two days after Christmas the rebels attacked the town.",
    published: "2016-01-10",
    times: [["Two days after Christmas", "2015-12-27"]],
  },
  // "the corresponding period last year" is the report's quarter a year back, not all of last year
  {
    text: "The bank lost $5 million in the third quarter, against a profit of $2 million for the corresponding period last year.",
    published: "1989-11-01",
    times: [
      ["the third quarter", "1989-07/1989-09"],
      ["the corresponding period last year", "1988-07/1988-09"],
    ],
  },
  // "it's the fourth day of the siege": the day of writing; told in the past, the day under discussion
  {
    text: "Rockets fell on the port again. It's the fourth day of the siege by the rebels.",
    published: "1998-03-06",
    times: [["the fourth day", "1998-03-06"]],
  },
  {
    text: "Protesters marched again on Friday. It was the third straight day of protests in the capital.",
    published: "2016-05-10",
    times: [
      ["Friday", "2016-05-06"],
      ["the third straight day", "2016-05-06"],
    ],
  },
  // "at the time" is the time under discussion; "at the time of its founding" and "At the time X was
  // captured, ..." name a time by an event
  {
    text: "The mayor held a news conference six weeks ago, promising at the time to cut taxes.",
    published: "1998-03-01",
    times: [
      ["six weeks ago", "1998-W03"],
      ["at the time", "PAST_REF"],
    ],
  },
  {
    text: "The club had 40 members at the time of its founding.",
    published: "1999-03-12",
    times: [],
  },
  {
    text: "At the time the envoy was seized, the militia was divided.",
    published: "1998-04-18",
    times: [],
  },
  {
    text: "The city will decide how to pay for the bridge at a later date.",
    published: "1989-10-26",
    times: [["a later date", "FUTURE_REF"]],
  },
  // a number that ends a name is no year
  {
    text: "The two firms run a shipyard called Baltic 1990, building ferries.",
    published: "1998-04-18",
    times: [],
  },
  // "most recently last October": the time that follows says when
  {
    text: "Three of the reporters were attacked, most recently last October in the capital.",
    published: "1999-02-06",
    times: [["last October", "1998-10"]],
  },
  // a month that opens its clause takes the tense of the clause's main verb, however far the sentence
  // reaches (abbreviations such as "vs." and "Ala." end no clause); the first verb decides
  {
    text: "In January, two days after the start of the talks in Geneva between Smith vs. Jones lawyers and the U.N., a car bomb in Mosul, Iraq, killed four police officers.",
    published: "2014-10-25",
    times: [
      ["January", "2014-01"],
      ["two days", "P2D"],
    ],
  },
  {
    text: "In January, the company named a new chief executive, Anna Crane, who will remain as chairman.",
    published: "2014-10-25",
    times: [["January", "2014-01"]],
  },
  {
    text: "In January, the company will open a plant that was designed in Ohio.",
    published: "2014-10-25",
    times: [["January", "2015-01"]],
  },
  // a schedule told in the present: "takes effect Sunday", "is expected Monday" look ahead; told in the past, back
  {
    text: "The ceasefire takes effect Sunday, and a vote on the plan is expected Monday.",
    published: "2016-05-12",
    times: [
      ["Sunday", "2016-05-15"],
      ["Monday", "2016-05-16"],
    ],
  },
  {
    text: "The ceasefire took effect Sunday.",
    published: "2016-05-12",
    times: [["Sunday", "2016-05-08"]],
  },
  // "the following month", "later that month", "that week" count from the latest month or day named;
  // a week measured from a day is a week
  {
    text: "Rebels took the town on March 3, 2015. Later that week, the army withdrew. The following month, talks began.",
    published: "2016-05-12",
    times: [
      ["March 3, 2015", "2015-03-03"],
      ["Later that week", "2015-W10"],
      ["The following month", "2015-04"],
    ],
  },
  {
    text: "Rebels took the town in March 2015. Later that month, the army withdrew.",
    published: "2016-05-12",
    times: [
      ["March 2015", "2015-03"],
      ["Later that month", "2015-03"],
    ],
  },
  {
    text: "The rebels took the town in 2012. Later that year, the army withdrew.",
    published: "2016-05-12",
    times: [
      ["2012", "2012"],
      ["Later that year", "2012"],
    ],
  },
  // "the end of September", "the end of the month": the month, with its article, as "the end of this month";
  // told in the past it is the latest one
  {
    text: "At the end of September, the rebels held the town, and the army hopes to retake it by the end of the month.",
    published: "1990-08-13",
    times: [
      ["the end of September", "1989-09"],
      ["the end of the month", "1990-08"],
    ],
  },
  {
    text: "Prices rose at the beginning of October and fell at the end of March 1988.",
    published: "1990-08-13",
    times: [
      ["the beginning of October", "1989-10"],
      ["the end of March 1988", "1988-03"],
    ],
  },
  // "a week from today" is counted from the day of writing, like "a week from now"
  {
    text: "The deal will close a week from today.",
    published: "1989-10-26",
    times: [["a week from today", "1989-11-02"]],
  },
  // a schedule verb keeps looking ahead across the place it happens in
  {
    text: "The summit opens in Warsaw on Friday, and ministers gather in Brussels on Monday.",
    published: "2016-05-12",
    times: [
      ["Friday", "2016-05-13"],
      ["Monday", "2016-05-16"],
    ],
  },
  // a quarter not begun yet at the anchor, told in the past, is last year's; looking ahead, this year's
  {
    text: "The carrier reported a sharp drop in profits for the fourth quarter. It expects profits to rise in the third quarter.",
    published: "1998-01-26",
    times: [
      ["the fourth quarter", "1997-10/1997-12"],
      ["the third quarter", "1998-07/1998-09"],
    ],
  },
  // "the previous year" and "a decade later" count from the year under discussion, not from the anchor;
  // a narrative moves on, each step counted from the one before
  {
    text: "The ceasefire was signed on Jan. 5. The next day, fighting resumed. The following day, the talks collapsed.",
    published: "1998-02-13",
    times: [
      ["Jan. 5", "1998-01-05"],
      ["The next day", "1998-01-06"],
      ["The following day", "1998-01-07"],
    ],
  },
  {
    text: "The report came out in 1995. The previous year, the group had lost its leader. A decade later, it was gone.",
    published: "1998-02-13",
    times: [
      ["1995", "1995"],
      ["The previous year", "1994"],
      ["A decade later", "2004"],
    ],
  },
  // "New Year's Eve" is a named day; "the night before" is the day before the one under discussion
  {
    text: "The ceasefire was signed on New Year's Eve. The rebels had attacked the night before.",
    published: "2016-05-12",
    times: [
      ["New Year's Eve", "2015-12-31"],
      ["the night before", "2015-12-30"],
    ],
  },
  // an age still to be reached is a day to come; one reached ("turned 30") is past
  {
    text: "The boy who was shot turns 6 on Sunday.",
    published: "2017-01-21",
    times: [["Sunday", "2017-01-22"]],
  },
  {
    text: "The victim turned 30 on Sunday.",
    published: "2017-01-21",
    times: [["Sunday", "2017-01-15"]],
  },
  // "the day after Thanksgiving" is the day next to the named one
  {
    text: "Detectives named a woman linked to the day-after-Thanksgiving stabbing of a 19-year-old clerk.",
    published: "2016-11-30",
    times: [["the day-after-Thanksgiving", "2016-11-25"]],
  },
  {
    text: "She was shot the day before Christmas Eve and died on Christmas.",
    published: "2016-12-28",
    times: [
      ["the day before Christmas Eve", "2016-12-23"],
      ["Christmas", "2016-12-25"],
    ],
  },
  // a month that names a street is no date
  {
    text: "Officers responded at about 7 p.m. to the 300 block of June Drive in Canby.",
    published: "2017-01-03",
    times: [],
  },
  // "going to" looks ahead only after a form of "be"; after a noun it is a walk to somewhere
  {
    text: "Detectives question people going to collect their cars Sunday morning after a woman was shot dead late Saturday night.",
    published: "2016-03-21",
    times: [
      ["Sunday morning", "2016-03-20"],
      ["late Saturday night", "2016-03-19"],
    ],
  },
  {
    text: "The family is going to hold a vigil Sunday.",
    published: "2016-03-21",
    times: [["Sunday", "2016-03-27"]],
  },
];

describe("TimeML conventions on news sentences", () => {
  it.each(rows)("$text", ({ text, published, times }) => {
    const doc = extract(text, { published });
    expect(doc.times.map((t) => [t.text, t.value])).toEqual(times);
  });
});
