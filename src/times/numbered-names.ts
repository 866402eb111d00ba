/**
 * Numbers that name a road, a room, a flight or a street address: no time of day, no year
 * (data/times/numbered-names.json).
 */
import { loadData } from "../util/data.js";
import { alternation } from "./lexicon.js";

interface NumberedNames {
  labels: string[];
  abbreviations: string[];
  block_nouns: string[];
  street_types: string[];
}

let built: ReturnType<typeof build> | undefined;

function build() {
  const d = loadData<NumberedNames>("times/numbered-names.json");
  // an abbreviation that ends in a letter must end as a word there ("US 41", not "USS 41")
  const abbr = d.abbreviations.map((a) => alternation([a]) + (/\w$/.test(a) ? "\\b" : "")).join("|");
  return {
    labelled: new RegExp(
      `\\b(?:${alternation(d.labels)})\\s*#?\\s*(\\d{1,5})\\b|(?<![\\w.])(?:${abbr})\\s*(\\d{1,3})\\b(?![.,:]\\d)`,
      "gi",
    ),
    abbrCase: new RegExp(`(?<![\\w.])(?:${abbr})\\s*$`),
    // "the 1600 block", "the 1500 and 1600 blocks", "the 1600-block"
    block: new RegExp(
      `^(?:\\s*(?:-|–|and|to|&|or|through)\\s*\\d{3,5})?[\\s-]+(?:${alternation(d.block_nouns)})(?![\\w])`,
      "i",
    ),
    // "1921 Oakridge Avenue", "1840 W. Palma Vista Drive": one to three capitalized words, then a street type
    street: new RegExp(
      `^\\s+(?:(?:[NSEW]\\.?|North|South|East|West|Northeast|Northwest|Southeast|Southwest)\\s+)?(?:[A-Z0-9][\\w'’-]*\\s+){1,3}(?:${alternation(d.street_types)})(?![\\w])`,
    ),
  };
}

function names() {
  return (built ??= build());
}

/**
 * The numbers of `text` that name a road, a room, a flight...: start and end of the digits. Labels
 * that are words match in any case ("highway 59"); abbreviations only as written ("I-24", "US 41").
 */
export function labelledNumbers(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = names().labelled;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const digits = m[1] ?? m[2]!;
    if (m[2] && !names().abbrCase.test(m[0].slice(0, -digits.length))) continue;
    const end = m.index + m[0].length;
    out.push({ start: end - digits.length, end });
  }
  return out;
}

/**
 * Whether the number at [start, end) of `text` is a street address: a block number ("the 1600 block of
 * Main Street") or a house number ("at 1921 Oakridge Avenue"). After an article or a time preposition a
 * number before a street name is a year ("the 2015 Genesee Street shooting", "in 2015 Main Street...").
 */
export function isAddressNumber(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 60);
  if (names().block.test(after)) return true;
  if (!names().street.test(after)) return false;
  const before = text.slice(Math.max(0, start - 12), start);
  return !/\b(?:the|a|an|his|her|their|its|in|since|by|until|during|before|after)\s+$|['’]s\s+$/i.test(before);
}
