import { createReadStream, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { createTextDecoder, HEADER_SEARCH_ROWS, TextEncodingError, textEncodings } from '@dossier/core';
import type { TextEncodingName } from '@dossier/core';
import Papa from 'papaparse';
import { CliError } from '../errors.js';

/**
 * Text encodings the command reads, the same as `dossier import` and the page's import wizard
 * (core's one decoder): `auto` (the default) follows a BOM, else tells UTF-8 from GB18030; GBK is
 * read as GB18030, its superset; UTF-16 LE/BE with a BOM.
 */
export const csvEncodings = textEncodings;
export type CsvEncoding = TextEncodingName;

/** Receives the rows of a CSV file as they are parsed; rows are arrays of field text. */
export interface CsvRowHandler {
  /**
   * Whether a row is the header. When given, title rows above the header (a report title, "制表：
   * 财务部") are skipped: the header is the first row it accepts among the first non-empty rows
   * (else the first row). Without it, the first non-empty row is the header.
   */
  isHeader?(fields: readonly string[]): boolean;
  /** The header row, its line, and the lines of the title rows skipped above it. */
  header(fields: readonly string[], line: number, titleLines: readonly number[]): void;
  /**
   * One data row. `line` is the 1-based line where the row starts. Return the number of line
   * breaks inside quoted fields of the row when there are any (so later lines are numbered
   * right), or nothing.
   */
  row(fields: readonly string[], line: number): number | void;
}

/**
 * Looks for the header among a file's first rows (`HEADER_SEARCH_ROWS`): rows met before it are
 * held; once it is found (the handler's `isHeader`, else the first row) the header and the held
 * rows after it go to the handler, the rows above it counted as title lines.
 *
 * @example
 * const search = new HeaderSearch(handler);
 * if (search.found) handler.row(fields, line); else search.offer(fields, line);
 * search.finish(); // at the end of the file: whether there was a header
 */
export class HeaderSearch {
  /** Whether the header has been handed to the handler. */
  found = false;
  readonly #handler: CsvRowHandler;
  /** Rows read while looking for the header: [fields, line]. */
  readonly #pending: [readonly string[], number][] = [];

  constructor(handler: CsvRowHandler) {
    this.#handler = handler;
  }

  /** A non-empty row read before the header. */
  offer(fields: readonly string[], line: number): void {
    this.#pending.push([fields, line]);
    if (this.#handler.isHeader === undefined || this.#handler.isHeader(fields)) this.#take(this.#pending.length - 1);
    else if (this.#pending.length >= HEADER_SEARCH_ROWS) this.#take(0);
  }

  /** At the end of the file: the first held row is the header if none was recognised. Returns `found`. */
  finish(): boolean {
    if (!this.found && this.#pending.length > 0) this.#take(0);
    return this.found;
  }

  #take(index: number): void {
    this.found = true;
    const pending = this.#pending;
    const [fields, at] = pending[index]!;
    this.#handler.header(fields, at, pending.slice(0, index).map(([, l]) => l));
    for (const [rest, restLine] of pending.slice(index + 1)) this.#handler.row(rest, restLine);
    pending.length = 0;
  }
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
 * Decodes a byte stream with core's decoder and turns every line end (CRLF, LF, a lone CR, mixed
 * in one file) into LF, a CR at the end of a chunk waiting for the next one.
 */
function decodedLines(bytes: Readable, encoding: CsvEncoding): Readable {
  const decoder = createTextDecoder(encoding);
  let carry = false;
  const normalise = (text: string, last: boolean): string => {
    let out = carry && text.charCodeAt(0) === 0x0a ? text.slice(1) : text;
    if (carry) out = `\n${out}`;
    carry = !last && out.endsWith('\r');
    if (carry) out = out.slice(0, -1);
    return out.indexOf('\r') === -1 ? out : out.replace(/\r\n?/g, '\n');
  };
  return Readable.from(
    (async function* () {
      for await (const chunk of bytes as AsyncIterable<Uint8Array>) {
        const text = normalise(decoder.decode(chunk), false);
        if (text !== '') yield text;
      }
      const rest = normalise(decoder.end(), true);
      if (rest !== '') yield rest;
    })(),
    { objectMode: false, encoding: 'utf8' },
  );
}

/**
 * Parses CSV from a byte stream with papaparse, row by row, without keeping the rows: text in any
 * of {@link csvEncodings}, CRLF, LF or CR line ends (mixed too), quoted fields (a line break inside
 * one reads as LF). Empty lines are skipped (they still count for line numbers); title rows above
 * the header are skipped when the handler can tell the header (`isHeader`). Resolves with the
 * number of lines read; rejects with a `CliError` (file, line) on a quoting error, on text that is
 * not in the encoding, or with whatever the handler throws, and then stops reading.
 *
 * @example
 * await streamCsv(createReadStream('sales.csv'), { header: (f) => {}, row: (f, line) => {} }, { name: 'sales.csv' });
 */
export function streamCsv(bytes: Readable, handler: CsvRowHandler, options: StreamCsvOptions): Promise<number> {
  const { name, onProgress } = options;
  const text = decodedLines(bytes, options.encoding ?? 'auto');
  // fs streams count bytes themselves; other streams are counted here (in characters).
  let counted = 0;
  const bytesRead = () => (bytes as Readable & { bytesRead?: number }).bytesRead ?? counted;

  return new Promise<number>((resolve, reject) => {
    let line = 0;
    const search = new HeaderSearch(handler);
    let failed = false;
    const fail = (error: unknown, parser?: Papa.Parser) => {
      if (failed) return;
      failed = true;
      parser?.abort();
      bytes.destroy();
      text.destroy();
      reject(error instanceof TextEncodingError ? new CliError('not-utf8', { file: name, offset: error.byteOffset }) : error);
    };
    bytes.on('error', (error) => fail(error));
    text.on('error', (error) => fail(error));
    text.on('data', (chunk: string) => {
      counted += chunk.length;
    });

    Papa.parse<string[]>(text, {
      header: false,
      newline: '\n',
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
            if (search.found) {
              const breaks = handler.row(fields, line);
              if (breaks) line += breaks;
              continue;
            }
            const at = line;
            for (const field of fields) for (let i = field.indexOf('\n'); i !== -1; i = field.indexOf('\n', i + 1)) line++;
            search.offer(fields, at);
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
        try {
          search.finish();
        } catch (error) {
          fail(error);
          return;
        }
        if (!search.found) fail(new CliError('empty-file', { file: name }));
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
export function openCsvFile(path: string, name = path, end?: number): { stream: Readable; size: number } {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new Error('not a file');
    size = stat.size;
  } catch {
    throw new CliError('file-not-found', { file: name });
  }
  // `end`: only the bytes before it are read.
  return { stream: createReadStream(path, { highWaterMark: CHUNK_BYTES, ...(end === undefined ? {} : { end: end - 1 }) }), size };
}
