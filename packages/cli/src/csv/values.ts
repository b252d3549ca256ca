import { dayNumber } from '@dossier/core';

// Dates as ERP and spreadsheet exports write them: ISO `2025-01-05`, or with slashes and
// one-digit parts (`2025/1/5`, the zh-CN Excel default), optionally followed by a time
// of day, which is dropped: the archive keeps calendar dates.
const DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;

/**
 * Reads calendar dates from text, remembering every text it has seen: a book of millions
 * of lines has only a few hundred distinct dates, so each is parsed once.
 *
 * @example
 * const dates = new DateReader();
 * dates.day('2025/1/5') === dates.day('2025-01-05') // true
 * dates.day('2025-02-30') // undefined
 */
export class DateReader {
  readonly #seen = new Map<string, number | undefined>();

  /** The day number of `text`, or `undefined` when it is not a calendar date. */
  day(text: string): number | undefined {
    const seen = this.#seen.get(text);
    if (seen !== undefined || this.#seen.has(text)) return seen;
    const day = parseDay(text);
    if (this.#seen.size < 100_000) this.#seen.set(text, day);
    return day;
  }
}

function parseDay(text: string): number | undefined {
  const match = DATE.exec(text.trim());
  if (!match) return undefined;
  const [, year, month, day] = match as unknown as [string, string, string, string];
  return dayNumber(`${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`);
}

/**
 * Reads a plain decimal number (`-12.5`, `1e3`, surrounding spaces allowed). Empty text,
 * thousands separators, currency signs and hexadecimal are not numbers here: `NaN`.
 *
 * @example
 * readNumber(' 1200.50 ') // 1200.5
 * readNumber('1,200') // NaN
 */
export function readNumber(text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value)) return Number.NaN;
  // Number() also accepts '' and blanks (as 0) and '0x1F', '0b1', '0o7': not amounts.
  if (value === 0 && text.trim() === '') return Number.NaN;
  if (text.length > 1 && text.charCodeAt(0) === 0x30) {
    const radix = text.charCodeAt(1) | 0x20;
    if (radix === 0x78 || radix === 0x62 || radix === 0x6f) return Number.NaN;
  }
  return value;
}
