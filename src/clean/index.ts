import type { Stage } from "../document/stage.js";
import { findBoilerplate } from "./boilerplate.js";
import { findDateline } from "./dateline.js";

/** Marks boilerplate lines and the opening dateline; the text itself is never changed. */
export const clean: Stage = {
  name: "clean",
  run(doc) {
    return { ...doc, boilerplate: findBoilerplate(doc.text), dateline: findDateline(doc.text) };
  },
};
