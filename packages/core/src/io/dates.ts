import { dayNumber } from '../book/calendar.js';
import type { ImportIssueCode } from './messages.js';

/** The order of day and month in dates written `03/04/2025`: day first or month first. */
export const dateOrders = ['dmy', 'mdy'] as const;
export type DateOrder = (typeof dateOrders)[number];

/** A date read from a cell: the ISO day, or why it cannot be read. */
export type DateReading = { ok: true; value: string } | { ok: false; code: Extract<ImportIssueCode, 'badDate' | 'ambiguousDate'> };

function isoOf(year: string, month: string, day: string): string | undefined {
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return dayNumber(iso) === undefined ? undefined : iso;
}

/**
 * Reads a calendar date written year first (`2025-03-31`, `2025/3/31`, `2025.3.31`,
 * `2025年3月31日`, `20250331`, or midnight UTC as ISO). Day and month first (`03/04/2025`) is
 * read only in the `order` the caller names, never guessed (`ambiguousDate` otherwise). A bare
 * number (`2020`, `45000`) is never taken for an Excel day serial: workbooks hand real dates as
 * dates, and in a text file a year or an amount in a date column is an error to report.
 *
 * @example
 * readDate('2025年3月1日') // { ok: true, value: '2025-03-01' }
 * readDate('03/04/2025') // { ok: false, code: 'ambiguousDate' }
 * readDate('03/04/2025', 'dmy') // { ok: true, value: '2025-04-03' }
 * readDate('2020') // { ok: false, code: 'badDate' }
 */
export function readDate(text: string, order?: DateOrder): DateReading {
  const t = text.normalize('NFKC').trim();
  const bad = { ok: false, code: 'badDate' } as const;
  let match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(t) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (match) {
    const iso = isoOf(match[1]!, match[2]!, match[3]!);
    return iso === undefined ? bad : { ok: true, value: iso };
  }
  match = /^(\d{4})-(\d{2})-(\d{2})T00:00:00(\.0+)?Z$/.exec(t);
  if (match) return readDate(`${match[1]}-${match[2]}-${match[3]}`);
  match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  if (match) {
    if (order === undefined) return { ok: false, code: 'ambiguousDate' };
    const [first, second] = [match[1]!, match[2]!];
    const iso = order === 'dmy' ? isoOf(match[3]!, second, first) : isoOf(match[3]!, first, second);
    return iso === undefined ? bad : { ok: true, value: iso };
  }
  return bad;
}

/**
 * The ISO day of a date written year first, or `undefined` (see {@link readDate}).
 *
 * @example
 * readCalendarDate('2025/3/1') // '2025-03-01'
 * readCalendarDate('2020') // undefined — never an Excel serial
 */
export function readCalendarDate(text: string, order?: DateOrder): string | undefined {
  const reading = readDate(text, order);
  return reading.ok ? reading.value : undefined;
}
