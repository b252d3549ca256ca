import type { Locale } from '../i18n/locale.js';
import { translate, type MessageParams } from '../i18n/translate.js';
import { ioMessages, type ImportIssueCode } from './messages.js';

/** One data row of a sheet: its cells as text and the 1-based line where it starts in the file. */
export interface SheetRow {
  readonly line: number;
  readonly cells: readonly string[];
}

/** A sheet read from a `.csv` or `.xlsx` file: the header row, the data rows, and the rows that could not be read. */
export interface SheetTable {
  readonly headers: readonly string[];
  /** 1-based line of the header row. */
  readonly headerLine: number;
  readonly rows: SheetRow[];
  /** Rows the reader could not split into cells (unbalanced quotes, wrong cell count). */
  readonly issues: ImportIssue[];
  /** Lines above the header that were skipped (a title, notes), when the header was searched for. */
  readonly titleRows?: readonly number[];
  /** The worksheet read, for a workbook. */
  readonly sheet?: string;
}

/** Something wrong with one row (or the file), saying where and why in the caller's locale. */
export interface ImportIssue {
  readonly code: ImportIssueCode;
  /** 1-based line in the file (for `.xlsx` the row number). */
  readonly line: number;
  /** 1-based column, when the issue is about one cell. */
  readonly column?: number;
  /** The header of that column. */
  readonly header?: string;
  /** The field path the cell maps to (`addresses[0].street`). */
  readonly path?: string;
  /** The offending text (cut to 200 characters). */
  readonly value?: string;
  readonly reason: string;
}

/**
 * Builds an import issue with its translated reason.
 *
 * @example
 * importIssue('zh-CN', 'badNumber', { line: 3, column: 2, value: 'abc' })
 */
export function importIssue(
  locale: Locale,
  code: ImportIssueCode,
  where: Omit<ImportIssue, 'code' | 'reason'>,
  params: MessageParams = {},
): ImportIssue {
  const value = where.value === undefined ? undefined : where.value.length > 200 ? `${where.value.slice(0, 200)}…` : where.value;
  const issue: ImportIssue = { ...where, code, reason: translate(ioMessages, locale, code, { value, ...params }) };
  return value === undefined ? issue : { ...issue, value };
}
