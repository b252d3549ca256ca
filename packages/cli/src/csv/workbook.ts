import { readXlsx } from '@dossier/core';
import { CliError } from '../errors.js';
import type { CsvRowHandler } from './stream-csv.js';

/**
 * Feeds the worksheet of an `.xlsx` file that holds a header `handler.isHeader` accepts (else the
 * first one with content) to a CSV row handler: the same column reading for both kinds of file.
 * An unreadable or empty workbook is a `CliError` naming the file.
 *
 * @example
 * await feedWorkbook(bytes, handler, 'sales.xlsx', (sheet) => console.error(sheet));
 */
export async function feedWorkbook(bytes: Uint8Array, handler: CsvRowHandler, file: string, onSheet?: (sheet: string) => void): Promise<void> {
  const table = await readXlsx(bytes, handler.isHeader ? { isHeader: (cells) => handler.isHeader!(cells) } : {});
  const unreadable = table.issues.find((issue) => issue.code === 'unreadableWorkbook');
  if (unreadable) throw new CliError('bad-workbook', { file, detail: unreadable.reason });
  if (table.headers.length === 0) throw new CliError('empty-file', { file });
  if (table.sheet !== undefined) onSheet?.(table.sheet);
  handler.header(table.headers, table.headerLine, table.titleRows ?? []);
  for (const row of table.rows) handler.row(row.cells, row.line);
}
