import { dayNumber } from '../book/calendar.js';

/**
 * Spring Festival (春节, Chinese New Year's day) by Gregorian year. The lunar calendar cannot be
 * computed by a one-line rule, so the dates are listed; years outside the table fall back to
 * 5 February, near the middle of the festival's range.
 */
const springFestival: Readonly<Record<number, string>> = {
  2018: '2018-02-16',
  2019: '2019-02-05',
  2020: '2020-01-25',
  2021: '2021-02-12',
  2022: '2022-02-01',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-03',
  2031: '2031-01-23',
  2032: '2032-02-11',
  2033: '2033-01-31',
  2034: '2034-02-19',
  2035: '2035-02-08',
};

/**
 * The day number of Chinese New Year's day in a Gregorian year.
 *
 * @example
 * isoDate(springFestivalDay(2025)) // '2025-01-29'
 */
export function springFestivalDay(year: number): number {
  return dayNumber(springFestival[year] ?? `${String(year).padStart(4, '0')}-02-05`) ?? 0;
}

/** Relative sales activity by month, January first: slow summer, 618 in June, 双11 and year-end peaks. */
const monthFactor = [1.0, 0.85, 1.0, 1.0, 1.0, 1.15, 0.9, 0.9, 1.05, 1.0, 1.3, 1.5] as const;

/** Relative activity by weekday, Sunday first (`Date#getUTCDay`): business buyers buy on weekdays. */
const weekdayFactor = [0.35, 1.1, 1.1, 1.1, 1.1, 1.05, 0.5] as const;

/**
 * How much buying happens on a day relative to an average day: month, weekday and the Spring
 * Festival dip (a rush ten days before, then almost nothing from three days before to a week after New Year's
 * day, and a slow restart for another week).
 *
 * @example
 * seasonalWeight(dayNumber('2025-01-29')!) < seasonalWeight(dayNumber('2025-12-17')!) // true
 */
export function seasonalWeight(day: number): number {
  const date = new Date(day * 86_400_000);
  const year = date.getUTCFullYear();
  let weight = (monthFactor[date.getUTCMonth()] ?? 1) * (weekdayFactor[date.getUTCDay()] ?? 1);
  // Late December buying for the year-end close.
  if (date.getUTCMonth() === 11 && date.getUTCDate() >= 15) weight *= 1.2;
  for (const festival of [springFestivalDay(year), springFestivalDay(year + 1)]) {
    const offset = day - festival;
    if (offset >= -10 && offset < -3) weight *= 1.15; // stocking up before the holiday
    else if (offset >= -3 && offset < 0) weight *= 0.4;
    else if (offset >= 0 && offset <= 7) weight *= 0.1;
    else if (offset > 7 && offset <= 15) weight *= 0.5;
  }
  return weight;
}

/**
 * The cumulative seasonal weight of `days` consecutive days from `firstDay`: entry `k` is the sum
 * of the weights of days `firstDay .. firstDay + k - 1` (so the array has `days + 1` entries).
 * Drawing a uniform number below the last entry and searching it gives a day with seasonal
 * frequency.
 *
 * @example
 * const cumulative = cumulativeSeasonalWeights(dayNumber('2025-01-01')!, 365);
 * cumulative.length // 366
 */
export function cumulativeSeasonalWeights(firstDay: number, days: number): Float64Array {
  const cumulative = new Float64Array(days + 1);
  for (let k = 0; k < days; k++) cumulative[k + 1] = (cumulative[k] ?? 0) + seasonalWeight(firstDay + k);
  return cumulative;
}

/**
 * The offset `k` (0-based, `from <= k < to`) whose cumulative slice contains `target`: binary
 * search over a table made by `cumulativeSeasonalWeights`.
 *
 * @example
 * const table = cumulativeSeasonalWeights(first, 365);
 * const day = first + seasonalOffset(table, Math.random() * table[365]!, 0, 365);
 */
export function seasonalOffset(cumulative: Float64Array, target: number, from: number, to: number): number {
  let lo = from;
  let hi = to - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((cumulative[mid] ?? 0) <= target) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
