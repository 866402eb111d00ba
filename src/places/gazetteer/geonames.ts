/** One row of a GeoNames dump (cities500.txt, allCountries.txt, SY.txt: the same 19 tab-separated columns). */
export interface GeoNamesRow {
  geonameid: number;
  name: string;
  asciiname: string;
  alternatenames: string[];
  lat: number;
  lon: number;
  featureClass: string;
  featureCode: string;
  country: string;
  admin1: string;
  admin2: string;
  population: number;
}

/** Parses one line, or returns null for a line that is not a GeoNames row (blank, comment, truncated). */
export function parseGeoNamesLine(line: string): GeoNamesRow | null {
  const f = line.split("\t");
  if (f.length < 15) return null;
  const geonameid = Number(f[0]);
  const lat = Number(f[4]);
  const lon = Number(f[5]);
  if (!Number.isInteger(geonameid) || !Number.isFinite(lat) || !Number.isFinite(lon) || !f[1]) return null;
  return {
    geonameid,
    name: f[1]!,
    asciiname: f[2] ?? "",
    alternatenames: f[3] ? f[3].split(",") : [],
    lat,
    lon,
    featureClass: f[6] ?? "",
    featureCode: f[7] ?? "",
    country: f[8] ?? "",
    admin1: f[10] ?? "",
    admin2: f[11] ?? "",
    population: Number(f[14]) || 0,
  };
}
