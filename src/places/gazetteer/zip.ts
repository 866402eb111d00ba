import { inflateRawSync } from "node:zlib";

/*
 * Just enough of the ZIP format to read a GeoNames country dump (SY.zip holds SY.txt and a
 * readme.txt): the central directory is read from the end of the file, and the largest .txt entry
 * is inflated with Node's own zlib. No ZIP64, no encryption: GeoNames' country files need neither.
 */

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export function zipEntries(buf: Buffer): ZipEntry[] {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("not a zip file (no end of central directory)");
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out: ZipEntry[] = [];
  for (let k = 0; k < count; k++) {
    if (buf.readUInt32LE(p) !== CENTRAL) throw new Error("corrupt zip central directory");
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    out.push({
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
      name: buf.toString("utf8", p + 46, p + 46 + nameLen),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

export function readZipEntry(buf: Buffer, e: ZipEntry): Buffer {
  const p = e.localOffset;
  if (buf.readUInt32LE(p) !== LOCAL) throw new Error(`corrupt zip entry ${e.name}`);
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const data = buf.subarray(start, start + e.compressedSize);
  if (e.method === 0) return Buffer.from(data);
  if (e.method === 8) return inflateRawSync(data);
  throw new Error(`zip entry ${e.name} uses compression method ${e.method}; only stored and deflated entries are read`);
}

/** The GeoNames table inside a dump: the largest .txt entry that is not the readme. */
export function readDumpFromZip(buf: Buffer): { name: string; text: string } {
  const txt = zipEntries(buf)
    .filter((e) => e.name.toLowerCase().endsWith(".txt") && !/readme/i.test(e.name))
    .sort((a, b) => b.size - a.size);
  if (!txt.length) throw new Error("the zip holds no GeoNames .txt table");
  return { name: txt[0]!.name, text: readZipEntry(buf, txt[0]!).toString("utf8") };
}
