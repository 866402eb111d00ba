import { loadData } from "../util/data.js";

/*
 * The people an article names, kept with its row so reports of one incident can be matched on them:
 * two articles naming the same victim or suspect almost always report the same shooting, even when their
 * places or dates were read differently. Spellings drift between outlets ("Schapelhouman" and
 * "Shapelhouman", "Braxton" and "Braxon"), so names match loosely, token by token.
 */

/** What a person needs to be told apart: a given name and a family name, at least. */
const FULL_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){1,4}$/u;

/** Separates the names in the stored column: no person's name holds a semicolon. */
const NAME_SEPARATOR = "; ";

let officials: Set<string> | undefined;
function isRole(word: string): boolean {
  officials ??= new Set(loadData<{ roles: string[] }>("store/officials.json").roles);
  return officials.has(word.toLowerCase().replace(/\.$/, ""));
}

interface Named {
  text?: string;
  actors?: readonly { name: string; type: string; mentions?: readonly { start: number; end: number }[] }[];
}

/**
 * Whether a mention names someone by an official role ("Capt. Edward Adinaro", "the Rev. Corey Brooks",
 * "Anthony Guglielmi, a police spokesman"): the same spokesman or pastor speaks about many incidents.
 */
function official(text: string, m: { start: number; end: number }): boolean {
  const before = /([A-Za-z]+)\.?\s*$/.exec(text.slice(Math.max(0, m.start - 30), m.start));
  if (before && isRole(before[1]!)) return true;
  const after = /^,\s+((?:[A-Za-z'-]+\s+){0,3}[A-Za-z'-]+)/.exec(text.slice(m.end, m.end + 60));
  return !!after && after[1]!.split(/\s+/).some(isRole);
}

/** The article's person names worth matching on, one per referent, as stored in `documents.persons`. */
export function personNames(doc: Named): string | null {
  const out = new Set<string>();
  const text = doc.text ?? "";
  for (const a of doc.actors ?? []) {
    const name = a.name.replace(/\s+/g, " ").trim();
    if (a.type !== "person" || !FULL_NAME.test(name) || name.includes(";")) continue;
    if (isRole(name.split(" ")[0]!) || (a.mentions ?? []).some((m) => official(text, m))) continue;
    out.add(name);
  }
  return out.size ? [...out].join(NAME_SEPARATOR) : null;
}

/** Lower-case tokens of each name in a stored `persons` value, without suffixes ("Jr.", "III"). */
export function parseNames(persons: string | null | undefined): string[][] {
  if (!persons) return [];
  return persons
    .split(";")
    .map((n) =>
      n
        .toLowerCase()
        .replace(/[’]/g, "'")
        .split(/[\s.]+/)
        .filter((t) => t && !/^(?:jr|sr|ii|iii|iv)$/.test(t)),
    )
    .filter((t) => t.length >= 2);
}

/** At most one edit (insert, delete, substitute) apart: a misspelling, not another name. */
function oneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  return a.length - i - j <= 1 && b.length - i - j <= 1;
}

/** Tokens that are one name: equal, or long enough that a single slip of spelling is still the same name. */
function sameToken(a: string, b: string): boolean {
  return a === b || (Math.min(a.length, b.length) >= 5 && oneEdit(a, b));
}

/**
 * Two names of one person: the same given name (first token) and family name (last token), one of them
 * allowing a misspelt letter in a long token; a name misspelt twice is too far to tell from another. A
 * middle name or a repeated surname may come and go ("Osiel Benitez Benitez", "Osiel Benitez").
 */
export function sameName(a: readonly string[], b: readonly string[]): boolean {
  const [fa, la, fb, lb] = [a[0]!, a[a.length - 1]!, b[0]!, b[b.length - 1]!];
  return (fa === fb && sameToken(la, lb)) || (la === lb && sameToken(fa, fb));
}

/** The names of `a` that `b` names too (as written in `a`). */
export function sharedNames(a: readonly string[][], b: readonly string[][]): string[][] {
  return a.filter((x) => b.some((y) => sameName(x, y)));
}
