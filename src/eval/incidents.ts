/**
 * npm run eval -- incidents: how well events from different articles are merged into incidents.
 *
 * The GVA dev articles carry the id of the incident each reports (several articles often report one).
 * Each article's main event (the one the casualties scorer reads: most killed + injured) goes through the
 * same incident clustering as the exports (src/store/dedupe.ts); pairs of articles are scored: a pair
 * predicted together and truly one incident is a true positive. Pairwise precision, recall and F1.
 */
import type { SitrepDocument } from "../document/schema.js";
import { incidentIds } from "../store/dedupe.js";
import { type EventRow, eventRows } from "../store/rows.js";

export interface IncidentScore {
  articles: number;
  goldPairs: number;
  predictedPairs: number;
  truePairs: number;
  precision: number;
  recall: number;
  f1: number;
}

/** The main event's row exactly as the store keeps it, so the clustering sees what an export sees. */
function mainEvent(doc: SitrepDocument): EventRow | null {
  const size = (e: SitrepDocument["events"][number]) => (e.fatalities?.best ?? 0) + (e.injured?.best ?? 0);
  let idx = -1;
  doc.events.forEach((e, i) => {
    if (idx < 0 || size(e) > size(doc.events[idx]!)) idx = i;
  });
  return idx < 0 ? null : eventRows(doc)[idx]!;
}

function pairs<T>(groups: Map<T, string[]>): Set<string> {
  const out = new Set<string>();
  for (const ids of groups.values()) {
    const s = [...ids].sort();
    for (let i = 0; i < s.length; i++) for (let j = i + 1; j < s.length; j++) out.add(`${s[i]}|${s[j]}`);
  }
  return out;
}

export function scoreIncidents(docs: SitrepDocument[], goldIncident: Map<string, string>): IncidentScore {
  const rows = docs.map(mainEvent).filter((r): r is EventRow => r !== null);
  const predicted = new Map<string, string[]>();
  incidentIds(rows).forEach((inc, i) => {
    if (!predicted.has(inc)) predicted.set(inc, []);
    predicted.get(inc)!.push(rows[i]!.doc_id);
  });
  const gold = new Map<string, string[]>();
  for (const d of docs) {
    const g = goldIncident.get(d.id);
    if (g === undefined) continue;
    if (!gold.has(g)) gold.set(g, []);
    gold.get(g)!.push(d.id);
  }
  const p = pairs(predicted);
  const g = pairs(gold);
  let tp = 0;
  for (const x of p) if (g.has(x)) tp++;
  const precision = p.size ? tp / p.size : 0;
  const recall = g.size ? tp / g.size : 0;
  return {
    articles: docs.length,
    goldPairs: g.size,
    predictedPairs: p.size,
    truePairs: tp,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
  };
}
