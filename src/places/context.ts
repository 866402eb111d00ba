import type { Feature } from "./gazetteer/index.js";
import { distanceKm } from "./geo.js";
import { pushTo } from "../util/group.js";

/** The most one name adds to a division's weight in `topAdmin1`, however often it is repeated. */
const NAME_CAP = 1;

/**
 * What the article as a whole says about where it is: how much each country and first-order
 * division is named (directly, through its towns, demonyms and the dateline), and which towns it
 * names. Contributions are kept per name, so that a name is scored only against the *other* names
 * (fifteen mentions of "Santa Ana" must not vote for their own reading).
 */
const EARTH_KM = 6371.0088;

/** A one-degree cell, longitude taken round the globe. */
function cellKey(lat: number, lon: number): string {
  return `${lat}:${(((lon + 180) % 360) + 360) % 360}`;
}

export class DocContext {
  private readonly country = new Map<string, number>();
  private readonly admin1 = new Map<string, number>();
  private readonly byName = new Map<string, { country: Map<string, number>; admin1: Map<string, number> }>();
  private readonly towns: { name: string; lat: number; lon: number }[] = [];
  /** each town once, by name and point, and the towns by one-degree cell: `nearTown` asks of every reading */
  private readonly townKeys = new Set<string>();
  private readonly townCells = new Map<string, { name: string; lat: number; lon: number }[]>();
  /** "sentence|country.admin1" and "sentence|country" keys of the names each sentence holds, with the names */
  private readonly local = new Map<string, Set<string>>();
  /** countries named as such ("France"), with the names that name them */
  private readonly countries = new Map<string, Set<string>>();

  private bump(m: Map<string, number>, k: string, w: number): void {
    m.set(k, (m.get(k) ?? 0) + w);
  }

  private own(name: string): { country: Map<string, number>; admin1: Map<string, number> } {
    let o = this.byName.get(name);
    if (!o) this.byName.set(name, (o = { country: new Map(), admin1: new Map() }));
    return o;
  }

  add(name: string, f: Feature | null, weight: number, sentence = -1): void {
    if (!f || !f.country || weight <= 0) return;
    if (sentence >= 0) {
      this.mark(`${sentence}|${f.country}`, name);
      if (f.admin1) this.mark(`${sentence}|${f.country}.${f.admin1}`, name);
    }
    if (f.kind === "country") {
      let names = this.countries.get(f.country);
      if (!names) this.countries.set(f.country, (names = new Set()));
      names.add(name);
    }
    const o = this.own(name);
    this.bump(this.country, f.country, weight);
    this.bump(o.country, f.country, weight);
    if (f.kind === "admin1" || ((f.kind === "city" || f.kind === "admin2") && f.admin1)) {
      const k = `${f.country}.${f.admin1}`;
      this.bump(this.admin1, k, weight);
      this.bump(o.admin1, k, weight);
    }
    if ((f.kind === "city" || f.kind === "admin2") && !this.townKeys.has(`${name}|${f.lat}|${f.lon}`)) {
      // (a town named again at the same point is no nearer: nearTown asks whether any is near)
      const t = { name, lat: f.lat, lon: f.lon };
      this.townKeys.add(`${name}|${f.lat}|${f.lon}`);
      this.towns.push(t);
      const cell = cellKey(Math.floor(f.lat), Math.floor(f.lon));
      pushTo(this.townCells, cell, t);
    }
  }

  addCountry(name: string, code: string, weight: number): void {
    this.bump(this.country, code, weight);
    this.bump(this.own(name).country, code, weight);
  }

  /** How much the article names a country, not counting the name being scored. */
  countryWeight(code: string | null, without: string): number {
    if (!code) return 0;
    return Math.max(0, (this.country.get(code) ?? 0) - (this.byName.get(without)?.country.get(code) ?? 0));
  }

  admin1Weight(country: string | null, admin1: string, without: string): number {
    if (!country || !admin1) return 0;
    const k = `${country}.${admin1}`;
    return Math.max(0, (this.admin1.get(k) ?? 0) - (this.byName.get(without)?.admin1.get(k) ?? 0));
  }

  private mark(k: string, name: string): void {
    let names = this.local.get(k);
    if (!names) this.local.set(k, (names = new Set()));
    names.add(name);
  }

  /** Whether another name in the same sentence lies in this division ("in Michigan ... in Monroe County"). */
  sameSentence(sentence: number, country: string, admin1: string, without: string): boolean {
    if (sentence < 0) return false;
    const names = this.local.get(admin1 ? `${sentence}|${country}.${admin1}` : `${sentence}|${country}`);
    return names !== undefined && [...names].some((n) => n !== without);
  }

  /** Whether another name of the article is this country itself ("France"), not a town or demonym of it. */
  countryNamed(code: string, without: string): boolean {
    const names = this.countries.get(code);
    return names !== undefined && [...names].some((n) => n !== without);
  }

  /** The country the article names most, with its weight. */
  topCountry(): [string, number] | null {
    let top: [string, number] | null = null;
    for (const [c, w] of this.country) if (!top || w > top[1]) top = [c, w];
    return top;
  }

  /**
   * The first-order division ("US.TN") the article names most, with its weight and the runner-up's;
   * each name's share is capped (`NAME_CAP`), so that a town named six times does not outvote the
   * state, the county and the other towns the story names once each.
   */
  topAdmin1(): { key: string; weight: number; next: number } | null {
    let top: [string, number] | null = null;
    let next = 0;
    // a name counts once however often it comes back: six "Monroe"s are one town, not six
    const totals = new Map<string, number>();
    for (const o of this.byName.values())
      for (const [k, w] of o.admin1) totals.set(k, (totals.get(k) ?? 0) + Math.min(w, NAME_CAP));
    for (const [k, w] of totals) {
      if (!top || w > top[1]) {
        if (top) next = Math.max(next, top[1]);
        top = [k, w];
      } else next = Math.max(next, w);
    }
    return top ? { key: top[0], weight: top[1], next } : null;
  }

  /** Whether another name of the article is a town within `km` of this point. */
  nearTown(lat: number, lon: number, km: number, without: string): boolean {
    const near = (t: { name: string; lat: number; lon: number }) =>
      t.name !== without && distanceKm(lat, lon, t.lat, t.lon) <= km;
    // the one-degree cells of a box holding every point within km (widened by half for safety); near
    // the poles, where the box's width in longitude grows without bound, every town is asked
    const dLat = ((km / EARTH_KM) * 180) / Math.PI;
    const edge = Math.abs(lat) + dLat;
    if (edge >= 80 || this.towns.length < 64) return this.towns.some(near);
    const dLon =
      (2 * Math.asin(Math.min(1, Math.sin(km / (2 * EARTH_KM)) / Math.cos((edge * Math.PI) / 180))) * 180) / Math.PI;
    for (let i = Math.floor(lat - 1.5 * dLat); i <= Math.floor(lat + 1.5 * dLat); i++)
      for (let j = Math.floor(lon - 1.5 * dLon); j <= Math.floor(lon + 1.5 * dLon); j++)
        if (this.townCells.get(cellKey(i, j))?.some(near)) return true;
    return false;
  }
}
