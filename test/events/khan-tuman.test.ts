import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { KHAN_TUMAN, readShared } from "../helpers.js";

interface Expected {
  casualties: {
    kind: string;
    low: number | null;
    best: number | null;
    high: number | null;
    aggregate?: boolean;
    victims: string;
  }[];
  events: {
    type: string;
    sub_type: string;
    fatalities: number;
    injured?: number;
    evidence: string;
  }[];
}

const text = readShared(KHAN_TUMAN);
const expected = JSON.parse(readShared("examples/khan-tuman/expected.json")) as Expected;
const doc = extract(text, { published: "2016-05-10" });

describe("casualties and events of the Khan Tuman article", () => {
  it("finds exactly the expected casualties: kinds, counts, victims and the aggregate flag", () => {
    expect(doc.casualties).toHaveLength(expected.casualties.length);
    for (const want of expected.casualties) {
      const got = doc.casualties.find((c) => c.kind === want.kind);
      expect(got, want.kind).toBeDefined();
      expect(got!.low).toBe(want.low);
      expect(got!.best).toBe(want.best);
      expect(got!.high).toBe(want.high);
      expect(!!got!.aggregate).toBe(!!want.aggregate);
      expect(got!.victims ?? "").toContain(want.victims);
    }
  });

  it("keeps every casualty span exact and outside boilerplate", () => {
    for (const c of doc.casualties) {
      expect(text.slice(c.start, c.end)).toBe(c.text);
      for (const b of doc.boilerplate) expect(c.end <= b.start || c.start >= b.end).toBe(true);
    }
  });

  it("marks the cumulative 400 as a claim: 'according to reports' hedges it and names no source", () => {
    const total = doc.casualties.find((c) => c.aggregate);
    expect(total?.status).toBe("claimed");
    expect(total?.source ?? null).toBeNull();
  });

  it("dates the battle to May 6 at Khan Tuman, Aleppo, and places Iran's deployment in Syria alone", () => {
    const battle = doc.events.find((e) => e.type === "Battles")!;
    expect(battle.date).toEqual({ value: "2016-05-06", precision: 1 });
    expect(battle.place).toMatchObject({ name: "Khan Tuman", country: "SY", admin1: "Aleppo", precision: 2 });
    expect(battle.status).toBe("reported");
    const deployment = doc.events.find((e) => e.type === "Strategic developments")!;
    expect(deployment.date?.value).toBe("2016-04");
    expect(deployment.actor1?.name).toBe("Military Forces of Iran");
    // "its first official deployment outside of Iran since the end of the Iran-Iraq war": neither Iran is where
    expect(deployment.place?.country).toBe("SY");
    // nor is the village of the May battle: the deployment's own text names no place, so only the country
    expect(deployment.place).toMatchObject({ name: "Syria", precision: 3 });
  });

  it("assembles exactly the expected events, with their types and counts", () => {
    expect(doc.events).toHaveLength(expected.events.length);
    for (const want of expected.events) {
      const got = doc.events.find((e) => e.type === want.type);
      expect(got, want.type).toBeDefined();
      expect(got!.subType).toBe(want.sub_type);
      expect(got!.fatalities?.best ?? 0).toBe(want.fatalities);
      if (want.injured !== undefined) expect(got!.injured?.best).toBe(want.injured);
      // the evidence covers the sentence part the analyst cites
      const cited = text.indexOf(want.evidence);
      expect(got!.evidence.some((r) => r.start < cited + want.evidence.length && cited < r.end)).toBe(true);
    }
  });

  it("names the attackers and the victims of the battle from the text", () => {
    const battle = doc.events.find((e) => e.type === "Battles")!;
    expect(battle.actor1?.name).toMatch(/takfiris|insurgents|Islamist fighters/i);
    expect(battle.actor2?.name).toMatch(/IRGC|Revolutionary Guard/);
  });

  it("makes no event of history, background, the cumulative total or boilerplate", () => {
    const evidence = doc.events.flatMap((e) => e.evidence.map((r) => text.slice(r.start, r.end))).join(" ");
    for (const notEvent of [
      "Iran-Iraq",
      "Karbala",
      "aerial intervention",
      "cessation of hostilities",
      "400 casualties",
      "Palmyra",
    ])
      expect(evidence).not.toContain(notEvent);
  });
});
