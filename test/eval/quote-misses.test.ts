import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { quoteMisses } from "../../src/eval/quote-misses.js";

const TEXT =
  "Kemper thanked Dayton and said it was good to be back. Police said two men were arrested. The mayor praised the crowd.";
const span = (s: string) => {
  const start = TEXT.indexOf(s);
  return { start, end: start + s.length, text: s };
};
const att = (source: string | null, cue: string, content: string) => ({
  source: source ? span(source) : null,
  cue: span(cue),
  content: span(content),
});

/** Writes one gold record and one prediction line, runs the miss classifier, returns class -> count. */
function classes(quotes: unknown[]): Record<string, number> {
  const dir = mkdtempSync(join(tmpdir(), "qm-"));
  const gold = {
    id: "a",
    text: TEXT,
    gold: {
      attributions: [
        att("Kemper", "thanked", "Dayton"),
        att("Kemper", "said", "it was good to be back"),
        att("Police", "said", "two men were arrested"),
        att("The mayor", "praised", "the crowd"),
      ],
    },
  };
  writeFileSync(join(dir, "g.jsonl"), JSON.stringify(gold) + "\n");
  writeFileSync(join(dir, "p.jsonl"), JSON.stringify({ id: "a", quotes }) + "\n");
  const out: Record<string, number> = {};
  for (const [c, lines] of quoteMisses(join(dir, "g.jsonl"), join(dir, "p.jsonl"))) out[c] = lines.length;
  return out;
}

const pred = (content: string, speaker: string | null) => ({
  ...span(content),
  speaker: speaker ? { name: speaker, ...span(speaker) } : null,
});

describe("quote misses sort wrong attributions the way the kit's scorer counts them", () => {
  it.each([
    [
      "one prediction spanning two gold contents loses the one with less coverage",
      [pred("Dayton and said it was good to be back", "Kemper")],
      { "miss:taken:beside": 1, "miss:none:before:short": 2 },
    ],
    [
      "a right content with another speaker is a source error, not a miss",
      [pred("two men were arrested", "Kemper")],
      { "source:wrong": 1, "miss:none:before:short": 3 },
    ],
    [
      "a prediction overlapping no gold content is spare",
      [pred("Kemper thanked", "Kemper"), pred("the crowd", "The mayor")],
      { "spare:none": 1, "miss:none:before:short": 3 },
    ],
  ])("%s", (_, quotes, want) => {
    const got = classes(quotes);
    for (const [c, n] of Object.entries(want)) expect(got[c], JSON.stringify(got)).toBe(n);
  });
});
