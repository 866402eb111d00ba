import type { SitrepDocument } from "./schema.js";

export interface Article {
  id: string;
  text: string;
  published?: string | null;
  publishedSource?: SitrepDocument["publishedSource"];
  title?: string | null;
  url?: string | null;
}

/** The empty document every pipeline run starts from: stages not built yet leave their arrays empty. */
export function createDocument(article: Article): SitrepDocument {
  return {
    id: article.id,
    text: article.text,
    title: article.title ?? null,
    url: article.url ?? null,
    published: article.published ?? null,
    publishedSource: article.published ? (article.publishedSource ?? "given") : null,
    sentences: [],
    tokens: [],
    boilerplate: [],
    dateline: null,
    entities: [],
    actors: [],
    times: [],
    places: [],
    casualties: [],
    quotes: [],
    events: [],
    messages: [],
  };
}
