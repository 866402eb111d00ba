/**
 * npm run eval -- quotes --misses [class-prefix]
 *
 * After a quotes run, sorts every gold attribution the scorer counts wrong, and every prediction it
 * counts spare, into classes named by what went wrong, with the same matching as the kit's scorer
 * (prediction covers half the gold content, one-to-one, best coverage first). Reads the run's output and
 * the gold in place, never copies them.
 *
 * Classes: `miss:*` gold never matched (`partial` a prediction overlaps it but covers under half, split by
 * whether the prediction stops short or lies elsewhere; `taken` a prediction covering it went to another
 * gold; `none:<cue-kind>` nothing overlaps it), `source:*` matched with the wrong speaker, `spare:*`
 * predictions that match nothing (`overlap` they overlap a gold content, `none` they overlap none).
 */
import { readJsonl } from "../util/data.js";
import { overlapLength } from "../util/ranges.js";
import { addMiss } from "./misses.js";

interface Span {
  start: number;
  end: number;
  text?: string;
  parts?: Span[];
}
interface GoldAtt {
  source: Span | null;
  cue: Span;
  content: Span;
}
interface Gold {
  id: string;
  text: string;
  gold: { attributions: GoldAtt[] };
}
interface PredQuote extends Span {
  speaker?: { name?: string; start?: number; end?: number } | null;
  cue?: Span | null;
}

const parts = (s: Span) => (s.parts?.length ? s.parts : [s]);
const partsLen = (s: Span) => parts(s).reduce((n, p) => n + (p.end - p.start), 0);
const partsOverlap = (g: Span, p: Span) => parts(g).reduce((n, q) => n + overlapLength(q, p), 0);
const isSpan = (s: { start?: number; end?: number } | null | undefined): boolean =>
  !!s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.end! > s.start!;

/** The scorer's one-to-one alignment: gold index to prediction index. */
function align(g: GoldAtt[], p: PredQuote[]): Map<number, number> {
  const cand: { g: number; p: number; key: number[] }[] = [];
  g.forEach((a, gi) => {
    const glen = partsLen(a.content);
    p.forEach((q, pi) => {
      const ov = partsOverlap(a.content, q);
      if (glen && ov / glen >= 0.5) {
        const spread = Math.max(a.content.end, q.end) - Math.min(a.content.start, q.start);
        cand.push({ g: gi, p: pi, key: [ov / glen, ov / spread] });
      }
    });
  });
  cand.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return b.key[i]! - a.key[i]!;
    return a.g - b.g || a.p - b.p;
  });
  const gUsed = new Map<number, number>();
  const pUsed = new Set<number>();
  for (const x of cand) {
    if (gUsed.has(x.g) || pUsed.has(x.p)) continue;
    gUsed.set(x.g, x.p);
    pUsed.add(x.p);
  }
  return gUsed;
}

/** A gold cue's kind, the way the rules would see it: a mark, "according to", a verb, a noun... */
function cueKind(text: string, cue: Span, content: Span): string {
  const c = text.slice(cue.start, cue.end).toLowerCase().replace(/\s+/g, " ");
  if (/^[:“”"]/.test(c)) return "punct";
  if (/^according to/.test(c)) return "according";
  const where = cue.start >= content.end ? "after" : cue.end <= content.start ? "before" : "inside";
  const np =
    !/\b(?:that|said|says|say)\b/.test(text.slice(content.start, content.end)) && content.end - content.start < 60;
  return `${where}${np ? ":short" : ""}`;
}

const clip = (s: string, n = 160) => s.replace(/\s+/g, " ").slice(0, n);

/** Every wrong gold attribution and spare prediction under its class, one line each. */
export function quoteMisses(goldPath: string, predPath: string): Map<string, string[]> {
  const preds = new Map(readJsonl<{ id: string; quotes?: PredQuote[] }>(predPath).map((p) => [p.id, p]));
  const out = new Map<string, string[]>();
  const add = (cls: string, line: string) => addMiss(out, cls, line);
  for (const d of readJsonl<Gold>(goldPath)) {
    const pr = preds.get(d.id);
    if (!pr) continue;
    const t = d.text;
    const g = d.gold.attributions;
    const p = (pr.quotes ?? []).filter((q) => isSpan(q));
    const m = align(g, p);
    const usedP = new Set(m.values());
    const id = d.id.slice(0, 24);
    g.forEach((a, gi) => {
      const src = a.source ? t.slice(a.source.start, a.source.end) : "-";
      const cue = t.slice(a.cue.start, a.cue.end);
      const head = `${id} @${a.content.start} [${clip(src, 40)}] <${clip(cue, 30)}> ${clip(t.slice(a.content.start, a.content.end))}`;
      const pi = m.get(gi);
      if (pi !== undefined) {
        const q = p[pi]!;
        const sp = q.speaker ?? null;
        const spSpan = sp && isSpan(sp) ? { start: sp.start!, end: sp.end! } : null;
        const spHas = !!spSpan || !!sp?.name?.trim();
        let ok: boolean;
        if (!a.source) ok = !spHas;
        else
          ok =
            !!sp &&
            ((!!spSpan && partsOverlap(a.source, spSpan) > 0) ||
              (sp.name ?? "").trim().toLowerCase() === a.source.text!.trim().toLowerCase());
        if (!ok) {
          const cls = !a.source ? "source:spurious" : !spHas ? "source:none" : "source:wrong";
          add(cls, `${head} || pred [${sp?.name ?? "-"}${spSpan ? ` ${t.slice(spSpan.start, spSpan.end)}` : ""}]`);
        }
        return;
      }
      const glen = partsLen(a.content);
      const over = p.map((q, i) => ({ q, i, ov: partsOverlap(a.content, q) })).filter((x) => x.ov > 0);
      const taker = over.find((x) => x.ov / glen >= 0.5);
      if (taker) {
        // what the gold that won the prediction is to this one: its container, inside it, or beside it
        const o = [...m].find(([, pi]) => pi === taker.i)?.[0];
        const b = o === undefined ? null : g[o]!.content;
        const c = a.content;
        const rel = !b
          ? "?"
          : b.start <= c.start && c.end <= b.end
            ? "inner"
            : c.start <= b.start && b.end <= c.end
              ? "outer"
              : b.end <= c.start || c.end <= b.start
                ? "beside"
                : "crossing";
        const q = p[taker.i]!;
        add(
          `miss:taken:${rel}`,
          `${head} || pred ${clip(t.slice(q.start, q.end), 120)} || won by ${b ? clip(t.slice(b.start, b.end), 80) : "-"}`,
        );
      } else if (over.length) {
        const q = over.sort((x, y) => y.ov - x.ov)[0]!.q;
        const inside = q.start >= a.content.start && q.end <= a.content.end;
        add(
          inside ? "miss:partial:short" : "miss:partial:shifted",
          `${head} || pred ${clip(t.slice(q.start, q.end), 100)}`,
        );
      } else {
        const gs = !a.source ? ":nosource" : "";
        add(`miss:none:${cueKind(t, a.cue, a.content)}${gs}`, head);
      }
    });
    p.forEach((q, pi) => {
      if (usedP.has(pi)) return;
      const hit = g.some((a) => partsOverlap(a.content, q) > 0);
      const cue = q.cue ? t.slice(q.cue.start, q.cue.end) : "-";
      add(
        hit ? "spare:overlap" : "spare:none",
        `${id} @${q.start} <${clip(cue, 30)}> ${clip(t.slice(q.start, q.end))}`,
      );
    });
  }
  return out;
}
