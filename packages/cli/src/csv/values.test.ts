import { describe, expect, it } from 'vitest';
import { canonicalColumn } from './columns.js';
import { DateReader, readNumber } from './values.js';

describe('DateReader', () => {
  it('reads ISO and slash dates, with or without a time of day, to the same day number', () => {
    const dates = new DateReader();
    // 2025-01-05 is 20093 days after 1970-01-01 (55 years with 14 leap days = 20089, plus 4).
    for (const text of ['2025-01-05', '2025/1/5', '2025/01/05', '2025-1-5', '2025-01-05 00:00:00', '2025-01-05T13:45']) {
      expect(dates.day(text)).toBe(20093);
    }
  });

  it('rejects impossible and ambiguous dates', () => {
    const dates = new DateReader();
    for (const text of ['2025-02-30', '2025-13-01', '1/5/2025', '05.01.2025', '', 'yesterday']) {
      expect(dates.day(text)).toBeUndefined();
      expect(dates.day(text)).toBeUndefined(); // also when remembered
    }
    expect(dates.day('2024-02-29')).toBe(19782); // a leap day exists in 2024
  });
});

describe('readNumber', () => {
  it('reads plain decimals', () => {
    expect(readNumber('1200.50')).toBe(1200.5);
    expect(readNumber(' -30 ')).toBe(-30);
    expect(readNumber('1e3')).toBe(1000);
    expect(readNumber('0')).toBe(0);
  });
  it('refuses what is not a plain number', () => {
    for (const text of ['', '  ', '1,200', '¥100', '0x1F', '0b11', 'Infinity', 'NaN', '12 yuan']) {
      expect(readNumber(text)).toBeNaN();
    }
  });
});

describe('canonicalColumn', () => {
  it('accepts the spellings of real exports', () => {
    expect(canonicalColumn(' Customer ID ')).toBe('customer_id');
    expect(canonicalColumn('customerId')).toBe('customer_id');
    expect(canonicalColumn('Order-ID')).toBe('order_id');
    expect(canonicalColumn('客户编号')).toBe('customer_id');
    expect(canonicalColumn('金额')).toBe('amount');
    expect(canonicalColumn('Region')).toBe('region');
  });
});
