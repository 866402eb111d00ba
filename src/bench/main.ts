/**
 * npm run bench: throughput and memory of the pipeline on real articles, one core.
 *
 * Reads ../shared/eval/casualties/dev.jsonl and ../shared/examples, runs every stage with timings,
 * and in the same run measures wink-nlp tokenization alone and compromise's `nlp(text)` on the same
 * texts, so the pipeline's cost is reported as ratios to two familiar baselines.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Article } from "../document/create.js";
import { runPipeline, STAGES, type StageTimings } from "../pipeline.js";
import { readDoc } from "../sentences/wink.js";
import { parseScriptArgs, sharedFile } from "../util/script-args.js";

function loadArticles(): Article[] {
  const out: Article[] = [];
  const gva = sharedFile("eval", "casualties", "dev.jsonl");
  for (const line of readFileSync(gva, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id: string; text: string; published?: string };
    out.push({ id: r.id, text: r.text, published: r.published ?? null });
  }
  const ex = sharedFile("examples");
  for (const d of readdirSync(ex, { withFileTypes: true })) {
    const f = join(ex, d.name, "article.txt");
    if (d.isDirectory() && existsSync(f)) out.push({ id: d.name, text: readFileSync(f, "utf8"), published: null });
  }
  return out;
}

function rate(n: number, ms: number): string {
  return ms > 0 ? ((n * 1000) / ms).toFixed(0) : "-";
}

/** Runs `fn` over the texts for `passes` passes and returns elapsed ms, after one warm-up pass. */
function time(texts: Article[], passes: number, fn: (a: Article) => void, warmUp = fn): number {
  for (const a of texts) warmUp(a);
  const t0 = performance.now();
  for (let p = 0; p < passes; p++) for (const a of texts) fn(a);
  return performance.now() - t0;
}

async function main(): Promise<void> {
  const { values } = parseScriptArgs(
    { options: { passes: { type: "string", default: "3" }, help: { type: "boolean", short: "h" } } },
    "usage: npm run bench [-- --passes N]\n" +
      "  times every stage over the dev articles of ../shared/eval (one core) and prints articles/s, each\n" +
      "  stage's share, and peak memory\n" +
      "  --passes N   timed passes over the articles (default 3)\n",
  );
  const passes = Number(values.passes);
  if (!Number.isInteger(passes) || passes < 1) {
    process.stderr.write(`--passes takes a whole number of at least 1, not "${values.passes}"\n`);
    process.exit(2);
  }
  const t0 = performance.now();
  const articles = loadArticles();
  const chars = articles.reduce((s, a) => s + a.text.length, 0);
  // Cold start: the first article pays for loading models, lexicons and the gazetteer.
  const tc = performance.now();
  runPipeline(articles[0]!);
  const coldMs = performance.now() - tc;

  const timings: StageTimings = {};
  const pipelineMs = time(
    articles,
    passes,
    (a) => runPipeline(a, timings),
    (a) => runPipeline(a),
  );
  const n = articles.length * passes;

  const winkMs = time(articles, passes, (a) => readDoc(a.text));

  const compromise = (await import("compromise")).default;
  const compromiseMs = time(articles, passes, (a) => compromise(a.text));

  const rssMb = process.resourceUsage().maxRSS / 1024;
  const lines = [
    `sitrep bench: ${articles.length} articles (${(chars / articles.length).toFixed(0)} chars on average), ${passes} passes, one core, Node ${process.version}`,
    `loading articles ${(tc - t0).toFixed(0)} ms; first article (loads models and data) ${coldMs.toFixed(0)} ms`,
    "",
    `pipeline                 ${rate(n, pipelineMs).padStart(8)} articles/s   ${(pipelineMs / n).toFixed(3)} ms/article`,
  ];
  for (const s of STAGES) {
    const ms = timings[s.name] ?? 0;
    lines.push(
      `  ${s.name.padEnd(22)} ${rate(n, ms).padStart(8)} articles/s   ${((100 * ms) / pipelineMs).toFixed(1).padStart(5)} % of time`,
    );
  }
  lines.push(
    "",
    `wink-nlp readDoc alone   ${rate(n, winkMs).padStart(8)} articles/s   pipeline/wink ratio ${(winkMs / pipelineMs).toFixed(2)}`,
    `compromise nlp(text)     ${rate(n, compromiseMs).padStart(8)} articles/s   pipeline/compromise ratio ${(compromiseMs / pipelineMs).toFixed(2)}`,
    "",
    `peak RSS ${rssMb.toFixed(0)} MB`,
  );
  process.stdout.write(lines.join("\n") + "\n");
}

await main();
