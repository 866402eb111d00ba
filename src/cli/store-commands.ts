import { parseArgs } from "node:util";
import { readInputs, UsageError } from "../ingest/index.js";
import { toCsv, toGeoJson, toJsonl } from "../store/export.js";
import { jobs } from "./jobs.js";
import { checkRange, dateOption } from "./options.js";
import { processAll } from "./pool.js";
import { Progress } from "./progress.js";
import { dbTarget, openDb, openExistingDb } from "./db.js";
import { type Io, write } from "./io.js";

/**
 * sitrep ingest: extract and store. Resumable: an article already stored with the same text is skipped,
 * so an interrupted batch is finished by running the same command again. Each article is committed on
 * its own, so an interruption or a crash never loses what was stored before it.
 */
export async function ingestCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      db: { type: "string" },
      published: { type: "string" },
      force: { type: "boolean", default: false },
      jobs: { type: "string", short: "j" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    await write(
      io.stdout,
      "Usage: sitrep ingest <files|folders|-> [--db FILE|postgres://...] [--published DATE] [--force] [--jobs N]\n",
    );
    return 0;
  }
  if (positionals.length === 0) throw new UsageError("ingest needs at least one file, folder, or - for standard input");
  // Every option is checked before the database is opened, so a typo neither creates a file nor prints a summary.
  const pub = dateOption(values.published, "--published");
  const workers = jobs(values.jobs);
  const store = await openDb(dbTarget(values.db));
  let interrupted: NodeJS.Signals | null = null;
  // SIGTERM (kill, a scheduler's timeout) stops as gently as Ctrl-C: the article in flight is finished and the summary printed.
  const onSignal = (signal: NodeJS.Signals) => {
    interrupted = signal;
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  const progress = new Progress(Boolean(io.stderr.isTTY), io.stderr as NodeJS.WriteStream);
  let stored = 0;
  let skipped = 0;
  let failed = 0;
  try {
    // Already-stored articles are skipped before they reach the pipeline: that is what makes a rerun cheap.
    const store_ = store;
    async function* fresh() {
      for await (const item of readInputs(positionals, { published: pub })) {
        if (interrupted) return;
        if (item.error === undefined && !values.force && (await store_.has(item.id, item.article.text))) {
          skipped++;
          progress.tick(true);
          continue;
        }
        yield item;
      }
    }
    for await (const outcome of processAll(fresh(), workers)) {
      if (outcome.error !== undefined) {
        failed++;
        await store.saveFailure(outcome.id, outcome.error);
        await write(io.stderr, `sitrep: ${outcome.error}\n`);
        progress.tick(false);
        continue;
      }
      await store.save(outcome.doc);
      stored++;
      progress.tick(true);
    }
  } finally {
    process.removeListener("SIGINT", onSignal);
    process.removeListener("SIGTERM", onSignal);
    progress.done();
    const c = await store.counts();
    await store.close();
    await write(
      io.stderr,
      `sitrep: ${stored} stored, ${skipped} already stored, ${failed} failed; ${store.where} holds ${c.documents} articles and ${c.events} events` +
        (interrupted ? " (interrupted: run the same command again to resume)" : "") +
        "\n",
    );
  }
  if (interrupted) return interrupted === "SIGTERM" ? 143 : 130;
  return failed > 0 ? 1 : 0;
}

/** sitrep export: the stored events as ACLED-style CSV, GeoJSON or JSONL. */
export async function exportCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      db: { type: "string" },
      format: { type: "string", default: "csv" },
      country: { type: "string" },
      since: { type: "string" },
      until: { type: "string" },
      type: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    await write(
      io.stdout,
      "Usage: sitrep export [--db FILE] [--format csv|geojson|jsonl] [--country CC] [--since DATE] [--until DATE] [--type EVENT_TYPE]\n",
    );
    return 0;
  }
  if (!["csv", "geojson", "jsonl"].includes(values.format!)) {
    throw new UsageError(`unknown --format ${JSON.stringify(values.format)}: use csv, geojson or jsonl`);
  }
  const since = dateOption(values.since, "--since");
  const until = dateOption(values.until, "--until");
  checkRange(since, until);
  const store = await openExistingDb(dbTarget(values.db));
  try {
    const rows = await store.events({
      country: values.country,
      since: since ?? undefined,
      until: until ?? undefined,
      type: values.type,
    });
    if (values.format === "geojson") {
      const { geojson, skipped } = toGeoJson(rows);
      await write(io.stdout, geojson + "\n");
      if (skipped) await write(io.stderr, `sitrep: ${skipped} events without coordinates left out of the GeoJSON\n`);
    } else {
      for (const line of values.format === "csv" ? toCsv(rows) : toJsonl(rows)) await write(io.stdout, line);
    }
  } finally {
    await store.close();
  }
  return 0;
}
