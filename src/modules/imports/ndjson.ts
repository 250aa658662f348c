// NDJSON lines from a byte stream with bounded memory: at most one line (up to `maxLineBytes`) is held at a time,
// and reading pauses while the consumer works on a line (async iteration is pull-based). A longer line is skipped
// to its end and reported, never buffered.
import type { Readable } from 'node:stream';

export type NdjsonLine = { line: number; text: string } | { line: number; tooLong: true };

/** `onBytes` returns false to stop reading (the stream is left open, so the request can still be answered). */
export async function* ndjsonLines(
  stream: Readable,
  maxLineBytes: number,
  onBytes: (total: number) => boolean = () => true,
): AsyncGenerator<NdjsonLine> {
  let parts: Buffer[] = [];
  let length = 0;
  let skipping = false;
  let line = 0;
  let total = 0;
  const finish = function* (): Generator<NdjsonLine> {
    line += 1;
    if (skipping) yield { line, tooLong: true };
    else {
      const text = Buffer.concat(parts, length).toString('utf8').replace(/\r$/u, '');
      if (text.trim().length > 0) yield { line, text };
    }
    parts = [];
    length = 0;
    skipping = false;
  };
  for await (const chunk of stream.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (!onBytes(total)) return;
    let from = 0;
    while (from < chunk.length) {
      const newline = chunk.indexOf(0x0a, from);
      const end = newline === -1 ? chunk.length : newline;
      if (!skipping) {
        if (length + (end - from) > maxLineBytes) {
          skipping = true;
          parts = [];
          length = 0;
        } else {
          parts.push(chunk.subarray(from, end));
          length += end - from;
        }
      }
      if (newline === -1) break;
      yield* finish();
      from = newline + 1;
    }
  }
  if (length > 0 || skipping) yield* finish();
}
