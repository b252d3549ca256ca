import Papa from 'papaparse';
import type { Locale } from '../i18n/locale.js';
import { decodeText, type TextEncodingName } from './decode.js';
import { csvRecord, type SheetValue } from './formula.js';
import { importIssue, type ImportIssue, type SheetRow, type SheetTable } from './table.js';

/** Options of {@link readCsv} and {@link parseCsv}. */
export interface ReadCsvOptions {
  /** Locale of the issues' reasons; `en` by default. */
  locale?: Locale;
  /** Cell separator; guessed from the header (`,` `;` tab) when left out. */
  delimiter?: string;
  /** Encoding of the bytes (`readCsv` only); `auto` by default. */
  encoding?: TextEncodingName;
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
    step(result) {
      const end = from + result.meta.cursor;
      const quotes = result.errors.find((e) => e.type === 'Quotes');
      out.push({ fields: result.data, start: cursor, end, ...(quotes ? { quoteError: quotes.code } : {}) });
      cursor = end;
    },
  });
  return out;
}

const isBlank = (fields: readonly string[]) => fields.every((f) => f.trim() === '');

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
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = new Lines(source);
  const rows: SheetRow[] = [];
  const issues: ImportIssue[] = [];
  const firstLineEnd = source.indexOf('\n');
  const delimiter = options.delimiter ?? guessDelimiter(source.slice(0, firstLineEnd === -1 ? undefined : firstLineEnd));
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
  take(parseSpan(source, 0, source.length, delimiter));
  if (headers === undefined) return { headers: [], headerLine: 0, rows, issues: [importIssue(locale, 'noHeader', { line: 1 })] };
  return { headers, headerLine, rows, issues: issues.sort((a, b) => a.line - b.line) };
}

function guessDelimiter(headerLine: string): string {
  let best = ',';
  let count = headerLine.split(',').length;
  for (const candidate of ['\t', ';', '|']) {
    const n = headerLine.split(candidate).length;
    if (n > count) [best, count] = [candidate, n];
  }
  return best;
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

/**
 * Writes rows of cells as CSV text (RFC 4180 quoting, CRLF as Excel writes), with a UTF-8 BOM so
 * that Excel opens Chinese text correctly. Every text cell is neutralised against formula
 * injection here (see `sheetCell`): hand it plain values.
 *
 * @example
 * writeCsv([['客户名称'], ['=杭州西子贸易']]) // "\uFEFF客户名称\r\n'=杭州西子贸易"
 */
export function writeCsv(rows: readonly (readonly SheetValue[])[], options: { bom?: boolean } = {}): string {
  const body = rows.map((row) => csvRecord(row)).join('\r\n');
  return (options.bom ?? true) ? `\uFEFF${body}` : body;
}
