import type { ActorType, EntityType, Range } from "../../document/schema.js";
import { countryCode, knowledge } from "../knowledge.js";
import type { Mention } from "../tagger.js";
import { isAcronym, organizationMatch, personMatch, words } from "./names.js";
import { ReferentIndex } from "./referent-index.js";
import { pushTo } from "../../util/group.js";

/** One referent of the article while it is being assembled into an Actor. */
export interface Cluster {
  type: EntityType;
  /** named mentions (indexes into the mention list) */
  named: number[];
  /** descriptions, pronouns and kind words that refer to it: "The Iranian general", "he", "takfiris" */
  other: (Range & { text: string; alias: boolean })[];
  actorType: ActorType | null;
  country: string | null;
  /** a referent named only by kind ("insurgents"), merged with others of its kind and country */
  generic?: boolean;
}

function compatible(a: EntityType, b: EntityType): boolean {
  if (a === b) return true;
  const orgish = (t: EntityType) => t === "organization" || t === "other";
  return orgish(a) && orgish(b);
}

/** `named`: the cluster's names (mention indexes), `lowers`: each mention's text in lower case, `lower` that of `m` */
export function sameReferent(
  m: Mention,
  lower: string,
  named: readonly number[],
  mentions: readonly Mention[],
  lowers: readonly string[],
): boolean {
  for (const i of named) {
    const n = mentions[i]!;
    if (lowers[i] === lower) return true;
    if (!compatible(n.type, m.type)) continue;
    if (m.type === "person" && personMatch(m.text, n.text)) return true;
    if (m.type === "place" && n.type === "place") {
      const a = countryCode(m.text);
      if (a && a === countryCode(n.text)) return true;
    }
    if ((m.type === "organization" || m.type === "other") && organizationMatch(m.text, n.text)) return true;
    if (m.type === "organization") {
      const g = knowledge().armedGroups;
      const a = g.get(lower);
      if (a && a === g.get(lowers[i]!)) return true;
    }
  }
  return false;
}

/** Mention indexes by end offset, ascending. */
function byEnd(mentions: readonly Mention[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  mentions.forEach((m, i) => pushTo(out, m.end, i));
  return out;
}

const SPACE = /\s/;

/** "Iran Revolutionary Guard Corps (IRGC)": the bracketed acronym names what precedes it. */
function parentheticalOf(
  m: Mention,
  mentions: readonly Mention[],
  ends: () => Map<number, number[]>,
  text: string,
): number {
  if (!isAcronym(m.text)) return -1;
  const before = text.slice(Math.max(0, m.start - 3), m.start);
  if (!/\(\s*$/.test(before) || text.charAt(m.end) !== ")") return -1;
  const open = m.start - (before.length - before.lastIndexOf("("));
  // the first mention ending right before the bracket, blanks apart
  let best = -1;
  for (let end = open; end >= 0; end--) {
    for (const i of ends().get(end) ?? []) {
      const p = mentions[i]!;
      if (p !== m && words(p.text).length > 1 && (best < 0 || i < best)) best = i;
    }
    if (end === 0 || !SPACE.test(text.charAt(end - 1))) break;
  }
  return best;
}

/** From this many mentions on, clusters are found through a ReferentIndex rather than by a scan. */
const INDEX_FROM = 500;

/**
 * Groups named mentions into referents. Longer names go first so that a surname or acronym finds the
 * full name wherever in the article it was written.
 */
export function clusterNames(
  mentions: readonly Mention[],
  text: string,
  { indexFrom = INDEX_FROM }: { indexFrom?: number } = {},
): { clusters: Cluster[]; of: number[] } {
  const order = mentions.map((_, i) => i);
  const len = mentions.map((m) => words(m.text).length);
  order.sort((a, b) => len[b]! - len[a]! || mentions[a]!.start - mentions[b]!.start);
  const clusters: Cluster[] = [];
  const of = new Array<number>(mentions.length).fill(-1);
  // an article's few names are compared with every cluster; a long text's are looked up (the same clusters)
  const index = mentions.length >= indexFrom ? new ReferentIndex() : null;
  let ends: Map<number, number[]> | undefined;
  const endsOnce = () => (ends ??= byEnd(mentions));
  // bracketed acronyms first: they tie two names that share no words
  for (const i of order) {
    const p = parentheticalOf(mentions[i]!, mentions, endsOnce, text);
    if (p >= 0 && of[i] === -1) {
      if (of[p] === -1) {
        of[p] = clusters.length;
        clusters.push({ type: mentions[p]!.type, named: [p], other: [], actorType: null, country: null });
        index?.add(of[p]!, p, mentions[p]!);
      }
      of[i] = of[p]!;
      clusters[of[p]!]!.named.push(i);
      index?.add(of[i]!, i, mentions[i]!);
    }
  }
  const seenText = new Map<string, number>();
  const lowers = mentions.map((m) => m.text.toLowerCase());
  for (const i of order) {
    if (of[i] !== -1) continue;
    const m = mentions[i]!;
    // one referent per distinct name: the same text joins the cluster it joined before
    let c =
      seenText.get(m.text) ??
      (index
        ? index.candidates(m).find((k) => sameReferent(m, lowers[i]!, index.distinct[k]!, mentions, lowers))
        : clusters.findIndex((cl) => sameReferent(m, lowers[i]!, cl.named, mentions, lowers))) ??
      -1;
    if (c === -1) {
      c = clusters.length;
      clusters.push({ type: m.type, named: [], other: [], actorType: null, country: null });
    }
    of[i] = c;
    seenText.set(m.text, c);
    clusters[c]!.named.push(i);
    index?.add(c, i, m);
  }
  for (const cl of clusters) cl.named.sort((a, b) => a - b);
  return { clusters, of };
}
