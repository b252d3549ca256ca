import { describe, expect, it } from 'vitest';
import { dayNumber, isoDate } from '../book/calendar.js';
import { locales } from '../i18n/locale.js';
import { explainClass } from './explain.js';
import { computePoints, periodStartDay } from './points.js';

const book = [
  { customerId: 'm1', date: '2025-03-01', amount: 800, category: 'food' },
  { customerId: 'm1', date: '2025-12-31', amount: 300, category: 'wine' },
  { customerId: 'm1', date: '2024-12-31', amount: 5000 }, // previous period
  { customerId: 'm1', date: '2026-01-01', amount: 100 }, // on asOf: not yet
  { customerId: 'm2', date: '2025-06-01', amount: 5000 },
  { customerId: 'm3', date: '2025-06-01', amount: 3000.5 },
  { customerId: 'm3', date: '2025-07-01', amount: -0.6 },
  { customerId: 'm4', date: '2025-07-01', amount: -50 },
];
const tiers = (r: ReturnType<typeof computePoints>) => Object.fromEntries(r.customerIds.map((id, i) => [id, [r.points[i], r.tierOf(i)]]));

describe('computePoints', () => {
  it('accumulates the current year with the default table', () => {
    // Period 2025-01-01 … 2025-12-31. m1: 800 × 1 + 300 × 2 (wine) = 1400 → C (1000 <= C < 3000);
    // m2: 5000 → A (5000 <= A); m3: 3000.5 − 0.6 = 2999.9 → 2999 → C; m4: −50 → 0 → D; m5: nothing → D.
    const result = computePoints(book, { asOf: '2026-01-01', policy: { categoryRates: { wine: 2 } }, customerIds: ['m5'] });
    expect(tiers(result)).toEqual({ m1: [1400, 'C'], m2: [5000, 'A'], m3: [2999, 'C'], m4: [0, 'D'], m5: [0, 'D'] });
    expect([result.periodStart, result.periodEnd]).toEqual(['2025-01-01', '2025-12-31']);
    expect(result.explain(0)).toMatchObject({ tier: 'C', points: 1400, atLeast: 1000 });
    for (const locale of locales) {
      for (let i = 0; i < result.customerIds.length; i++) expect(explainClass(result.explain(i), locale)).not.toMatch(/\{\w+\}/);
    }
    expect(explainClass(result.explain(0), 'en')).toBe('m1: 1,400 points from 2025-01-01 to 2025-12-31, tier C (from 1,000 points).');
  });

  it('resets quarterly and never', () => {
    // Q4 2025: m1 300 × 1 = 300 → D; never: m1 800 + 300 + 5000 = 6100 → A.
    expect(tiers(computePoints(book, { asOf: '2026-01-01', policy: { resetPeriod: 'quarterly' } })).m1).toEqual([300, 'D']);
    expect(tiers(computePoints(book, { asOf: '2026-01-01', policy: { resetPeriod: 'never' } })).m1).toEqual([6100, 'A']);
  });

  it('finds period starts', () => {
    const start = (iso: string, p: Parameters<typeof periodStartDay>[1]) => isoDate(periodStartDay(dayNumber(iso)!, p));
    expect(start('2025-08-15', 'yearly')).toBe('2025-01-01');
    expect(start('2025-08-15', 'half-yearly')).toBe('2025-07-01');
    expect(start('2025-08-15', 'quarterly')).toBe('2025-07-01');
    expect(start('2025-08-15', 'monthly')).toBe('2025-08-01');
  });
});
