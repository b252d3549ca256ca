import type { CustomerFigures } from '../../book/figures.js';
import { NO_DAY } from '../../book/figures.js';

/**
 * Figures built directly from per-customer values, for tests and examples that start from
 * figures rather than from a transaction book.
 *
 * @example
 * const figures = figuresOf({ a: { revenue: 500 }, b: { revenue: 300 } });
 */
export function figuresOf(
  customers: Readonly<
    Record<
      string,
      {
        revenue?: number;
        orders?: number;
        cost?: number;
        paid?: number;
        quantity?: number;
        lastPurchaseDay?: number;
        firstPurchaseDay?: number;
      }
    >
  >,
  { asOf = '2026-01-01', windowDays = 365 }: { asOf?: string; windowDays?: number } = {},
): CustomerFigures {
  const ids = Object.keys(customers);
  const take = (pick: (c: (typeof customers)[string]) => number | undefined, fallback: number) =>
    ids.map((id) => pick(customers[id]!) ?? fallback);
  return {
    asOf,
    windowDays,
    customerIds: ids,
    revenue: Float64Array.from(take((c) => c.revenue, 0)),
    orders: Int32Array.from(take((c) => c.orders, 0)),
    lines: Int32Array.from(take((c) => c.orders, 0)),
    cost: Float64Array.from(take((c) => c.cost, 0)),
    paid: Float64Array.from(take((c) => c.paid, 0)),
    quantity: Float64Array.from(take((c) => c.quantity, 0)),
    lastPurchaseDay: Int32Array.from(take((c) => c.lastPurchaseDay, NO_DAY)),
    firstPurchaseDay: Int32Array.from(take((c) => c.firstPurchaseDay, NO_DAY)),
    lastPurchaseEverDay: Int32Array.from(take((c) => c.lastPurchaseDay, NO_DAY)),
  };
}
