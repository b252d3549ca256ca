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

describe('readNumber (core\'s one reader, as the CLI uses it)', () => {
  it('reads plain decimals and what spreadsheets write', () => {
    expect(readNumber('1200.50')).toEqual({ ok: true, value: 1200.5 });
    expect(readNumber(' -30 ')).toEqual({ ok: true, value: -30 });
    expect(readNumber('1e3')).toEqual({ ok: true, value: 1000 });
    expect(readNumber('12,800.00', { money: true })).toEqual({ ok: true, value: 12800 });
    expect(readNumber('(1,200.00)', { money: true })).toEqual({ ok: true, value: -1200 });
    expect(readNumber('￥１２３.４', { money: true })).toEqual({ ok: true, value: 123.4 });
  });
  it('refuses what is not a number or could be read two ways', () => {
    for (const text of ['', '  ', '0x1F', '0b11', 'Infinity', 'NaN', '12 yuan']) {
      expect(readNumber(text)).toEqual({ ok: false, problem: 'not-a-number' });
    }
    for (const text of ['1.234,50', '1 234,50', '1,23']) {
      expect(readNumber(text)).toEqual({ ok: false, problem: 'ambiguous-separator' });
    }
    expect(readNumber('0.125', { money: true })).toEqual({ ok: false, problem: 'too-many-decimals' });
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
