import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, isoDate } from './calendar.js';
import { isTransactionColumns, toTransactionColumns, TransactionColumnsBuilder } from './columns.js';
import { BookError } from './errors.js';

describe('calendar', () => {
  it('counts days from 1970-01-01 and rejects impossible dates', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1970-02-01')).toBe(31);
    expect(dayNumber('2024-02-29')).toBe(dayNumber('2024-02-28')! + 1);
    expect(dayNumber('2025-02-29')).toBeUndefined();
    expect(dayNumber('2025-1-01')).toBeUndefined();
    expect(isoDate(31)).toBe('1970-02-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
  });
});

describe('toTransactionColumns', () => {
  it('dictionary-encodes strings and marks missing optional values', () => {
    const columns = toTransactionColumns([
      { customerId: 'b', date: '1970-01-03', amount: 10, orderId: 'o1' },
      { customerId: 'a', date: '1970-01-02', amount: -4, cost: 3 },
      { customerId: 'b', date: '1970-01-02', amount: 5, orderId: 'o1' },
    ]);
    expect(isTransactionColumns(columns)).toBe(true);
    expect(columns.length).toBe(3);
    expect(columns.customerIds).toEqual(['b', 'a']);
    expect([...columns.customer]).toEqual([0, 1, 0]);
    expect([...columns.day]).toEqual([2, 1, 1]);
    expect([...columns.amount]).toEqual([10, -4, 5]);
    expect([...columns.order!]).toEqual([0, -1, 0]);
    expect(Number.isNaN(columns.cost![0])).toBe(true);
    expect(columns.cost![1]).toBe(3);
    expect(columns.paid).toBeUndefined();
  });
  it('rejects a date that is not a calendar date, naming the transaction, in every locale', () => {
    const lines = [
      { customerId: 'c1', date: '2025-02-28', amount: 1 },
      { customerId: 'c1', date: '2025-02-29', amount: 2 }, // 2025 is not a leap year: the 2nd line is bad
    ];
    let caught: unknown;
    try {
      toTransactionColumns(lines);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(BookError);
    const error = caught as BookError;
    expect([error.code, error.params]).toEqual(['invalid-date', { value: '2025-02-29', line: 2 }]);
    expect(error.message).toContain('Transaction 2: "2025-02-29" is not a calendar date');
    expect(error.messageIn('zh-CN')).toContain('第 2 笔交易：“2025-02-29”不是有效日期');
    expect(() => addDays('2025-13-01', 1)).toThrowError(BookError);
  });

  it('grows past its initial capacity', () => {
    const lines = Array.from({ length: 5000 }, (_, i) => ({ customerId: `c${i % 7}`, date: '2025-01-01', amount: i }));
    const columns = toTransactionColumns(lines);
    expect(columns.length).toBe(5000);
    expect(columns.amount[4999]).toBe(4999);
    expect(columns.customerIds.length).toBe(7);
  });
});

describe('TransactionColumnsBuilder.pushCodes', () => {
  it('builds the columns push builds from the dictionaries’ codes, NaN and -1 for missing values', () => {
    const byText = new TransactionColumnsBuilder(2);
    byText.push('K1', 10, 12.5, { orderId: 'O1', cost: 3 });
    byText.push('K2', 11, -1, { quantity: 2 });
    byText.push('K1', 12, 0.1, { orderId: 'O1', productId: 'P', category: '劳保' });
    const byCode = new TransactionColumnsBuilder(2);
    const [k1, k2, o1] = [byCode.customers.code('K1'), byCode.customers.code('K2'), byCode.orders.code('O1')];
    byCode.pushCodes(k1, 10, 12.5, 3, Number.NaN, Number.NaN, o1, -1, -1);
    byCode.pushCodes(k2, 11, -1, Number.NaN, Number.NaN, 2, -1, -1, -1);
    byCode.pushCodes(k1, 12, 0.1, Number.NaN, Number.NaN, Number.NaN, o1, byCode.products.code('P'), byCode.categoryNames.code('劳保'));
    expect(byCode.finish()).toEqual(byText.finish());
  });

  it('refuses money that is not whole fen, naming the field', () => {
    const builder = new TransactionColumnsBuilder();
    expect(() => builder.pushCodes(builder.customers.code('K1'), 1, 1, 0.125, Number.NaN, Number.NaN, -1, -1, -1)).toThrow(/cost/);
  });
});
