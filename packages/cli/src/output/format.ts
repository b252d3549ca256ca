import { csvRecord } from '@dossier/core';

/**
 * One CSV field (RFC 4180) through core's neutralising writer: a text that a spreadsheet would
 * run as a formula gets a leading apostrophe; quoted when it holds a comma, quote or line break.
 *
 * @example
 * csvField('a,b') // '"a,b"'
 * csvField('=1+1') // "'=1+1"
 */
export function csvField(text: string): string {
  return csvRecord([text]);
}

/**
 * A number for output: rounded to `digits` decimals (default 6, which hides binary noise
 * such as 0.30000000000000004 without losing cents or meaningful shares), written without
 * trailing zeros; empty for NaN.
 *
 * @example
 * formatNumber(0.1 + 0.2) // '0.3'
 * formatNumber(1234.5) // '1234.5'
 */
export function formatNumber(value: number, digits = 6): string {
  if (Number.isNaN(value)) return '';
  if (Number.isInteger(value)) return String(value);
  const rounded = Number(value.toFixed(digits));
  return String(Object.is(rounded, -0) ? 0 : rounded);
}
