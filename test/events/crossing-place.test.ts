import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";

function eventPlace(text: string) {
  return extract(text, {}).events[0]?.place ?? null;
}

describe("two names joined at a crossing are streets of the story's own town", () => {
  it("a namesake town far from the dateline's town is not where the shooting was", () => {
    const p = eventPlace(
      "SAN ANTONIO — A man was shot and killed Sunday night near Brady and Mason Hills, police said.",
    );
    expect(["Brady", "Mason Hills"]).not.toContain(p?.name);
    expect(p?.admin1).toBe("Texas");
  });

  it("the crossing lies in the dateline's town when the story names no other", () => {
    const p = eventPlace(
      "SAN ANTONIO — A man was shot and killed Sunday night near Brady and Mason Hills, police said.",
    );
    expect(p?.name).toBe("San Antonio");
    expect(p?.precision).toBe(2);
  });

  it("a big town in a pair is still that town", () => {
    const p = eventPlace("DALLAS — A man was shot and killed Sunday near Houston and Galveston, police said.");
    expect(p?.name).toBe("Houston");
  });
});
