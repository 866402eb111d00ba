import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { cueFeatures } from "../../src/quotes/cue-model.js";
import { sentenceTokens } from "../../src/quotes/tokens.js";
import { firstClass, wordClasses } from "../../src/quotes/word-classes.js";
import { loadData } from "../../src/util/data.js";

describe("a word form finds the WordNet classes of the verb it inflects", () => {
  it.each([
    // rare cue words share the class of the frequent ones
    ["touted", "communication"],
    ["conceded", "communication"],
    ["warns", "communication"],
    ["lamented", "emotion"],
    ["hoping", "emotion"], // hope, not hop
    ["hopes", "emotion"],
    ["planned", "cognition"], // a doubled consonant
    ["agreed", "communication"], // agree + d
    ["denies", "communication"], // deny
    ["pushes", "motion"], // push + es
    ["backing", "social"], // first sense: support, not move backwards
  ])("%s is first verb.%s", (form, cls) => {
    expect(firstClass(form)).toBe(cls);
  });

  it.each(["the", "percent", "confident", "spoke"])("%s has no verb class", (form) => {
    expect(wordClasses(form)).toBeNull();
    expect(firstClass(form)).toBe("-");
  });

  it("keeps a verb's minor classes beside its first one", () => {
    expect(wordClasses("lamenting")?.map(([c]) => c)).toEqual(["emotion", "communication"]);
  });
});

describe("the word classes file", () => {
  const file = loadData<{ about: string; verbs: Record<string, Record<string, number>> }>("quotes/word-classes.json");

  it("names its source and licence", () => {
    expect(file.about).toMatch(/WordNet 3\.1/);
    expect(file.about).toMatch(/licen[cs]e/i);
  });

  it("holds verb classes only, shares between 0 and 1", () => {
    const names = new Set(Object.values(file.verbs).flatMap((cs) => Object.keys(cs)));
    expect([...names].every((n) => /^[a-z]+$/.test(n))).toBe(true);
    expect(names).toContain("communication");
    expect(names).not.toContain("all"); // adj.all would mean adjectives leaked in
    for (const cs of Object.values(file.verbs)) for (const x of Object.values(cs)) expect(x > 0 && x <= 1).toBe(true);
  });
});

describe("the cue model reads a candidate's classes", () => {
  it("gives a rare cue word the features of its class", () => {
    const doc = extract("The senator touted the deal.");
    const toks = sentenceTokens(doc)[0]!;
    const k = toks.findIndex((t) => t.lower === "touted");
    expect(cueFeatures(toks, k)).toEqual(expect.arrayContaining(["wc:communication", "wc1:communication"]));
  });
});
