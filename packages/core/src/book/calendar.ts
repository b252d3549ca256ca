import { BookError } from './errors.js';

/**
 * Calendar dates as whole day numbers (days since 1970-01-01), the form in which grading
 * compares and subtracts dates. Dates in the archive are calendar dates, not instants, so
 * no time zone is involved.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/**
 * The day number of an ISO calendar date `YYYY-MM-DD`, or `undefined` when the text is not
 * a real date (`2025-02-30` is not).
 *
 * @example
 * dayNumber('1970-01-02') // 1
 * dayNumber('2025-02-30') // undefined
 */
export function dayNumber(iso: string): number | undefined {
  const match = ISO_DATE.exec(iso);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
  return ms / MS_PER_DAY;
}

/**
 * The ISO calendar date `YYYY-MM-DD` of a day number.
 *
 * @example
 * isoDate(0) // '1970-01-01'
 */
export function isoDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * Adds whole days to an ISO calendar date.
 *
 * @example
 * addDays('2025-01-31', 1) // '2025-02-01'
 */
export function addDays(iso: string, days: number): string {
  const start = dayNumber(iso);
  if (start === undefined) throw new BookError('not-a-date', { value: iso });
  return isoDate(start + days);
}
