/** 32-bit hashing for features: the tagger builds no feature strings, only numbers. */

/** FNV-1a over UTF-16 code units of s[from, to) */
export function hashString(s: string, from = 0, to = s.length): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Combines a feature template id with one or two values. */
export function mix(a: number, b: number, c = 0): number {
  let h = Math.imul(a ^ 0x5bd1e995, 0xcc9e2d51);
  h = Math.imul((h << 15) | (h >>> 17), 0x1b873593) ^ b;
  h = Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64;
  h ^= c;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}
