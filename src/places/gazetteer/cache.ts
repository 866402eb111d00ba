import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { threadId } from "node:worker_threads";
import { join } from "node:path";
import type { BuiltIndex } from "./build.js";
import type { Feature, FeatureKind, NameIndex } from "./feature.js";
import { cacheDir, sourceSignature } from "./sources.js";

/** Bump when the index layout or the build rules change, so old caches are rebuilt. */
export const INDEX_VERSION = 9;

/*
 * The cached index is one binary file: a JSON header, text columns (one UTF-8 blob each, entries
 * separated by newlines) and numeric columns as typed arrays. Name keys are stored sorted, so a
 * lookup is a binary search and loading builds no hash map: that is what keeps startup short.
 */

interface Header {
  signature: string;
  features: number;
  keys: number;
  refs: number;
  demonyms: Record<string, string>;
  text: Record<(typeof TEXT_COLUMNS)[number], number>;
}

const TEXT_COLUMNS = ["name", "country", "admin1", "admin2", "kind", "code", "keys"] as const;

function cachePath(): string {
  return join(cacheDir(), `gazetteer-v${INDEX_VERSION}.bin`);
}

/** Sorted keys with their references, searched by bisection. */
class SortedNames implements NameIndex {
  constructor(
    private readonly keys: string[],
    private readonly offsets: Uint32Array,
    private readonly refs: Int32Array,
  ) {}

  get(key: string): ArrayLike<number> | undefined {
    let lo = 0;
    let hi = this.keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const k = this.keys[mid]!;
      if (k < key) lo = mid + 1;
      else if (k > key) hi = mid - 1;
      else return this.refs.subarray(this.offsets[mid]!, this.offsets[mid + 1]!);
    }
    return undefined;
  }
}

function typed<T>(buf: Buffer, at: number, bytes: number, make: (ab: ArrayBuffer) => T): T {
  return make(buf.buffer.slice(buf.byteOffset + at, buf.byteOffset + at + bytes) as ArrayBuffer);
}

/** The cached index, or null when there is none or its sources changed since it was written. */
export function readCache(): BuiltIndex | null {
  let buf: Buffer;
  try {
    buf = readFileSync(cachePath());
  } catch {
    return null;
  }
  try {
    const headerLen = buf.readUInt32LE(0);
    const h = JSON.parse(buf.toString("utf8", 4, 4 + headerLen)) as Header;
    if (h.signature !== sourceSignature(INDEX_VERSION) || !h.demonyms) return null;
    let at = 4 + headerLen;
    const text: Record<string, string[]> = {};
    for (const c of TEXT_COLUMNS) {
      text[c] = buf.toString("utf8", at, at + h.text[c]).split("\n");
      at += h.text[c];
    }
    const n = h.features;
    const id = typed(buf, at, n * 4, (b) => new Int32Array(b));
    at += n * 4;
    const lat = typed(buf, at, n * 8, (b) => new Float64Array(b));
    at += n * 8;
    const lon = typed(buf, at, n * 8, (b) => new Float64Array(b));
    at += n * 8;
    const pop = typed(buf, at, n * 8, (b) => new Float64Array(b));
    at += n * 8;
    const offsets = typed(buf, at, (h.keys + 1) * 4, (b) => new Uint32Array(b));
    at += (h.keys + 1) * 4;
    const refs = typed(buf, at, h.refs * 4, (b) => new Int32Array(b));
    const features: Feature[] = new Array(n);
    for (let i = 0; i < n; i++) {
      features[i] = {
        id: id[i]! < 0 ? null : id[i]!,
        name: text.name![i]!,
        lat: lat[i]!,
        lon: lon[i]!,
        country: text.country![i] || null,
        admin1: text.admin1![i]!,
        admin2: text.admin2![i]!,
        kind: text.kind![i]! as FeatureKind,
        code: text.code![i]!,
        population: pop[i]!,
      };
    }
    return { features, names: new SortedNames(text.keys!, offsets, refs), demonyms: h.demonyms };
  } catch {
    return null; // a truncated or foreign file: rebuild
  }
}

/** Writes the index (best effort: a read-only checkout still works, it only rebuilds each run). */
export function writeCache(index: BuiltIndex, keysOf: () => Iterable<[string, ArrayLike<number>]>): void {
  const f = index.features;
  const entries = [...keysOf()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const offsets = new Uint32Array(entries.length + 1);
  let total = 0;
  for (let i = 0; i < entries.length; i++) {
    offsets[i] = total;
    total += entries[i]![1].length;
  }
  offsets[entries.length] = total;
  const refs = new Int32Array(total);
  for (let i = 0; i < entries.length; i++) refs.set(Array.from(entries[i]![1]), offsets[i]!);
  const clean = (s: string): string => s.replace(/\n/g, " ");
  const cols: Record<(typeof TEXT_COLUMNS)[number], Buffer> = {
    name: Buffer.from(f.map((x) => clean(x.name)).join("\n")),
    country: Buffer.from(f.map((x) => x.country ?? "").join("\n")),
    admin1: Buffer.from(f.map((x) => clean(x.admin1)).join("\n")),
    admin2: Buffer.from(f.map((x) => clean(x.admin2)).join("\n")),
    kind: Buffer.from(f.map((x) => x.kind).join("\n")),
    code: Buffer.from(f.map((x) => x.code).join("\n")),
    keys: Buffer.from(entries.map((e) => e[0]).join("\n")),
  };
  const header: Header = {
    signature: sourceSignature(INDEX_VERSION),
    features: f.length,
    keys: entries.length,
    refs: total,
    demonyms: index.demonyms,
    text: Object.fromEntries(TEXT_COLUMNS.map((c) => [c, cols[c].length])) as Header["text"],
  };
  const hb = Buffer.from(JSON.stringify(header));
  const len = Buffer.alloc(4);
  len.writeUInt32LE(hb.length, 0);
  const num = (a: ArrayBufferView): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  const parts = [
    len,
    hb,
    ...TEXT_COLUMNS.map((c) => cols[c]),
    num(Int32Array.from(f, (x) => x.id ?? -1)),
    num(Float64Array.from(f, (x) => x.lat)),
    num(Float64Array.from(f, (x) => x.lon)),
    num(Float64Array.from(f, (x) => x.population)),
    num(offsets),
    num(refs),
  ];
  try {
    mkdirSync(cacheDir(), { recursive: true });
    const tmp = `${cachePath()}.${process.pid}.${threadId}.tmp`;
    writeFileSync(tmp, Buffer.concat(parts));
    renameSync(tmp, cachePath());
  } catch {
    // no writable cache: fine, the index is rebuilt next time
  }
}
