/**
 * npm run eval -- casualties --misses [class-prefix]
 *
 * After a casualties run, lists the articles the scorer counts wrong, grouped by what went wrong (counts
 * over or under, no event, place or date off), so an engineer reads the sentences behind a class instead
 * of guessing from the headline figure. It reads the run's output and the gold in place, never copies them.
 */
import { readJsonl } from "../util/data.js";

interface Range {
  best?: number | null;
}
interface PredEvent {
  fatalities?: Range | null;
  injured?: Range | null;
  date?: { value?: string | null; precision?: number | null } | null;
  place?: { name?: string; admin1?: string | null; lat?: number | null; lon?: number | null } | null;
}
interface Pred {
  id: string;
  events?: PredEvent[];
}
interface Gold {
  id: string;
  text: string;
  title?: string;
  published?: string;
  gold: {
    killed: number;
    injured: number;
    date: string;
    city?: string;
    state?: string;
    lat?: number | null;
    lon?: number | null;
  };
}

const best = (r: Range | null | undefined) => r?.best ?? 0;

function km(a: number, b: number, c: number, d: number): number {
  const r = Math.PI / 180;
  const h = Math.sin(((c - a) * r) / 2) ** 2 + Math.cos(a * r) * Math.cos(c * r) * Math.sin(((d - b) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

/** The event the kit's scorer reads for an article: the one with the most killed plus injured. */
function mainEvent(p: Pred | undefined): PredEvent | null {
  let ev: PredEvent | null = null;
  let total = -1;
  for (const e of p?.events ?? []) {
    const t = best(e.fatalities) + best(e.injured);
    if (t > total) [ev, total] = [e, t];
  }
  return ev;
}

/** Files `line` under class `cls` (classes keep the order they were first met in). */
export function addMiss(misses: Map<string, string[]>, cls: string, line: string): void {
  const lines = misses.get(cls);
  if (lines) lines.push(line);
  else misses.set(cls, [line]);
}

/** Every wrong article under each class it falls in, one line each. */
export function casualtyMisses(goldPath: string, predPath: string): Map<string, string[]> {
  const preds = new Map(readJsonl<Pred>(predPath).map((p) => [p.id, p]));
  const out = new Map<string, string[]>();
  const add = (cls: string, line: string) => addMiss(out, cls, line);
  for (const d of readJsonl<Gold>(goldPath)) {
    const p = preds.get(d.id);
    if (!p) continue;
    const g = d.gold;
    const ev = mainEvent(p);
    const [k, i] = [best(ev?.fatalities), best(ev?.injured)];
    const head = `${d.id.slice(0, 10)} pub=${d.published} gold k=${g.killed} i=${g.injured} ${g.date} ${g.city},${g.state} | pred k=${k} i=${i} events=${p.events?.length ?? 0} | ${(d.title ?? "").slice(0, 80)}`;
    if (d.text.trim().length < 200) {
      if (k !== g.killed || i !== g.injured) add("count:notext", head);
      continue;
    }
    if (!ev) add("count:noevent", head);
    else if (k !== g.killed) add(k > g.killed ? "count:killed-over" : "count:killed-under", head);
    else if (i !== g.injured) add(i > g.injured ? "count:injured-over" : "count:injured-under", head);
    if (!ev) continue;
    const pl = ev.place;
    const near = pl?.lat != null && pl.lon != null && g.lat != null && g.lon != null;
    const placed =
      (near && km(g.lat!, g.lon!, pl!.lat!, pl!.lon!) <= 50) ||
      (pl?.admin1 ?? "").toLowerCase() === (g.state ?? "").toLowerCase();
    if (!placed) add(pl ? "place:wrong" : "place:none", `${head} || ${pl?.name ?? "-"}, ${pl?.admin1 ?? "-"}`);
    const dv = ev.date?.value ?? null;
    if (dv !== g.date) {
      const cls = !dv ? "date:none" : dv === d.published ? "date:published" : "date:other";
      add(cls, `${head} || date=${dv} precision=${ev.date?.precision ?? "-"}`);
    }
  }
  return out;
}

/** The class counts, then the lines of the classes that start with `want` (at most `n` each). */
export function formatMisses(misses: Map<string, string[]>, want?: string, n = 15): string {
  const classes = [...misses.keys()].sort();
  const lines = classes.map((c) => `${c}: ${misses.get(c)!.length}`);
  if (want !== undefined)
    for (const c of classes.filter((c) => c.startsWith(want))) {
      lines.push(
        `== ${c}`,
        ...misses
          .get(c)!
          .slice(0, n)
          .map((l) => `  ${l}`),
      );
    }
  return lines.join("\n") + "\n";
}
