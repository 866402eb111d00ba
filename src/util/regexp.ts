/** A word list's entry as literal text inside a RegExp: "Yahoo!", "St. Louis", "(D-Ill.)". */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
