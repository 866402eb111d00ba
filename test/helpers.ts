import { expect } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Event } from "../src/document/schema.js";
import { extract } from "../src/index.js";
import { sharedDir } from "../src/util/data.js";

export const SHARED = sharedDir();

export function readShared(rel: string): string {
  return readFileSync(join(SHARED, rel), "utf8");
}

export function readJsonl<T = Record<string, unknown>>(rel: string): T[] {
  return readShared(rel)
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

export const KHAN_TUMAN = "examples/khan-tuman/article.txt";

/**
 * The Khan Tuman battle as an analyst codes it (expected.json), with `evidence` pointing at `phrase` in
 * the article: a fixed event for tests of what stores and shows events, independent of the events stage.
 */
export function khanTumanBattle(text: string, phrase = "killing 13 IRGC members and injuring 21 others"): Event {
  const at = text.indexOf(phrase);
  return {
    type: "Battles",
    subType: "Non-state actor overtakes territory",
    date: { value: "2016-05-06", precision: 1 },
    place: { name: "Khan Tuman", country: "SY", admin1: "Aleppo", lat: 36.12, lon: 37.05, precision: 2 },
    actor1: { name: "Islamist fighters" },
    actor2: { name: "Iran Revolutionary Guard Corps" },
    fatalities: { low: 13, best: 13, high: 13 },
    injured: { low: 21, best: 21, high: 21 },
    evidence: [{ start: at, end: at + phrase.length }],
    status: "asserted",
  };
}

/** The main event (most killed + injured) of a short local news report, as the casualties eval reads it. */
export function mainEvent(text: string, published: string, title?: string): Event | undefined {
  const doc = extract(text, { published, title });
  let best = doc.events[0];
  for (const e of doc.events)
    if ((e.fatalities?.best ?? 0) + (e.injured?.best ?? 0) > (best!.fatalities?.best ?? 0) + (best!.injured?.best ?? 0))
      best = e;
  return best;
}

/** [killed, injured] of the article's biggest event, as the casualties scorer reads it. */
export function tolls(text: string, title = "", published = "2016-08-12"): [number | null, number | null] {
  const ev = mainEvent(text, published, title);
  return [ev?.fatalities?.best ?? null, ev?.injured?.best ?? null];
}

/** The speaker mention of the attribution with this cue, or null when it has none. */
export function speakerOf(text: string, cue: string): string | null {
  const doc = extract(text, {});
  const q = doc.quotes.find((x) => x.cue?.text === cue);
  if (!q) throw new Error(`no attribution with cue ${cue}`);
  return q.speaker ? text.slice(q.speaker.start, q.speaker.end) : null;
}

/** A sentence and the attribution its cue should yield: exact content and speaker text. */
export interface AttributionCase {
  text: string;
  cue: string;
  content: string;
  speaker: string;
}

/** The attribution with the case's cue has exactly the case's content and speaker. */
export function expectAttribution(c: AttributionCase): void {
  const doc = extract(c.text);
  const q = doc.quotes.find((x) => x.cue?.text === c.cue);
  expect(q, JSON.stringify(doc.quotes.map((x) => [x.cue?.text, x.text]))).toBeDefined();
  expect(q!.text).toBe(c.content);
  expect(doc.text.slice(q!.speaker!.start, q!.speaker!.end)).toBe(c.speaker);
}
