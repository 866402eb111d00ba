import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../src/util/data.js";
import { KHAN_TUMAN, readJsonl, SHARED } from "../helpers.js";

// End-to-end through the built CLI (npm test builds first), as a user runs it.
function sitrep(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [join(ROOT, "bin", "sitrep.js"), ...args], {
    input,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const tmp = mkdtempSync(join(tmpdir(), "sitrep-cli-"));
const article = join(SHARED, KHAN_TUMAN);

describe("sitrep extract", () => {
  it("prints one JSON document for an article file", () => {
    const r = sitrep(["extract", article, "--published", "2016-05-10", "--format", "json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.published).toBe("2016-05-10");
    expect(doc.dateline.place).toBe("Beirut");
    expect(doc.boilerplate).toHaveLength(3);
    expect(doc.tokens).toBeUndefined();
  });

  it("keeps JSONL input order and echoes ids", () => {
    const f = join(tmp, "three.jsonl");
    const recs = ["b", "a", "c"].map((id) => JSON.stringify({ id, text: `KABUL, Afghanistan (AP) — Story ${id}.` }));
    writeFileSync(f, recs.join("\n") + "\n");
    const r = sitrep(["extract", "--format", "jsonl", f]);
    expect(r.code).toBe(0);
    const out = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(out.map((d) => d.id)).toEqual(["b", "a", "c"]);
    expect(out[0].dateline.place).toBe("Kabul");
  });

  it("yields {id, error} for a bad record and goes on, exit 1", () => {
    const f = join(tmp, "mixed.jsonl");
    writeFileSync(
      f,
      [
        '{"id":"ok","text":"Two people were killed."}',
        "{not json",
        '{"id":"empty","text":"  "}',
        '{"id":"ok2","text":"Fine."}',
      ].join("\n"),
    );
    const r = sitrep(["extract", "--format", "jsonl", f]);
    expect(r.code).toBe(1);
    const out = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(out.map((d) => d.id)).toEqual(["ok", `${f}:2`, "empty", "ok2"]);
    expect(out[1].error).toMatch(/not valid JSON/);
    expect(out[2].error).toMatch(/no text/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("gives the same output, in the same order, on worker threads (--jobs)", () => {
    const f = join(tmp, "many.jsonl");
    const recs = readJsonl<{ id: string; text: string; published: string }>("eval/casualties/dev.jsonl").slice(0, 40);
    writeFileSync(f, recs.map((r) => JSON.stringify({ id: r.id, text: r.text, published: r.published })).join("\n"));
    const one = sitrep(["extract", "--format", "jsonl", f]);
    const two = sitrep(["extract", "--format", "jsonl", "--jobs", "2", f]);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(
      two.stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l).id),
    ).toEqual(recs.map((r) => r.id));
  });

  it("reads standard input", () => {
    const r = sitrep(["extract", "-", "--format", "jsonl"], "WASHINGTON (Reuters) - Officials said so.\n");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).dateline.place).toBe("Washington");
  });

  it("reads folders recursively, UTF-8 BOM and CRLF kept in offsets", () => {
    const dir = join(tmp, "folder");
    mkdirSync(join(dir, "sub"), { recursive: true });
    writeFileSync(join(dir, "sub", "a.txt"), "\uFEFFBEIRUT — One.\r\nTwo people were killed.\r\n");
    writeFileSync(join(dir, "b.txt"), "Plain text.");
    writeFileSync(join(dir, "notes.md"), "ignored");
    const r = sitrep(["extract", "--format", "jsonl", dir]);
    expect(r.code).toBe(0);
    const docs = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(docs).toHaveLength(2);
    const a = docs.find((d) => d.id.endsWith("a.txt"));
    for (const s of a.sentences) expect(a.text.slice(s.start, s.end).trim()).toBe(a.text.slice(s.start, s.end));
    expect(a.text.slice(a.sentences[1].start, a.sentences[1].end)).toBe("Two people were killed.");
  });

  it("reads HTML with its title and publication time", () => {
    const f = join(tmp, "page.html");
    const para =
      "<p>ALEPPO — Rebels seized the village of Khan Tuman on Friday after heavy fighting with government forces, a monitor said. Dozens were killed on both sides, according to the Syrian Observatory.</p>";
    writeFileSync(
      f,
      `<html><head><title>Rebels seize village</title><meta property="article:published_time" content="2016-05-07T10:00:00Z"></head><body><nav>Home | World</nav><article><h1>Rebels seize village</h1>${para}${para.replace("ALEPPO — ", "")}</article></body></html>`,
    );
    const r = sitrep(["extract", "--format", "json", f]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.published).toBe("2016-05-07");
    expect(doc.publishedSource).toBe("metadata");
    expect(doc.title).toBe("Rebels seize village");
    expect(doc.text).toContain("Rebels seized the village of Khan Tuman");
    expect(doc.text).not.toContain("Home | World");
  });

  it("runs the README's main job: the Khan Tuman battle with its toll, place and date", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const command = /npm ci && npx sitrep (extract [^\n]+)/.exec(readme)![1]!;
    const args = command
      .split(/\s+/)
      .map((a) => (a.startsWith("../shared/") ? join(SHARED, a.slice("../shared/".length)) : a));
    const r = sitrep(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Battles \/ Non-state actor overtakes territory {2}2016-05-06 @ Khan Tuman, SY/);
    expect(r.stdout).toMatch(/killed 13, injured 21/);
  });

  it("prints a readable summary with --format pretty", () => {
    const r = sitrep(["extract", article, "--format", "pretty"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/dateline: BEIRUT — \(filed from Beirut\)/);
    expect(r.stdout).not.toContain("\u001b[");
  });
});

describe("bad input: one clear message, non-zero exit, no stack trace", () => {
  const bin = join(tmp, "blob.txt");
  writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49]));
  const latin1 = join(tmp, "latin1.txt");
  writeFileSync(latin1, Buffer.from("Caf\xe9 bombing kills two", "latin1"));
  const empty = join(tmp, "empty.txt");
  writeFileSync(empty, "  \n ");
  const emptyDir = join(tmp, "nothing");
  mkdirSync(emptyDir, { recursive: true });
  writeFileSync(join(emptyDir, "image.png"), "x");
  const big = join(tmp, "big.txt");
  writeFileSync(big, "a".repeat(10 * 1024 * 1024 + 1));

  it.each([
    ["missing file", ["extract", join(tmp, "nope.txt")], 2, /no such file or folder/],
    ["folder with no articles", ["extract", emptyDir], 2, /holds no articles/],
    ["binary file", ["extract", bin], 1, /looks binary/],
    ["invalid UTF-8", ["extract", latin1], 1, /not valid UTF-8/],
    ["empty text", ["extract", empty], 1, /has no text/],
    ["article over 10 MB", ["extract", big], 1, /over 10 MB/],
    [
      "invalid --published",
      ["extract", article, "--published", "last tuesday"],
      2,
      /--published: cannot read "last tuesday" as a date/,
    ],
    ["impossible --published", ["extract", article, "--published", "2016-02-30"], 2, /not a real calendar date/],
    ["unknown format", ["extract", article, "--format", "xml"], 2, /unknown --format/],
    ["unknown option", ["extract", article, "--bogus"], 2, /bogus/],
    ["unknown command", ["frobnicate"], 2, /unknown command/],
    ["no paths", ["extract"], 2, /needs at least one file/],
    ["bad --jobs", ["extract", article, "--jobs", "0"], 2, /--jobs needs a whole number/],
  ])("%s", (_name, args, code, message) => {
    const r = sitrep(args as string[]);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message as RegExp);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("--help describes the commands and exits 0", () => {
    const r = sitrep(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/sitrep extract/);
  });

  it("schema prints a JSON Schema with the contract's fields", () => {
    const r = sitrep(["schema"]);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    for (const f of [
      "sentences",
      "boilerplate",
      "dateline",
      "entities",
      "times",
      "places",
      "casualties",
      "quotes",
      "events",
    ]) {
      expect(s.properties).toHaveProperty(f);
    }
  });
});
