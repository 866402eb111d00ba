/** What a gazetteer entry is; decides ACLED geo precision and how strongly a name is believed. */
export type FeatureKind = "city" | "admin1" | "admin2" | "country" | "continent" | "region" | "sea" | "river";

export interface Feature {
  /** GeoNames id, or null for a curated entry */
  id: number | null;
  name: string;
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2, or null for a place in no one country (a sea, a continent) */
  country: string | null;
  /** GeoNames admin1 code inside the country ("09" for Aleppo governorate), or "" */
  admin1: string;
  admin2: string;
  kind: FeatureKind;
  /** GeoNames feature code (PPLC, PPLA, PPL, ADM1, PCLI...) or the curated kind */
  code: string;
  population: number;
}

/** A name that found a feature; `alternate` when it matched an alternate name, not the main one. */
export interface NameHit {
  feature: Feature;
  alternate: boolean;
}

/** Name key to feature references (index*2, +1 for an alternate name). */
export interface NameIndex {
  get(key: string): ArrayLike<number> | undefined;
}
