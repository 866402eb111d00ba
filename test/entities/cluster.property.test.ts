import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Cluster, clusterNames, sameReferent } from "../../src/entities/resolve/cluster.js";
import { words } from "../../src/entities/resolve/names.js";
import type { Mention } from "../../src/entities/tagger.js";

/** Names that match one another in every way clusterNames knows: surnames, typos, acronyms, "of" forms, countries. */
const NAMES: [string, Mention["type"]][] = [
  ["Mohsen Rezaee", "person"],
  ["Rezaee", "person"],
  ["Razaee", "person"],
  ["Rezae", "person"],
  ["Shamkhanii", "person"],
  ["Shamkahni", "person"],
  ["Admiral Ali Shamkhani", "person"],
  ["Ali Shamkhani", "person"],
  ["Shamkhani", "person"],
  ["Lee", "person"],
  ["Iran Revolutionary Guard Corps", "organization"],
  ["IRGC", "organization"],
  ["Supreme National Security Council", "organization"],
  ["Supreme National Security Council of Iran", "organization"],
  ["Supreme National Securty Council", "organization"],
  ["the Islamic State", "organization"],
  ["Islamic State", "other"],
  ["ISIS", "organization"],
  ["Boko Haram", "organization"],
  ["Iran", "place"],
  ["Islamic Republic of Iran", "place"],
  ["Syria", "place"],
  ["Aleppo", "place"],
  ["Kurds", "group"],
];

/** The clustering clusterNames replaced: every new name compared with every cluster made so far. */
function byScan(mentions: Mention[]): number[] {
  const order = mentions.map((_, i) => i);
  const len = mentions.map((m) => words(m.text).length);
  order.sort((a, b) => len[b]! - len[a]! || mentions[a]!.start - mentions[b]!.start);
  const clusters: Cluster[] = [];
  const of = new Array<number>(mentions.length).fill(-1);
  const seen = new Map<string, number>();
  const lowers = mentions.map((m) => m.text.toLowerCase());
  for (const i of order) {
    const m = mentions[i]!;
    let c = seen.get(m.text) ?? clusters.findIndex((cl) => sameReferent(m, lowers[i]!, cl.named, mentions, lowers));
    if (c === -1) {
      c = clusters.length;
      clusters.push({ type: m.type, named: [], other: [], actorType: null, country: null });
    }
    of[i] = c;
    seen.set(m.text, c);
    clusters[c]!.named.push(i);
  }
  return of;
}

describe("clusterNames", () => {
  it("groups names as comparing each with every cluster so far does", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: NAMES.length - 1 }), { minLength: 1, maxLength: 30 }), (picks) => {
        let text = "";
        const mentions: Mention[] = picks.map((k, i) => {
          const [name, type] = NAMES[k]!;
          text += i ? ". " : "";
          const start = text.length;
          text += name;
          return { start, end: text.length, text: name, type, sentence: i, from: 0, to: words(name).length };
        });
        // (the key index is used from a few hundred mentions on: asked for here from the first)
        expect(clusterNames(mentions, text, { indexFrom: 0 }).of).toEqual(byScan(mentions));
        expect(clusterNames(mentions, text).of).toEqual(byScan(mentions));
      }),
    );
  });
});
