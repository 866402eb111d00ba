import { availableParallelism } from "node:os";
import { UsageError } from "../ingest/errors.js";

/** --jobs: a positive whole number, or "auto" for one worker per core. */
export function jobs(v: string | undefined): number {
  if (v === undefined) return 1;
  if (v === "auto") return availableParallelism();
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 256)
    throw new UsageError(`--jobs needs a whole number from 1 to 256 or "auto", got ${JSON.stringify(v)}`);
  return n;
}
