import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { RecordError } from "./errors.js";

export interface HtmlArticle {
  text: string;
  title: string | null;
  byline: string | null;
  published: string | null;
}

const BLOCK = new Set([
  "P",
  "DIV",
  "SECTION",
  "ARTICLE",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "LI",
  "UL",
  "OL",
  "BLOCKQUOTE",
  "PRE",
  "TABLE",
  "TR",
  "FIGCAPTION",
  "FIGURE",
  "HEADER",
  "FOOTER",
  "BR",
  "HR",
  "DD",
  "DT",
]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Elements whose text is code or markup, never article prose: a page with nothing else has no text. */
const NOT_PROSE = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME"]);

/** Text of an element with one line per block, so sentences never run across paragraphs. */
function blockText(root: DomNode): string {
  const parts: string[] = [];
  const walk = (n: DomNode): void => {
    if (n.nodeType === 3) {
      parts.push((n.textContent ?? "").replace(/\s+/g, " "));
      return;
    }
    if (n.nodeType !== 1 || NOT_PROSE.has(n.nodeName.toUpperCase())) return;
    const block = BLOCK.has(n.nodeName.toUpperCase());
    if (block) parts.push("\n");
    for (let i = 0; i < n.childNodes.length; i++) walk(n.childNodes[i]!);
    if (block) parts.push("\n");
  };
  walk(root);
  return parts
    .join("")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .join("\n\n");
}

function metaPublished(document: Document): string | null {
  const sel = [
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="pubdate"]',
    'meta[name="publishdate"]',
    'meta[name="date"]',
    'meta[name="DC.date.issued"]',
    'meta[property="og:published_time"]',
  ];
  for (const s of sel) {
    const v = document.querySelector(s)?.getAttribute("content");
    if (v) return v;
  }
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const data: unknown = JSON.parse(script.textContent ?? "");
      const items = Array.isArray(data) ? data : [data];
      for (const it of items) {
        const rec = it as Record<string, unknown>;
        const graph = Array.isArray(rec["@graph"]) ? (rec["@graph"] as Record<string, unknown>[]) : [rec];
        for (const g of graph) if (typeof g.datePublished === "string") return g.datePublished;
      }
    } catch {
      // A broken JSON-LD block is common on scraped pages; other sources of the date remain.
    }
  }
  const time = document.querySelector("time[datetime]")?.getAttribute("datetime");
  return time ?? null;
}

/** Article text, title, byline and publication time out of a saved web page. */
export function readHtml(html: string, what: string): HtmlArticle {
  const { document } = parseHTML(html);
  const published = metaPublished(document as unknown as Document);
  const title = document.querySelector("title")?.textContent?.trim() || null;
  const parsed = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  let text = "";
  if (parsed?.content) {
    const { document: inner } = parseHTML(`<html><body>${parsed.content}</body></html>`);
    text = blockText(inner.body as unknown as DomNode);
  }
  if (!text.trim()) {
    const body = parseHTML(html).document.body as unknown as DomNode | null;
    text = body ? blockText(body) : "";
  }
  if (!text.trim()) throw new RecordError(`${what}: no article text found in the HTML`);
  return {
    text,
    title: parsed?.title?.trim() || title,
    byline: parsed?.byline?.trim() || null,
    published: parsed?.publishedTime ?? published,
  };
}
