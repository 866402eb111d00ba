import { parseArgs, type ParseArgsConfig } from "node:util";

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
