/** "said by telephone", "told reporters by email": the channel a statement travels by (data/quotes/media.json). */
import { loadData } from "../util/data.js";
import type { Tok } from "./tokens.js";

let media: Set<string> | null = null;

/** True when toks[i] is "by" and names a channel ("by phone"), which is an adverbial and never a passive agent. */
export function byMedium(toks: readonly Tok[], i: number): boolean {
  if (toks[i]?.lower !== "by") return false;
  media ??= new Set(loadData<{ words: string[] }>("quotes/media.json").words);
  const next = toks[i + 1];
  return !!next && media.has(next.lower);
}
