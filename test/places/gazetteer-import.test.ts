import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32, deflateRawSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { extract } from "../../src/index.js";
import { gazetteer, resetGazetteer } from "../../src/places/gazetteer/index.js";
import { readDumpFromZip } from "../../src/places/gazetteer/zip.js";

const FIXTURE = join(import.meta.dirname, "..", "fixtures", "places", "XS.txt");

/** A minimal ZIP (one deflated entry per file), as GeoNames ships its country dumps. */
function makeZip(files: Record<string, Buffer>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of Object.entries(files)) {
    const comp = deflateRawSync(data);
    const n = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(comp.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(comp.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, comp);
    centrals.push(central, n);
    offset += 30 + n.length + comp.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const ARTICLE = "Rebels seized the village of Tall Hadiyah, 12 km south of Aleppo, after clashes in Khan Tuman.";

let dir: string;
let out = "";
const io = {
  stdout: { write: (s: string) => ((out += s), true) } as never,
  stderr: { write: (s: string) => ((out += s), true) } as never,
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "sitrep-gaz-"));
  process.env.SITREP_CACHE = dir;
  resetGazetteer();
});
afterAll(() => {
  delete process.env.SITREP_CACHE;
  resetGazetteer();
  rmSync(dir, { recursive: true, force: true });
});

describe("sitrep gazetteer import", () => {
  it("reads the GeoNames table out of a country zip, skipping the readme", () => {
    const zip = makeZip({ "readme.txt": Buffer.from("GeoNames readme"), "XS.txt": readFileSync(FIXTURE) });
    const inner = readDumpFromZip(zip);
    expect(inner.name).toBe("XS.txt");
    expect(inner.text).toBe(readFileSync(FIXTURE, "utf8"));
  });

  it("before the import, village names fall back to their anchor", () => {
    const kt = extract(ARTICLE, {}).places.find((p) => p.text === "Khan Tuman");
    expect(kt?.precision).toBe(2);
    expect(kt?.geonameid).toBeNull();
  }, 60_000);

  it("adds the dump's villages (from a .zip) so they resolve at precision 1", async () => {
    const zipPath = join(dir, "XS.zip");
    writeFileSync(zipPath, makeZip({ "XS.txt": readFileSync(FIXTURE), "readme.txt": Buffer.from("x") }));
    out = "";
    expect(await main(["gazetteer", "import", zipPath], io)).toBe(0);
    expect(out).toContain("4 rows read, 3 places and districts kept, 1 malformed lines skipped");
    const ps = extract(ARTICLE, {}).places;
    expect(ps.find((p) => p.text === "Khan Tuman")).toMatchObject({
      name: "Khan Tuman",
      country: "SY",
      admin1: "Aleppo",
      precision: 1,
      geonameid: 9900001,
    });
    expect(ps.find((p) => p.text === "Tall Hadiyah")).toMatchObject({ lat: 36.15, lon: 37.02, precision: 1 });
    // the stream is not a populated place
    expect(gazetteer().lookup("Nahr Quwayq")).toEqual([]);
  }, 60_000);

  it("imports a plain .txt dump too, and refuses a file that is not one", async () => {
    out = "";
    expect(await main(["gazetteer", "import", FIXTURE], io)).toBe(0);
    const bad = join(dir, "bad.txt");
    writeFileSync(bad, "hello\nworld\n");
    out = "";
    expect(await main(["gazetteer", "import", bad], io)).toBe(2);
    expect(out).toContain("no GeoNames rows found");
    expect(await main(["gazetteer", "import", join(dir, "missing.zip")], io)).toBe(2);
  }, 60_000);
});
