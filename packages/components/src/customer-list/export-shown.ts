import { writeCsv, writeXlsx, type SheetValue } from '@dossier/core';
import type { ListRow } from './select-rows.js';

/** The formats the list exports. */
export type ListExportFormat = 'csv' | 'xlsx';

/** One exported column: its header and the value of a row as the list shows it. */
export interface ListExportColumn {
  header: string;
  value(row: ListRow): SheetValue;
}

/**
 * What `exportShown` produced: the file (CSV text with a BOM, or XLSX bytes), its name and how
 * many customers it holds.
 *
 * @example
 * const file = await list.exportShown('csv'); // { name: '客户列表-2026-12-07.csv', count: 188, … }
 */
export interface ListExport {
  name: string;
  type: string;
  data: string | Uint8Array;
  count: number;
}

const types: Record<ListExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Writes rows as a sheet with one header line: CSV (core's writer: BOM, formula-safe) or XLSX.
 *
 * @example
 * await writeListSheet(rows, columns, 'csv', '客户列表-2026-12-07')
 */
export async function writeListSheet(rows: readonly ListRow[], columns: readonly ListExportColumn[], format: ListExportFormat, baseName: string): Promise<ListExport> {
  const sheet: SheetValue[][] = [columns.map((c) => c.header)];
  for (const row of rows) sheet.push(columns.map((c) => c.value(row)));
  const data = format === 'csv' ? writeCsv(sheet) : await writeXlsx(sheet);
  // A name a file system accepts: no path or reserved characters.
  return { name: `${baseName.replace(/[\\/:*?"<>|]+/g, '-')}.${format}`, type: types[format], data, count: rows.length };
}
