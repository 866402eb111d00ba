import type { ActorType, Token } from "../../document/schema.js";
import { capitalCountry, countryCode, demonymCountry, knowledge } from "../knowledge.js";
import type { Mention } from "../tagger.js";
import type { Cluster } from "./cluster.js";
import { SpanIndex } from "../../util/span-index.js";

const MAX_WORDS = 3;

let firstWordSet: Set<string> | null = null;
function firstWords(): Set<string> {
  firstWordSet ??= new Set([...knowledge().descriptors.keys()].map((d) => d.split(" ")[0]!));
  return firstWordSet;
}

/**
 * The country or capital named last before `at` in the sentence starting at `sentenceStart`. `places`:
 * the place mentions in text order, `before(at)` how many of them start before `at`.
 */
function possessor(
  places: readonly Mention[],
  before: (at: number) => number,
  at: number,
  sentenceStart: number,
): string | null {
  for (let k = before(at) - 1; k >= 0; k--) {
    const m = places[k]!;
    if (m.start >= at || m.type !== "place") continue;
    if (m.start < sentenceStart) break;
    const c = countryCode(m.text) ?? capitalCountry(m.text);
    if (c) return c;
  }
  return null;
}

/**
 * Actors named by their kind: "Islamist fighters", "takfiris", "insurgents" (rebel groups),
 * "Iranian troops" (state forces of Iran), "protesters". Within an article, kind words of one ACLED
 * category and country are taken as one actor (news rarely distinguishes two rebel sides by kind words
 * alone); state forces need a country to be told apart, so a bare "troops" is left unlinked.
 */
export function linkKinds(
  text: string,
  sents: Token[][],
  lowers: readonly (readonly string[])[],
  mentions: readonly Mention[],
  of: readonly number[],
  clusters: Cluster[],
): void {
  const k = knowledge();
  const byKey = new Map<string, number>();
  const named = new Set<number>();
  for (const m of mentions)
    if (m.type === "person" || m.type === "organization" || m.type === "place") named.add(m.start);
  const firsts = firstWords();
  const names = new SpanIndex(mentions, (m) => m.type !== "group" && m.type !== "other");
  const organizations = new SpanIndex(mentions, (m) => m.type === "organization");
  const groupWords = new SpanIndex(mentions, (m) => m.type === "group" || m.type === "other");
  const places = mentions.filter((m) => m.type === "place");
  // places in text order are searched by offset; out of order (never from the tagger), all are read
  const placesInOrder = places.every((m, k) => k === 0 || places[k - 1]!.start <= m.start);
  const placesBefore = (at: number): number => {
    if (!placesInOrder) return places.length;
    let lo = 0;
    let hi = places.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (places[mid]!.start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  sents.forEach((toks, si) => {
    const lower = lowers[si]!;
    for (let i = 0; i < toks.length; i++) {
      if (!firsts.has(lower[i]!)) continue;
      let found = 0;
      let type: ActorType | undefined;
      let key = "";
      for (let n = 1; n <= MAX_WORDS && i + n <= toks.length; n++) {
        key = n === 1 ? lower[i]! : key + " " + lower[i + n - 1]!;
        const t = k.descriptors.get(key);
        if (t) {
          found = n;
          type = t;
        }
      }
      if (!found || !type || named.has(toks[i]!.start)) continue;
      const last = toks[i + found - 1]!;
      // part of a longer name ("Free Syrian Army") is the name's business
      if (names.overlaps(toks[i]!.start, last.end)) {
        i += found - 1;
        continue;
      }
      // "Houthi rebels", "Boko Haram fighters": the kind word describes the named group before it
      const owner = i > 0 ? organizations.firstEndingAt(toks[i - 1]!.end) : -1;
      if (owner >= 0) {
        const o = mentions[owner]!;
        clusters[of[owner]!]!.other.push({
          start: o.start,
          end: last.end,
          text: text.slice(o.start, last.end),
          alias: true,
        });
        i += found - 1;
        continue;
      }
      // "fighters of the People's Protection Units"
      const after = toks[i + found];
      const ofOrg = after?.text === "of" ? organizations.firstStartingIn(after.end, after.end + 5) : -1;
      if (ofOrg >= 0) {
        clusters[of[ofOrg]!]!.other.push({
          start: toks[i]!.start,
          end: last.end,
          text: text.slice(toks[i]!.start, last.end),
          alias: false,
        });
        i += found - 1;
        continue;
      }
      let from = i;
      const prev = toks[i - 1];
      let country = prev ? demonymCountry(prev.text) : null;
      if (country) from = i - 1;
      // "Tehran deployed its troops": a possessive points back to the country or capital before it
      else if (prev && /^(?:its|their)$/i.test(prev.text))
        country = possessor(places, placesBefore, toks[i]!.start, toks[0]!.start);
      if (type === "state forces" && !country) {
        i += found - 1;
        continue;
      }
      const start = toks[from]!.start;
      const end = last.end;
      const ckey = type + "|" + (country ?? "");
      let c = byKey.get(ckey);
      if (c === undefined) {
        c = clusters.length;
        clusters.push({
          type: type === "state forces" ? "organization" : "group",
          named: [],
          other: [],
          actorType: type,
          country,
          generic: true,
        });
        byKey.set(ckey, c);
      }
      // a group word inside ("Iranian" troops, "Islamist" fighters) stays a group entity; its actor becomes this one
      for (const d of groupWords.within(start, end)) (of as number[])[d] = c;
      clusters[c]!.other.push({ start, end, text: text.slice(start, end), alias: true });
      i += found - 1;
    }
  });
}
