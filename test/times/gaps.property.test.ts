import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { condense } from "../../src/times/parsers/gaps.js";

/** sentences (no blanks at their ends) with the blanks before each */
const layout = fc.array(fc.tuple(fc.nat({ max: 60 }), fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ,.]{0,20}$/)), {
  minLength: 1,
  maxLength: 8,
});

function build(parts: [number, string][]) {
  let full = "";
  const pieces = parts.map(([blanks, s]) => {
    full += " ".repeat(blanks);
    const start = full.length;
    full += s;
    return { start, end: full.length };
  });
  return { full, pieces };
}

describe("condensed text for chrono", () => {
  it("keeps every piece whole and maps each of its offsets back to the full text", () => {
    fc.assert(
      fc.property(layout, (parts) => {
        const { full, pieces } = build(parts);
        const c = condense(full, pieces);
        let at = 0;
        pieces.forEach((p, i) => {
          // a run of blanks is cut to 16 at most
          at += Math.min(parts[i]![0], 16);
          expect(c.text.slice(at, at + p.end - p.start)).toBe(full.slice(p.start, p.end));
          for (let k = 0; k <= p.end - p.start; k++) expect(c.toFull(at + k)).toBe(p.start + k);
          at += p.end - p.start;
        });
        expect(c.text.length).toBe(at);
      }),
    );
  });

  it("finds the same dates whatever the undated sentences between them", () => {
    const dated = "Gunmen killed 4 people on May 5. ";
    const later = "Two more died on Sunday, May 8.";
    const filler = "Police gave no further details about the attackers or their motive. ";
    const times = (text: string) => extract(text, { published: "2016-05-10" }).times.map((t) => [t.text, t.value]);
    const expected = [
      ["May 5", "2016-05-05"],
      ["Sunday, May 8", "2016-05-08"],
    ];
    expect(times(dated + later)).toEqual(expected);
    expect(times(dated + filler.repeat(3) + later)).toEqual(expected);
  });
});
