/**
 * npm run eval -- <task> [--limit N] [--misses [class] [--show N]]
 *
 * Runs the extractor on the labeled dev data in ../shared/eval/<task> (read in place, never copied)
 * and scores the output with the kit's own scorer (../shared/eval/score.mjs), which prints
 * precision / recall / F1 per field and a headline line `TASK: metric=value`. With `--misses` (casualties,
 * time, quotes), the errors follow, grouped by class (misses.ts, time-misses.ts, quote-misses.ts), the first 15 lines
 * of each class starting with `class` (`--show N` for more; `--show 0` for all).
 */
import { spawnSync } from "node:child_process";
import { createReadStream, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { recordToArticle } from "../ingest/index.js";
import { toOutput } from "../output.js";
import { runPipeline } from "../pipeline.js";
import { ROOT, sharedDir } from "../util/data.js";
import { parseScriptArgs, sharedFile } from "../util/script-args.js";

/** Each task's dev file inside ../shared/eval; the scorer knows how to read its gold. */
export const TASKS: Record<string, string> = {
  ner: "ner/dev.jsonl",
  time: "time/tbaq.jsonl",
  geo: "geo/dev.jsonl",
  casualties: "casualties/dev.jsonl",
  quotes: "quotes/dev.jsonl",
};

/** Cross-article incident merging on the GVA dev articles (scored here: the kit has no such task). */
async function incidents(limit: number): Promise<number> {
  const { scoreIncidents } = await import("./incidents.js");
  const lines = readFileSync(sharedFile("eval", TASKS.casualties!), "utf8").split("\n").filter(Boolean);
  const docs = [];
  const gold = new Map<string, string>();
  for (const line of lines.slice(0, Number.isFinite(limit) ? limit : undefined)) {
    const rec = JSON.parse(line) as {
      id: string;
      text: string;
      published?: string;
      title?: string;
      gold: { incident: unknown };
    };
    gold.set(rec.id, String(rec.gold.incident));
    const input = { id: rec.id, text: rec.text, published: rec.published, title: rec.title };
    docs.push(runPipeline(recordToArticle(input, rec.id, {})));
  }
  const s = scoreIncidents(docs, gold);
  const f = (x: number) => x.toFixed(4);
  process.stdout.write(
    [
      `INCIDENTS (${s.articles} GVA articles; pairs of articles reporting one incident)`,
      `  gold pairs ${s.goldPairs}, predicted pairs ${s.predictedPairs}, right ${s.truePairs}`,
      `  pairwise precision ${f(s.precision)}  recall ${f(s.recall)}  F1 ${f(s.f1)}`,
      `incidents: pairwise_f1=${f(s.f1)}`,
    ].join("\n") + "\n",
  );
  return 0;
}

/**
 * Gold and output restricted to the records marked `split: "dev"`, when the gold file mixes splits;
 * null when it does not.
 */
function devSplit(
  gold: string,
  pred: string,
  outDir: string,
  task: string,
): { gold: string; pred: string; n: number } | null {
  const goldLines = readFileSync(gold, "utf8").split("\n").filter(Boolean);
  const dev = new Set<string>();
  let other = 0;
  for (const line of goldLines) {
    const rec = JSON.parse(line) as { id: unknown; split?: unknown };
    if (rec.split === "dev") dev.add(String(rec.id));
    else if (rec.split !== undefined) other++;
  }
  if (dev.size === 0 || other === 0) return null;
  const keep = (lines: string[]) =>
    lines.filter((l) => dev.has(String((JSON.parse(l) as { id: unknown }).id))).join("\n") + "\n";
  const g = join(outDir, `${task}.dev-split.gold.jsonl`);
  const p = join(outDir, `${task}.dev-split.out.jsonl`);
  writeFileSync(g, keep(goldLines));
  writeFileSync(p, keep(readFileSync(pred, "utf8").split("\n").filter(Boolean)));
  return { gold: g, pred: p, n: dev.size };
}

const USAGE =
  `usage: npm run eval -- <${Object.keys(TASKS).join("|")}|incidents> [--limit N] [--json FILE] [--misses [class] [--show N]]\n` +
  "  runs the pipeline on the labeled dev data in ../shared/eval/<task> and prints the kit scorer's figures\n" +
  "  --limit N        only the first N documents\n" +
  "  --json FILE      also write the scorer's figures as JSON\n" +
  "  --misses [class] list the gold the output missed (casualties, time, quotes), by class\n" +
  "  --show N         lines per class (default 15; 0 for all)\n";

async function main(): Promise<number> {
  const { values, positionals } = parseScriptArgs(
    {
      allowPositionals: true,
      options: {
        limit: { type: "string" },
        json: { type: "string" },
        misses: { type: "boolean" },
        show: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    },
    USAGE,
  );
  if (values.limit !== undefined && !(Number.isInteger(Number(values.limit)) && Number(values.limit) > 0)) {
    process.stderr.write(`--limit takes a whole number of documents above 0, not "${values.limit}"\n`);
    return 2;
  }
  const task = positionals[0];
  if (task === "incidents") return incidents(values.limit ? Number(values.limit) : Infinity);
  if (!task || !(task in TASKS)) {
    process.stderr.write(USAGE);
    return 2;
  }
  const evalDir = join(sharedDir(), "eval");
  const gold = sharedFile("eval", TASKS[task]!);
  const limit = values.limit ? Number(values.limit) : Infinity;
  const outDir = join(ROOT, ".cache", "eval");
  mkdirSync(outDir, { recursive: true });
  const outFile = join(outDir, `${task}.out.jsonl`);
  const lines: string[] = [];
  const rl = createInterface({ input: createReadStream(gold, "utf8"), crlfDelay: Infinity });
  const t0 = performance.now();
  let n = 0;
  for await (const line of rl) {
    if (!line.trim()) continue;
    if (n >= limit) break;
    const rec = JSON.parse(line) as Record<string, unknown>;
    // The extractor sees what a user would give it: never the gold.
    const input = { id: rec.id, text: rec.text, published: rec.published, title: rec.title, url: rec.url };
    try {
      lines.push(JSON.stringify(toOutput(runPipeline(recordToArticle(input, String(rec.id), {})))));
    } catch (e) {
      lines.push(JSON.stringify({ id: rec.id, error: (e as Error).message }));
    }
    n++;
  }
  const secs = (performance.now() - t0) / 1000;
  writeFileSync(outFile, lines.join("\n") + "\n");
  process.stdout.write(
    `${task}: ${n} documents in ${secs.toFixed(1)} s (${(n / secs).toFixed(0)} docs/s); output ${outFile}\n`,
  );
  let goldArg = gold;
  if (Number.isFinite(limit)) {
    // Score only the documents that were run, or the rest would count as missing.
    const sub = join(outDir, `${task}.gold.jsonl`);
    const keep = readFileSync(gold, "utf8").split("\n").filter(Boolean).slice(0, n);
    writeFileSync(sub, keep.join("\n") + "\n");
    goldArg = sub;
  }
  const args = [join(evalDir, "score.mjs"), task, goldArg, outFile];
  if (values.json) args.push("--json", values.json);
  const devOnly = devSplit(goldArg, outFile, outDir, task);
  if (devOnly) {
    // PolNeAR's file holds its train split too, and the quotes cue model learns from that split: the
    // headline is mostly training articles, so the dev articles are scored on their own first (the
    // headline stays the last line).
    process.stdout.write(`${task}, dev split only (${devOnly.n} documents; the cue model never saw them):\n`);
    spawnSync(process.execPath, [join(evalDir, "score.mjs"), task, devOnly.gold, devOnly.pred], { stdio: "inherit" });
    process.stdout.write(`\n${task}, all ${n} documents:\n`);
  }
  const r = spawnSync(process.execPath, args, { stdio: "inherit" });
  if (values.misses && (task === "casualties" || task === "time" || task === "quotes")) {
    const { casualtyMisses, formatMisses } = await import("./misses.js");
    const { timeMisses } = await import("./time-misses.js");
    const { quoteMisses } = await import("./quote-misses.js");
    const misses =
      task === "time"
        ? timeMisses(goldArg, outFile)
        : task === "quotes"
          ? quoteMisses(goldArg, outFile)
          : casualtyMisses(goldArg, outFile);
    const show = values.show === undefined ? 15 : Number(values.show);
    if (!Number.isInteger(show) || show < 0) {
      process.stderr.write(`--show takes a whole number of lines (0 for all), not "${values.show}"\n`);
      return 2;
    }
    process.stdout.write(formatMisses(misses, positionals[1], show === 0 ? Infinity : show));
  }
  return r.status ?? 1;
}

process.exitCode = await main();
