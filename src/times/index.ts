import type { Stage } from "../document/stage.js";
import { fmtDay, parseDay } from "./calendar.js";
import { extractTimes } from "./extract.js";
import { inferPublished } from "./infer-published.js";

const PROBE_A = { y: 2001, m: 3, d: 14 };
const PROBE_B = { y: 1987, m: 9, d: 2 };

/**
 * Fills `times[]`: temporal expressions of the body sentences, normalized against the publication date
 * (inferred from the text when none is known).
 */
export const times: Stage = {
  name: "times",
  run(doc) {
    let anchor = parseDay(doc.published);
    let published = doc.published;
    let publishedSource = doc.publishedSource;
    if (!anchor) {
      anchor = inferPublished(doc.text, doc.sentences, doc.boilerplate);
      if (anchor) {
        published = fmtDay(anchor);
        publishedSource = "inferred";
      }
    }
    if (!anchor) {
      // No anchor at all: keep only what reads the same whatever the date (stated dates, years,
      // durations), found by reading the text against two unrelated days.
      const a = extractTimes(doc.text, doc.sentences, doc.boilerplate, PROBE_A);
      const b = new Set(
        extractTimes(doc.text, doc.sentences, doc.boilerplate, PROBE_B).map((t) => `${t.start}:${t.value}`),
      );
      return { ...doc, times: a.filter((t) => b.has(`${t.start}:${t.value}`)) };
    }
    return {
      ...doc,
      published,
      publishedSource,
      times: extractTimes(doc.text, doc.sentences, doc.boilerplate, anchor),
    };
  },
};
