import type { Range, SitrepDocument } from "../document/schema.js";
import { indexAt } from "../util/ranges.js";

/** Sentence and paragraph of each offset: a paragraph is a run of sentences with no line break between them. */
export class Layout {
  readonly paragraphOf: number[];
  constructor(private readonly doc: SitrepDocument) {
    this.paragraphOf = [];
    let p = 0;
    for (let i = 0; i < doc.sentences.length; i++) {
      if (i > 0 && doc.text.slice(doc.sentences[i - 1]!.end, doc.sentences[i]!.start).includes("\n")) p++;
      this.paragraphOf.push(p);
    }
  }

  /** Index of the sentence holding r, or -1 (dateline, headline, boilerplate). */
  sentenceOf(r: Range): number {
    return indexAt(this.doc.sentences, r.start);
  }

  paragraph(r: Range): number {
    const i = this.sentenceOf(r);
    return i < 0 ? -1 : this.paragraphOf[i]!;
  }
}
