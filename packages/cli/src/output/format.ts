const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled.
 *
 * @example
 * csvField('a,b') // '"a,b"'
 * csvField('plain') // 'plain'
 */
export function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
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
