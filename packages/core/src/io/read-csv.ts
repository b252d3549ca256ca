import Papa from 'papaparse';
import type { Locale } from '../i18n/locale.js';
import { createTextDecoder, decodeText, TextEncodingError, type TextEncodingName } from './decode.js';
import { HEADER_SEARCH_ROWS, headerIndex, isBlank } from './header-row.js';
import { importIssue, type ImportIssue, type SheetRow, type SheetTable } from './table.js';

/** Options of {@link readCsv} and {@link parseCsv}. */
export interface ReadCsvOptions {
  /** Locale of the issues' reasons; `en` by default. */
  locale?: Locale;
  /** Cell separator; guessed from the header (`,` `;` tab) when left out. */
  delimiter?: string;
  /** Encoding of the bytes (`readCsv` only); `auto` by default. */
  encoding?: TextEncodingName;
  /**
   * Whether a row is the header (e.g. `headerMatcher('transaction')`): the header is the first
   * such row among the first {@link HEADER_SEARCH_ROWS} rows, the title rows above it are skipped
   * (listed in `titleRows`). Without it, or when no row matches, the first non-empty row.
   */
  isHeader?: (cells: readonly string[]) => boolean;
}

interface Parsed {
  fields: string[];
  start: number;
  end: number;
  quoteError?: string;
}

/** Line starts of a text, for turning offsets into 1-based line numbers. */
class Lines {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  startOf(line: number): number {
    return this.starts[line - 1] ?? Number.POSITIVE_INFINITY;
  }
}

function parseSpan(text: string, from: number, to: number, delimiter: string): Parsed[] {
  const out: Parsed[] = [];
  let cursor = from;
  Papa.parse<string[]>(text.slice(from, to), {
    delimiter,
    newline: '\n',
    step(result) {
      const end = from + result.meta.cursor;
      const quotes = result.errors.find((e) => e.type === 'Quotes');
      out.push({ fields: result.data, start: cursor, end, ...(quotes ? { quoteError: quotes.code } : {}) });
      cursor = end;
    },
  });
  return out;
}


/**
 * Splits CSV text into a header and rows with papaparse, never giving up on the file: a row with
 * an unbalanced quote or the wrong number of cells is reported with its line, and the rows after
 * it are still read. A quote left open swallows the following lines into one record; such a
 * record is taken apart again line by line, so that the good rows it swallowed are not lost.
 *
 * @example
 * const table = parseCsv('客户名称,手机\n杭州西子贸易,13812341234\n');
 * table.rows[0] // { line: 2, cells: ['杭州西子贸易', '13812341234'] }
 */
export function parseCsv(text: string, options: ReadCsvOptions = {}): SheetTable {
  const locale = options.locale ?? 'en';
  const unmarked = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // CRLF, LF and a lone CR (old Mac) may all end lines of one file: each is one line end.
  const source = unmarked.indexOf('\r') === -1 ? unmarked : unmarked.replace(/\r\n?/g, '\n');
  const lines = new Lines(source);
  const rows: SheetRow[] = [];
  const issues: ImportIssue[] = [];
  const delimiter = options.delimiter ?? guessDelimiter(source.slice(0, 64 * 1024).split('\n', HEADER_SEARCH_ROWS));
  let headers: string[] | undefined;
  let headerLine = 0;

  const take = (records: Parsed[]) => {
    for (const record of records) {
      if (isBlank(record.fields) && record.quoteError === undefined) continue;
      const line = lines.lineOf(record.start);
      if (headers === undefined) {
        headers = record.fields.map((h) => h.trim());
        headerLine = line;
        continue;
      }
      const lastLine = lines.lineOf(Math.max(record.start, record.end - 1));
      if (record.quoteError !== undefined) {
        issues.push(importIssue(locale, 'badQuotes', { line, value: source.slice(record.start, Math.min(record.end, lines.startOf(line + 1))).trimEnd() }, { detail: record.quoteError }));
        // The open quote may have swallowed good rows: read the lines after the first again.
        if (lastLine > line) take(parseSpan(source, lines.startOf(line + 1), record.end, delimiter));
        continue;
      }
      if (record.fields.length !== headers.length) {
        issues.push(
          importIssue(locale, 'fieldCount', { line, value: source.slice(record.start, record.end).trimEnd() }, { found: record.fields.length, expected: headers.length }),
        );
        continue;
      }
      rows.push({ line, cells: record.fields });
    }
  };
  const records = parseSpan(source, 0, source.length, delimiter);
  const at = headerIndex(records.map((r) => r.fields), options.isHeader);
  const titleRows = records.slice(0, Math.max(at, 0)).filter((r) => !isBlank(r.fields)).map((r) => lines.lineOf(r.start));
  take(at > 0 ? records.slice(at) : records);
  if (headers === undefined) return { headers: [], headerLine: 0, rows, issues: [importIssue(locale, 'noHeader', { line: 1 })] };
  const found = (headers as string[]).length;
  if (found > MAX_COLUMNS) return refused(importIssue(locale, 'tooManyColumns', { line: headerLine }, { found, limit: MAX_COLUMNS }));
  return { headers, headerLine, rows, issues: issues.sort((a, b) => a.line - b.line), ...(titleRows.length > 0 ? { titleRows } : {}) };
}

// The separator that splits the most of the first lines (a title row above the header has none).
function guessDelimiter(firstLines: readonly string[]): string {
  let best = ',';
  let count = 0;
  for (const candidate of [',', '\t', ';', '|']) {
    const n = Math.max(0, ...firstLines.map((line) => line.split(candidate).length - 1));
    if (n > count) [best, count] = [candidate, n];
  }
  return best;
}

/** The most columns a sheet is imported with (a file with more is not a spreadsheet export, or is split wrong). */
export const MAX_COLUMNS = 1000;
/** The longest line (in characters) a CSV file may have; a longer one stops the reading. */
export const MAX_LINE_CHARS = 1_000_000;

/** A sheet that was not read, with the one issue that says why. */
function refused(issue: ImportIssue): SheetTable {
  return { headers: [], headerLine: 0, rows: [], issues: [issue] };
}

/**
 * Reads a `.csv` file from a stream of bytes (`file.stream()` in a page) with memory bounded by
 * the file's lines: decoded chunk by chunk with the one decoder, each line measured as it
 * arrives; a line longer than `maxLineChars` (a 50 MB file on one line) stops the reading at
 * once, the rest unread, with a `lineTooLong` issue instead of a frozen page. Otherwise the same
 * sheet as `readCsv`.
 *
 * @example
 * const table = await readCsvStream(file.stream(), { locale: 'zh-CN' });
 */
export async function readCsvStream(
  bytes: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>,
  options: ReadCsvOptions & { maxLineChars?: number } = {},
): Promise<SheetTable> {
  const limit = options.maxLineChars ?? MAX_LINE_CHARS;
  const decoder = createTextDecoder(options.encoding);
  const parts: string[] = [];
  let line = 1;
  let length = 0;
  const tooLong = (): SheetTable => refused(importIssue(options.locale ?? 'en', 'lineTooLong', { line }, { line, limit }));
  let afterCr = false;
  // Counts lines (CRLF, LF or CR each end one, a CRLF cut between chunks too) and their length.
  const measure = (text: string): boolean => {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a && afterCr) {
        afterCr = false;
        continue;
      }
      afterCr = c === 0x0d;
      if (c === 0x0a || c === 0x0d) {
        line++;
        length = 0;
      } else if (++length > limit) return false;
    }
    return true;
  };
  const reader = 'getReader' in bytes ? bytes.getReader() : undefined;
  const iterator = reader ? undefined : (bytes as AsyncIterable<Uint8Array>)[Symbol.asyncIterator]();
  try {
    for (;;) {
      const next = reader ? await reader.read() : await iterator!.next();
      if (next.done) break;
      const text = decoder.decode(next.value);
      if (!measure(text)) return tooLong();
      parts.push(text);
    }
    const rest = decoder.end();
    if (!measure(rest)) return tooLong();
    parts.push(rest);
  } catch (error) {
    if (!(error instanceof TextEncodingError)) throw error;
    return refused(importIssue(options.locale ?? 'en', 'badEncoding', { line }, { encoding: error.encoding, offset: error.byteOffset }));
  } finally {
    await (reader ? reader.cancel() : iterator?.return?.())?.catch?.(() => undefined);
  }
  return parseCsv(parts.join(''), options);
}

/**
 * Reads the bytes of a `.csv` file (UTF-8 with or without BOM, or GBK) into a sheet.
 *
 * @example
 * const table = readCsv(new Uint8Array(await file.arrayBuffer()), { locale: 'zh-CN' });
 */
export function readCsv(bytes: Uint8Array, options: ReadCsvOptions = {}): SheetTable {
  return parseCsv(decodeText(bytes, options.encoding).text, options);
}
