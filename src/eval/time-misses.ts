/**
 * npm run eval -- time --misses [wrong|missed|spurious|span]
 *
 * After a time run, lists the DATE expressions the scorer counts wrong: values that differ (after the
 * scorer's own normalisation to calendar intervals), gold times we missed, our times with no gold, and
 * spans that differ. Alignment and value equality follow the kit's scorer so the classes add up to its figures.
 */
import { readJsonl } from "../util/data.js";
import { overlapLength } from "../util/ranges.js";

interface Time {
  start: number;
  end: number;
  text?: string;
  value?: string;
  type?: string;
}

const pad = (n: number) => String(n).padStart(2, "0");
const dstr = (d: Date) =>
  `${String(d.getUTCFullYear()).padStart(4, "0")}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const ymd = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const DAY = 864e5;

function isoWeekStart(y: number, w: number): Date {
  const jan4 = ymd(y, 1, 4);
  return new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * DAY + (w - 1) * 7 * DAY);
}

/** The first and last day a value covers, as the scorer reads it; null when it is no plain calendar value. */
function interval(v: string): [string, string] | null {
  let m: RegExpMatchArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(T.*)?$/.exec(v))) return [`${m[1]}-${m[2]}-${m[3]}`, `${m[1]}-${m[2]}-${m[3]}`];
  if ((m = /^(\d{4})-(\d{2})$/.exec(v))) {
    const [y, mo] = [+m[1]!, +m[2]!];
    return mo < 1 || mo > 12 ? null : [dstr(ymd(y, mo, 1)), dstr(ymd(y, mo + 1, 0))];
  }
  if ((m = /^(\d{4})$/.exec(v))) return [`${m[1]}-01-01`, `${m[1]}-12-31`];
  if ((m = /^(\d{3})X?$/.exec(v))) return [`${m[1]}0-01-01`, `${m[1]}9-12-31`];
  if ((m = /^(\d{4})-W(\d{1,2})$/.exec(v))) {
    const s = isoWeekStart(+m[1]!, +m[2]!);
    return [dstr(s), dstr(new Date(s.getTime() + 6 * DAY))];
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(v))) {
    const [y, q] = [+m[1]!, +m[2]!];
    return [dstr(ymd(y, 3 * q - 2, 1)), dstr(ymd(y, 3 * q + 1, 0))];
  }
  if ((m = /^(\d{4})-H([12])$/.exec(v))) {
    const [y, h] = [+m[1]!, +m[2]!];
    return [dstr(ymd(y, 6 * h - 5, 1)), dstr(ymd(y, 6 * h + 1, 0))];
  }
  if ((m = /^([^/]+)\/([^/]+)$/.exec(v))) {
    const [a, b] = [interval(m[1]!), interval(m[2]!)];
    if (a && b && a[0] <= b[1]) return [a[0], b[1]];
  }
  return null;
}

function norm(v: string): string {
  const u = v
    .trim()
    .toUpperCase()
    .replace(/-W(\d)(?!\d)/, "-W0$1");
  const m = /^([^/]+)\/([^/]+)$/.exec(u);
  return m && m[1] === m[2] ? m[1]! : u;
}

/** Value equality as the kit's scorer decides it. */
export function sameValue(gold: string | undefined, pred: string | undefined): boolean {
  if (!gold || !pred) return false;
  const [g, p] = [norm(gold), norm(pred)];
  if (g === p) return true;
  const [a, b] = [interval(g), interval(p)];
  return !!(a && b && a[0] === b[0] && a[1] === b[1]);
}

/** Every DATE error of a time run under its class: wrong, missed, spurious, span. */
export function timeMisses(goldPath: string, predPath: string): Map<string, string[]> {
  const preds = new Map(readJsonl<{ id: string; times?: Time[] }>(predPath).map((p) => [p.id, p.times ?? []]));
  const out = new Map<string, string[]>([
    ["wrong", []],
    ["missed", []],
    ["spurious", []],
    ["span", []],
  ]);
  const docs = readJsonl<{ id: string; text: string; published?: string; gold: { times: Time[] } }>(goldPath);
  for (const d of docs) {
    const ctx = (s: number, e: number) =>
      `${d.text.slice(Math.max(0, s - 40), s)}[${d.text.slice(s, e)}]${d.text.slice(e, e + 40)}`.replace(/\s+/g, " ");
    const gold = d.gold.times.filter((t) => t.type === "DATE");
    const other = d.gold.times.filter((t) => t.type !== "DATE");
    // as the scorer: a time overlapping only gold TIMEX3s of other types is left out
    const ps = (preds.get(d.id) ?? []).filter(
      (x) => gold.some((t) => overlapLength(t, x) > 0) || !other.some((t) => overlapLength(t, x) > 0),
    );
    const cand: { key: [number, number]; g: number; p: number }[] = [];
    gold.forEach((t, g) =>
      ps.forEach((x, p) => {
        const o = overlapLength(t, x);
        const exact = t.start === x.start && t.end === x.end ? 1 : 0;
        if (o > 0) cand.push({ key: [exact, o / Math.max(t.end - t.start, x.end - x.start)], g, p });
      }),
    );
    cand.sort((a, b) => b.key[0] - a.key[0] || b.key[1] - a.key[1] || a.g - b.g || a.p - b.p);
    const byGold = new Map<number, number>();
    const usedPred = new Set<number>();
    for (const c of cand) {
      if (byGold.has(c.g) || usedPred.has(c.p)) continue;
      byGold.set(c.g, c.p);
      usedPred.add(c.p);
    }
    gold.forEach((t, g) => {
      const p = byGold.get(g);
      if (p === undefined) return out.get("missed")!.push(`${d.published} ${t.value} ${ctx(t.start, t.end)}`);
      const x = ps[p]!;
      if (t.start !== x.start || t.end !== x.end)
        out
          .get("span")!
          .push(`gold[${t.text}] ours[${x.text}] ${ctx(Math.min(t.start, x.start), Math.max(t.end, x.end))}`);
      if (!sameValue(t.value, x.value))
        out.get("wrong")!.push(`${d.published} gold=${t.value} ours=${x.value} ${ctx(t.start, t.end)}`);
    });
    ps.forEach((x, p) => {
      if (!usedPred.has(p)) out.get("spurious")!.push(`${d.published} ${x.value} ${ctx(x.start, x.end)}`);
    });
  }
  return out;
}
