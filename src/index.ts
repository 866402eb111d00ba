/**
 * sitrep as a library:
 *
 *     import { extract } from "sitrep";
 *     const doc = extract(text, { published: "2016-05-10" });
 *     doc.events; doc.casualties; doc.places; ...
 */
import type { Article } from "./document/create.js";
import type { SitrepDocument } from "./document/schema.js";
import { normalizePublished } from "./ingest/published.js";
import { runPipeline } from "./pipeline.js";

export * from "./document/schema.js";
export type { Article } from "./document/create.js";
export type { Stage } from "./document/stage.js";
export { STAGES, runPipeline } from "./pipeline.js";
export { readInputs, type InputItem } from "./ingest/index.js";
export { toOutput } from "./output.js";

export interface ExtractOptions {
  /** publication date (ISO date or date-time): the anchor for "Monday", "last week" */
  published?: string | null;
  id?: string;
  title?: string | null;
  url?: string | null;
}

/** Runs the whole pipeline on one article's text. Throws on an invalid `published`. */
export function extract(text: string, options: ExtractOptions = {}): SitrepDocument {
  const article: Article = {
    id: options.id ?? "doc",
    text,
    published: normalizePublished(options.published, options.id ?? "doc"),
    title: options.title ?? null,
    url: options.url ?? null,
  };
  return runPipeline(article);
}
