import { describe, expect, it } from "vitest";
import { findDateline } from "../../src/clean/dateline.js";

describe("datelines: where the story was filed", () => {
  it.each([
    ["BEIRUT — Top officials in Tehran", "BEIRUT —", "Beirut", null],
    ["KABUL, Afghanistan (AP) — A bomb", "KABUL, Afghanistan (AP) —", "Kabul", "Afghanistan"],
    ["WASHINGTON (Reuters) - The Pentagon", "WASHINGTON (Reuters) -", "Washington", null],
    ["GAINESVILLE, Fla. - One person was killed", "GAINESVILLE, Fla. -", "Gainesville", "Fla."],
    ["Teen shot in Lebanon\nLEBANON, Pa.– Police said", "LEBANON, Pa.–", "Lebanon", "Pa."],
    [
      "(CBS7)  MARSHALL COUNTY, Ala. (WXYZ) — Marshall County",
      "MARSHALL COUNTY, Ala. (WXYZ) —",
      "Marshall County",
      "Ala.",
    ],
    ["(CNN) -- A gunman opened fire", "(CNN) --", null, null],
    ["NEW YORK, Nov. 19 (UPI) — Stocks fell", "NEW YORK, Nov. 19 (UPI) —", "New York", null],
    ["CAMBRIDGE, Mass., Dec. 11 (UPI) — A study", "CAMBRIDGE, Mass., Dec. 11 (UPI) —", "Cambridge", "Mass."],
    ["Mexico City (AFP) – The peso", "Mexico City (AFP) –", "Mexico City", null],
    ["WASHINGTON ― The Senate voted", "WASHINGTON ―", "Washington", null],
    ["BOSTON —Standing in front of a crowd", "BOSTON —", "Boston", null],
    // a scraped page's dash before the dateline is no agency-only dateline
    ["- FORT SMITH, Ark. - A 3-year-old girl was hurt", "FORT SMITH, Ark. -", "Fort Smith", "Ark."],
    ["— NEW ORLEANS — Police said", "NEW ORLEANS —", "New Orleans", null],
  ])("%s", (text, dateline, place, region) => {
    const d = findDateline(text);
    expect(d?.text).toBe(dateline);
    expect(d?.place).toBe(place);
    expect(d?.region ?? null).toBe(region);
  });

  it.each([
    ["UPDATE: Police identified the victim", "a label"],
    ["RUGBY - HARLEQUINS MOVE UP TO SECOND AFTER BONUS-POINT WIN.", "a section label before a headline"],
    ["THE DETECTIVES SPENT NEARLY NINE HOURS COLLECTING CLUES — AND MORE", "a headline in capitals"],
    ["Police said two men were shot.", "plain prose"],
    ["Bombshell Photo Surfaces – a headline with a dash", "title case without an agency"],
    ["EXCLUSIVE – Roger Stone: the race is rigged", "a label"],
  ])("no dateline in %s (%s)", (text) => {
    expect(findDateline(text)).toBeNull();
  });
});

describe("a byline run into the dateline's line", () => {
  it("leaves the dateline after it", () => {
    const d = findDateline("By JANE DOE, Associated Press TUCSON, Ariz. — A man was shot in Marana on Tuesday.");
    expect(d?.place).toBe("Tucson");
    expect(d?.region).toBe("Ariz.");
  });

  it("is no dateline itself when none follows", () => {
    expect(findDateline("By Jane Doe, Staff Writer A man was shot in Marana on Tuesday.")).toBeNull();
  });
});
