import { runPipeline } from "./dist/pipeline.js";
const cases = {
  quotes: '"He said “ '.repeat(5_000),
  tokens: "killed 5 ".repeat(100_000),
  caps: "A".repeat(50_000) + " — x",
  bp: "SEE ALSO: ".repeat(40_000) + "\n" + "©".repeat(100_000),
  line: "word, ".repeat(150_000) + "BEIRUT — ".repeat(20_000),
};
for (const [k, text] of Object.entries(cases)) { const t = {}; const t0=performance.now(); runPipeline({ id: k, text }, t); console.log(k, Math.round(performance.now()-t0), JSON.stringify(Object.fromEntries(Object.entries(t).map(([a, b]) => [a, Math.round(b)])))); }
