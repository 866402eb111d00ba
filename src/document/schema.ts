/**
 * The sitrep document: defined once, here. The TypeScript types are inferred from these schemas and
 * `sitrep schema` prints the JSON Schema generated from them, so the public format (see
 * ../shared/eval/CONTRACT.md) and the code cannot drift apart.
 *
 * Every annotation carries `start`/`end`: UTF-16 offsets into `text`, the exact input, end exclusive.
 */
import { z } from "zod";

const offset = z.number().int().nonnegative();

export const Range = z.object({ start: offset, end: offset });
export const Span = Range.extend({ text: z.string() });

export const Sentence = Range;
export const Token = Span.extend({
  /** wink-nlp token type: word, number, punctuation, quoted_phrase, emoji, ... */
  kind: z.string(),
  /** index of the sentence holding the token */
  sentence: z.number().int(),
});

export const Boilerplate = Span.extend({
  /** id of the rule that marked it: an id in data/clean/boilerplate.json, "stamp" / "byline" (src/clean/stamps.ts), or "doubled-cards" (src/clean/boilerplate.ts) */
  rule: z.string(),
});

export const Dateline = Span.extend({
  /** where the story was filed (never an event place); null for an agency-only dateline "(CNN) --" */
  place: z.string().nullable(),
  /** the state, province or country written after the place ("Fla.", "Afghanistan"), if any */
  region: z.string().nullable().optional(),
});

export const EntityType = z.enum(["person", "organization", "place", "group", "other"]);
export const Entity = Span.extend({
  type: EntityType,
  /** index into `actors[]` of the referent this mention belongs to, when resolved */
  actor: z.number().int().nullable().optional(),
});

/** ACLED's actor categories */
export const ActorType = z.enum([
  "state forces",
  "rebel groups",
  "political militias",
  "identity militias",
  "rioters",
  "protesters",
  "civilians",
  "external/other forces",
]);
export const Actor = z.object({
  name: z.string(),
  type: EntityType,
  actorType: ActorType.nullable(),
  /** ISO 3166-1 alpha-2 */
  country: z.string().nullable(),
  aliases: z.array(z.string()),
  mentions: z.array(Range),
});

/** "ref": a TimeML reference word (value PRESENT_REF, PAST_REF or FUTURE_REF: "now", "recently", "the future") */
export const TimeGrain = z.enum(["day", "week", "month", "year", "range", "duration", "ref"]);
export const Time = Span.extend({
  /** ISO 8601: YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www, or A/B */
  value: z.string(),
  grain: TimeGrain,
});

/** ACLED geo precision: 1 the place itself, 2 near or part of a region, 3 only the region */
export const GeoPrecision = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export const PlaceRef = z.object({
  name: z.string(),
  /** ISO 3166-1 alpha-2 */
  country: z.string().nullable(),
  admin1: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  precision: GeoPrecision.nullable(),
});
export const Place = Span.extend(PlaceRef.shape).extend({
  /** GeoNames id (or curated id) of the resolved feature */
  geonameid: z.number().int().nullable().optional(),
  /** "dateline": the filing place, never an event place; "actor": a capital or country standing for its government ("Tehran deployed its troops") */
  role: z.enum(["dateline", "actor"]).optional(),
  /** the words that make the text's place relative to this one ("south of", "outskirts"): ACLED precision 2 */
  relative: z.string().optional(),
  /** a name the gazetteer lacks borrows the coordinates of this mention, its nearest anchor (ACLED precision 2) */
  anchor: Range.optional(),
});

export const Count = z.object({
  low: z.number().nullable(),
  best: z.number().nullable(),
  high: z.number().nullable(),
});
export const CasualtyKind = z.enum(["killed", "injured", "captured", "missing", "arrested", "displaced", "casualties"]);
export const Casualty = Span.extend(Count.shape).extend({
  kind: CasualtyKind,
  victims: z.string().nullable(),
  perpetrator: z.string().nullable().optional(),
  /** the rule that produced the count, e.g. "at-least", "dozens" */
  rule: z.string().optional(),
  negated: z.boolean().optional(),
  /** a cumulative total (since a war began, this year...), not one incident */
  aggregate: z.boolean().optional(),
  status: z.enum(["asserted", "reported", "claimed"]).optional(),
  /** who the count is attributed to when reported or claimed (quotes stage) */
  source: z.string().nullable().optional(),
  /** kind "casualties" read from "shot", "struck by gunfire": people hit, killed or injured */
  hit: z.boolean().optional(),
  /** "another two", "was also shot": these people add to those counted before */
  additive: z.boolean().optional(),
  /** the fact is about one person: what identifies them, and whether the phrase points back ("he", "the victim") */
  person: z.object({ name: z.string().nullable(), age: z.number().nullable(), definite: z.boolean() }).optional(),
  /** index of the sentence holding the fact */
  sentence: z.number().int().optional(),
});

export const Speaker = z.object({ name: z.string(), start: offset, end: offset });
export const Quote = Span.extend({
  kind: z.enum(["direct", "indirect"]),
  speaker: Speaker.nullable(),
  cue: Span.nullable(),
});

export const EventType = z.enum([
  "Battles",
  "Explosions/Remote violence",
  "Violence against civilians",
  "Protests",
  "Riots",
  "Strategic developments",
]);
export const Event = z.object({
  type: EventType,
  subType: z.string(),
  /** value is ISO; precision is ACLED time precision: 1 day, 2 week or so, 3 month or coarser */
  date: z.object({ value: z.string(), precision: z.union([z.literal(1), z.literal(2), z.literal(3)]) }).nullable(),
  place: PlaceRef.nullable(),
  actor1: z.object({ name: z.string() }).nullable(),
  actor2: z.object({ name: z.string() }).nullable(),
  fatalities: Count.nullable(),
  injured: Count.nullable(),
  evidence: z.array(Range),
  status: z.enum(["asserted", "reported", "claimed"]).optional(),
  source: z.string().nullable().optional(),
  confidence: z.number().min(0).max(1).optional(),
});

/** A positional note a stage leaves on the document (vfile-style), e.g. a skipped feature. */
export const Message = z.object({
  stage: z.string(),
  message: z.string(),
  start: offset.optional(),
  end: offset.optional(),
});

export const Document = z.object({
  id: z.string(),
  text: z.string(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  /** ISO date used as the anchor for relative dates, or null */
  published: z.string().nullable(),
  /** where `published` came from */
  publishedSource: z.enum(["given", "metadata", "inferred"]).nullable(),
  sentences: z.array(Sentence),
  tokens: z.array(Token),
  boilerplate: z.array(Boilerplate),
  dateline: Dateline.nullable(),
  entities: z.array(Entity),
  actors: z.array(Actor),
  times: z.array(Time),
  places: z.array(Place),
  casualties: z.array(Casualty),
  quotes: z.array(Quote),
  events: z.array(Event),
  messages: z.array(Message),
});

export type Range = z.infer<typeof Range>;
export type Span = z.infer<typeof Span>;
export type Token = z.infer<typeof Token>;
export type Boilerplate = z.infer<typeof Boilerplate>;
export type Dateline = z.infer<typeof Dateline>;
export type Entity = z.infer<typeof Entity>;
export type EntityType = z.infer<typeof EntityType>;
export type Actor = z.infer<typeof Actor>;
export type ActorType = z.infer<typeof ActorType>;
export type Time = z.infer<typeof Time>;
export type PlaceRef = z.infer<typeof PlaceRef>;
export type Place = z.infer<typeof Place>;
export type Count = z.infer<typeof Count>;
export type Casualty = z.infer<typeof Casualty>;
export type CasualtyKind = z.infer<typeof CasualtyKind>;
export type Quote = z.infer<typeof Quote>;
export type Event = z.infer<typeof Event>;
export type EventType = z.infer<typeof EventType>;
export type Message = z.infer<typeof Message>;
export type SitrepDocument = z.infer<typeof Document>;

export function jsonSchema(): unknown {
  return z.toJSONSchema(Document, { target: "draft-2020-12" });
}
