/**
 * The key a name is indexed and looked up under: case, diacritics, dots and apostrophes do not
 * distinguish places ("U.S." = "US", "Ra's al Khaymah" = "Ras al-Khaymah", "Aleppo" = "ALEPPO").
 */
export function nameKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[.'’‘`ʼʻ]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Spelled-out forms news abbreviates: "St. Louis" is indexed as "Saint Louis" in GeoNames. */
const ABBREVIATED: [RegExp, string][] = [
  [/^st /, "saint "],
  [/^ste /, "sainte "],
  [/^ft /, "fort "],
  [/^mt /, "mount "],
  [/^pt /, "port "],
];

/** Other keys worth trying when the name's own key finds nothing. */
export function keyVariants(name: string, key: string): string[] {
  const out: string[] = [];
  for (const [re, full] of ABBREVIATED) if (re.test(key)) out.push(key.replace(re, full));
  // "Plymouth Co.", "Todd Co": datelines abbreviate County
  if (/ co$/.test(key)) out.push(key.replace(/ co$/, " county"));
  // "al-Qusayr" / "Qusayr": the Arabic article is written or dropped at will (but "AN Edmonton" is English).
  if (/^(?:al|el|ad|ar|as|ash|at|az|an)-/i.test(name)) out.push(key.replace(/^\S+ /, ""));
  return out;
}

/** Latin-script names only: the index serves English text, and other scripts would only cost memory. */
export function isLatinName(name: string): boolean {
  return /^[\p{Script=Latin}\p{N}\s.'’\-(),]+$/u.test(name) && /\p{L}/u.test(name);
}
