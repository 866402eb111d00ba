import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../src/util/data.js";

// The measuring scripts on a machine without ../shared beside the project: one line that names the
// missing file and the way to point elsewhere, exit 2, no stack trace (the built scripts, as npm runs them).
const scripts: [string, string[]][] = [
  ["eval", ["dist/eval/main.js", "casualties"]],
  ["eval incidents", ["dist/eval/main.js", "incidents"]],
  ["bench", ["dist/bench/main.js", "--passes", "1"]],
  ["bench:long", ["dist/bench/long.js"]],
];

describe("measuring scripts without the shared data", () => {
  it.each(scripts)("%s says what is missing and exits 2", (_, args) => {
    const missing = join(ROOT, ".cache", "no-such-shared");
    const r = spawnSync(process.execPath, args, {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, SITREP_SHARED: missing },
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(join(missing, "eval", "casualties", "dev.jsonl"));
    expect(r.stderr).toContain("SITREP_SHARED");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
