import type { Stage } from "../document/stage.js";

/** Not built yet: leaves `events` empty (see the open issue for this stage). */
export const events: Stage = {
  name: "events",
  run(doc) {
    return doc;
  },
};
