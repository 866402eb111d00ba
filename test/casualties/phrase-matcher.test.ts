import { describe, expect, it } from "vitest";
import { PhraseMatcher } from "../../src/casualties/phrases.js";

// a first word that begins several phrases, as "with" and "shot" do in the casualty lexicon
const matcher = new PhraseMatcher(["shot and killed", "shot dead", "shot", "with a gunshot wound"]);
const found = (text: string) => matcher.find(text, 0, text.length).map((h) => h.text);

describe("casualty phrases: spacing and case as news writes them", () => {
  it.each([
    ["He was shot and killed on Monday.", ["shot and killed"]],
    ["HE WAS SHOT AND KILLED", ["SHOT AND KILLED"]],
    ["was Shot And Killed", ["Shot And Killed"]],
    ["shot  and   killed", ["shot  and   killed"]],
    // four spaces are a gap, not a phrase: the word stands alone
    ["shot    and killed", ["shot"]],
    ["shot\u00a0dead near the park", ["shot\u00a0dead"]],
    ["shot\n dead", ["shot\n dead"]],
    // a longer word after the phrase is not its end
    ["shot deadline", ["shot"]],
    ["a man with a gunshot wound", ["with a gunshot wound"]],
    ["a man with A Gunshot Wound", ["with A Gunshot Wound"]],
    ["a man with no gunshot wound", []],
    ["shot-and killed", []],
  ])("%j -> %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
