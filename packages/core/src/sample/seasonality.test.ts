import { describe, expect, it } from 'vitest';
import { dayNumber, isoDate } from '../book/calendar.js';
import { cumulativeSeasonalWeights, seasonalOffset, seasonalWeight, springFestivalDay } from './seasonality.js';

const day = (iso: string): number => dayNumber(iso) ?? Number.NaN;

describe('seasonality', () => {
  it('knows the Spring Festival dates', () => {
    expect(isoDate(springFestivalDay(2025))).toBe('2025-01-29');
    expect(isoDate(springFestivalDay(2026))).toBe('2026-02-17');
  });

  it('dips at Spring Festival and peaks at the year end', () => {
    // Same weekday (Wednesday) to compare months only: 2025-01-29 is New Year's day,
    // 2025-12-17 a Wednesday in the year-end peak, 2025-04-16 an ordinary Wednesday.
    expect(seasonalWeight(day('2025-01-29'))).toBeLessThan(seasonalWeight(day('2025-04-16')) / 5);
    expect(seasonalWeight(day('2025-12-17'))).toBeGreaterThan(seasonalWeight(day('2025-04-16')));
  });

  it('finds the day whose cumulative slice holds a target', () => {
    const first = day('2025-04-14'); // a Monday: weights of Mon..Wed are equal (1.1 × April 1.0)
    const cumulative = cumulativeSeasonalWeights(first, 3);
    expect(cumulative).toHaveLength(4);
    expect(cumulative[1]).toBeCloseTo(1.1);
    // Targets in [0, 1.1) fall on day 0, [1.1, 2.2) on day 1, [2.2, 3.3) on day 2.
    expect(seasonalOffset(cumulative, 0.5, 0, 3)).toBe(0);
    expect(seasonalOffset(cumulative, 1.5, 0, 3)).toBe(1);
    expect(seasonalOffset(cumulative, 3.2, 0, 3)).toBe(2);
    expect(seasonalOffset(cumulative, 1.5, 2, 3)).toBe(2);
  });
});
