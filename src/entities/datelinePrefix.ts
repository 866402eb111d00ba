import type { Token } from "../document/schema.js";
import { isCapsLine } from "./features.js";
import { gazetteer, phraseKey } from "./gazetteer.js";

const CAPS = /^\p{Lu}[\p{Lu}.'’-]{1,}$/u;
const TITLE = /^\p{Lu}\p{Ll}/u;

/**
 * A dateline without its dash runs into the story: "WASHINGTON Barack Obama pardoned ...". When the
 * first sentence opens with a known place in capitals and goes on in ordinary case, the place is
 * tagged apart, as it would be on a dateline line of its own.
 */
export function splitDatelinePrefix(sents: Token[][]): Token[][] {
  const s = sents[0];
  if (!s || s.length < 3 || isCapsLine(s.map((t) => t.text))) return sents;
  let k = 0;
  while (k < s.length && k < 4 && CAPS.test(s[k]!.text)) k++;
  if (k === 0 || k >= s.length || !TITLE.test(s[k]!.text)) return sents;
  const place = phraseKey(
    s
      .slice(0, k)
      .map((t) => t.text)
      .join(" "),
  );
  if (!gazetteer().phrases.get("place")!.has(place)) return sents;
  return [s.slice(0, k), s.slice(k), ...sents.slice(1)];
}
