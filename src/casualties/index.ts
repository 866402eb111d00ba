import type { Stage } from "../document/stage.js";

/** Not built yet: leaves `casualties` empty (see the open issue for this stage). */
export const casualties: Stage = {
  name: "casualties",
  run(doc) {
    return doc;
  },
};
