import type * as ExcelJS from 'exceljs';
import type { Locale } from '../i18n/locale.js';
import { sheetCell, type SheetValue } from './formula.js';
import { headerIndex } from './header-row.js';
import { importIssue, type SheetRow, type SheetTable } from './table.js';

type Excel = typeof ExcelJS;

/** A cell value as Dossier writes it to a workbook: text, a number, or nothing. */
export type WorkbookCell = SheetValue;

// exceljs is large: loaded only when a workbook is actually read or written.
async function loadExcel(): Promise<Excel> {
  // In a page, exceljs's browser build (its main entry needs Node's `process` and streams).
  const inPage = typeof window !== 'undefined' && typeof document !== 'undefined';
  const module = (
    inPage
      ? // @ts-expect-error -- the UMD browser build ships no type declarations; it is the same API as exceljs.
        await import('exceljs/dist/exceljs.min.js')
      : await import('exceljs')
  ) as unknown as Excel & { default?: Excel };
  // Node and bundlers give the CommonJS exports as `default`; the browser build is a UMD script
  // that, loaded as a plain module, leaves `ExcelJS` on the global object.
  return module.default ?? (globalThis as { ExcelJS?: Excel }).ExcelJS ?? module;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The text of an exceljs cell value: rich text joined, a formula's cached result, dates as ISO. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    return value.getUTCHours() + value.getUTCMinutes() + value.getUTCSeconds() + value.getUTCMilliseconds() === 0 ? isoDay(value) : value.toISOString();
  }
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; formula?: string; error?: string };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if (v.formula !== undefined || 'result' in v) return cellText(v.result);
    if (v.text !== undefined) return cellText(v.text);
    if (v.error !== undefined) return v.error;
  }
  return String(value);
}

/**
 * Reads a worksheet of an `.xlsx` file into a sheet: every cell becomes text (numbers as written by
 * `String`, dates as `YYYY-MM-DD`, formulas as their saved result). The header is found as
 * `readCsv` finds it (`isHeader`, title rows skipped); without `sheet`, the first worksheet whose
 * rows hold such a header is read (data on the second sheet behind a cover sheet), else the first
 * worksheet with any content. `sheet` in the result names the one read. A workbook that cannot be
 * opened is one issue, not an exception.
 *
 * @example
 * const table = await readXlsx(new Uint8Array(await file.arrayBuffer()), { locale: 'zh-CN', isHeader: headerMatcher('customer') });
 */
export async function readXlsx(
  bytes: Uint8Array,
  options: { locale?: Locale; sheet?: string; isHeader?: (cells: readonly string[]) => boolean } = {},
): Promise<SheetTable> {
  const locale = options.locale ?? 'en';
  const Excel = await loadExcel();
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    return { headers: [], headerLine: 0, rows: [], issues: [importIssue(locale, 'unreadableWorkbook', { line: 0 }, { detail: error instanceof Error ? error.message : String(error) })] };
  }
  const sheets = options.sheet === undefined ? workbook.worksheets : [workbook.getWorksheet(options.sheet)].filter((s) => s !== undefined);
  let chosen: { name: string; rows: SheetRow[]; at: number } | undefined;
  for (const sheet of sheets) {
    const rows = sheetRows(sheet);
    const at = headerIndex(rows.map((r) => r.cells), options.isHeader);
    if (at === -1) continue;
    const found = options.isHeader === undefined || options.isHeader(rows[at]!.cells);
    if (chosen === undefined || found) chosen = { name: sheet.name, rows, at };
    if (found) break;
  }
  if (chosen === undefined) return { headers: [], headerLine: 0, rows: [], issues: [importIssue(locale, 'noHeader', { line: 1 })] };
  const { rows, at, name } = chosen;
  const headers = rows[at]!.cells.map((h) => h.trim());
  const data = rows.slice(at + 1).map((row) => ({ line: row.line, cells: [...row.cells.slice(0, headers.length), ...Array<string>(Math.max(0, headers.length - row.cells.length)).fill('')] }));
  const titleRows = rows.slice(0, at).map((row) => row.line);
  return { headers, headerLine: rows[at]!.line, rows: data, issues: [], sheet: name, ...(titleRows.length > 0 ? { titleRows } : {}) };
}

/** The non-empty rows of a worksheet as text cells, with their row numbers. */
function sheetRows(sheet: ExcelJS.Worksheet): SheetRow[] {
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as unknown[];
    const cells: string[] = [];
    for (let c = 1; c < values.length; c++) cells.push(cellText(values[c]));
    if (cells.some((cell) => cell.trim() !== '')) rows.push({ line: rowNumber, cells });
  });
  return rows;
}

/**
 * Writes rows to an `.xlsx` workbook with one worksheet, the first row bold and frozen. Numbers
 * stay numbers; every text cell is neutralised against formula injection here (see `sheetCell`).
 *
 * @example
 * const bytes = await writeXlsx([['客户名称', '年销售额'], ['杭州西子贸易', 1200000]], { sheetName: '客户一览表' });
 */
export async function writeXlsx(rows: readonly (readonly WorkbookCell[])[], options: { sheetName?: string } = {}): Promise<Uint8Array> {
  const Excel = await loadExcel();
  const workbook = new Excel.Workbook();
  const sheet = workbook.addWorksheet(options.sheetName ?? 'Sheet1', { views: [{ state: 'frozen', ySplit: 1 }] });
  for (const row of rows) sheet.addRow(row.map(sheetCell));
  sheet.getRow(1).font = { bold: true };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
