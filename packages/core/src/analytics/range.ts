import { dayNumber } from '../book/calendar.js';
import { DEFAULT_WINDOW_DAYS } from '../book/figures.js';
import { AnalyticsError } from './errors.js';

/** A period of calendar dates: `from` included, `to` excluded (`from <= date < to`). */
export interface Period {
  /** ISO date `YYYY-MM-DD`, first day counted. */
  from: string;
  /** ISO date `YYYY-MM-DD`, first day not counted. */
  to: string;
}

/**
 * Which transactions an analysis counts. Either `asOf` (with `windowDays`, default 365: the
 * grading window `asOf - windowDays <= date < asOf`), or an explicit `period`; neither means
 * the whole book.
 */
export interface RangeOptions {
  asOf?: string | undefined;
  windowDays?: number | undefined;
  period?: Period | undefined;
}

/** Half-open range of day numbers `start <= day < end`; infinite ends when unbounded. */
export interface DayRange {
  readonly start: number;
  readonly end: number;
}


/**
 * The day number of an option value, or an `AnalyticsError` naming the option.
 *
 * @example
 * parseDay('2025-01-01', 'asOf') // 20089
 */
export function parseDay(iso: string, option: string): number {
  const day = dayNumber(iso);
  if (day === undefined) throw new AnalyticsError('analytics.bad-date', { option, value: String(iso) });
  return day;
}

/**
 * Resolves the range options of an analysis into day numbers.
 *
 * @example
 * resolveRange({ asOf: '2025-01-11', windowDays: 10 }) // { start: 20089, end: 20099 }
 * resolveRange({}) // { start: -Infinity, end: Infinity }
 */
export function resolveRange(options: RangeOptions): DayRange {
  if (options.period !== undefined) {
    if (options.asOf !== undefined) throw new AnalyticsError('analytics.bad-range', { reason: 'asOf and period both given' });
    return resolvePeriod(options.period, 'period');
  }
  if (options.asOf === undefined) {
    if (options.windowDays !== undefined) throw new AnalyticsError('analytics.bad-range', { reason: 'windowDays without asOf' });
    return { start: -Infinity, end: Infinity };
  }
  const end = parseDay(options.asOf, 'asOf');
  const windowDays = options.windowDays ?? DEFAULT_WINDOW_DAYS;
  if (!(windowDays > 0) || !Number.isFinite(windowDays)) {
    throw new AnalyticsError('analytics.bad-number', { option: 'windowDays', value: String(windowDays) });
  }
  return { start: end - windowDays, end };
}

/**
 * The day range of a `Period`; `from` must be before `to`.
 *
 * @example
 * resolvePeriod({ from: '2025-01-01', to: '2025-02-01' }) // { start: 20089, end: 20120 }
 */
export function resolvePeriod(period: Period, option = 'period'): DayRange {
  const start = parseDay(period.from, `${option}.from`);
  const end = parseDay(period.to, `${option}.to`);
  if (!(start < end)) throw new AnalyticsError('analytics.bad-range', { reason: `${option}.from is not before ${option}.to` });
  return { start, end };
}
