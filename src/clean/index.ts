import type { Stage } from "../document/stage.js";
import { findBoilerplate } from "./boilerplate.js";
import { findDateline } from "./dateline.js";

/** Marks boilerplate lines and the opening dateline; the text itself is never changed. */
export const clean: Stage = {
  name: "clean",
  run(doc) {
    const boilerplate = findBoilerplate(doc.text);
    return { ...doc, boilerplate, dateline: findDateline(doc.text, boilerplate) };
  },
};
