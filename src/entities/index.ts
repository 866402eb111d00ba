import type { Stage } from "../document/stage.js";

/** Not built yet: leaves `entities` empty (see the open issue for this stage). */
export const entities: Stage = {
  name: "entities",
  run(doc) {
    return doc;
  },
};
