import { createReadStream, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { CliError } from '../errors.js';

/** Text encodings the command reads; Excel on zh-CN Windows saves "CSV" as GB18030 (GBK). */
export const csvEncodings = ['utf-8', 'gb18030'] as const;
export type CsvEncoding = (typeof csvEncodings)[number];

/** Receives the rows of a CSV file as they are parsed; rows are arrays of field text. */
export interface CsvRowHandler {
  /** The header row (always line 1 of the data; leading empty lines are skipped). */
  header(fields: readonly string[], line: number): void;
  /**
   * One data row. `line` is the 1-based line where the row starts. Return the number of line
   * breaks inside quoted fields of the row when there are any (so later lines are numbered
   * right), or nothing.
   */
  row(fields: readonly string[], line: number): number | void;
}

/** Options of {@link streamCsv}. */
export interface StreamCsvOptions {
  /** The file's name in error messages. */
  name: string;
  encoding?: CsvEncoding | undefined;
  /** Called after each chunk with the bytes read so far. */
  onProgress?: ((bytesRead: number) => void) | undefined;
}

/** The size of the chunks read: large enough that per-chunk costs vanish on big files. */
const CHUNK_BYTES = 4 * 1024 * 1024;

/**
 * Parses CSV from a byte stream with papaparse, row by row, without keeping the rows: UTF-8
 * with or without a byte-order mark (or GB18030), LF or CRLF line ends, quoted fields.
 * Empty lines are skipped (they still count for line numbers). Resolves with the number of
 * lines read; rejects with a `CliError` (file, line) on a quoting error, on text that is not
 * UTF-8, or with whatever the handler throws, and then stops reading.
 *
 * @example
 * await streamCsv(createReadStream('sales.csv'), { header: (f) => {}, row: (f, line) => {} }, { name: 'sales.csv' });
 */
export function streamCsv(bytes: Readable, handler: CsvRowHandler, options: StreamCsvOptions): Promise<number> {
  const { name, onProgress } = options;
  const encoding = options.encoding ?? 'utf-8';
  const text: Readable =
    encoding === 'utf-8' ? bytes.setEncoding('utf8') : (bytes.pipe(iconv.decodeStream(encoding, { stripBOM: true })) as unknown as Readable);
  // fs streams count bytes themselves; other streams are counted here (in characters).
  let counted = 0;
  const bytesRead = () => (bytes as Readable & { bytesRead?: number }).bytesRead ?? counted;

  return new Promise<number>((resolve, reject) => {
    let line = 0;
    let seenHeader = false;
    let failed = false;
    const fail = (error: unknown, parser?: Papa.Parser) => {
      if (failed) return;
      failed = true;
      parser?.abort();
      bytes.destroy();
      text.destroy();
      reject(error);
    };
    bytes.on('error', (error) => fail(error));
    text.on('data', (chunk: string) => {
      counted += chunk.length;
      // Bytes that are not UTF-8 decode to U+FFFD: most likely a GBK file saved by Excel.
      if (encoding === 'utf-8' && chunk.indexOf('\uFFFD') !== -1) fail(new CliError('not-utf8', { file: name }));
    });

    Papa.parse<string[]>(text, {
      header: false,
      skipEmptyLines: false,
      // A BOM is stripped by papaparse only for string input, not for streams.
      beforeFirstChunk: (chunk) => (chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk),
      chunk(results, parser) {
        if (failed) return;
        try {
          // A one-column file has no delimiter to detect: not an error.
          const firstError = results.errors.find((e) => e.type !== 'Delimiter');
          const rows = results.data;
          for (let r = 0; r < rows.length; r++) {
            const fields = rows[r]!;
            line++;
            if (firstError && firstError.row === r) {
              throw new CliError('csv-syntax', { file: name, line, detail: firstError.message });
            }
            if (fields.length === 1 && fields[0] === '') continue;
            if (!seenHeader) {
              seenHeader = true;
              handler.header(fields, line);
            } else {
              const breaks = handler.row(fields, line);
              if (breaks) line += breaks;
            }
          }
          if (firstError && (firstError.row === undefined || firstError.row >= rows.length)) {
            throw new CliError('csv-syntax', { file: name, line: line + 1, detail: firstError.message });
          }
          onProgress?.(bytesRead());
        } catch (error) {
          fail(error, parser);
        }
      },
      complete() {
        if (failed) return;
        if (!seenHeader) fail(new CliError('empty-file', { file: name }));
        else resolve(line);
      },
      error(error: Error) {
        fail(error);
      },
    });
  });
}

/**
 * Opens a CSV file for {@link streamCsv}: a missing file becomes a `CliError`; the total
 * size is returned for a progress bar.
 *
 * @example
 * const { stream, size } = openCsvFile('sales.csv');
 */
export function openCsvFile(path: string, name = path): { stream: Readable; size: number } {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new Error('not a file');
    size = stat.size;
  } catch {
    throw new CliError('file-not-found', { file: name });
  }
  return { stream: createReadStream(path, { highWaterMark: CHUNK_BYTES }), size };
}
