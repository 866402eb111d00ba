import { closeSync, createReadStream, openSync, readFileSync, readdirSync, statSync } from "node:fs";
import { basename, extname, join, relative } from "node:path";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import type { Article } from "../document/create.js";
import { checkText, decodeArticle, MAX_ARTICLE_BYTES } from "./decode.js";
import { RecordError, UsageError } from "./errors.js";
import { readHtml } from "./html.js";
import { normalizePublished } from "./published.js";

export { RecordError, UsageError } from "./errors.js";
export { normalizePublished } from "./published.js";

/** One unit of work: an article ready for the pipeline, or the reason a record could not be read. */
export type InputItem =
  { id: string; article: Article; error?: undefined } | { id: string; error: string; article?: undefined };

export interface IngestOptions {
  /** default publication date for records and files that carry none */
  published?: string | null;
  stdin?: Readable;
}

export const ARTICLE_EXTENSIONS = [".txt", ".html", ".htm", ".json", ".jsonl"];

/** Expands paths to a list of files, failing early (before any output) on what cannot be read. */
export function expandPaths(paths: string[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    if (p === "-") {
      files.push("-");
      continue;
    }
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new UsageError(`no such file or folder: ${p}`);
    }
    if (st.isDirectory()) {
      const found = walk(p).filter((f) => ARTICLE_EXTENSIONS.includes(extname(f).toLowerCase()));
      if (found.length === 0) {
        throw new UsageError(`folder ${p} holds no articles (looked for ${ARTICLE_EXTENSIONS.join(", ")} files)`);
      }
      files.push(...found);
    } else {
      files.push(p);
    }
  }
  return files;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function walk(dir: string): string[] {
  const out: string[] = [];
  let listed;
  try {
    listed = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    throw new UsageError(`cannot read folder ${dir}: ${(e as Error).message}`);
  }
  const entries = listed.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(full));
    else if (e.isFile()) out.push(full);
    // A link to a file is an article like any other; a broken link is kept so that it is reported, not
    // silently dropped. Links to folders are not followed: they can loop.
    else if (e.isSymbolicLink() && !isDirectory(full)) out.push(full);
  }
  return out;
}

function fail(id: string, err: unknown): InputItem {
  if (err instanceof RecordError) return { id, error: err.message };
  throw err;
}

/** A JSON record ({id, text|html, published, title, url}) to an article. */
export function recordToArticle(rec: unknown, fallbackId: string, opts: IngestOptions): Article {
  if (rec === null || typeof rec !== "object" || Array.isArray(rec)) {
    throw new RecordError(`${fallbackId}: a record must be a JSON object with "text" or "html"`);
  }
  const r = rec as Record<string, unknown>;
  const id = typeof r.id === "string" || typeof r.id === "number" ? String(r.id) : fallbackId;
  let published = normalizePublished(r.published, id);
  let source: Article["publishedSource"] = published ? "given" : null;
  let title = typeof r.title === "string" ? r.title : null;
  let text: string;
  if (typeof r.text === "string") {
    text = r.text;
  } else if (typeof r.html === "string") {
    const h = readHtml(r.html, id);
    text = h.text;
    title ??= h.title;
    if (!published && h.published) {
      published = normalizePublished(h.published, id);
      source = "metadata";
    }
  } else {
    throw new RecordError(`${id}: record has neither "text" nor "html"`);
  }
  checkText(text, id);
  if (!published && opts.published) {
    published = opts.published;
    source = "given";
  }
  return { id, text, published, publishedSource: source, title, url: typeof r.url === "string" ? r.url : null };
}

async function* jsonLines(stream: Readable, name: string, opts: IngestOptions): AsyncGenerator<InputItem> {
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  for await (const rawLine of rl) {
    n++;
    const line = n === 1 ? rawLine.replace(/^\uFEFF/, "") : rawLine;
    if (!line.trim()) continue;
    const fallback = `${name}:${n}`;
    if (line.length > MAX_ARTICLE_BYTES) {
      yield { id: fallback, error: `${fallback}: line is over 10 MB; articles that large are refused` };
      continue;
    }
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch (e) {
      yield { id: fallback, error: `${fallback}: not valid JSON (${(e as Error).message})` };
      continue;
    }
    const r = rec as Record<string, unknown> | null;
    const id =
      r && typeof r === "object" && (typeof r.id === "string" || typeof r.id === "number") ? String(r.id) : fallback;
    try {
      yield { id, article: recordToArticle(rec, fallback, opts) };
    } catch (e) {
      yield fail(id, e);
    }
  }
}

function fileArticle(path: string, id: string, bytes: Uint8Array, opts: IngestOptions): Article {
  let text = decodeArticle(bytes, path);
  const ext = extname(path).toLowerCase();
  let title: string | null = null;
  let published: string | null = null;
  let source: Article["publishedSource"] = null;
  if (ext === ".html" || ext === ".htm") {
    const h = readHtml(text, path);
    text = h.text;
    title = h.title;
    published = normalizePublished(h.published, path);
    if (published) source = "metadata";
  }
  checkText(text, path);
  if (!published && opts.published) {
    published = opts.published;
    source = "given";
  }
  return { id, text, title, published, publishedSource: source, url: null };
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Every article behind the given paths, in order: files of folders sorted by name, records of a
 * JSONL file in line order. Problems with one record become an item with `error`.
 */
export async function* readInputs(paths: string[], opts: IngestOptions = {}): AsyncGenerator<InputItem> {
  const files = expandPaths(paths);
  const base = files.length === 1 ? null : process.cwd();
  for (const f of files) {
    if (f === "-") {
      const stdin = opts.stdin ?? process.stdin;
      const bytes = await readAll(stdin);
      let text: string;
      try {
        text = decodeArticle(bytes, "standard input");
      } catch (e) {
        yield fail("-", e);
        continue;
      }
      const body = text.replace(/^\uFEFF/, "");
      if (body.trimStart().startsWith("{")) {
        const { Readable } = await import("node:stream");
        yield* jsonLines(Readable.from([body]), "stdin", opts);
      } else {
        try {
          yield { id: "stdin", article: fileArticle("standard input", "stdin", bytes, opts) };
        } catch (e) {
          yield fail("stdin", e);
        }
      }
      continue;
    }
    const ext = extname(f).toLowerCase();
    const id = base ? relative(base, f) : basename(f);
    // One unreadable file in a folder is that file's failure: the run goes on and exits 1, and what an
    // ingest stored before it stays stored.
    if (ext === ".jsonl") {
      let size: number;
      try {
        size = statSync(f).size;
        closeSync(openSync(f, "r"));
      } catch (e) {
        yield { id, error: `cannot read ${f}: ${(e as Error).message}` };
        continue;
      }
      if (size === 0) {
        yield { id, error: `${f} is empty` };
        continue;
      }
      yield* jsonLines(createReadStream(f, { encoding: "utf8" }), f, opts);
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(f);
    } catch (e) {
      yield { id, error: `cannot read ${f}: ${(e as Error).message}` };
      continue;
    }
    if (ext === ".json") {
      let data: unknown;
      try {
        data = JSON.parse(decodeArticle(bytes, f).replace(/^\uFEFF/, ""));
      } catch (e) {
        yield fail(id, e instanceof SyntaxError ? new RecordError(`${f}: not valid JSON (${e.message})`) : e);
        continue;
      }
      const recs = Array.isArray(data) ? data : [data];
      for (let i = 0; i < recs.length; i++) {
        const fb = recs.length === 1 ? id : `${id}:${i + 1}`;
        try {
          yield { id: fb, article: recordToArticle(recs[i], fb, opts) };
        } catch (e) {
          yield fail(fb, e);
        }
      }
      continue;
    }
    try {
      yield { id, article: fileArticle(f, id, bytes, opts) };
    } catch (e) {
      yield fail(id, e);
    }
  }
}
