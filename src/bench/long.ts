/**
 * npm run bench:long [-- --sizes 100,400,1600 --passes 1 --separate]: does one long text cost what its pieces cost?
 *
 * Joins dev articles from ../shared/eval (read at run time) into one text of each size (KB) and times every
 * stage on it, so a stage whose cost grows faster than the text shows as KB/s falling with size. The
 * articles are taken round-robin from the GVA, GeoVirus/TR-News and PolNeAR dev files, so every size has
 * the same mix of sources and a falling rate is the length's doing, not the content's. With `--separate`,
 * the same articles are also run one by one, the rate a long text should come near.
 */
import { readFileSync } from "node:fs";
import type { Article } from "../document/create.js";
import { runPipeline, STAGES, type StageTimings } from "../pipeline.js";
import { parseScriptArgs, sharedFile } from "../util/script-args.js";

const SOURCES = ["casualties/dev.jsonl", "geo/dev.jsonl", "quotes/dev.jsonl"];

function readTexts(rel: string): string[] {
  const out: string[] = [];
  for (const line of readFileSync(sharedFile("eval", rel), "utf8").split("\n")) {
    if (!line.trim()) continue;
    const text = (JSON.parse(line) as { text?: unknown }).text;
    if (typeof text === "string" && text.trim()) out.push(text.trim());
  }
  return out;
}

/** Round-robin over the sources (cycling when one runs out) until `chars` characters are gathered. */
function gather(pools: string[][], chars: number): string[] {
  const out: string[] = [];
  const next = pools.map(() => 0);
  let total = 0;
  for (let i = 0; total < chars; i++) {
    const s = i % pools.length;
    const pool = pools[s]!;
    const text = pool[next[s]! % pool.length]!;
    next[s]!++;
    out.push(text);
    total += text.length + 2;
  }
  return out;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Wall-clock and CPU time of one pass (CPU time tells on a machine shared with other work). */
function run(articles: Article[], passes: number): { ms: number; cpuMs: number; timings: StageTimings } {
  const timings: StageTimings = {};
  gc();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let p = 0; p < passes; p++) for (const a of articles) runPipeline(a, timings);
  const ms = (performance.now() - t0) / passes;
  const c = process.cpuUsage(c0);
  for (const k of Object.keys(timings)) timings[k]! /= passes;
  return { ms, cpuMs: (c.user + c.system) / 1000 / passes, timings };
}

const kbs = (chars: number, ms: number): string => (ms > 0 ? ((chars / 1000) * (1000 / ms)).toFixed(0) : "-");

function main(): void {
  const { values } = parseScriptArgs(
    {
      options: {
        sizes: { type: "string", default: "100,400,1600" },
        passes: { type: "string", default: "1" },
        separate: { type: "boolean", default: false },
        help: { type: "boolean", short: "h" },
      },
    },
    "usage: npm run bench:long [-- --sizes 100,400,1600 --passes 1 --separate]\n" +
      "  joins dev articles into one text of each size (KB) and prints each stage's KB/s: a rate falling\n" +
      "  with size is a stage whose cost grows faster than the text\n" +
      "  --sizes LIST  sizes in KB, comma-separated (default 100,400,1600)\n" +
      "  --passes N    timed passes per size (default 1)\n" +
      "  --separate    also run the same articles one by one\n",
  );
  const sizes = values.sizes.split(",").map((s) => Number(s) * 1000);
  const passes = Number(values.passes);
  const bad = sizes.some((n) => !(n > 0)) ? "--sizes" : !Number.isInteger(passes) || passes < 1 ? "--passes" : null;
  if (bad) {
    process.stderr.write(
      `${bad} takes ${bad === "--sizes" ? "sizes in KB above 0, comma-separated" : "a whole number of at least 1"}, not "${bad === "--sizes" ? values.sizes : values.passes}"\n`,
    );
    process.exit(2);
  }
  const pools = SOURCES.map(readTexts);
  // Warm-up: models, lexicons and the gazetteer load once, and the JIT sees every stage on real text.
  for (const text of gather(pools, 100_000)) runPipeline({ id: "warm", text, published: null });

  const names = STAGES.map((s) => s.name);
  const head = ["size KB", "run", "total s", "cpu s", "KB/s", ...names.map((n) => `${n} KB/s`)];
  const rows: string[][] = [];
  for (const size of sizes) {
    const pieces = gather(pools, size);
    const text = pieces.join("\n\n");
    const kb = (text.length / 1000).toFixed(0);
    const one = run([{ id: "long", text, published: null }], passes);
    const row = (label: string, r: { ms: number; cpuMs: number; timings: StageTimings }): string[] => [
      kb,
      label,
      (r.ms / 1000).toFixed(2),
      (r.cpuMs / 1000).toFixed(2),
      kbs(text.length, r.ms),
      ...names.map((n) => kbs(text.length, r.timings[n] ?? 0)),
    ];
    rows.push(row("joined", one));
    if (values.separate) {
      const articles = pieces.map((t, i) => ({ id: `a${i}`, text: t, published: null }));
      rows.push(row(`${pieces.length} apart`, run(articles, passes)));
    }
  }
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (r: string[]): string => r.map((c, i) => c.padStart(widths[i]!)).join("  ");
  const rssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(
    [
      `sitrep long-text bench: dev articles joined into one text, ${passes} pass(es), one core, Node ${process.version}`,
      fmt(head),
      ...rows.map(fmt),
      `peak RSS ${rssMb.toFixed(0)} MB`,
    ].join("\n") + "\n",
  );
}

main();
