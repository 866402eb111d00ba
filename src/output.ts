import type { SitrepDocument } from "./document/schema.js";

/** What a document looks like on the wire: tokens are internal unless asked for (they dominate size). */
export function toOutput(doc: SitrepDocument, withTokens = false): Record<string, unknown> {
  if (withTokens) return doc;
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { tokens, ...rest } = doc;
  return rest;
}
