import { parentPort } from "node:worker_threads";
import type { Article } from "../document/create.js";
import { runPipeline } from "../pipeline.js";

/** A pipeline worker: articles in, documents (or the error message) out, tagged with their sequence number. */
parentPort?.on("message", (m: { seq: number; article: Article }) => {
  try {
    parentPort!.postMessage({ seq: m.seq, doc: runPipeline(m.article) });
  } catch (e) {
    parentPort!.postMessage({ seq: m.seq, error: `internal error: ${(e as Error).message}` });
  }
});
