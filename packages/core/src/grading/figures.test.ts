import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../book/calendar.js';
import { toTransactionColumns } from '../book/columns.js';
import type { TransactionLine } from '../book/columns.js';
import { NO_DAY } from '../book/figures.js';
import type { CustomerFigures } from '../book/figures.js';
import { GradingError } from './errors.js';
import { computeCustomerFigures } from './figures.js';

const asOf = '2026-01-01';
const day = (iso: string) => dayNumber(iso)!;

/** Figures of one customer as a plain object, for readable assertions. */
function row(figures: CustomerFigures, id: string) {
  const i = figures.customerIds.indexOf(id);
  expect(i).toBeGreaterThanOrEqual(0);
  return {
    revenue: figures.revenue[i],
    orders: figures.orders[i],
    lines: figures.lines[i],
    cost: figures.cost[i],
    paid: figures.paid[i],
    quantity: figures.quantity[i],
    last: figures.lastPurchaseDay[i],
    first: figures.firstPurchaseDay[i],
    lastEver: figures.lastPurchaseEverDay[i],
  };
}

// Window for asOf 2026-01-01 and 365 days: 2025-01-01 <= date < 2026-01-01 (2025 is not a leap year).
const book: TransactionLine[] = [
  { customerId: 'c1', date: '2025-01-01', amount: 100, orderId: 'o1', cost: 60, paid: 100, quantity: 2 },
  { customerId: 'c1', date: '2025-03-01', amount: 50, orderId: 'o1', paid: 20 },
  { customerId: 'c1', date: '2025-06-01', amount: -30 },
  { customerId: 'c1', date: '2024-12-31', amount: 999 },
  { customerId: 'c1', date: '2026-01-01', amount: 777 },
  { customerId: 'c2', date: '2025-12-31', amount: 10, orderId: 'o1' },
  { customerId: 'c2', date: '2025-12-31', amount: 5, orderId: 'o2' },
  { customerId: 'c3', date: '2025-05-05', amount: -20 },
];

describe('computeCustomerFigures', () => {
  it('sums the window, counts distinct orders and finds purchase days', () => {
    const figures = computeCustomerFigures(book, { asOf, customerIds: ['c4', 'c1'] });
    expect(figures.customerIds).toEqual(['c1', 'c2', 'c3', 'c4']);
    expect(figures.windowDays).toBe(365);
    // c1: counted 100 + 50 − 30 = 120 (2024-12-31 is before the window, 2026-01-01 is asOf itself);
    // orders: o1 (two lines) + the return without order id = 2; cost 60, paid 100 + 20, quantity 2;
    // last purchase 2025-03-01 (the return is not a purchase); first purchase ever 2024-12-31.
    expect(row(figures, 'c1')).toEqual({
      revenue: 120,
      orders: 2,
      lines: 3,
      cost: 60,
      paid: 120,
      quantity: 2,
      last: day('2025-03-01'),
      first: day('2024-12-31'),
      lastEver: day('2025-03-01'),
    });
    // c2: 10 + 5 = 15; o1 is c2's own order too although c1 used the same id: 2 orders.
    expect(row(figures, 'c2')).toMatchObject({ revenue: 15, orders: 2, lines: 2, last: day('2025-12-31') });
    // c3: only a return: revenue −20, one order, no purchase.
    expect(row(figures, 'c3')).toMatchObject({ revenue: -20, orders: 1, last: NO_DAY, first: NO_DAY });
    // c4: given as a customer without transactions.
    expect(row(figures, 'c4')).toMatchObject({ revenue: 0, orders: 0, lines: 0, last: NO_DAY, lastEver: NO_DAY });
  });

  it('honours windowDays: with 30 days only December counts', () => {
    // 30 days before 2026-01-01 is 2025-12-02: only c2's two lines count.
    const figures = computeCustomerFigures(book, { asOf, windowDays: 30 });
    expect(row(figures, 'c1')).toMatchObject({ revenue: 0, orders: 0, last: NO_DAY, first: day('2024-12-31') });
    expect(row(figures, 'c2')).toMatchObject({ revenue: 15, orders: 2 });
  });

  it('counts an order id used by several customers once per customer, however interleaved', () => {
    const figures = computeCustomerFigures(
      [
        { customerId: 'a', date: '2025-02-01', amount: 1, orderId: 'x' },
        { customerId: 'b', date: '2025-02-01', amount: 1, orderId: 'x' },
        { customerId: 'a', date: '2025-02-02', amount: 1, orderId: 'x' },
        { customerId: 'b', date: '2025-02-02', amount: 1, orderId: 'x' },
        { customerId: 'b', date: '2025-02-03', amount: 1, orderId: 'y' },
        { customerId: 'c', date: '2025-02-03', amount: 1, orderId: 'y' },
      ],
      { asOf },
    );
    // a: {x} = 1; b: {x, y} = 2; c: {y} = 1.
    expect([...figures.orders]).toEqual([1, 2, 1]);
  });

  it('gives the same figures from columns as from objects', () => {
    const fromLines = computeCustomerFigures(book, { asOf });
    const fromColumns = computeCustomerFigures(toTransactionColumns(book), { asOf });
    expect(fromColumns).toEqual(fromLines);
  });

  it('handles an empty book', () => {
    const figures = computeCustomerFigures([], { asOf });
    expect(figures.customerIds).toEqual([]);
    expect(figures.revenue.length).toBe(0);
  });

  it('rejects a bad asOf or window with a coded, translated error', () => {
    expect(() => computeCustomerFigures([], { asOf: '2025-02-30' })).toThrowError(GradingError);
    try {
      computeCustomerFigures([], { asOf, windowDays: 0 });
      expect.unreachable();
    } catch (error) {
      expect((error as GradingError).code).toBe('invalid-window');
      expect((error as GradingError).messageIn('zh-CN')).toContain('统计窗口');
    }
  });

  it('does not depend on the order of the lines (property)', () => {
    const line = fc.record({
      customerId: fc.constantFrom('a', 'b', 'c', 'd'),
      date: fc.integer({ min: 0, max: 500 }).map((offset) => new Date(Date.UTC(2025, 0, 1) - offset * 864e5 + 200 * 864e5).toISOString().slice(0, 10)),
      amount: fc.integer({ min: -500, max: 5000 }).map((cents) => cents / 100),
      orderId: fc.option(fc.constantFrom('o1', 'o2', 'o3', 'o4', 'o5'), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), fc.func(fc.integer()), (lines, key) => {
        const shuffled = lines.map((l, i) => ({ l, k: key(i) })).sort((x, y) => x.k - y.k).map((x) => x.l);
        const a = computeCustomerFigures(lines, { asOf, customerIds: ['a', 'b', 'c', 'd'] });
        const b = computeCustomerFigures(shuffled, { asOf, customerIds: ['a', 'b', 'c', 'd'] });
        for (const id of ['a', 'b', 'c', 'd']) {
          const ra = row(a, id);
          const rb = row(b, id);
          expect(rb).toEqual(ra);
        }
      }),
    );
  });
});
