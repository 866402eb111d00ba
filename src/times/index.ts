import type { Stage } from "../document/stage.js";
import { overlaps } from "../util/ranges.js";
import { fmtDay, parseDay } from "./calendar.js";
import { extractTimes } from "./extract.js";
import { inferPublished } from "./infer-published.js";

const PROBE_A = { y: 2001, m: 3, d: 14 };
const PROBE_B = { y: 1987, m: 9, d: 2 };

/**
 * Fills `times[]`: temporal expressions of the body sentences and of the dateline, normalized against the
 * publication date (inferred from the text when none is known). A wire dateline's date ("HAVANA, August 7
 * (Xinhua) --") is the filing day: TimeML marks it like any date, and it anchors an undated article.
 */
export const times: Stage = {
  name: "times",
  run(doc) {
    const dl = doc.dateline;
    // a dateline on a line of its own may already stand as a sentence
    const spans =
      dl && !doc.sentences.some((s) => overlaps(s, dl))
        ? [{ start: dl.start, end: dl.end }, ...doc.sentences].sort((a, b) => a.start - b.start)
        : doc.sentences;
    let anchor = parseDay(doc.published);
    let published = doc.published;
    let publishedSource = doc.publishedSource;
    if (!anchor) {
      anchor = inferPublished(doc.text, spans, doc.boilerplate);
      if (anchor) {
        published = fmtDay(anchor);
        publishedSource = "inferred";
      }
    }
    if (!anchor) {
      // No anchor at all: keep only what reads the same whatever the date (stated dates, years,
      // durations), found by reading the text against two unrelated days.
      const a = extractTimes(doc.text, spans, doc.boilerplate, PROBE_A);
      const b = new Set(extractTimes(doc.text, spans, doc.boilerplate, PROBE_B).map((t) => `${t.start}:${t.value}`));
      return { ...doc, times: a.filter((t) => b.has(`${t.start}:${t.value}`)) };
    }
    return {
      ...doc,
      published,
      publishedSource,
      times: extractTimes(doc.text, spans, doc.boilerplate, anchor),
    };
  },
};
