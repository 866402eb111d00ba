import type { Actor, Entity, Range, Token } from "../../document/schema.js";
import { countryCode, isDemonym, knowledge } from "../knowledge.js";
import type { Mention } from "../tagger.js";
import { clusterNames, type Cluster } from "./cluster.js";
import { linkDescriptions } from "./describe.js";
import { linkKinds } from "./kinds.js";
import { isAcronym, words } from "./names.js";
import { typeCluster } from "./typing.js";

const INSTITUTION = /\s(?:army|military|navy|air force|armed forces|police|gendarmerie)$/i;

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, p: string, c: string) => p + c.toUpperCase());
}

function actorName(c: Cluster, names: string[]): string {
  if (c.generic) names = names.filter((n) => words(n).length > 1);
  // a country goes by its plain name ("Iran", not "Islamic Republic of Iran") when the text uses it
  if (c.type === "place" && c.country) {
    const plain = knowledge().countryName.get(c.country);
    const used = names.find((n) => n.toLowerCase() === plain?.toLowerCase());
    if (used) return used;
  }
  if (names.length > 0) {
    const full = names.filter((n) => !isAcronym(n));
    const pool = full.length ? full : names;
    const name = pool.reduce((a, b) =>
      words(b).length > words(a).length || (words(b).length === words(a).length && b.length > a.length) ? b : a,
    );
    // a dateline's "BEIRUT" is the place Beirut
    return c.type === "place" && /^[A-Z][A-Z .'’-]{4,}$/.test(name) ? titleCase(name) : name;
  }
  if (c.actorType === "state forces" && c.country) {
    // "the Syrian army" names the institution; "Iranian troops" only its members
    const institution = c.other.find((o) => o.alias && INSTITUTION.test(o.text) && isDemonym(o.text.split(/\s/)[0]!));
    if (institution) return institution.text;
    const country = knowledge().countryName.get(c.country) ?? c.country;
    const police = c.other.some((o) => /\bpolice|gendarm/i.test(o.text));
    return (police ? "Police Forces of " : "Military Forces of ") + country;
  }
  return c.other.find((o) => o.alias)?.text ?? c.other[0]?.text ?? "";
}

/**
 * A unit without a country in its name belongs to the state force named with a country in its
 * sentence: "Tehran deployed its troops from its regular army, including the 65th ... Brigade".
 */
function unitCountries(
  sents: Token[][],
  mentions: readonly Mention[],
  of: readonly number[],
  clusters: Cluster[],
): void {
  const bounds = sents.map((t) => ({ start: t[0]?.start ?? 0, end: t[t.length - 1]?.end ?? 0 }));
  // the forces with a country (one per kind and country), each with its mentions sorted by start
  const forces = clusters.flatMap((f, k) =>
    f.generic && f.actorType === "state forces" && f.country
      ? [{ k, other: [...f.other].sort((a, b) => a.start - b.start) }]
      : [],
  );
  const within = (other: readonly Range[], b: Range): boolean => {
    let lo = 0;
    let hi = other.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (other[mid]!.start < b.start) lo = mid + 1;
      else hi = mid;
    }
    for (let j = lo; j < other.length && other[j]!.start <= b.end; j++) if (other[j]!.end <= b.end) return true;
    return false;
  };
  // a sentence's force is asked for once
  const forceOf = new Map<number, Cluster | undefined>();
  mentions.forEach((m, i) => {
    const c = clusters[of[i]!]!;
    if (c.type !== "organization" || c.actorType !== "state forces" || c.country || m.sentence < 0) return;
    if (!forceOf.has(m.sentence)) {
      const b = bounds[m.sentence]!;
      forceOf.set(m.sentence, clusters[forces.find((f) => within(f.other, b))?.k ?? -1]);
    }
    const force = forceOf.get(m.sentence);
    if (force) c.country = force.country;
  });
}

/**
 * Names a referent also goes by though the article may not write them: a person's surname, an
 * organization without its country ("Supreme National Security Council" for "... of Iran").
 */
function shortForms(c: Cluster, name: string): string[] {
  const ws = name.split(/\s+/);
  if (c.type === "person" && ws.length > 1 && !c.generic) return [ws[ws.length - 1]!];
  if (c.type === "organization" && !c.generic) {
    const m = /^(.+?) of (?:the )?(.+)$/.exec(name);
    if (m && countryCode(m[2]!) && words(m[1]!).length >= 2) return [m[1]!];
  }
  return [];
}

/**
 * Resolves the article's mentions into actors, one per referent, and links every entity to its actor.
 */
export function resolveActors(
  text: string,
  sents: Token[][],
  lowers: readonly (readonly string[])[],
  mentions: readonly Mention[],
): { entities: Entity[]; actors: Actor[] } {
  const { clusters, of } = clusterNames(mentions, text);
  linkDescriptions({ text, sents, lowers, mentions, of, clusters });
  clusters.forEach((c) => {
    const names = c.named.map((i) => mentions[i]!.text);
    typeCluster(
      c,
      names,
      c.other.filter((o) => o.alias).map((o) => o.text),
    );
  });
  linkKinds(text, sents, lowers, mentions, of, clusters);
  unitCountries(sents, mentions, of, clusters);

  const built: { actor: Actor; cluster: number }[] = [];
  const byCluster = clusters.map((): Mention[] => []);
  mentions.forEach((m, i) => byCluster[of[i]!]?.push(m));
  clusters.forEach((c, ci) => {
    const named = byCluster[ci]!;
    if (named.length === 0 && c.other.length === 0) return;
    const names = named.map((m) => m.text);
    const name = actorName(c, names);
    const seen = new Set([name.toLowerCase()]);
    const aliases: string[] = [];
    for (const a of [
      ...(c.generic ? names.filter((n) => words(n).length > 1) : names),
      ...c.other.filter((o) => o.alias).map((o) => o.text),
    ]) {
      if (seen.has(a.toLowerCase())) continue;
      seen.add(a.toLowerCase());
      aliases.push(a);
    }
    for (const a of shortForms(c, name)) {
      if (seen.has(a.toLowerCase())) continue;
      seen.add(a.toLowerCase());
      aliases.push(a);
    }
    const ranges: Range[] = [
      ...named.map((m) => ({ start: m.start, end: m.end })),
      ...c.other.map((o) => ({ start: o.start, end: o.end })),
    ];
    ranges.sort((a, b) => a.start - b.start || a.end - b.end);
    const uniq = ranges.filter((r, i) => i === 0 || r.start !== ranges[i - 1]!.start || r.end !== ranges[i - 1]!.end);
    built.push({
      actor: { name, type: c.type, actorType: c.actorType, country: c.country, aliases, mentions: uniq },
      cluster: ci,
    });
  });
  built.sort((a, b) => a.actor.mentions[0]!.start - b.actor.mentions[0]!.start);
  const index = new Map<number, number>();
  built.forEach((b, i) => index.set(b.cluster, i));
  const entities: Entity[] = mentions.map((m, i) => ({
    start: m.start,
    end: m.end,
    text: m.text,
    type: m.type,
    actor: index.get(of[i]!) ?? null,
  }));
  return { entities, actors: built.map((b) => b.actor) };
}
