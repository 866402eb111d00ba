import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

/** "today" and "tomorrow" name a day, unless they mean nowadays or the future, or are part of a name. */
const rows: { text: string; published: string; times: [string, string][] }[] = [
  { text: "Today, police said two people were killed.", published: "2016-05-10", times: [["Today", "2016-05-10"]] },
  {
    text: "Rebels rejected today's proposal and said tomorrow's talks were off.",
    published: "2016-05-10",
    times: [
      ["today", "2016-05-10"],
      ["tomorrow", "2016-05-11"],
    ],
  },
  { text: "Such laws have no place in today's world.", published: "1998-04-24", times: [] },
  { text: "The chip runs many of today's personal computers.", published: "1989-10-27", times: [] },
  { text: "The war shaped today's youth more than any election.", published: "2000-01-07", times: [] },
  { text: '"I would have chosen the people of tomorrow," he said.', published: "1989-11-02", times: [] },
  { text: "The interview was broadcast on VOA Today.", published: "1998-03-31", times: [] },
  { text: "The figures appeared in USA Today on Monday.", published: "2016-05-10", times: [["Monday", "2016-05-09"]] },
];

describe("'today' and 'tomorrow' that name no day", () => {
  it.each(rows)("$text", ({ text, published, times }) => {
    expect(extract(text, { published }).times.map((t) => [t.text, t.value])).toEqual(times);
  });
});

/** "March" and "May" are verbs and names too: a month is read only where a time fits. */
const months: { text: string; published: string; times: [string, string][] }[] = [
  {
    text: "The March accession will let the three countries attend the summit.",
    published: "1999-02-10",
    times: [["March", "1999-03"]],
  },
  {
    text: "Police blocked the June elections in two provinces.",
    published: "2016-07-10",
    times: [["June", "2016-06"]],
  },
  { text: "Thousands joined the March of the Combatant Mothers.", published: "2000-01-15", times: [] },
  { text: "Shares of May Department Stores fell.", published: "1989-10-30", times: [] },
  { text: "They may march to the capital.", published: "2016-07-10", times: [] },
];

describe("'the March accession': a month before the noun it dates", () => {
  it.each(months)("$text", ({ text, published, times }) => {
    expect(extract(text, { published }).times.map((t) => [t.text, t.value])).toEqual(times);
  });
});
