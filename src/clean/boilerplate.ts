import type { Boilerplate } from "../document/schema.js";
import { loadData } from "../util/data.js";

interface RuleFile {
  rules: { id: string; pattern: string; note: string }[];
}

let compiled: { id: string; re: RegExp }[] | null = null;

function rules(): { id: string; re: RegExp }[] {
  compiled ??= loadData<RuleFile>("clean/boilerplate.json").rules.map((r) => ({
    id: r.id,
    re: new RegExp(r.pattern, "i"),
  }));
  return compiled;
}

/** Lines this long are article text, not furniture; skipping them also bounds regex cost. */
const MAX_LINE = 400;

/**
 * Marks each line of page furniture as a boilerplate span. Offsets index the original text, so
 * nothing is cut: later stages skip these spans instead.
 */
export function findBoilerplate(text: string): Boilerplate[] {
  const out: Boilerplate[] = [];
  const rs = rules();
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let s = lineStart;
    let e = lineEnd;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s && e - s <= MAX_LINE) {
      const line = text.slice(s, e);
      for (const r of rs) {
        if (r.re.test(line)) {
          out.push({ start: s, end: e, text: line, rule: r.id });
          break;
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  return out;
}
