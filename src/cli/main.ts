import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { jsonSchema } from "../document/schema.js";
import { readInputs, RecordError, UsageError } from "../ingest/index.js";
import { toOutput } from "../output.js";
import { ROOT } from "../util/data.js";
import { colors, plain, pretty } from "./pretty.js";
import { gazetteerCommand } from "../places/gazetteer/cli.js";
import { type Io, write } from "./io.js";
import { jobs } from "./jobs.js";
import { dateOption } from "./options.js";
import { processAll } from "./pool.js";
import { Progress } from "./progress.js";
import { serveCommand } from "./serve-command.js";
import { exportCommand, ingestCommand } from "./store-commands.js";

const HELP = `sitrep: armed-conflict news articles in, sourced event records out.

Usage:
  sitrep extract <paths...|-> [options]   extract events from articles
  sitrep ingest <paths...|-> [--db FILE]   extract and store in an SQLite events database (resumable)
  sitrep export [--format csv|geojson|jsonl] [--db FILE] [--country CC] [--since DATE] [--until DATE]
                                          stored events as ACLED-style CSV, GeoJSON or JSONL
  sitrep serve [--db FILE] [--port 8080]    HTTP API and a map/timeline UI over the database
  sitrep schema                           print the JSON Schema of the output document
  sitrep gazetteer import <dump.txt|.zip>  add a GeoNames dump's villages to the gazetteer
  sitrep --help | --version

Inputs (files, folders searched recursively, or - for standard input):
  .txt          one article per file (UTF-8, BOM and CRLF welcome)
  .html, .htm   a saved web page; title and publication time are read from its metadata
  .json         one record or an array of records
  .jsonl        one record per line: {"id", "text" or "html", "published", "title", "url"}

Options for extract:
  --published DATE   publication date (YYYY-MM-DD) for articles that carry none
  --format FORMAT    jsonl (default when piped), pretty (default on a terminal) or json
  --tokens           include tokens in the output
  -j, --jobs N       worker threads (default 1; "auto" uses every core); output order is kept
  -h, --help         show this help

Exit codes: 0 all articles done, 1 some articles failed (each yields {"id", "error"}),
2 usage or input error (nothing was processed).

Examples:
  sitrep extract ../shared/examples/khan-tuman/article.txt --published 2016-05-10
  sitrep extract --format jsonl articles.jsonl > events.jsonl
  cat article.txt | sitrep extract - --format pretty
`;

function version(): string {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
  return pkg.version;
}

async function extractCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      published: { type: "string" },
      format: { type: "string" },
      tokens: { type: "boolean", default: false },
      jobs: { type: "string", short: "j" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    await write(io.stdout, HELP);
    return 0;
  }
  if (positionals.length === 0)
    throw new UsageError("extract needs at least one file, folder, or - for standard input");
  const format = values.format ?? (io.stdout.isTTY ? "pretty" : "jsonl");
  if (!["json", "jsonl", "pretty"].includes(format)) {
    throw new UsageError(`unknown --format ${JSON.stringify(format)}: use json, jsonl or pretty`);
  }
  const published = dateOption(values.published, "--published");
  const paint = io.stdout.isTTY && !process.env.NO_COLOR ? colors : plain;
  const progress = new Progress(Boolean(io.stderr.isTTY) && format !== "pretty", io.stderr as NodeJS.WriteStream);
  let failed = 0;
  let count = 0;
  const json: unknown[] = [];
  const inputs = readInputs(positionals, { published, stdin: io.stdin as never });
  for await (const outcome of processAll(inputs, jobs(values.jobs))) {
    count++;
    const line: Record<string, unknown> =
      outcome.error !== undefined ? { id: outcome.id, error: outcome.error } : toOutput(outcome.doc, values.tokens);
    if (line.error !== undefined) {
      failed++;
      await write(io.stderr, `sitrep: ${String(line.error)}\n`);
    }
    progress.tick(line.error === undefined);
    if (format === "jsonl") await write(io.stdout, JSON.stringify(line) + "\n");
    else if (format === "json") json.push(line);
    else if (line.error === undefined) await write(io.stdout, pretty(line as never, paint) + "\n\n");
  }
  progress.done();
  if (format === "json") await write(io.stdout, JSON.stringify(json.length === 1 ? json[0] : json, null, 2) + "\n");
  if (count === 0) throw new UsageError("no articles found in the input");
  return failed > 0 ? 1 : 0;
}

/** The command line; returns the exit code. Never lets a stack trace reach the user. */
export async function main(
  argv: string[],
  io: Io = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    switch (cmd) {
      case undefined:
      case "-h":
      case "--help":
      case "help":
        await write(io.stdout, HELP);
        return cmd === undefined ? 2 : 0;
      case "-v":
      case "--version":
        await write(io.stdout, version() + "\n");
        return 0;
      case "extract":
        return await extractCommand(rest, io);
      case "ingest":
        return await ingestCommand(rest, io);
      case "export":
        return await exportCommand(rest, io);
      case "serve":
        return await serveCommand(rest, io);
      case "gazetteer":
        return await gazetteerCommand(rest, (s) => write(io.stdout, s));
      case "schema":
        if (rest.includes("-h") || rest.includes("--help")) {
          await write(io.stdout, "Usage: sitrep schema   prints the JSON Schema of the output document\n");
          return 0;
        }
        if (rest.length) throw new UsageError(`schema takes no arguments, got ${JSON.stringify(rest[0])}`);
        await write(io.stdout, JSON.stringify(jsonSchema(), null, 2) + "\n");
        return 0;
      default:
        throw new UsageError(`unknown command ${JSON.stringify(cmd)}; see sitrep --help`);
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof RecordError) {
      await write(io.stderr, `sitrep: ${e.message}\n`);
      return 2;
    }
    if (e instanceof TypeError && (e as NodeJS.ErrnoException).code?.startsWith("ERR_PARSE_ARGS")) {
      // Node's own hint about "--" is for the rare file named like an option; the usual cause is a typo.
      const message = e.message.replace(/\. To specify a positional argument.*$/s, "");
      await write(io.stderr, `sitrep: ${message}; see sitrep ${cmd} --help\n`);
      return 2;
    }
    await write(io.stderr, `sitrep: internal error: ${(e as Error).message ?? String(e)}\n`);
    return 3;
  }
}
