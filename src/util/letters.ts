/**
 * Capital-letter tests that answer ASCII without a regex: the stages ask them of every token, and
 * most tokens start with an ASCII character.
 */

/** The same answer as /^\p{Lu}/u.test(s). */
export function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(s);
}

/** False where `re` (which must begin with \p{Lu}) cannot match: an ASCII start that is no capital. */
export function mayStartUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  return !(c < 128 && (c < 65 || c > 90));
}
