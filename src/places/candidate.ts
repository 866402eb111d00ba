import type { Range } from "../document/schema.js";

/** A stretch of text that may name a place, before resolution. */
export interface Candidate extends Range {
  text: string;
  /** who proposed it: the entities stage's NER, or this stage's own finder */
  source: "entity" | "finder" | "dateline";
  /** index of the sentence holding it (-1 for the dateline) */
  sentence: number;
  /** "X province", "Metcalfe County": the name is a division */
  division?: boolean;
  /** a capitalized name the gazetteer does not know, kept for an anchor fallback */
  unknown?: boolean;
  /** the range of a following "State"/"Country" in "City, State", which constrains this one */
  container?: Range;
  /** the full name a coordination leaves unwritten: "Central" in "Central and South America" is "Central America" */
  elided?: string;
  /** start of the first member of a coordinated list this name belongs to ("Ohio, Oregon and Utah") */
  list?: number;
}
