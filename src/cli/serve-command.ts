import { parseArgs } from "node:util";
import { UsageError } from "../ingest/errors.js";
import { createApp } from "../serve/server.js";
import { dbTarget, openExistingDb } from "./db.js";
import { type Io, write } from "./io.js";

/** sitrep serve: the HTTP API and the map/timeline UI over an events database, until Ctrl-C. */
export async function serveCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      db: { type: "string" },
      port: { type: "string", default: "8080" },
      host: { type: "string", default: "127.0.0.1" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    await write(io.stdout, "Usage: sitrep serve [--db FILE|postgres://...] [--port 8080] [--host 127.0.0.1]\n");
    return 0;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port needs a port number, got ${values.port}`);
  const target = dbTarget(values.db);
  const store = await openExistingDb(target);
  const server = createApp(store);
  await new Promise<void>((resolve, reject) => {
    server.once("error", (e: NodeJS.ErrnoException) =>
      reject(new UsageError(e.code === "EADDRINUSE" ? `port ${port} is in use; pick another with --port` : e.message)),
    );
    server.listen(port, values.host, () => resolve());
  });
  const addr = server.address();
  const shown = typeof addr === "object" && addr ? addr.port : port;
  await write(io.stderr, `sitrep: serving ${target} at http://${values.host}:${shown}/ (Ctrl-C to stop)\n`);
  await new Promise<void>((resolve) => {
    const stop = () => server.close(() => resolve());
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await store.close();
  return 0;
}
