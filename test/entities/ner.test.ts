import { describe, expect, it } from "vitest";
import { splitGlued } from "../../src/entities/glue.js";
import { extract } from "../../src/index.js";
import { runPipeline } from "../../src/pipeline.js";
import { loadData } from "../../src/util/data.js";
import { readJsonl } from "../helpers.js";

interface NerRecord {
  id: string;
  text: string;
  gold: { entities: { start: number; end: number; type: string }[] };
}

describe("named entity mentions", () => {
  it.each([
    [
      "Mohsen Rezaee, the secretary of the Expediency Discernment Council, spoke in Tehran.",
      [
        ["Mohsen Rezaee", "person"],
        ["Expediency Discernment Council", "organization"],
        ["Tehran", "place"],
      ],
    ],
    [
      "Kurds and Shiite militias clashed with Turkish soldiers near Kirkuk.",
      [
        ["Kurds", "group"],
        ["Shiite", "group"],
        ["Turkish", "group"],
        ["Kirkuk", "place"],
      ],
    ],
    [
      "In April, Tehran deployed the 65th Airborne Special Forces Brigade to Syria.",
      [
        ["Tehran", "place"],
        ["65th Airborne Special Forces Brigade", "organization"],
        ["Syria", "place"],
      ],
    ],
  ] as const)("%s", (text, want) => {
    const got = extract(text).entities.map((e) => [e.text, e.type]);
    for (const w of want) expect(got).toContainEqual(w);
  });

  it("keeps F1 over person, organization and place above 0.9 on the first 40 CoNLL testa documents", () => {
    const docs = readJsonl<NerRecord>("eval/ner/dev.jsonl").slice(0, 40);
    const MAIN = new Set(["person", "organization", "place"]);
    let tp = 0;
    let np = 0;
    let ng = 0;
    for (const r of docs) {
      const doc = runPipeline({ id: r.id, text: r.text });
      const gold = new Set(r.gold.entities.filter((e) => MAIN.has(e.type)).map((e) => `${e.start}:${e.end}:${e.type}`));
      const pred = doc.entities.filter((e) => MAIN.has(e.type));
      ng += gold.size;
      np += pred.length;
      for (const e of pred) if (gold.has(`${e.start}:${e.end}:${e.type}`)) tp++;
    }
    const f1 = (2 * tp) / (np + ng);
    expect(f1).toBeGreaterThan(0.9);
  });

  it("splits a name glued to the verb after it, and leaves real words whole", () => {
    const tok = (text: string, start: number) => ({ start, end: start + text.length, text, kind: "word", sentence: 0 });
    const [out] = splitGlued([[tok("newspaper", 0), tok("Ghanooncomparing", 10), tok("Understanding", 27)]]);
    expect(out!.map((t) => t.text)).toEqual(["newspaper", "Ghanoon", "comparing", "Understanding"]);
    expect(out![2]!.start).toBe(17);
  });

  it.each([
    "entities/gazetteer.json",
    "entities/countries.json",
    "entities/armed-groups.json",
    "entities/actor-nouns.json",
    "entities/groups.json",
    "entities/titles.json",
  ])("names the source of %s", (file) => {
    expect(loadData<{ about: string }>(file).about.length).toBeGreaterThan(40);
  });
});

describe("a preposition or conjunction opening the sentence before a name", () => {
  it.each([
    ["Despite Marchetti's repeated warnings, the convoy left at dawn.", "Marchetti"],
    ["Because Okafor refused to sign, the deal collapsed.", "Okafor"],
  ])("%s", (text, name) => {
    const doc = extract(text);
    const names = doc.entities.map((e) => text.slice(e.start, e.end));
    expect(names).toContain(name);
    expect(names.some((n) => /^(?:Despite|Because) /.test(n))).toBe(false);
  });
});
