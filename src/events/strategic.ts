/**
 * Strategic developments with no casualties: a main clause whose subject deploys, withdraws or sends
 * troops ("In April, Tehran deployed its troops from its regular army"). A deployment inside a
 * subordinate clause ("as Iran deployed ...") is background, not an event.
 */
import type { Range } from "../document/schema.js";
import { typesData } from "./type.js";

let re: RegExp | null = null;

export interface StrategicMention {
  evidence: Range;
  actor: string;
}

export function strategicMention(text: string, sent: Range): StrategicMention | null {
  if (!re) {
    const verbs = typesData()
      .strategic.verbs.map((v) => v.replace(/ /g, "\\s{1,3}"))
      .join("|");
    // an optional fronted adverbial, then a short capitalised subject, then the verb
    re = new RegExp(
      `^(?:(?:In|On|By|Last|Earlier|Later)\\s[^,]{1,30},\\s{1,3})?([A-Z][\\w'’-]{1,30}(?:\\s[A-Z][\\w'’-]{1,30}){0,3})\\s{1,3}(?:${verbs})\\b`,
    );
  }
  const s = text.slice(sent.start, sent.end);
  const m = re.exec(s);
  if (!m) return null;
  // the main clause only: what follows ", in its first ..." or ", since ..." is commentary
  const tail = /,\s(?:in|since|which|after|as|while|the first|its first)\b/.exec(s.slice(m[0].length));
  const end = tail ? sent.start + m[0].length + tail.index : sent.end;
  return { evidence: { start: sent.start, end }, actor: m[1]! };
}
