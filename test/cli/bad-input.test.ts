import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SqliteStore } from "../../src/store/sqlite.js";
import { ROOT } from "../../src/util/data.js";
import { KHAN_TUMAN, readJsonl, SHARED } from "../helpers.js";

// The bad-input sweep, end to end through the built CLI on real files: every case ends with one clear
// message and the documented exit code, and never loses what an earlier run stored.
const BIN = join(ROOT, "bin", "sitrep.js");
function sitrep(args: string[], cwd?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", cwd });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const noStackTrace = (s: string) => expect(s).not.toMatch(/\n\s+at /);

const tmp = mkdtempSync(join(tmpdir(), "sitrep-bad-"));
const articles = readJsonl<{ id: string; text: string; published: string }>("eval/casualties/dev.jsonl").slice(0, 120);
const batch = join(tmp, "batch.jsonl");
writeFileSync(
  batch,
  articles.map((r) => JSON.stringify({ id: r.id, text: r.text, published: r.published })).join("\n") + "\n",
);
const small = join(tmp, "small.jsonl");
writeFileSync(
  small,
  articles
    .slice(0, 3)
    .map((r) => JSON.stringify({ id: r.id, text: r.text, published: r.published }))
    .join("\n") + "\n",
);
const db = join(tmp, "events.db");
sitrep(["ingest", small, "--db", db]);

describe("options are refused before anything is written", () => {
  it("ingest with a bad --jobs creates no database and prints no summary", () => {
    const r = sitrep(["ingest", small, "--jobs", "0"], tmp);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('sitrep: --jobs needs a whole number from 1 to 256 or "auto", got "0"');
    expect(existsSync(join(tmp, "sitrep.db"))).toBe(false);
  });

  it.each([
    [
      "export --since after --until",
      ["export", "--db", db, "--since", "2016-05-01", "--until", "2016-01-01"],
      /--since 2016-05-01 is after --until 2016-01-01/,
    ],
    [
      "impossible --since",
      ["export", "--db", db, "--since", "2016-13-45"],
      /^sitrep: --since: "2016-13-45" is not a real calendar date$/,
    ],
    ["unreadable --until", ["export", "--db", db, "--until", "soon"], /^sitrep: --until: cannot read "soon" as a date/],
    [
      "unknown option names the command's help",
      ["ingest", "--dbb", db, small],
      /^sitrep: Unknown option '--dbb'; see sitrep ingest --help$/,
    ],
    ["schema with an argument", ["schema", "extra"], /schema takes no arguments/],
  ])("%s: exit 2, one line", (_name, args, message) => {
    const r = sitrep(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim()).toMatch(message as RegExp);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("schema --help prints usage, not the schema", () => {
    const r = sitrep(["schema", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: sitrep schema/);
  });
});

describe("inputs with no article in them", () => {
  it("an HTML page whose only text is a script is an error, not an article made of code", () => {
    const page = join(tmp, "script-only.html");
    writeFileSync(
      page,
      "<html><head><title>Live</title><style>p{color:red}</style></head><body><script>var feed = load('x');</script><noscript>Enable JavaScript</noscript></body></html>",
    );
    const r = sitrep(["extract", page, "--format", "jsonl"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({
      id: "script-only.html",
      error: `${page}: no article text found in the HTML`,
    });
    noStackTrace(r.stderr);
  });
});

describe("an interrupted ingest", () => {
  it("stopped by SIGTERM keeps what it stored, says so, and a rerun finishes without doubling", async () => {
    const target = join(tmp, "killed.db");
    const child = spawn(process.execPath, [BIN, "ingest", batch, "--db", target]);
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((res) => child.on("exit", (code) => res(code)));
    // Kill once some articles are committed, as a scheduler's timeout would.
    for (;;) {
      await new Promise((r) => setTimeout(r, 100));
      if (!existsSync(target)) continue;
      const s = new SqliteStore(target);
      const n = (await s.counts()).documents;
      await s.close();
      if (n >= 5) break;
    }
    child.kill("SIGTERM");
    expect(await exited).toBe(143);
    const m = /(\d+) stored, 0 already stored, 0 failed; .* holds (\d+) articles/.exec(stderr);
    expect(m, stderr).not.toBeNull();
    expect(stderr).toMatch(/interrupted: run the same command again to resume/);
    const kept = Number(m![2]);
    expect(kept).toBeGreaterThanOrEqual(5);
    expect(kept).toBeLessThan(articles.length);

    const rerun = sitrep(["ingest", batch, "--db", target]);
    expect(rerun.code).toBe(0);
    expect(rerun.stderr).toContain(`${articles.length - kept} stored, ${kept} already stored, 0 failed`);
    const fresh = join(tmp, "fresh.db");
    sitrep(["ingest", batch, "--db", fresh]);
    const [a, b] = [new SqliteStore(target), new SqliteStore(fresh)];
    expect(await a.counts()).toEqual(await b.counts());
    await Promise.all([a.close(), b.close()]);
  }, 120_000);
});

describe("sitrep serve", () => {
  const child = spawn(process.execPath, [BIN, "serve", "--db", db, "--port", "0"]);
  afterAll(() => child.kill("SIGTERM"));
  const base = new Promise<string>((res) => {
    let err = "";
    child.stderr.on("data", (c: Buffer) => {
      err += c.toString();
      const m = /at (http:\/\/\S+?)\/? /.exec(err);
      if (m) res(m[1]!);
    });
  });

  it("refuses a port already in use with exit 2 and one line", async () => {
    const port = new URL(await base).port;
    const r = sitrep(["serve", "--db", db, "--port", port]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`sitrep: port ${port} is in use; pick another with --port`);
  });

  it.each([
    ["/api/events?since=2017-01-01&until=2016-01-01", 400, "since 2017-01-01 is after until 2016-01-01"],
    ["/api/events.csv?since=2016-13-45", 400, 'since: "2016-13-45" is not a real calendar date'],
    ["/api/documents/%E0%A4%A", 400, "the document id is not a valid percent-encoded string"],
    ["/api/documents/nope", 404, "no such document"],
  ])("GET %s answers %i with a JSON error", async (path, status, error) => {
    const r = await fetch((await base) + path);
    expect(r.status).toBe(status);
    expect(await r.json()).toEqual({ error });
  });

  it("POST /api/extract with a non-string published is a 400, not a silently undated article", async () => {
    const r = await fetch((await base) + "/api/extract", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: "Two soldiers were killed on Monday.", published: 20160510 }),
    });
    expect(r.status).toBe(400);
    expect(await r.json()).toEqual({ error: '"published" must be a date string (YYYY-MM-DD)' });
  });
});

describe("a folder of mixed files", () => {
  it("reports a broken link and a binary file, follows a link to an article, and goes on: exit 1", () => {
    const dir = join(tmp, "mixed");
    mkdirSync(join(dir, "sub"), { recursive: true });
    writeFileSync(join(dir, "a.txt"), "Two civilians were killed in Idlib on Tuesday, activists said.");
    writeFileSync(join(dir, "b.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    writeFileSync(join(dir, "notes.pdf"), "not an article");
    symlinkSync(join(tmp, "nowhere.txt"), join(dir, "broken.txt"));
    symlinkSync(join(SHARED, KHAN_TUMAN), join(dir, "sub", "linked.txt"));
    const r = sitrep(["extract", dir, "--format", "jsonl"], tmp);
    expect(r.code).toBe(1);
    const out = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { id: string; error?: string; text?: string });
    expect(out.map((d) => [d.id, d.error === undefined])).toEqual([
      ["mixed/a.txt", true],
      ["mixed/b.txt", false],
      ["mixed/broken.txt", false],
      ["mixed/sub/linked.txt", true],
    ]);
    expect(out[2]!.error).toMatch(/^cannot read .*broken\.txt: ENOENT/);
    expect(out[3]!.text).toMatch(/^BEIRUT/);
    noStackTrace(r.stderr);
  });
});

// The measuring scripts are run by hand too: a slip there is answered like one in the CLI.
describe("npm run eval", () => {
  const evalScript = (args: string[]) => {
    const r = spawnSync(process.execPath, [join(ROOT, "dist", "eval", "main.js"), ...args], { encoding: "utf8" });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  it("answers --help with its usage and exit 0", () => {
    const r = evalScript(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^usage: npm run eval -- <ner\|time\|geo\|casualties\|quotes\|incidents>/);
  });
  it.each([
    [["quotes", "--limt", "5"], /^Unknown option '--limt'\nusage:/],
    [["quotes", "--limit", "five"], /^--limit takes a whole number of documents above 0, not "five"/],
    [["quote"], /^usage:/],
  ])("%j: one message, exit 2, nothing run", (args, message) => {
    const r = evalScript(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe("");
    noStackTrace(r.stderr);
  });
});

describe("the bench and training scripts", () => {
  const script = (path: string, args: string[]) => {
    const r = spawnSync(process.execPath, [join(ROOT, "dist", ...path.split("/")), ...args], { encoding: "utf8" });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  it.each([
    ["bench/main.js", "npm run bench"],
    ["bench/long.js", "npm run bench:long"],
    ["entities/train/main.js", "npm run train:ner"],
  ])("%s answers --help with its usage, and a mistyped option with one line and exit 2", (path, command) => {
    const help = script(path, ["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout.startsWith(`usage: ${command}`)).toBe(true);
    const slip = script(path, ["--pases", "2"]);
    expect(slip.code).toBe(2);
    expect(slip.stderr).toMatch(/^Unknown option '--pases'\nusage: /);
    noStackTrace(slip.stderr);
  });
});
