/** ACLED event type and sub-event type of an incident, from the cue words of its sentences (data/events/types.json). */
import type { EventType } from "../document/schema.js";
import { loadData } from "../util/data.js";

interface Rule {
  type: EventType;
  subType: string;
  cues: string[];
  /** words naming organized armed groups: when given, one must occur too */
  organized?: string[];
}
interface TypesFile {
  rules: Rule[];
  strategic: { verbs: string[]; type: EventType; subType: string };
}

interface Compiled {
  type: EventType;
  subType: string;
  re: RegExp | null;
  organized: RegExp | null;
}
let compiled: Compiled[] | null = null;

export function typesData(): TypesFile {
  return loadData<TypesFile>("events/types.json");
}

const words = (ws: string[]): RegExp =>
  new RegExp(`\\b(?:${ws.map((c) => c.replace(/ /g, "\\s{1,3}")).join("|")})\\b`, "i");

function rules(): Compiled[] {
  compiled ??= typesData().rules.map((r) => ({
    type: r.type,
    subType: r.subType,
    re: r.cues.length ? words(r.cues) : null,
    organized: r.organized?.length ? words(r.organized) : null,
  }));
  return compiled;
}

/** The first rule whose cue occurs in the incident's text; a killing with no other cue is an attack on civilians. */
export function eventType(sentencesText: string): {
  type: EventType;
  subType: string;
} {
  for (const r of rules())
    if ((!r.re || r.re.test(sentencesText)) && (!r.organized || r.organized.test(sentencesText)))
      return { type: r.type, subType: r.subType };
  return { type: "Violence against civilians", subType: "Attack" };
}
