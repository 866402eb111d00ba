import { Worker } from "node:worker_threads";
import type { Article } from "../document/create.js";
import type { SitrepDocument } from "../document/schema.js";
import type { InputItem } from "../ingest/index.js";
import { runPipeline } from "../pipeline.js";

export type Outcome =
  { id: string; doc: SitrepDocument; error?: undefined } | { id: string; error: string; doc?: undefined };

function inline(item: InputItem): Outcome {
  if (item.error !== undefined) return { id: item.id, error: item.error };
  try {
    return { id: item.id, doc: runPipeline(item.article) };
  } catch (e) {
    // A stage crashing on one article must not cost the user the rest of the batch.
    return { id: item.id, error: `internal error: ${(e as Error).message}` };
  }
}

/**
 * Runs the pipeline over the inputs on `jobs` worker threads and yields outcomes in input order. With one
 * job everything stays on the main thread. Each worker loads models and data once.
 */
export async function* processAll(items: AsyncIterable<InputItem>, jobs: number): AsyncGenerator<Outcome> {
  if (jobs <= 1) {
    for await (const item of items) yield inline(item);
    return;
  }
  const workers = Array.from({ length: jobs }, () => new Worker(new URL("./worker.js", import.meta.url)));
  const pending = new Map<number, { id: string; resolve: (o: Outcome) => void }>();
  const failAll = (why: string) => {
    for (const [s, p] of pending) {
      pending.delete(s);
      p.resolve({ id: p.id, error: `internal error: a pipeline worker stopped (${why})` });
    }
  };
  for (const w of workers) {
    w.on("error", (e: Error) => failAll(e.message));
    w.on("exit", (code) => {
      if (code !== 0) failAll(`exit code ${code}`);
    });
    w.on("message", (m: { seq: number; doc?: SitrepDocument; error?: string }) => {
      const p = pending.get(m.seq)!;
      pending.delete(m.seq);
      p.resolve(m.error !== undefined ? { id: p.id, error: m.error } : { id: p.id, doc: m.doc! });
    });
  }
  const queue: Promise<Outcome>[] = [];
  let seq = 0;
  const submit = (item: InputItem): Promise<Outcome> => {
    if (item.error !== undefined) return Promise.resolve({ id: item.id, error: item.error });
    const s = seq++;
    const article: Article = item.article;
    return new Promise<Outcome>((resolve) => {
      pending.set(s, { id: item.id, resolve });
      workers[s % jobs]!.postMessage({ seq: s, article });
    });
  };
  try {
    for await (const item of items) {
      queue.push(submit(item));
      // Bounded look-ahead keeps memory flat on huge inputs while every worker stays busy.
      while (queue.length >= jobs * 4) yield await queue.shift()!;
    }
    while (queue.length) yield await queue.shift()!;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
