import type { Feature } from "./gazetteer/index.js";

/**
 * What the article as a whole says about where it is: how much each country and first-order
 * division is named (directly, through its towns, demonyms and the dateline). Each mention's own
 * contribution is kept apart so it can be left out when that mention is scored.
 */
export class DocContext {
  private readonly country = new Map<string, number>();
  private readonly admin1 = new Map<string, number>();

  add(f: Feature | null, weight: number): void {
    if (!f || !f.country) return;
    this.country.set(f.country, (this.country.get(f.country) ?? 0) + weight);
    if (f.kind === "admin1" || ((f.kind === "city" || f.kind === "admin2") && f.admin1)) {
      const k = `${f.country}.${f.admin1}`;
      this.admin1.set(k, (this.admin1.get(k) ?? 0) + weight);
    }
  }

  addCountry(code: string, weight: number): void {
    this.country.set(code, (this.country.get(code) ?? 0) + weight);
  }

  countryWeight(code: string | null, without?: Contribution): number {
    if (!code) return 0;
    let w = this.country.get(code) ?? 0;
    if (without && without.feature?.country === code) w -= without.weight;
    return Math.max(0, w);
  }

  admin1Weight(country: string | null, admin1: string, without?: Contribution): number {
    if (!country || !admin1) return 0;
    let w = this.admin1.get(`${country}.${admin1}`) ?? 0;
    if (without?.feature && without.feature.country === country && without.feature.admin1 === admin1) w -= without.weight;
    return Math.max(0, w);
  }

  /** The most named country, for a place that has nothing closer to go by. */
  dominantCountry(): string | null {
    let best: string | null = null;
    let bw = 0;
    for (const [c, w] of this.country) if (w > bw) [best, bw] = [c, w];
    return best;
  }
}

export interface Contribution {
  feature: Feature | null;
  weight: number;
}
