import type { Entity, EntityType } from "../document/schema.js";
import type { Stage } from "../document/stage.js";
import { tagMentions } from "./tagger.js";

const TYPE: Record<string, EntityType> = { PER: "person", ORG: "organization", LOC: "place", MISC: "other" };

/** People, organizations, places and groups mentioned in the body, and the actors they refer to. */
export const entities: Stage = {
  name: "entities",
  run(doc) {
    const mentions = tagMentions(doc);
    const ents: Entity[] = mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, type: TYPE[m.cls]! }));
    return { ...doc, entities: ents };
  },
};
