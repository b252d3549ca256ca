import { isUtf8 } from 'node:buffer';
import type { Readable } from 'node:stream';
import { detectEncoding } from '@dossier/core';
import Papa from 'papaparse';
import { plainLines, type FastRow } from './fast-row.js';
import { HeaderSearch, type CsvRowHandler, type StreamCsvOptions } from './stream-csv.js';

const LF = 0x0a;
const CR = 0x0d;

/**
 * Reads the lines of a CSV file from its bytes, for the files that need no more than that: UTF-8
 * (or ASCII), comma-separated, no quote anywhere and no lone CR. Rows go to `handler` as
 * `streamCsv` gives them (title rows above the header, empty lines skipped, the same line
 * numbers), except that each data row is first offered to `fast` as bytes; only the rows it
 * declines are decoded and split into fields. Resolves with false, having read as little as it
 * could, as soon as the file turns out to need more (a quote, another delimiter or encoding, text
 * that is not UTF-8, no header): the caller then reads the file again with `streamCsv`, which
 * says what is wrong, if anything. Errors thrown by the handler stop the read.
 *
 * @example
 * const done = await streamCsvBytes(createReadStream('sales.csv'), handler, fastRow, { name: 'sales.csv' });
 */
export async function streamCsvBytes(bytes: Readable, handler: CsvRowHandler, fast: FastRow, options: StreamCsvOptions): Promise<boolean> {
  let line = 0;
  const search = new HeaderSearch(handler);
  /** One line `[start, end)` without its LF (a CR before it is dropped here). */
  const take = (buffer: Buffer, start: number, end: number) => {
    if (end > start && buffer[end - 1] === CR) end--;
    line++;
    if (search.found) {
      if (start === end || fast(buffer, start, end)) return;
      handler.row(buffer.toString('utf8', start, end).split(','), line);
      return;
    }
    if (start !== end) search.offer(buffer.toString('utf8', start, end).split(','), line);
  };

  let tail: Buffer | undefined;
  let first = true;
  let checked = false;
  /** Reads the complete lines of `buffer` (all of it when `last`); false when the file is not simple. */
  const consume = (buffer: Buffer, last: boolean): boolean => {
    if (!checked) {
      if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) buffer = buffer.subarray(3);
      const prefix = linesPrefix(buffer, 11) ?? (last ? buffer.length : undefined);
      if (prefix === undefined) {
        tail = buffer;
        return true;
      }
      if (!commaSeparated(buffer.subarray(0, prefix))) return false;
      checked = true;
    }
    const cut = last ? buffer.length - 1 : buffer.lastIndexOf(LF);
    const body = buffer.subarray(0, cut + 1);
    if (!plainLines(body)) return false;
    let start = 0;
    for (let end = body.indexOf(LF); end !== -1; start = end + 1, end = body.indexOf(LF, start)) take(body, start, end);
    // A last line without a line end (a CR at the very end is one: dropped by take).
    if (last && start < body.length) take(body, start, body.length);
    tail = last ? undefined : buffer.subarray(cut + 1);
    return true;
  };
  try {
    for await (const chunk of bytes as AsyncIterable<Buffer>) {
      if (first) {
        first = false;
        // The encoding is settled on the first chunk, as `streamCsv`'s decoder settles it.
        if (detectEncoding(chunk, options.encoding ?? 'auto') !== 'utf-8') return false;
      }
      let buffer = chunk;
      if (tail !== undefined && tail.length > 0) {
        // Only the line cut between two chunks is copied, not the chunk.
        const lf = checked ? chunk.indexOf(LF) : -1;
        if (lf === -1) buffer = Buffer.concat([tail, chunk]);
        else if (consume(Buffer.concat([tail, chunk.subarray(0, lf + 1)]), false)) buffer = chunk.subarray(lf + 1);
        else return false;
      }
      if (!consume(buffer, false)) return false;
      options.onProgress?.((bytes as Readable & { bytesRead?: number }).bytesRead ?? 0);
    }
    if (tail !== undefined && !consume(tail, true)) return false;
    return search.finish();
  } finally {
    bytes.destroy();
  }
}

/** The length of the first `count` lines (through their LF), or undefined when there are fewer. */
function linesPrefix(buffer: Buffer, count: number): number | undefined {
  let at = -1;
  for (let k = 0; k < count; k++) {
    at = buffer.indexOf(LF, at + 1);
    if (at === -1) return undefined;
  }
  return at + 1;
}

/**
 * Whether papaparse, which `streamCsv` lets guess the delimiter from the first ten rows of the
 * file's text, takes the comma.
 */
function commaSeparated(prefix: Buffer): boolean {
  if (!isUtf8(prefix)) return false;
  const text = prefix.toString('utf8').replace(/\r\n?/g, '\n');
  return Papa.parse<string[]>(text, { header: false, newline: '\n', preview: 1 }).meta.delimiter === ',';
}
