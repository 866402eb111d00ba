import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { casualtyMisses, formatMisses } from "../../src/eval/misses.js";

const body = "A long enough article body about a shooting. ".repeat(6);
const gold = (id: string, killed: number, injured: number) =>
  JSON.stringify({
    id,
    text: body,
    title: `story ${id}`,
    published: "2016-05-09",
    gold: { killed, injured, date: "2016-05-08", city: "Austin", state: "Texas", lat: 30.27, lon: -97.74 },
  });
const event = (k: number, i: number, date: string) => ({
  fatalities: { best: k },
  injured: { best: i },
  date: { value: date, precision: 1 },
  place: { name: "Austin", admin1: "Texas", lat: 30.27, lon: -97.74 },
});

describe("casualty misses", () => {
  it("puts each wrong article under its class, reading the event the scorer reads", () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-misses-"));
    const g = join(dir, "gold.jsonl");
    const p = join(dir, "pred.jsonl");
    writeFileSync(g, [gold("right", 1, 0), gold("under", 1, 3), gold("none", 0, 1)].join("\n"));
    writeFileSync(
      p,
      [
        { id: "right", events: [event(1, 0, "2016-05-08")] },
        // the scorer reads the biggest event: 1 killed + 0 injured, under the gold's 3 injured
        { id: "under", events: [event(0, 0, "2016-05-08"), event(1, 0, "2016-05-09")] },
        { id: "none", events: [] },
      ]
        .map((x) => JSON.stringify(x))
        .join("\n"),
    );
    const m = casualtyMisses(g, p);
    expect([...m.keys()].sort()).toEqual(["count:injured-under", "count:noevent", "date:published"]);
    expect(m.get("count:injured-under")![0]).toContain("pred k=1 i=0");
    const text = formatMisses(m, "count:no");
    expect(text).toContain("count:noevent: 1\n");
    expect(text).toContain("== count:noevent\n  none");
    expect(text).not.toContain("== count:injured-under");
  });
});
