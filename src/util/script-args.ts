import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { sharedDir } from "./data.js";

/**
 * Options of the measuring and training scripts (`npm run eval`, `bench`, `train:*`), read the way the
 * CLI reads its own: `--help` prints the usage and exits 0; a mistyped option is the user's slip, not a
 * crash, so it gets one line and the usage, exit 2, never a stack trace. The config declares `help`.
 */
export function parseScriptArgs<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  let parsed: ReturnType<typeof parseArgs<T>>;
  try {
    parsed = parseArgs(config);
  } catch (e) {
    process.stderr.write(`${(e as Error).message.split(". ")[0]}\n${usage}`);
    process.exit(2);
  }
  if ((parsed.values as Record<string, unknown>).help) {
    process.stdout.write(usage);
    process.exit(0);
  }
  return parsed;
}

/**
 * A file of ../shared the measuring scripts read (labeled data, examples): its path, or, where it is
 * missing, one line that says where it was looked for and how to point elsewhere, and exit 2. A missing
 * folder beside the project is a set-up slip, not a crash.
 */
export function sharedFile(...parts: string[]): string {
  const path = join(sharedDir(), ...parts);
  if (!existsSync(path)) {
    process.stderr.write(
      `${path} not found: the measuring scripts read the shared data in ../shared beside the project (or the folder SITREP_SHARED names)\n`,
    );
    process.exit(2);
  }
  return path;
}
