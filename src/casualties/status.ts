/**
 * Evidential status of a span: asserted by the article, reported (attributed to a source) or claimed
 * (a party's claim). The quotes stage will export the authoritative helper; until it lands this is the
 * one place that decides, from lexical cues of the sentence, so switching to it is a one-line change.
 */
import type { Range } from "../document/schema.js";
import { loadData } from "../util/data.js";

export type EvidentialStatus = "asserted" | "reported" | "claimed";

interface StatusFile {
  claimed: string[];
  reported: string[];
}

let res: { claimed: RegExp; reported: RegExp } | null = null;

function cues(): { claimed: RegExp; reported: RegExp } {
  if (res) return res;
  const f = loadData<StatusFile>("casualties/status.json");
  const alt = (xs: string[]): RegExp =>
    new RegExp(
      `\\b(?:${xs.map((x) => x.replace(/ /g, "\\s{1,3}")).join("|")})\\b`,
      "i",
    );
  res = { claimed: alt(f.claimed), reported: alt(f.reported) };
  return res;
}

/** Status of `range` judged from the sentence `sentence` holding it. */
export function evidentialStatus(
  text: string,
  sentence: Range,
  _range: Range,
): EvidentialStatus {
  const s = text.slice(sentence.start, sentence.end);
  const c = cues();
  if (c.claimed.test(s)) return "claimed";
  if (c.reported.test(s)) return "reported";
  return "asserted";
}
