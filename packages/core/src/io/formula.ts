/**
 * Spreadsheet formula injection: a cell whose text starts with `=`, `+`, `-`, `@`, a tab, a
 * carriage return or a line feed is run as a formula (or split into one) by Excel, WPS and
 * LibreOffice. The full-width forms `＝ ＋ － ＠` count too: Excel and WPS convert full-width
 * operators typed by an input method into formula operators, and OWASP's testing guide lists
 * them as triggers "depending on locale/application behavior"; an apostrophe in front costs
 * nothing (spreadsheets hide it, import removes it), a live formula can leak the sheet.
 *
 * Every CSV and XLSX writer of Dossier goes through {@link sheetCell} (`writeCsv`, `writeXlsx`,
 * {@link csvRecord}); row builders hand it plain values. Importing removes exactly one leading
 * apostrophe again, so export → import is the identity.
 */

// One or more apostrophes already in front count too, so that a text that really starts
// with `'=` survives the round trip.
const risky = /^'*[=+\-@\t\r\n＝＋－＠]/;

/**
 * Makes a text cell safe to open in a spreadsheet.
 *
 * @example
 * neutraliseCell('=HYPERLINK("http://x")') // "'=HYPERLINK(\"http://x\")"
 * neutraliseCell('＝1+1') // "'＝1+1"
 * neutraliseCell('杭州') // '杭州'
 */
export function neutraliseCell(text: string): string {
  return risky.test(text) ? `'${text}` : text;
}

/**
 * Undoes `neutraliseCell` on an imported text cell.
 *
 * @example
 * restoreCell("'=1+1") // '=1+1'
 * restoreCell("'杭州") // "'杭州" — not something export writes, kept as typed
 */
export function restoreCell(text: string): string {
  return text.startsWith("'") && risky.test(text.slice(1)) ? text.slice(1) : text;
}

/** A value a writer puts in one cell: text (neutralised), a number, a boolean, or nothing. */
export type SheetValue = string | number | boolean | null | undefined;

/**
 * The one gate of every sheet writer: text is neutralised, numbers and booleans stay what they
 * are (a number is never a formula), nothing stays nothing.
 *
 * @example
 * sheetCell('-2+3+cmd|\' /C calc\'!A0') // "'-2+3+cmd|' /C calc'!A0"
 * sheetCell(-2) // -2
 */
export function sheetCell(value: SheetValue): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  return typeof value === 'string' ? neutraliseCell(value) : value;
}

const needsQuotes = /[",\r\n]/;

/**
 * One CSV record (without its line end): every cell through {@link sheetCell}, quoted by RFC
 * 4180 when it holds a comma, quote or line break. `number` writes numbers, given the cell's
 * column index too (default `String`).
 *
 * @example
 * csvRecord(['=1+1', 12.5, 'a,b']) // "'=1+1,12.5,\"a,b\""
 */
export function csvRecord(cells: readonly SheetValue[], options: { number?: (value: number, column: number) => string } = {}): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) {
    const value = sheetCell(cells[i]);
    const text = value === null ? '' : typeof value === 'number' ? options.number ? options.number(value, i) : String(value) : String(value);
    line += `${i === 0 ? '' : ','}${needsQuotes.test(text) ? `"${text.replace(/"/g, '""')}"` : text}`;
  }
  return line;
}
