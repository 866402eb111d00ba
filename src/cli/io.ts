export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin?: NodeJS.ReadableStream;
}

/** Writes and waits for the stream to drain when it asks to, so huge batches do not pile up in memory. */
export function write(stream: NodeJS.WritableStream, s: string): Promise<void> | void {
  if (!stream.write(s)) return new Promise((res) => stream.once("drain", () => res()));
}
