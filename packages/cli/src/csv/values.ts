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
 * Numbers are read by core's one number reader (`readNumber` of `@dossier/core`): thousands
 * separators in groups of three, currency signs, full-width digits and negatives in
 * parentheses are accepted; `1.234,50`, `1 234,50` and `1,23` are refused, never guessed;
 * amounts (`{ money: true }`) have at most two decimals.
 */
export { readNumber } from '@dossier/core';
