/**
 * Which clusters a name could belong to, without comparing it with every name seen so far (quadratic in
 * a long text). Each name that joins a cluster files the cluster under keys that any name matching it
 * (cluster.ts `sameReferent`) must share: its lower case, a person's surname and the words left by
 * deleting a letter or two from it (a typo leaves one of them in common), a country's code, an organization's key, initials, "X of" prefixes
 * and one-letter deletions. A lookup returns a superset of the matching clusters; the caller confirms
 * each with `sameReferent`, so the clusters are the same as with the full comparison.
 */
import type { EntityType } from "../../document/schema.js";
import { countryCode, knowledge } from "../knowledge.js";
import { initials, isAcronym, organizationKey, words } from "./names.js";

const orgish = (t: EntityType): boolean => t === "organization" || t === "other";

/**
 * typoEqual (names.ts) takes equal words, or words of five letters or more one edit apart (two when
 * both have eight or more): such words share a word left by deleting at most one letter from each (two
 * from words of eight or more), so the surname is filed under all of those.
 */
function surnameKeys(last: string): string[] {
  const w = last.toLowerCase();
  if (w.length < 5) return ["p" + w];
  const keys = new Set([w]);
  for (let i = 0; i < w.length; i++) {
    const d = w.slice(0, i) + w.slice(i + 1);
    keys.add(d);
    if (w.length >= 8) for (let j = i; j < d.length; j++) keys.add(d.slice(0, j) + d.slice(j + 1));
  }
  return [...keys].map((k) => "P" + k);
}

/** the organization keys this one is "<key> of ..." of */
function ofPrefixes(key: string): string[] {
  const out: string[] = [];
  for (let k = key.indexOf(" of "); k >= 0; k = key.indexOf(" of ", k + 1)) out.push(key.slice(0, k));
  return out;
}

/** the key and its one-letter deletions: two keys one edit apart share one of them */
function deletions(key: string): string[] {
  const out = ["E" + key];
  for (let i = 0; i < key.length; i++) out.push("E" + key.slice(0, i) + key.slice(i + 1));
  return out;
}

/** The keys filing and asking share: the name itself, a person's surname, a place's country. */
function plainKeys(text: string, lower: string, type: EntityType): string[] {
  const keys = ["L" + lower];
  if (type === "person") {
    const ws = words(text);
    if (ws.length > 0) keys.push(...surnameKeys(ws[ws.length - 1]!));
  }
  if (type === "place") {
    const c = countryCode(text);
    if (c) keys.push("C" + c);
  }
  return keys;
}

/** Keys a name of this type files its cluster under. */
function fileKeys(text: string, type: EntityType): string[] {
  const lower = text.toLowerCase();
  const keys = plainKeys(text, lower, type);
  if (orgish(type)) {
    const key = organizationKey(text);
    keys.push("O" + key, "I" + initials(text));
    if (isAcronym(text)) keys.push("A" + text.replace(/\./g, ""));
    for (const p of ofPrefixes(key)) keys.push("F" + p);
    if (key.length >= 8) keys.push(...deletions(key));
    const g = knowledge().armedGroups.get(lower);
    if (g) keys.push("G" + g.name);
  }
  return keys;
}

/** Keys under which the clusters a name of this type may join are filed (organizations' initials and acronyms crosswise). */
function queryKeys(text: string, type: EntityType): string[] {
  const lower = text.toLowerCase();
  const keys = plainKeys(text, lower, type);
  if (orgish(type)) {
    const key = organizationKey(text);
    keys.push("O" + key, "A" + initials(text));
    if (isAcronym(text)) keys.push("I" + text.replace(/\./g, ""));
    keys.push("F" + key);
    for (const p of ofPrefixes(key)) keys.push("O" + p);
    if (key.length >= 8) keys.push(...deletions(key));
  }
  if (type === "organization") {
    const g = knowledge().armedGroups.get(lower);
    if (g) keys.push("G" + g.name);
  }
  return keys;
}

export class ReferentIndex {
  private readonly byKey = new Map<string, number[]>();
  private readonly seen: Set<string>[] = [];
  /** per cluster, one mention index per distinct type and text: a name matches a cluster by those alone */
  readonly distinct: number[][] = [];

  /** Files cluster `c` under the keys of mention `i` joining it. */
  add(c: number, i: number, m: { text: string; type: EntityType }): void {
    const seen = (this.seen[c] ??= new Set());
    const id = m.type + "|" + m.text;
    if (seen.has(id)) return;
    seen.add(id);
    (this.distinct[c] ??= []).push(i);
    for (const k of fileKeys(m.text, m.type)) {
      const list = this.byKey.get(k);
      if (!list) this.byKey.set(k, [c]);
      else if (list[list.length - 1] !== c) list.push(c);
    }
  }

  /** The clusters a name may join, in ascending order (a superset of those it does join). */
  candidates(m: { text: string; type: EntityType }): number[] {
    const found = new Set<number>();
    for (const k of queryKeys(m.text, m.type)) for (const c of this.byKey.get(k) ?? []) found.add(c);
    return [...found].sort((a, b) => a - b);
  }
}
