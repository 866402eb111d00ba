import { describe, expect, it } from "vitest";
import { findBoilerplate } from "../../src/clean/boilerplate.js";

/** The lines of `text` marked as furniture, with the rule that marked each. */
const marked = (text: string) => findBoilerplate(text).map((b) => [b.text, b.rule]);

describe("page furniture is marked, line by line", () => {
  it.each([
    // photo captions and credits
    ["Buy Photo Officers tape off a street corner after the shooting. (Photo: Jane Roe/The Daily News)", "buy-photo"],
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
    // credits and galleries
    ["Photo Courtesy of Harlan County Sheriff's Office", "photo-source"],
    ["Image via Shutterstock", "photo-source"],
    ["Photos of Ramirez via Facebook", "photo-of-via"],
    ["Jane Roe/KXYZ", "credit-only"],
    ["Photos: 3 hurt in drive-by on East Side", "media-link"],
    ["[SLIDESHOW: Scene of the Elm Street shooting]", "media-link"],
    ["VIDEO: John Doe reports from the scene", "media-link"],
    ["A photo posted by JOHN DOE (@johndoe12) on Oct 3, 2016 at 9:41pm PDT", "social-embed"],
    ["View image on TwitterView image on Twitter", "social-embed"],
    ["Nightclub shooting View gallery", "gallery-widget"],
    ["Open Gallery", "gallery-widget"],
    ["Scene of the crash Photo 3 of 12", "gallery"],
    // video players
    ["Hide Transcript Show Transcript", "player"],
    ["of Autoplay Pause Show Thumbnails Show Captions", "player"],
    ["WEBVTT A TEEN IS FIGHTING FORHIS LIFE TONIGHT.", "player"],
    ["Watch the report | Images", "watch-prompt"],
    ["Mobile users tap here for video", "watch-prompt"],
    ["Watch Channel 9 News starting at 5 for new details on this developing story.", "watch-prompt"],
    ["Read the original story here.", "read-here"],
    ["Read full story at example.com", "read-here"],
    // comments, tips, apps, polls, weather banners
    ["12 Pending Comments", "comments"],
    ["Comments (4)", "comments"],
    ["Now Playing", "player"],
    ["Report an Error", "comments"],
    ["Submit a Tip to KXYZ 7 News", "comments"],
    ["Download the KXYZ 7 News app for iPhone and Android", "app-alerts"],
    ["Never miss another Facebook post from 9News", "app-alerts"],
    ["Get the latest from KXYZ anytime: iPhone | iPad | Android | Email Alerts", "app-alerts"],
    ["View Results", "poll"],
    ["Freeze Warning", "weather-alert"],
    ["Woman shot and killed outside a bar in Spring...", "clipped-teaser"],
    [
      "...dense Fog Tonight... ...dense Fog Advisory Remains In Effect Until 9 Am Cst Friday... * Visibility...below A Quarter Mile.",
      "weather-bulletin",
    ],
    ["The interactive transcript could not be loaded.", "captcha"],
    ["Rating is available when the video is bought.", "captcha"],
    [
      "WXYZ NewsradioOak Lawn, Illinois Welcome to WXYZ Newsradio 780 & 105.9FM, The Home of Lakeside Hockey Radio, on CBSChicago.com! We bring you the news.",
      "station-promo",
    ],
    // sign-up and author-follow widgets, with or without the author's name
    ["Close Get email notifications on daily!", "follow-author"],
    ["Whenever Jane Roe posts new content, we will send you a note.", "signup"],
    // bylines, stamps, author bios and contacts
    ["By Jane Roe, John Doe and Mary Major", "byline"],
    ["by: Jane Roe, KXYZ News Updated: Mar 9, 2017 - 4:13 AM", "byline"],
    ["By: Associated Press", "byline"],
    ["Updated: Jan 8, 2017 - 5:45 PM", "stamp"],
    ["Posted: Sunday, March 22nd 2015 at 9:17pm", "stamp"],
    ["***UPDATED at 4:51 P.M. (CST) on Friday, March 13th***", "stamp"],
    ["Jane Roe is a staff writer for the Daily News. She can be reached at 555-380-8511.", "author-bio"],
    ["Contact the writer: jroe@example.com", "author-contact"],
    ["Reach Jane Roe at 555-353-3101 or on Twitter @janeroe.", "author-contact"],
    ["Follow reporter Jane Roe on Twitter", "author-contact"],
    ["jane.roe@example.com 612-555-4064", "contact-only"],
    ["John Doe: (904) 555-4385", "contact-only"],
    ["Contributing: Jane Roe", "contributing"],
    // wire and BBC credits
    ["Image copyright Getty Images", "bbc-image"],
    ['Image caption Jane Roe: "A proven leader," said Mr Doe', "bbc-image"],
    ["(Reporting by Jane Roe; Editing by John Doe)", "wire-credits"],
    ["Close Get email notifications on Jane Roe daily!", "follow-author"],
    // rights notices and station promotions
    ["(TM and © Copyright 2015 KXYZ Radio Inc. All Rights Reserved.)", "copyright"],
    [
      "(Source: Town Press Service © Town Herald 2019. All Rights Reserved. This content may not be published, broadcast, rewritten, or redistributed.)",
      "redistribution",
    ],
    [
      "Keep checking kxyz.com for the latest on this developing story. For alerts, get the free KXYZ App.",
      "station-promo",
    ],
    ["KXYZ-TVWelcome to KXYZ-TV on CBSSpringfield.com! KXYZ-TV is part of CBS Television Stations.", "station-promo"],
    ["For the latest on Midtown crime, subscribe to the Midtown Patch for email newsletters.", "station-promo"],
    ["This slideshow requires JavaScript.", "station-promo"],
    ["...wind Advisory Remains In Effect Until 6 Pm Cdt Monday... * Gusts Will Reach", "weather-bulletin"],
    [
      "Effective: March 5, 2017 at 3:29pmExpires: March 6, 2017 at 11:00amTarget Area: Clark; Floyd",
      "weather-bulletin",
    ],
    ["Staff writers Jane Roe and John Doe contributed to this report.", "contributed"],
    ["The Associated Press contributed to this story.", "contributed"],
    ["Daily News staff and wires", "contributed"],
    ["1:24", "bare-number"],
    ["(313) 555-2023", "bare-number"],
    ["41.454397 -81.764533", "bare-number"],
    // links to other stories, playlists, widgets and embed counters
    ["+ Man arrested after chase ends in cornfield", "plus-link"],
    ["PLAYLIST: RIVERTON CRIME IN 2018", "video-duration"],
    ["Fire destroys barn near county line | 1:12", "video-duration"],
    ["Dover, DE (19901)", "weather-widget"],
    ["Tonight", "weather-widget"],
    ["Sunny early, clouds later. High around 75F. Winds SW at 5 to 10 mph.", "weather-widget"],
    ["4 4 Retweets 7 7 likes", "tweet-furniture"],
    ["Follow", "tweet-furniture"],
    ["2 of 3 Premium Clicks used this month", "paywall"],
    ["You are the owner of this article.", "paywall"],
    ["We are sorry, this video is restricted in your region.", "paywall"],
    ["Do you support Jane Roe? Like the page:", "like-page"],
    ["Advertisements", "advertisement"],
    ["( Mon Jan 05 10:00:00 PST 2015 $__output )", "template-output"],
    ["Bloomberg via Getty Images", "credit-line"],
    ["ASSOCIATED PRESS", "credit-line"],
    ["FULL TEXT", "section-label"],
    ["text-align: center;", "style-rule"],
    ['<tweet tweet-id="1234567890"><tweet/>', "embed-placeholder"],
    ["X", "embed-placeholder"],
    ["Twitter: @janeroe.", "contact-only"],
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

  it.each([
    [
      "Deputies found the boy in the yard in Harlan County. (WXYZ Photo/Jane Roe)",
      "(WXYZ Photo/Jane Roe)",
      "station-photo-credit",
    ],
    ["A child grazed by a bullet in North City. (Source: KXYZ)", "(Source: KXYZ)", "station-photo-credit"],
    // a caption may tell the story's own toll ("two men were found shot inside this home")
    ["Officers at the scene of the shooting on Elm Street. (Photo: WXYZ)", "(Photo: WXYZ)", "photo-credit"],
    [
      "Deputies say two cars were hit. (Photo: John Doe, KXYZ 7 News)Buy Photo",
      "(Photo: John Doe, KXYZ 7 News)Buy Photo",
      "photo-credit",
    ],
    ["John Smith (Photo: County Jail)", "(Photo: County Jail)", "photo-credit"],
    ["Detectives talk near the tape. (Getty Images/File)", "(Getty Images/File)", "photo-credit"],
    ["A detective bags a shell casing found on the porch. Credit: KXYZ", "Credit: KXYZ", "credit-trailer"],
    ["The suspect was taken into custody without incident. Jane Roe/KXYZ", "Jane Roe/KXYZ", "caption-credit-end"],
  ])("only the credit closing a caption is marked: %s", (line, credit, rule) => {
    // the caption may hold the story's only mention of the place, so its sentence stays
    expect(marked(`Two men were shot.\n${line}\nOne died.`)).toEqual([[credit, rule]]);
  });

  it("a Gannett gallery scraped onto one line is marked whole, and its caption never reads as a victim", () => {
    const caption = "Police work outside the club after a fatal shooting, Sunday. (AP Photo/Jane Roe) ";
    const gallery = `Photos Warehouse fire View as list View as gallery ${caption.repeat(6)}`;
    expect(gallery.length).toBeGreaterThan(400);
    expect(marked(`Two men were shot.\n${gallery}\nOne died.`)).toEqual([[gallery.trim(), "gallery-widget"]]);
  });

  it("a carousel of other stories' video captions is marked whole, however long", () => {
    const other = "Caption Man bitten by dog in park A man was bitten by a dog on Saturday, officials said. ";
    const carousel = other.repeat(8);
    expect(carousel.length).toBeGreaterThan(400);
    expect(marked(`Two men were shot.\n${carousel}\nOne died.`)).toEqual([[carousel.trim(), "video-caption"]]);
  });

  it("a video caption closed by an unrendered template keeps its sentence", () => {
    const caption = "Police say a man was shot near the park. (Published Monday, $__output 5, 2015)";
    expect(marked(`Two men were shot Friday night, police said.\n\n${caption}`)).toEqual([
      ["(Published Monday, $__output 5, 2015)", "template-output"],
    ]);
  });

  it("a video caption's publication stamp is marked and its sentence kept", () => {
    const caption = "Two people were hurt when a car hit a bus stop, police said. (Published Friday, Oct. 9, 2015)";
    expect(marked(`Two men were shot Friday night, police said.\n\n${caption}`)).toEqual([
      ["(Published Friday, Oct. 9, 2015)", "video-published"],
    ]);
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
    ["TRENDING STORIES:", "Detectives are interviewing neighbors on the block."],
  ])("a body sentence after %s is kept", (label, body) => {
    expect(marked(`${label}\n${body}\nNo arrests were made.`)).toEqual([[label, "related-header"]]);
  });

  it.each([
    ["6:47 p.m. A neighbor dialed 911 a few minutes before 7 p.m."],
    ["7:01 Officers reached the mall and found a third victim."],
    ['7:05 "We heard four shots," a neighbor said."'],
    ["Previously, police said the man had been shot twice."],
    ["Previous update, 6:12 p.m. Oct. 3: A 5-year-old girl was accidentally shot, a deputy said."],
    ["Related charges were filed against the driver on Monday."],
    ["He said he heard a bang. Then another..."],
    ['"I never thought it could happen on our street...'],
    ["And then ..."],
    ["More than 30 guests were inside the hall when the shooting began."],
    ["The photo shows the car where the victim was found."],
    ["Police released an image of the suspect."],
    // sentences that open like furniture
    ["Updated: Initial reports said the victim was 13, but the school says he had turned 14."],
    ["By 4 p.m., roughly 600 protesters had gathered outside the courthouse."],
    ["By Wednesday evening, candles marked the wall outside the house."],
    ["By stumps Surrey were 231 for six."],
    ["Video (01:47) : After a blast left three workers hurt Friday morning, dozens rallied."],
    ["Watch the road, police told drivers near the scene."],
    ["Deputies credit neighbors' tips for helping find the getaway car"],
    ["The photo was posted to the school's Facebook page on Friday."],
    ["Anyone with details is urged to call Crime Stoppers at 555-867-TIPS."],
    ["Jane Roe is a mother of three who was shot in the leg."],
    ["× Teen shot near school released from hospital"],
    ["(Reporting by Jane Roe in New York; Editing by John Doe)"],
    ["John Doe in Dallas contributed to this article."],
    ["Officers asked residents to view the photos and call with tips."],
    ["The victim was a freelance photographer for the Daily News."],
    ["His mother was a reporter at the paper for 20 years."],
    ["Contact with the suspect was lost at 9 p.m."],
    ["He said the boys ran to the car/truck parked outside"],
    ["Police said the Star-Telegram and neighbors contributed to the search effort."],
    ["Today, the family asked for privacy."],
    ["Follow-up interviews were held on Tuesday."],
    ["Reuters reported the strike first."],
    ["note: the figures are preliminary;"],
  ])("body text stays: %s", (line) => {
    expect(marked(line)).toEqual([]);
  });
});

describe("a carousel of other stories whose cards each come twice in a row", () => {
  const story =
    "DAYTON, Ohio - A 4-year-old girl died after she found a loaded handgun in her uncle's car on Tuesday, police said.\n" +
    "Officers were called to the home on Elm Street around 6 p.m.";

  it("is marked card by card, and the story below it is kept", () => {
    const cards = [
      "Police say a woman was killed in a crash on the interstate last month.",
      "Man charged after chase ends in a cornfield",
      "A teacher was honored for thirty years at the same school.",
    ];
    const text = `${cards.map((c) => `${c}\n${c}`).join("\n")}\n${story}`;
    expect(marked(text)).toEqual(
      cards.flatMap((c) => [
        [c, "doubled-cards"],
        [c, "doubled-cards"],
      ]),
    );
  });

  it("one doubled line alone, the story's own summary, is kept", () => {
    const summary = "A 4-year-old girl died after she found a loaded handgun in her uncle's car.";
    expect(marked(`${summary}\n${summary}\n${story}`)).toEqual([]);
  });

  it("a story scraped with every paragraph twice is kept", () => {
    const paragraphs = story.split("\n");
    expect(marked(paragraphs.map((p) => `${p}\n${p}`).join("\n"))).toEqual([]);
  });
});

describe("another story's headline alone between two paragraphs", () => {
  const para1 =
    "A 16-year-old girl was wounded in the arm Friday evening near Elm Street and Third Avenue, police said.";
  const para2 = "Officers found the girl on the sidewalk and took her to Mercy Hospital.";
  const para3 = "No arrests have been made.";

  it("is marked when nearly all its words are new to the article", () => {
    const stray = "Retired firefighter stabbed outside Riverside bowling alley";
    expect(marked([para1, para2, stray, para3].join("\n\n"))).toEqual([[stray, "stray-headline"]]);
  });

  it("is marked as the last line, a link after the story's end", () => {
    const stray = "Retired firefighter stabbed outside Riverside bowling alley";
    expect(marked([para1, para2, para3, stray].join("\n\n"))).toEqual([[stray, "stray-headline"]]);
  });

  it("a subhead of the story itself, using its words, is kept", () => {
    const subhead = "Girl wounded near Elm Street taken to Mercy Hospital";
    expect(marked([para1, para2, subhead, para3].join("\n\n"))).toEqual([]);
  });

  it("a sentence broken by a text wrapped at a fixed width is kept", () => {
    const wrapped =
      "Retired firefighter Tom Baker told reporters that the bowling alley owners had\nbeen warned twice.";
    expect(marked([para1, para2, wrapped, para3].join("\n"))).toEqual([]);
  });

  it("the article's own headline, before any body line, is kept", () => {
    const headline = "Retired firefighter stabbed outside Riverside bowling alley";
    expect(marked([headline, para1, para2, para3].join("\n\n"))).toEqual([]);
  });
});
