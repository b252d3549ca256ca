import { describe, expect, it } from 'vitest';
import { dayNumber } from '../book/calendar.js';
import type { AnalyticsError } from './errors.js';
import { lookupFunction, ratio, times } from './lookup.js';
import { resolvePeriod, resolveRange } from './range.js';

describe('resolveRange', () => {
  it('uses the grading window rule asOf − windowDays <= date < asOf, 365 days by default', () => {
    expect(resolveRange({ asOf: '2025-01-11', windowDays: 10 })).toEqual({ start: dayNumber('2025-01-01'), end: dayNumber('2025-01-11') });
    expect(resolveRange({ asOf: '2026-01-01' })).toEqual({ start: dayNumber('2025-01-01'), end: dayNumber('2026-01-01') });
    expect(resolveRange({})).toEqual({ start: -Infinity, end: Infinity });
    expect(resolveRange({ period: { from: '2025-01-01', to: '2025-02-01' } })).toEqual({ start: dayNumber('2025-01-01'), end: dayNumber('2025-02-01') });
  });

  it('rejects unusable options with codes', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return (error as AnalyticsError).code;
      }
      return undefined;
    };
    expect(code(() => resolveRange({ windowDays: 30 }))).toBe('analytics.bad-range');
    expect(code(() => resolveRange({ asOf: '2025-01-01', windowDays: 0 }))).toBe('analytics.bad-number');
    expect(code(() => resolveRange({ asOf: '2025-01-01', windowDays: Number.NaN }))).toBe('analytics.bad-number');
    expect(code(() => resolvePeriod({ from: '2025-01-01', to: '2025-01-01' }))).toBe('analytics.bad-range');
    expect(code(() => resolvePeriod({ from: '2025-01-01', to: 'soon' }))).toBe('analytics.bad-date');
  });
});

describe('lookup and ratio', () => {
  it('reads maps, records (own keys only) and functions', () => {
    expect(lookupFunction({ c1: 'A' })('toString')).toBeUndefined();
    expect(lookupFunction(new Map([['c1', 'A']]))('c1')).toBe('A');
    expect(lookupFunction((id: string) => id.toUpperCase())('c1')).toBe('C1');
    expect(lookupFunction(undefined)('c1')).toBeUndefined();
  });

  it('never returns NaN or Infinity', () => {
    expect(ratio(1, 0)).toBeNull();
    expect(ratio(0, 0)).toBeNull();
    expect(ratio(null, 2)).toBeNull();
    expect(ratio(1, Number.MIN_VALUE)).toBeNull(); // overflows to Infinity
    expect(ratio(-3, 4)).toBe(-0.75);
    expect(times(null, 2)).toBeNull();
    expect(times(0.5, 4)).toBe(2);
  });
});
