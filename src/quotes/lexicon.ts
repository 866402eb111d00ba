import { loadData } from "../util/data.js";

export type Weight = "neutral" | "hedged" | "strong";
export type Frame = "speech" | "belief" | "object" | "evidential";

interface CueEntry {
  lemma: string;
  forms?: string[];
  weight: Weight;
  frame: Frame;
  complement?: "np";
}
interface CueFile {
  verbs: CueEntry[];
  according: { phrases: string[] };
  notCues: { pairs: string[] };
  notObjects: { objects: Record<string, string[]> };
  weakForms: { forms: string[] };
  nominal: { nouns: Record<string, string[]> };
  copularNominal: { nouns: string[] };
  reducedPassive: { forms: string[] };
  statives: { forms: string[] };
}
/** data/quotes/learned-cues.json, written by src/quotes/train.ts */
interface LearnedFile {
  forms: Record<string, { precision: number; cues: number; that: number; right: number }>;
}
interface HedgeFile {
  adverbs: string[];
  phrases: string[];
  sources: { unnamed: string[] };
}
interface VerbFile {
  irregularPast: string[];
}
interface SpeakerFile {
  pronouns: Record<string, string>;
  titles: string[];
  nouns: string[];
  determiners: string[];
  stopLeft: string[];
  labels: { words: string[] };
  roles: { words: string[] };
  possessives: { words: Record<string, string> };
  pluralOpeners: { words: string[] };
  adjectivePrepositions: { words: Record<string, string[]> };
  addressees: { words: string[] };
  messages: { words: string[] };
  catenatives: { words: string[]; on: string[]; degree: string[] };
}

/** One inflected form of a reporting verb; `rest` holds the particle of a phrasal verb ("out", "for"). */
export interface CueForm {
  lemma: string;
  weight: Weight;
  frame: Frame;
  rest: string[];
  /** the content is the object noun phrase ("criticized the plan"): no that-clause further on, no inversion */
  np: boolean;
  /** the -ing form: it opens a clause whose subject is the sentence's subject ("..., adding that") */
  gerund: boolean;
}

export interface Lexicon {
  /** first word (lowercase) -> forms starting with it, longest first */
  cues: Map<string, CueForm[]>;
  /** weak -ing forms left out of `cues` ("announcing", "attacking"), read only after an opening preposition */
  weakGerunds: Map<string, CueForm>;
  /** weak bare forms of phrasal cues ("call" of "call for"), read only where they are plainly verbs (infinitiveCue) */
  weakPhrasal: Map<string, CueForm[]>;
  /** the forms of `cues` learned from PolNeAR's training split rather than listed by hand */
  learned: Set<string>;
  according: string[][];
  /** "pledged delegates", "all told": a cue word with its neighbour that is no cue */
  notCues: Set<string>;
  /** cue lemma -> object head nouns under which it reports nothing ("claimed two lives") */
  notObjects: Map<string, Set<string>>;
  hedgeAdverbs: Set<string>;
  hedgePhrases: string[][];
  unnamedSources: Set<string>;
  pronouns: Map<string, string>;
  titles: Set<string>;
  speakerNouns: Set<string>;
  determiners: Set<string>;
  stopLeft: Set<string>;
  labels: Set<string>;
  roles: Set<string>;
  /** stance nouns and the words that open their content: criticism -> [of] */
  nominal: Map<string, string[]>;
  /** stance nouns whose content follows a copula: "her answer was that" */
  copularNouns: Set<string>;
  possessives: Map<string, string>;
  /** "sent", "took": a past verb without -ed that ends a speaker phrase */
  irregularPast: Set<string>;
  /** "were", "would": a finite clause's first word when it has no subject */
  /** "and", "but", "while": words after which a bare plural opens its clause */
  pluralOpeners: Set<string>;
  /** "reporters", "him": addressees after "told" or "said to" that need no determiner */
  addressees: Set<string>;
  /** objects a speaker puts out: "issued a statement saying" */
  messages: Set<string>;
  /** adjectives that modify the speaker noun before them with these prepositions: "familiar with" */
  adjectivePrepositions: Map<string, Set<string>>;
  /** nouns for people with no role ("a woman", "a witness"), kept by the places stage for "a man named X" */
  personNouns: Set<string>;
  /** "continues", "quick", "had": words before "to" that pass their subject to the verb after it */
  catenatives: Set<string>;
  /** "went", "goes": verbs of "went on to say" */
  catenativeOn: Set<string>;
  /** "more", "less": degree words before a catenative adjective ("more likely to say") */
  degree: Set<string>;
  /** "Indeed", "When", "There": words that are never a speaker phrase by themselves */
  functionWords: Set<string>;
  /** "expected": participles read as passive right after their noun ("Murphy expected to win") */
  reducedPassive: Set<string>;
  /** "worried": participles that after "be" are the subject's own state ("leaders are worried that") */
  statives: Set<string>;
}

const VOWEL = /[aeiou]/;

/** Regular English inflection; irregular verbs list their forms in the data. */
function inflect(verb: string): { forms: string[]; gerund: string } {
  let past: string, third: string, ing: string;
  if (verb.endsWith("e")) {
    past = verb + "d";
    ing = verb.endsWith("ee") ? verb + "ing" : verb.slice(0, -1) + "ing";
  } else if (verb.endsWith("y") && !VOWEL.test(verb.at(-2)!)) {
    past = verb.slice(0, -1) + "ied";
    ing = verb + "ing";
  } else {
    past = verb + "ed";
    ing = verb + "ing";
  }
  if (/(s|sh|ch|x|z)$/.test(verb)) third = verb + "es";
  else if (verb.endsWith("y") && !VOWEL.test(verb.at(-2)!)) third = verb.slice(0, -1) + "ies";
  else third = verb + "s";
  return { forms: [verb, past, third, ing], gerund: ing };
}

let lexicon: Lexicon | null = null;

export function lex(): Lexicon {
  if (lexicon) return lexicon;
  const cueFile = loadData<CueFile>("quotes/cues.json");
  const hedges = loadData<HedgeFile>("quotes/hedges.json");
  const sp = loadData<SpeakerFile>("quotes/speakers.json");
  const cues = new Map<string, CueForm[]>();
  const weak = new Set(cueFile.weakForms.forms);
  const weakGerunds = new Map<string, CueForm>();
  const weakPhrasal = new Map<string, CueForm[]>();
  for (const v of cueFile.verbs) {
    const [head, ...rest] = v.lemma.split(" ");
    const reg = inflect(head!);
    const forms = v.forms ?? reg.forms;
    for (const f of forms) {
      if (weak.has(f)) {
        if (rest.length > 0 && f === head)
          weakPhrasal.set(f, [
            ...(weakPhrasal.get(f) ?? []),
            { lemma: v.lemma, weight: v.weight, frame: v.frame, rest, np: v.complement === "np", gerund: false },
          ]);
        if (f.endsWith("ing") && rest.length === 0)
          weakGerunds.set(f, {
            lemma: v.lemma,
            weight: v.weight,
            frame: v.frame,
            rest,
            np: v.complement === "np",
            gerund: true,
          });
        continue;
      }
      const list = cues.get(f) ?? [];
      if (list.some((c) => c.lemma === v.lemma)) continue;
      list.push({
        lemma: v.lemma,
        weight: v.weight,
        frame: v.frame,
        rest,
        np: v.complement === "np",
        gerund: f.endsWith("ing"),
      });
      list.sort((a, b) => b.rest.length - a.rest.length);
      cues.set(f, list);
    }
  }
  // A learned form seldom takes a that-clause ("endorsed Clinton", "wants to"): its content is what
  // follows it. One whose content mostly comes before it ("Clinton appeared to", "X, known as")
  // reports the writer's impression of its subject, as the evidential frame reads it.
  const learned = new Set<string>();
  for (const [f, v] of Object.entries(loadData<LearnedFile>("quotes/learned-cues.json").forms)) {
    const [head, ...rest] = f.split(" ");
    if (!head || weak.has(head) || (cues.has(head) && !learned.has(head))) continue;
    learned.add(head);
    const frame: Frame = v.right < 0.5 ? "evidential" : "speech";
    const list = cues.get(head) ?? [];
    list.push({ lemma: f, weight: "neutral", frame, rest, np: v.that < 0.15, gerund: head.endsWith("ing") });
    list.sort((a, b) => b.rest.length - a.rest.length);
    cues.set(head, list);
  }
  const split = (p: string): string[] => p.toLowerCase().split(/\s+/);
  lexicon = {
    cues,
    weakGerunds,
    weakPhrasal,
    learned,
    according: cueFile.according.phrases.map(split),
    notCues: new Set(cueFile.notCues.pairs),
    notObjects: new Map(Object.entries(cueFile.notObjects.objects).map(([k, v]) => [k, new Set(v)])),
    hedgeAdverbs: new Set(hedges.adverbs),
    hedgePhrases: hedges.phrases.map(split),
    unnamedSources: new Set(hedges.sources.unnamed),
    pronouns: new Map(Object.entries(sp.pronouns)),
    titles: new Set(sp.titles),
    speakerNouns: new Set(sp.nouns),
    determiners: new Set(sp.determiners),
    stopLeft: new Set(sp.stopLeft),
    labels: new Set(sp.labels.words),
    roles: new Set(sp.roles.words),
    nominal: new Map(Object.entries(cueFile.nominal.nouns)),
    copularNouns: new Set(cueFile.copularNominal.nouns),
    possessives: new Map(Object.entries(sp.possessives.words)),
    pluralOpeners: new Set(sp.pluralOpeners.words),
    addressees: new Set(sp.addressees.words),
    messages: new Set(sp.messages.words),
    adjectivePrepositions: new Map(Object.entries(sp.adjectivePrepositions.words).map(([k, v]) => [k, new Set(v)])),
    personNouns: new Set(loadData<{ personNouns: string[] }>("places/cues.json").personNouns),
    catenatives: new Set(sp.catenatives.words),
    catenativeOn: new Set(sp.catenatives.on),
    degree: new Set(sp.catenatives.degree),
    irregularPast: new Set(loadData<VerbFile>("quotes/verbs.json").irregularPast),
    functionWords: new Set(loadData<{ words: string[] }>("quotes/function-words.json").words),
    reducedPassive: new Set(cueFile.reducedPassive.forms),
    statives: new Set(cueFile.statives.forms),
  };
  return lexicon;
}
