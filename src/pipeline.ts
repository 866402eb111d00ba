import { casualties } from "./casualties/index.js";
import { clean } from "./clean/index.js";
import { createDocument, type Article } from "./document/create.js";
import type { SitrepDocument } from "./document/schema.js";
import type { Stage } from "./document/stage.js";
import { entities } from "./entities/index.js";
import { events } from "./events/index.js";
import { places } from "./places/index.js";
import { quotes } from "./quotes/index.js";
import { sentences } from "./sentences/index.js";
import { times } from "./times/index.js";

/** The stages in the order a document flows through them; each only reads what earlier ones wrote. */
export const STAGES: readonly Stage[] = [clean, sentences, entities, times, places, casualties, quotes, events];

export interface StageTimings {
  [stage: string]: number;
}

/**
 * Runs an article through every stage; `timings` (ms per stage) is filled when given. With `until`, the
 * run stops before the stage of that name: a trainer sees the document that stage would be given.
 */
export function runPipeline(
  article: Article,
  timings?: StageTimings,
  { until }: { until?: string } = {},
): SitrepDocument {
  let doc = createDocument(article);
  for (const stage of STAGES) {
    if (stage.name === until) break;
    if (timings) {
      const t0 = performance.now();
      doc = stage.run(doc);
      timings[stage.name] = (timings[stage.name] ?? 0) + performance.now() - t0;
    } else {
      doc = stage.run(doc);
    }
  }
  return doc;
}
