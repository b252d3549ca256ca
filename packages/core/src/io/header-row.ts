// Finding the header row, shared by the CSV reader and the Excel reader. Apart from read-csv.ts,
// which brings papaparse: the Excel module (imported by every element that exports) needs only this.

/** How many non-empty rows are searched for the header row (title rows, notes above it). */
export const HEADER_SEARCH_ROWS = 30;

/**
 * The index of the header among rows: the first non-blank row `isHeader` accepts within the
 * first {@link HEADER_SEARCH_ROWS} non-blank rows, else the first non-blank row; -1 when all are blank.
 *
 * @example
 * headerIndex([['2025 年销售明细'], ['客户编号', '日期', '金额']], (cells) => cells.length > 1) // 1
 */
export function headerIndex(rows: readonly (readonly string[])[], isHeader?: (cells: readonly string[]) => boolean): number {
  let first = -1;
  let seen = 0;
  for (let i = 0; i < rows.length && seen < HEADER_SEARCH_ROWS; i++) {
    if (isBlank(rows[i]!)) continue;
    if (first === -1) first = i;
    seen++;
    if (isHeader === undefined || isHeader(rows[i]!)) return isHeader === undefined ? first : i;
  }
  return first;
}

/** Whether every cell of a row is blank. */
export const isBlank = (fields: readonly string[]) => fields.every((f) => f.trim() === '');
