import type { SitrepDocument } from "./schema.js";

/**
 * A pipeline stage: a function from an annotated document to a richer one. Stages never remove or
 * rewrite what an earlier stage wrote; they add their own fields and may leave `messages`.
 */
export interface Stage {
  readonly name: string;
  run(doc: SitrepDocument): SitrepDocument;
}
