/** Tests that two names written in one article name the same referent. */

const STOP = new Set(["of", "the", "and", "for", "in", "on", "de", "al", "el", "&"]);

/** the same names are compared again and again while an article's mentions are clustered */
const wordsCache = new Map<string, readonly string[]>();

export function words(name: string): readonly string[] {
  let ws = wordsCache.get(name);
  if (ws) return ws;
  ws = name
    .replace(/[’‘]/g, "'")
    .split(/[\s\-–—]+/)
    .map((w) => w.replace(/'s$/i, ""))
    .filter((w) => w.length > 0);
  if (wordsCache.size > 20_000) wordsCache.clear();
  wordsCache.set(name, ws);
  return ws;
}

/** "Iran Revolutionary Guard Corps" -> "IRGC" */
export function initials(name: string): string {
  return words(name)
    .filter((w) => !STOP.has(w.toLowerCase()))
    .map((w) => w.charAt(0).toUpperCase())
    .join("");
}

export function isAcronym(name: string): boolean {
  return /^[A-Z][A-Z.&]{1,7}$/.test(name.replace(/\./g, "")) && name.length <= 10;
}

/** Levenshtein distance, stopping early once it exceeds max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** The same word allowing for a typo: one edit in five letters or more, two in eight or more. */
export function typoEqual(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  const len = Math.min(x.length, y.length);
  if (len < 5 || x.charAt(0) !== y.charAt(0)) return false;
  return editDistance(x, y, len >= 8 ? 2 : 1) <= (len >= 8 ? 2 : 1);
}

/** A person's surname or typo of it stands for the full name: "Rezaee", "Razaee" for "Mohsen Rezaee". */
export function personMatch(short: string, full: string): boolean {
  const s = words(short);
  const f = words(full);
  if (s.length === 0 || f.length === 0) return false;
  if (s.length === f.length) return s.every((w, i) => typoEqual(w, f[i]!));
  if (s.length === 1 && f.length > 1) return typoEqual(s[0]!, f[f.length - 1]!);
  // a name with a title or middle name dropped: "Ali Shamkhani" for "Admiral Ali Shamkhani"
  if (s.length < f.length) {
    const tail = f.slice(f.length - s.length);
    return s.every((w, i) => typoEqual(w, tail[i]!));
  }
  return false;
}

/** an organization name's words in lower case without a leading "the", kept like `words` */
const organizationKeys = new Map<string, string>();

export function organizationKey(name: string): string {
  let k = organizationKeys.get(name);
  if (k === undefined) {
    k = words(name).join(" ").toLowerCase().replace(/^the /, "");
    if (organizationKeys.size > 20_000) organizationKeys.clear();
    organizationKeys.set(name, k);
  }
  return k;
}

/**
 * Organization names: equal, an acronym of the other, or one the other with "of <place>" added
 * ("Supreme National Security Council" / "... of Iran").
 */
export function organizationMatch(a: string, b: string): boolean {
  const x = organizationKey(a);
  const y = organizationKey(b);
  if (x === y) return true;
  if (isAcronym(a) && a.replace(/\./g, "") === initials(b)) return true;
  if (isAcronym(b) && b.replace(/\./g, "") === initials(a)) return true;
  if (y.startsWith(x + " of ") || x.startsWith(y + " of ")) return true;
  if (x.length >= 8 && y.length >= 8 && editDistance(x, y, 1) <= 1) return true;
  return false;
}
