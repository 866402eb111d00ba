import { RecordError } from "./errors.js";

/** Articles larger than this are almost certainly not a news story (a dump, a binary, a log). */
export const MAX_ARTICLE_BYTES = 10 * 1024 * 1024;

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/**
 * Bytes to text: UTF-8 with or without BOM. Rejects what would silently turn into garbage: binary
 * content, invalid UTF-8, oversize input. CRLF is kept as is: offsets must index the user's file.
 */
export function decodeArticle(bytes: Uint8Array, what: string): string {
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw new RecordError(`${what} is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; articles over 10 MB are refused`);
  }
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) throw new RecordError(`${what} looks binary (it contains NUL bytes), not a text article`);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new RecordError(`${what} is not valid UTF-8; convert it first (e.g. iconv -f latin1 -t utf-8)`);
  }
  return text;
}

export function checkText(text: string, what: string): string {
  if (text.trim() === "") throw new RecordError(`${what} has no text`);
  if (text.length > MAX_ARTICLE_BYTES) throw new RecordError(`${what} is over 10 MB; articles that large are refused`);
  return text;
}
