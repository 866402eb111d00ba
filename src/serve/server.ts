import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { join } from "node:path";
import { RecordError } from "../ingest/errors.js";
import { normalizePublished } from "../ingest/published.js";
import { extract } from "../index.js";
import { toOutput } from "../output.js";
import { incidentIds } from "../store/dedupe.js";
import { toCsv, toGeoJson } from "../store/export.js";
import type { EventFilter, Store } from "../store/index.js";
import { ROOT } from "../util/data.js";

/*
 * The HTTP API and the browser UI (map, timeline, event list) over an events database.
 *
 *   GET  /api/events[?country=SY&since=2016-01-01&until=...&type=Battles]   events as JSON
 *   GET  /api/events.csv | /api/events.geojson                             the same as exports
 *   GET  /api/documents/:id                                                one stored document
 *   POST /api/extract   {"text", "published"?} or a plain-text body          extract without storing
 *   GET  /                                                                 the UI
 */

const STATIC: Record<string, [string, string]> = {
  "/": [join(ROOT, "ui", "index.html"), "text/html; charset=utf-8"],
  "/app.js": [join(ROOT, "ui", "app.js"), "text/javascript; charset=utf-8"],
  "/style.css": [join(ROOT, "ui", "style.css"), "text/css; charset=utf-8"],
  "/vendor/topojson-client.js": [
    join(ROOT, "node_modules", "topojson-client", "dist", "topojson-client.min.js"),
    "text/javascript; charset=utf-8",
  ],
  // Natural Earth land outlines, bundled by the world-atlas package: the map needs no tile server.
  "/vendor/land-110m.json": [join(ROOT, "node_modules", "world-atlas", "land-110m.json"), "application/json"],
};

const MAX_BODY = 10 * 1024 * 1024;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { "content-type": type, "cache-control": "no-store" });
  res.end(body);
}

function json(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, "application/json; charset=utf-8", JSON.stringify(value));
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req) {
    size += (c as Buffer).length;
    if (size > MAX_BODY) throw new HttpError(413, "request body over 10 MB");
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function filterFrom(url: URL): EventFilter {
  const day = (k: string) => {
    const v = url.searchParams.get(k);
    if (!v) return undefined;
    try {
      return normalizePublished(v, k, "") ?? undefined;
    } catch (e) {
      throw new HttpError(400, (e as Error).message);
    }
  };
  const since = day("since");
  const until = day("until");
  // Swapped dates would answer an empty list that looks like "no events": say what is wrong instead.
  if (since && until && since > until) throw new HttpError(400, `since ${since} is after until ${until}`);
  return {
    country: url.searchParams.get("country") || undefined,
    type: url.searchParams.get("type") || undefined,
    since,
    until,
  };
}

async function route(store: Store, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://localhost");
  const path = url.pathname;
  if (req.method === "GET" && STATIC[path]) {
    const [file, type] = STATIC[path]!;
    return send(res, 200, type, readFileSync(file));
  }
  if (path === "/favicon.ico") {
    res.writeHead(204).end();
    return;
  }
  if (req.method === "GET" && path === "/api/events") {
    const rows = await store.events(filterFrom(url));
    const incidents = incidentIds(rows);
    return json(res, 200, { events: rows.map((r, i) => ({ ...r, incident_id: incidents[i] })) });
  }
  if (req.method === "GET" && path === "/api/events.csv") {
    return send(res, 200, "text/csv; charset=utf-8", [...toCsv(await store.events(filterFrom(url)))].join(""));
  }
  if (req.method === "GET" && path === "/api/events.geojson") {
    return send(res, 200, "application/geo+json", toGeoJson(await store.events(filterFrom(url))).geojson);
  }
  const doc = /^\/api\/documents\/(.+)$/.exec(path);
  if (req.method === "GET" && doc) {
    let id: string;
    try {
      id = decodeURIComponent(doc[1]!);
    } catch {
      throw new HttpError(400, "the document id is not a valid percent-encoded string");
    }
    const d = await store.document(id);
    return d ? json(res, 200, d) : json(res, 404, { error: "no such document" });
  }
  if (req.method === "POST" && path === "/api/extract") {
    const raw = await body(req);
    let text = raw;
    let published: string | undefined;
    if ((req.headers["content-type"] ?? "").includes("application/json")) {
      let rec: { text?: unknown; published?: unknown };
      try {
        rec = JSON.parse(raw) as typeof rec;
      } catch {
        throw new HttpError(400, "body is not valid JSON");
      }
      if (typeof rec.text !== "string") throw new HttpError(400, 'body needs a "text" string');
      text = rec.text;
      if (rec.published !== undefined && rec.published !== null && typeof rec.published !== "string")
        throw new HttpError(400, '"published" must be a date string (YYYY-MM-DD)');
      published = typeof rec.published === "string" ? rec.published : undefined;
    }
    if (!text.trim()) throw new HttpError(400, "the article has no text");
    try {
      return json(res, 200, toOutput(extract(text, { published })));
    } catch (e) {
      if (e instanceof RecordError) throw new HttpError(400, e.message);
      throw e;
    }
  }
  json(res, 404, { error: `no route for ${req.method} ${path}` });
}

export function createApp(store: Store): Server {
  return createServer((req, res) => {
    route(store, req, res).catch((e: unknown) => {
      if (e instanceof HttpError) return json(res, e.status, { error: e.message });
      json(res, 500, { error: `internal error: ${(e as Error).message}` });
    });
  });
}
