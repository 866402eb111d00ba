import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { eventPlace } from "../../src/places/index.js";
import { distanceKm } from "../../src/places/geo.js";
import { overlaps } from "../../src/util/ranges.js";
import { KHAN_TUMAN, readShared } from "../helpers.js";

interface ExpectedPlace {
  name: string;
  country: string;
  admin1?: string;
  lat?: number;
  lon?: number;
  tolerance_km?: number;
  kind?: string;
}

const text = readShared(KHAN_TUMAN);
const expected = JSON.parse(readShared("examples/khan-tuman/expected.json")) as { places: ExpectedPlace[] };
const doc = extract(text, { published: "2016-05-10" });

const fold = (s: string | null): string =>
  (s ?? "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

describe("places on the Khan Tuman article", () => {
  it.each(expected.places.map((p) => [p.name, p] as const))("resolves %s as the analyst does", (name, want) => {
    const found = doc.places.filter((p) => fold(p.text) === fold(name));
    expect(found.length).toBeGreaterThan(0);
    for (const p of found) {
      expect(p.country).toBe(want.country);
      if (want.admin1) expect(fold(p.admin1)).toBe(fold(want.admin1));
      if (want.kind === "admin1") expect(fold(p.admin1)).toBe(fold(name));
      if (want.lat !== undefined && want.lon !== undefined) {
        expect(distanceKm(p.lat!, p.lon!, want.lat, want.lon)).toBeLessThanOrEqual(want.tolerance_km ?? 25);
      }
    }
  });

  it("gives Khan Tuman, which the gazetteer lacks, its raw name, the Aleppo anchor and precision 2", () => {
    const kt = doc.places.filter((p) => p.text === "Khan Tuman");
    expect(kt.length).toBe(3);
    for (const p of kt) {
      expect(p.name).toBe("Khan Tuman");
      expect(p.precision).toBe(2);
      expect(text.slice(p.anchor!.start, p.anchor!.end)).toBe("Aleppo");
    }
  });

  it("keeps offsets exact and nothing inside boilerplate", () => {
    for (const p of doc.places) {
      expect(text.slice(p.start, p.end)).toBe(p.text);
      for (const b of doc.boilerplate) expect(overlaps(p, b)).toBe(false);
    }
    expect(doc.places.some((p) => p.text === "Palmyra")).toBe(false);
  });

  it("marks the dateline, the metonymic Tehran and the relative Aleppo", () => {
    expect(doc.places.find((p) => p.text === "BEIRUT")?.role).toBe("dateline");
    const tehrans = doc.places.filter((p) => p.text === "Tehran");
    // "Top officials in Tehran" is a place; "Tehran deployed its troops" is the Iranian state.
    expect(tehrans.map((p) => p.role ?? "place")).toEqual(["place", "actor"]);
    const aleppo = doc.places.find((p) => p.text === "Aleppo");
    expect(aleppo?.relative).toBe("south of");
    expect(aleppo?.precision).toBe(2);
  });

  it("reads no nationality word as a place", () => {
    for (const w of ["Iranian", "Syrian", "Russian"]) expect(doc.places.some((p) => p.text === w)).toBe(false);
  });

  it("gives the Khan Tuman battle its village as event place, never the dateline", () => {
    const at = text.indexOf("killing 13 IRGC members");
    const place = eventPlace(doc, { start: at, end: text.indexOf("on May 6", at) });
    expect(place?.name).toBe("Khan Tuman");
    expect(place?.country).toBe("SY");
    expect(place?.precision).toBe(2);
    for (const s of doc.sentences) expect(eventPlace(doc, s)?.name).not.toBe("Beirut");
  });

  it("never places an event in a country it happened outside of, nor in a war's name", () => {
    const at = text.indexOf("In April, Tehran deployed");
    const sentence = doc.sentences.find((s) => s.start <= at && at < s.end)!;
    // both Irans of "deployment outside of Iran since the end of the Iran-Iraq war" are in the sentence
    expect(
      doc.places.filter((p) => p.start >= sentence.start && p.end <= sentence.end && p.name === "Iran"),
    ).toHaveLength(2);
    expect(eventPlace(doc, sentence)?.country).toBe("SY");
  });
});
