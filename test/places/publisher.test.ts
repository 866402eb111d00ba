import { describe, expect, it } from "vitest";
import { gazetteer } from "../../src/places/gazetteer/index.js";
import { publisherCountry, publisherHost, publisherTown } from "../../src/places/publisher.js";
import { extract } from "../../src/index.js";

describe("the publisher's address", () => {
  it.each([
    ["http://web.archive.org/web/20190305112233/http://www.wlky.com:80/news/x", "www.wlky.com"],
    ["https://web.archive.org/web/2017id_/https://m.wsbtv.com/news", "m.wsbtv.com"],
    ["https://www.bbc.co.uk/news/1", "www.bbc.co.uk"],
  ])("%s is published on %s", (url, host) => {
    expect(publisherHost(url)).toBe(host);
  });

  it.each([
    ["http://web.archive.org/web/20180704090807/http://www.bbc.co.uk/news/1", "GB"],
    ["http://www.wlky.com/news/1", "US"],
    ["http://www.kare11.com/news/1", "US"],
    ["http://www.wmc-tv.com/story/1", "US"],
    ["http://web.archive.org/web/20190101000001/http://m.wsbtv.com:80/news/n", "US"],
    ["http://www.wbbjtv.com/2016/1", "US"],
    ["http://abc7chicago.com/news/1", "US"],
    // .com names that merely start with K or W are not call signs
    ["http://www.washingtonpost.com/world/1", null],
    ["http://www.kyivpost.com/article/1", null],
    ["http://www.reuters.com/article/1", null],
    ["https://en.wikinews.org/wiki/1", null],
    ["http://www.king5.com/news/1", "US"],
  ])("%s is a publisher in %s", (url, country) => {
    expect(publisherCountry(url, gazetteer())).toBe(country);
  });

  it.each([
    ["http://web.archive.org/web/20180912151617/http://www.miamiherald.com/news/1", "Miami", "US"],
    ["http://chicago.suntimes.com/news/1", "Chicago", "US"],
    ["http://www.fox13memphis.com/news/1", "Memphis", "US"],
    ["http://www.reuters.com/article/1", null, null],
    ["http://www.cnn.com/2017/03/14/world/1", null, null],
  ])("%s is named after the town %s", (url, town, country) => {
    const f = publisherTown(url, gazetteer());
    expect(f?.name ?? null).toBe(town);
    expect(f?.country ?? null).toBe(country);
  });
});

describe("a local broadcaster's stories are read in its country", () => {
  it.each([
    ["http://web.archive.org/web/20170225181920/http://www.wgal.com/news/1", "US"],
    ["http://www.bbc.co.uk/news/1", "GB"],
  ])("York in a story from %s lies in %s", (url, country) => {
    const text = "A man was shot in York on Friday night. York police said he died at the hospital.";
    const p = extract(text, { url }).places.find((x) => x.text === "York");
    expect(p?.country).toBe(country);
  });
});
