import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

function sentences(text: string): string[] {
  return extract(text).sentences.map((s) => text.slice(s.start, s.end));
}

describe("sentence splitting on news prose", () => {
  it.each([
    [
      "The U.S. and the U.N. condemned the attack. Gen. Ali said so.",
      ["The U.S. and the U.N. condemned the attack.", "Gen. Ali said so."],
    ],
    [
      "Lt. Col. John Smith of the 3rd Bn. arrived on Feb. 3. He left at 5 p.m. on Friday.",
      ["Lt. Col. John Smith of the 3rd Bn. arrived on Feb. 3.", "He left at 5 p.m. on Friday."],
    ],
    [
      "He lived at No. 10 Downing St. for years. Then he moved.",
      ["He lived at No. 10 Downing St. for years.", "Then he moved."],
    ],
    ["J. R. R. Tolkien wrote it. E. coli is a bacterium.", ["J. R. R. Tolkien wrote it.", "E. coli is a bacterium."]],
    [
      "The attack happened in Washington, D.C. on Monday. Officials were alarmed.",
      ["The attack happened in Washington, D.C. on Monday.", "Officials were alarmed."],
    ],
    ["He said: “This is it. We are done.” Then he left.", ["He said: “This is it.", "We are done.”", "Then he left."]],
    [
      "Sen. Dick Durbin (D-Ill.) said the bill failed. Rep. Jim Clyburn (D-S.C.) agreed with him.",
      ["Sen. Dick Durbin (D-Ill.) said the bill failed.", "Rep. Jim Clyburn (D-S.C.) agreed with him."],
    ],
    [
      // a name spelled with "!" ends no sentence; "!" or "?" before a lowercase word is quoted inside one
      "He told Yahoo! News the vote was close. “Stop!” the guard yelled. Was it fair? Nobody knows.",
      ["He told Yahoo! News the vote was close.", "“Stop!” the guard yelled.", "Was it fair?", "Nobody knows."],
    ],
    [
      // a title abbreviation joined to "then" or "ex" is no sentence end; a place after "pro-" is
      "The envoy met then-Sen. Ivan Petrenko and ex-Gov. Olena Kovalenko in Kyiv. The rally was pro-Iran. Police watched.",
      [
        "The envoy met then-Sen. Ivan Petrenko and ex-Gov. Olena Kovalenko in Kyiv.",
        "The rally was pro-Iran.",
        "Police watched.",
      ],
    ],
    [
      // title abbreviations the splitter does not know stand before a name, not at a sentence end
      "The truce was hailed by the Rev. Omar Haddad. Sens. Ivan Petrenko and Olena Kovalenko met Adm. Ali Reza. Police watched.",
      [
        "The truce was hailed by the Rev. Omar Haddad.",
        "Sens. Ivan Petrenko and Olena Kovalenko met Adm. Ali Reza.",
        "Police watched.",
      ],
    ],
    [
      // a stop after a word or a state's abbreviation ends the sentence before a quote; after an initial it does not
      'He shook his head no. "We will stay," he said. A farmer from Tulsa, Okla. "It is over." Rep. Ivan C. "Vanya" Petrenko left.',
      [
        "He shook his head no.",
        '"We will stay," he said.',
        "A farmer from Tulsa, Okla.",
        '"It is over."',
        'Rep. Ivan C. "Vanya" Petrenko left.',
      ],
    ],
    [
      "The group (known as ISIS) attacked. (Officials denied it.) Then it ended.",
      ["The group (known as ISIS) attacked.", "(Officials denied it.)", "Then it ended."],
    ],
    [
      "A headline without a stop\nThe body follows. It ends.",
      ["A headline without a stop", "The body follows.", "It ends."],
    ],
  ])("%s", (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});
