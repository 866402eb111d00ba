import type { Token } from "../../document/schema.js";
import type { Mention } from "../tagger.js";

/** A mention re-cut to tokens [from, to) of its sentence. */
export function recut(text: string, m: Mention, toks: readonly Token[], from: number, to: number): Mention {
  const start = toks[from]!.start;
  const end = toks[to - 1]!.end;
  return { ...m, start, end, text: text.slice(start, end), from, to };
}
