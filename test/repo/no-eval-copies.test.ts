import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../src/util/data.js";
import { SHARED } from "../helpers.js";

/**
 * The brief forbids copying evaluation data into the repo: held-out splits of the same sources are scored
 * elsewhere, and a test sentence lifted from dev data fits rules to that data. This guard fails when any
 * string literal in test/ shares a window of WINDOW characters (whitespace and quote style normalised) with
 * a text under ../shared/eval. ../shared/examples is meant for tests and is not checked.
 */
const WINDOW = 50;
const EVAL = join(SHARED, "eval");
const TEST = join(ROOT, "test");

/**
 * Known copies still to rewrite (file relative to test/, then the literal's first 30 normalised characters).
 * to rewrite: each entry is a test literal copied from ../shared/eval; the list may only shrink. Empty now.
 */
const TO_REWRITE: ReadonlySet<string> = new Set<string>([]);

function normalise(s: string): string {
  return s
    .replace(/[\u2018\u2019\u201b]/g, "'")
    .replace(/[\u201c\u201d\u201f]/g, '"')
    .replace(/\s+/g, " ");
}

function filesUnder(dir: string, keep: (f: string) => boolean): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p, keep));
    else if (keep(p)) out.push(p);
  }
  return out;
}

function jsonStrings(v: unknown, out: string[]): void {
  if (typeof v === "string") {
    if (v.length >= WINDOW) out.push(v);
  } else if (Array.isArray(v)) for (const x of v) jsonStrings(x, out);
  else if (v && typeof v === "object") for (const x of Object.values(v)) jsonStrings(x, out);
}

/** Every eval text, JSON string values decoded so that escapes do not hide a copy. */
function evalTexts(): { file: string; text: string }[] {
  const binary = /\.(enc|gz|mjs|sh|md)$/;
  const texts: { file: string; text: string }[] = [];
  for (const file of filesUnder(EVAL, (f) => !binary.test(f))) {
    const raw = readFileSync(file, "utf8");
    if (file.endsWith(".jsonl")) {
      const strings: string[] = [];
      for (const line of raw.split("\n")) if (line.trim()) jsonStrings(JSON.parse(line), strings);
      texts.push({ file, text: normalise(strings.join("\n")) });
    } else texts.push({ file, text: normalise(raw) });
  }
  return texts;
}

interface Literal {
  file: string;
  line: number;
  text: string;
}

/** String literals of a test file; a chain of literals joined by `+` counts as one. */
function literalsOf(file: string): Literal[] {
  const src = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const out: Literal[] = [];
  const pieces = (n: ts.Node): string | null => {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) return n.text;
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const l = pieces(n.left);
      const r = pieces(n.right);
      return l !== null && r !== null ? l + r : null;
    }
    if (ts.isParenthesizedExpression(n)) return pieces(n.expression);
    return null;
  };
  const visit = (n: ts.Node): void => {
    const whole = pieces(n);
    const parts =
      whole !== null
        ? [whole]
        : ts.isTemplateExpression(n)
          ? [n.head.text, ...n.templateSpans.map((s) => s.literal.text)]
          : null;
    if (parts) {
      for (const text of parts) {
        const t = normalise(text);
        if (t.length >= WINDOW) {
          out.push({ file, line: src.getLineAndCharacterOfPosition(n.getStart(src)).line + 1, text: t });
        }
      }
      if (whole !== null) return;
    }
    ts.forEachChild(n, visit);
  };
  visit(src);
  return out;
}

const BASE = 257;
let BASE_POW = 1;
for (let i = 0; i < WINDOW; i++) BASE_POW = Math.imul(BASE_POW, BASE);

/** A rolling 32-bit polynomial hash: one pass over the corpus, every hit confirmed by comparing strings. */
function hashOf(s: string, from: number): number {
  let h = 0;
  for (let i = from; i < from + WINDOW; i++) h = (Math.imul(h, BASE) + s.charCodeAt(i)) | 0;
  return h;
}

interface Copy {
  literal: Literal;
  evalFile: string;
  /** Where in the literal the first copied window starts. */
  at: number;
}

function findCopies(literals: Literal[], texts: { file: string; text: string }[]): Copy[] {
  const windows = new Map<number, { lit: number; at: number }[]>();
  literals.forEach((l, lit) => {
    for (let at = 0; at + WINDOW <= l.text.length; at++) {
      const h = hashOf(l.text, at);
      const list = windows.get(h);
      if (list) list.push({ lit, at });
      else windows.set(h, [{ lit, at }]);
    }
  });
  const found = new Map<number, { file: string; at: number }>();
  for (const { file, text } of texts) {
    if (text.length < WINDOW) continue;
    let h = hashOf(text, 0);
    for (let i = 0; ; i++) {
      const hits = windows.get(h);
      if (hits) {
        for (const { lit, at } of hits) {
          if (found.has(lit)) continue;
          if (text.startsWith(literals[lit]!.text.slice(at, at + WINDOW), i)) found.set(lit, { file, at });
        }
      }
      if (i + WINDOW >= text.length) break;
      h = (Math.imul(h, BASE) + text.charCodeAt(i + WINDOW) - Math.imul(text.charCodeAt(i), BASE_POW)) | 0;
    }
  }
  return [...found].map(([lit, { file, at }]) => ({ literal: literals[lit]!, evalFile: file, at }));
}

/**
 * Not copies to rewrite: a fixed formula a stage must recognise word for word (a wire's redistribution
 * notice, printed by every outlet), and a headline that looks its article up in ../shared/eval at run time.
 */
const FORMULAS: ReadonlySet<string> = new Set<string>([
  "clean/boilerplate.test.ts (Source: Town Press Service © ",
  "events/incidents.test.ts Child Injured in Shooting on W",
]);

/** Thirty characters name a literal without themselves being a copy. */
const keyOf = (l: Literal): string => `${relative(TEST, l.file)} ${l.text.slice(0, 30)}`;

describe.skipIf(!existsSync(EVAL))(`test literals are not copied from ${EVAL}`, () => {
  const texts = evalTexts();
  const literals = filesUnder(TEST, (f) => f.endsWith(".ts")).flatMap(literalsOf);
  const copies = findCopies(literals, texts);

  it("no test literal holds 50 characters of an eval text", () => {
    const fresh = copies
      .filter((c) => !TO_REWRITE.has(keyOf(c.literal)) && !FORMULAS.has(keyOf(c.literal)))
      .map(
        (c) =>
          `${relative(ROOT, c.literal.file)}:${c.literal.line} copies ${relative(EVAL, c.evalFile)}: "${c.literal.text.slice(c.at, c.at + WINDOW)}"`,
      );
    expect(fresh).toEqual([]);
  });

  it("the allow-list of literals to rewrite names only copies that remain", () => {
    const still = new Set(copies.map((c) => keyOf(c.literal)));
    expect([...TO_REWRITE, ...FORMULAS].filter((k) => !still.has(k))).toEqual([]);
  });

  it("finds a copy planted in a literal (the guard can fail)", () => {
    const text = texts.find((t) => t.text.length > 200)!;
    const planted = { file: join(TEST, "planted.ts"), line: 1, text: `Intro. ${text.text.slice(100, 170)} Outro.` };
    const decoy = { file: join(TEST, "decoy.ts"), line: 1, text: "x".repeat(120) };
    expect(findCopies([planted, decoy], [text]).map((c) => c.literal.file)).toEqual([planted.file]);
  });
});

if (!existsSync(EVAL)) {
  describe("test literals are not copied from eval data", () => {
    it.skip(`skipped: ${EVAL} is absent, so there is nothing to compare test literals with`, () => {});
  });
}
