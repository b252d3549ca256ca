/**
 * Spreadsheet formula injection: a cell whose text starts with `=`, `+`, `-`, `@`, a tab or
 * a carriage return is run as a formula by Excel and LibreOffice. Exported text cells that
 * could be read so get a leading apostrophe, which spreadsheets show as text; importing
 * removes exactly one, so export → import is the identity.
 */

// One or more apostrophes already in front count too, so that a text that really starts
// with `'=` survives the round trip.
const risky = /^'*[=+\-@\t\r]/;

/**
 * Makes a text cell safe to open in a spreadsheet.
 *
 * @example
 * neutraliseCell('=HYPERLINK("http://x")') // "'=HYPERLINK(\"http://x\")"
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
