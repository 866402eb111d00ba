import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { evidentialStatus } from "../../src/quotes/index.js";
import { KHAN_TUMAN, readShared } from "../helpers.js";

const text = readShared(KHAN_TUMAN);
const doc = extract(text, { published: "2016-05-10" });
interface ExpectedQuote {
  speaker: string;
  kind: "direct" | "indirect";
  cue: string;
  contains: string;
}
interface ExpectedClaim {
  by: string;
  text: string;
  cue: string;
}
const expected = JSON.parse(readShared("examples/khan-tuman/expected.json")) as {
  quotes: ExpectedQuote[];
  claims: ExpectedClaim[];
};

function quoteHolding(fragment: string) {
  return doc.quotes.find((q) => q.text.includes(fragment));
}

describe("quotes on the Khan Tuman article", () => {
  it.each(expected.quotes.map((q) => [q.contains, q] as const))("finds the quote holding %s", (_, exp) => {
    const q = quoteHolding(exp.contains);
    expect(q, exp.contains).toBeDefined();
    expect(q!.kind).toBe(exp.kind);
    expect(q!.cue?.text).toBe(exp.cue);
    // The speaker is named even where the text says only "he" or "Another Iranian security official".
    expect(q!.speaker?.name).toBe(exp.speaker);
  });

  it("points the speaker span at the mention next to the cue", () => {
    const he = quoteHolding("This event showed")!;
    expect(text.slice(he.speaker!.start, he.speaker!.end)).toBe("he");
    const desc = quoteHolding("revealed problems with the cessation")!;
    expect(text.slice(desc.speaker!.start, desc.speaker!.end)).toBe("Another Iranian security official");
  });

  it("resolves 'The Iranian general' to the last person named, Rezaee", () => {
    const q = quoteHolding("their service evoked memories")!;
    expect(text.slice(q.speaker!.start, q.speaker!.end)).toBe("The Iranian general");
    expect(q.speaker!.name).toBe("Mohsen Rezaee");
  });

  it("keeps a partial quote inside the reported speech, not as a quote of its own", () => {
    expect(doc.quotes.some((q) => q.text === "“heavy price”")).toBe(false);
    expect(quoteHolding("would pay a “heavy price”")!.text.startsWith("that “takfiris”")).toBe(true);
  });

  it("keeps every quote's offsets true to the text", () => {
    for (const q of doc.quotes) {
      expect(text.slice(q.start, q.end)).toBe(q.text);
      if (q.cue) expect(text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
    }
  });
});

describe("claims on the Khan Tuman article", () => {
  const rangeOf = (s: string) => {
    const start = text.indexOf(s);
    return { start, end: start + s.length };
  };

  it("marks Rezaee's addition as his, not the writer's", () => {
    const claim = expected.claims[0]!;
    const ev = evidentialStatus(doc, rangeOf(claim.text));
    expect(ev.status).not.toBe("asserted");
    expect(ev.source).toBe(claim.by);
  });

  it("marks the 400 casualties 'according to reports' as claimed, by no one named", () => {
    const ev = evidentialStatus(doc, rangeOf(expected.claims[1]!.text));
    expect(ev).toEqual({ status: "claimed", source: null });
  });

  it("marks what Rezaee 'claimed' as claimed, and the writer's own report as asserted", () => {
    expect(evidentialStatus(doc, rangeOf("took advantage of the ceasefire")).status).toBe("claimed");
    expect(evidentialStatus(doc, rangeOf("Rezaee commanded the IRGC from 1981 to 2005")).status).toBe("asserted");
  });

  it("sets the status of the casualty counts the quotes cover", async () => {
    const { quotes } = await import("../../src/quotes/index.js");
    const at = rangeOf("over 400 casualties");
    const withCount = {
      ...doc,
      casualties: [
        {
          ...at,
          text: "over 400 casualties",
          kind: "casualties" as const,
          low: 400,
          best: null,
          high: null,
          victims: "Iran",
        },
      ],
    };
    const out = quotes.run(withCount);
    expect(out.casualties[0]!.status).toBe("claimed");
  });
});
