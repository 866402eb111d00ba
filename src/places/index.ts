import type { Stage } from "../document/stage.js";
import { collectCandidates } from "./candidates.js";
import { anchorUnknowns } from "./fallback.js";
import { gazetteer } from "./gazetteer/index.js";
import { Layout } from "./layout.js";
import { resolveCandidates, toPlaces } from "./resolve.js";

export { eventPlace } from "./event-place.js";

/**
 * Places: toponyms found (the entities stage's place mentions, plus this stage's own finder),
 * resolved against an offline gazetteer in the context of the whole article, and given ACLED geo
 * precision. The dateline's place is resolved too, as context, and marked `role: "dateline"`.
 */
export const places: Stage = {
  name: "places",
  run(doc) {
    const g = gazetteer();
    const cands = collectCandidates(doc, g);
    const readings = resolveCandidates(doc, cands, g);
    const found = toPlaces(doc, readings, g);
    anchorUnknowns(found, new Layout(doc), doc.text);
    return { ...doc, places: found };
  },
};
