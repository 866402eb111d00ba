import type { Stage } from "../document/stage.js";

/** Not built yet: leaves `quotes` empty (see the open issue for this stage). */
export const quotes: Stage = {
  name: "quotes",
  run(doc) {
    return doc;
  },
};
