// Writing CSV lives apart from reading it: the reader brings papaparse, the writer needs none, so
// an element that only exports (the customer list, the grade migration) does not carry the parser.
import { csvRecord, type SheetValue } from './formula.js';

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
