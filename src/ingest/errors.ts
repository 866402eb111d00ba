/** A problem with how sitrep was called or with a path: the run stops with exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** A problem with one article or record: it yields `{id, error}` and the run goes on (exit code 1). */
export class RecordError extends Error {
  override name = "RecordError";
}
