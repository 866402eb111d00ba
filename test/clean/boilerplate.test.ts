import { describe, expect, it } from "vitest";
import { findBoilerplate } from "../../src/clean/boilerplate.js";

/** The lines of `text` marked as furniture, with the rule that marked each. */
const marked = (text: string) => findBoilerplate(text).map((b) => [b.text, b.rule]);

describe("page furniture is marked, line by line", () => {
  it.each([
    // photo captions and credits
    ["Buy Photo Officers tape off a street corner after the shooting. (Photo: Jane Roe/The Daily News)", "buy-photo"],
    ["Officers at the scene of the shooting on Elm Street. (Photo: WXYZ)", "photo-credit"],
    ["Deputies say two cars were hit. (Photo: John Doe, KXYZ 7 News)Buy Photo", "photo-credit"],
    ["John Smith (Photo: County Jail)", "photo-credit"],
    ["Detectives talk near the tape. (Getty Images/File)", "photo-credit"],
    ["A man was shot outside a bar, police said. View Full Caption DNAinfo/Jane Roe", "photo-credit-trailer"],
    ["Police say a teen was hurt on New Year's night. | Photo by Jane Roe", "photo-credit-trailer"],
    ["Photo credit: County Sheriff's Office", "photo-credit-trailer"],
    ["Photo: Jane Roe / The Chronicle A man was shot in a drive-by, police said...", "photo-label"],
    ["Violent crime incidents: 6 Photo: Jane Roe Image 10 of 44 34. Fair Oaks", "gallery"],
    // links to other stories
    ["PREVIOUS: Two charged in weekend shooting at a bar", "related-inline"],
    ["Previous coverage: Five shot at a lodge during a holiday party", "related-inline"],
    ["Related Coverage Teen shot near high school", "related-inline"],
    ["Read or Share this story: http://example.com/2abc", "read-or-share"],
    // video playlists: a duration, then another story's headline
    ["0:27 Father of man killed at motel talks about the sentencing Pause", "video-playlist"],
    ["2:41 Mayor unveils plan for new park", "video-playlist"],
  ])("%s", (line, rule) => {
    expect(marked(`Two men were shot Friday night, police said.\n\n${line}\n\nOne of them died.`)).toEqual([
      [line, rule],
    ]);
  });

  it("a photo gallery scraped onto one long line is marked whole; the body after it is kept", () => {
    const caption = "Two men were shot Friday night outside a bar on the West Side after an argument, police said. ";
    const gallery = `Photo: Jane Roe Image 1 of / 12 Caption Close Image 1 of 12 ${caption.repeat(6)}`;
    expect(gallery.length).toBeGreaterThan(400);
    expect(marked(`Two men shot on West Side\n${gallery}\n${caption}`)).toEqual([[gallery.trim(), "gallery"]]);
  });

  it("a label alone on its line takes the link headline after it", () => {
    expect(
      marked(
        "Police said three people were hurt.\n\nALSO:\n\nFund set up for victims of the bar fire\n\nThe investigation continues.",
      ),
    ).toEqual([
      ["ALSO:", "related-header"],
      ["Fund set up for victims of the bar fire", "related-header"],
    ]);
  });

  it.each([
    ["Previous coverage:", "A 2-year-old child was shot Wednesday night, dispatchers confirmed."],
    ["TRENDING STORIES:", "Police are talking to possible witnesses."],
  ])("a body sentence after %s is kept", (label, body) => {
    expect(marked(`${label}\n${body}\nNo arrests were made.`)).toEqual([[label, "related-header"]]);
  });

  it.each([
    ["6:54 p.m. The first call to dispatchers went out just before 7 p.m."],
    ["7:01 Officers reached the mall and found a third victim."],
    ['7:05 "We heard four shots," a neighbor said."'],
    ["Previously, police said the man had been shot twice."],
    ["Previous update, 8:54 p.m. Feb. 17: A 3-year-old boy was accidentally shot, an official said."],
    ["Related charges were filed against the driver on Monday."],
    ["More than 20 people were inside the home when the gunfire began."],
    ["The photo shows the car where the victim was found."],
    ["Police released an image of the suspect."],
  ])("body text stays: %s", (line) => {
    expect(marked(line)).toEqual([]);
  });
});
