import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, isoDate } from '../book/calendar.js';
import type { TransactionColumns, TransactionLine } from '../book/columns.js';
import { interactionKinds } from '../enums/vocabularies.js';
import { annualPlan } from './annual-plan.js';
import type { Book } from './book.js';
import { composition } from './composition.js';
import { effortByGrade } from './effort.js';
import type { InteractionEntry } from './interaction.js';
import { customerLifecycle } from './lifecycle.js';
import { pareto } from './pareto.js';
import { productAnalysis } from './products.js';
import { customerProfitability } from './profitability.js';
import { salesForceEfficiency } from './sales-force.js';

// Amounts are decimal money (whole fen, many equal values, and now and then ±1e16 so that
// binary sums would lose the fen): every analysis sums them exactly, so results must match
// to the last bit whatever the order in which lines are added up.
const start = dayNumber('2024-06-01')!;
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const yuan = (min: number, max: number) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: min * 100, max: max * 100 }).map((fen) => fen / 100) },
    { weight: 3, arbitrary: fc.constantFrom(0.1, 0.2, 0.3, 19.99, 88.8) },
    { weight: 1, arbitrary: fc.constantFrom(1e16, -1e16) },
  );
const lineArbitrary: fc.Arbitrary<TransactionLine> = fc.record({
  customerId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
  date: fc.integer({ min: 0, max: 580 }).map((offset) => isoDate(start + offset)),
  amount: yuan(-50, 500),
  cost: optional(yuan(0, 400)),
  paid: optional(yuan(0, 500)),
  quantity: optional(fc.integer({ min: 0, max: 9 })),
  orderId: optional(fc.constantFrom('o1', 'o2', 'o3', 'o4', 'o5')),
  productId: optional(fc.constantFrom('p1', 'p2', 'p3', 'p4')),
  category: optional(fc.constantFrom('x', 'y')),
});
const interactionArbitrary: fc.Arbitrary<InteractionEntry> = fc.record({
  customerId: fc.constantFrom('a', 'b', 'c', 'g'),
  rep: fc.constantFrom('r1', 'r2'),
  date: fc.integer({ min: 0, max: 580 }).map((offset) => isoDate(start + offset)),
  kind: fc.constantFrom(...interactionKinds),
  cost: optional(fc.integer({ min: 0, max: 9000 }).map((fen) => fen / 100)),
  durationMinutes: optional(fc.integer({ min: 0, max: 120 })),
});

/**
 * Columns built by hand, independently of `TransactionColumnsBuilder`: dictionaries sorted
 * (not in order of appearance) and lines stored in reverse order.
 */
function handColumns(lines: readonly TransactionLine[]): TransactionColumns {
  const reversed = [...lines].reverse();
  const dictionary = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => v !== undefined))].sort();
  const customerIds = dictionary(reversed.map((l) => l.customerId));
  const orderIds = dictionary(reversed.map((l) => l.orderId));
  const productIds = dictionary(reversed.map((l) => l.productId));
  const categories = dictionary(reversed.map((l) => l.category));
  const index = (ids: string[], value: string | undefined) => (value === undefined ? -1 : ids.indexOf(value));
  const numbers = (pick: (l: TransactionLine) => number | undefined) =>
    reversed.some((l) => pick(l) !== undefined) ? Float64Array.from(reversed, (l) => pick(l) ?? Number.NaN) : undefined;
  const indexes = (ids: string[], pick: (l: TransactionLine) => string | undefined) =>
    ids.length > 0 ? Int32Array.from(reversed, (l) => index(ids, pick(l))) : undefined;
  const columns: TransactionColumns = {
    length: reversed.length,
    customer: Int32Array.from(reversed, (l) => customerIds.indexOf(l.customerId)),
    customerIds,
    day: Int32Array.from(reversed, (l) => dayNumber(l.date)!),
    amount: Float64Array.from(reversed, (l) => l.amount),
  };
  const optionalColumns = {
    cost: numbers((l) => l.cost),
    paid: numbers((l) => l.paid),
    quantity: numbers((l) => l.quantity),
    order: indexes(orderIds, (l) => l.orderId),
    orderIds: orderIds.length > 0 ? orderIds : undefined,
    product: indexes(productIds, (l) => l.productId),
    productIds: productIds.length > 0 ? productIds : undefined,
    category: indexes(categories, (l) => l.category),
    categories: categories.length > 0 ? categories : undefined,
  };
  for (const [key, value] of Object.entries(optionalColumns)) if (value !== undefined) Object.assign(columns, { [key]: value });
  return columns;
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0;
    return state / 2 ** 32;
  };
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

const grades = { a: 'A', b: 'B', c: 'C', d: 'C' };
const reps = { a: 'r1', b: 'r1', c: 'r2', e: 'r2' };

/** Every analysis on one book: what the two properties compare. */
function everything(book: Book, interactions: readonly InteractionEntry[]) {
  const window = { asOf: '2025-06-01', windowDays: 300 };
  const period = { from: '2025-01-01', to: '2025-07-01' };
  return {
    byGrade: composition(book, { ...window, by: grades, customers: ['z'] }),
    byProduct: composition(book, { by: 'product' }),
    byCategory: composition(book, { ...window, by: 'category' }),
    pareto: pareto(book, { ...window, maxPoints: 4 }),
    products: productAnalysis(book, { averageInventory: { p1: 100, p2: 0, p3: 50 } }),
    categories: productAnalysis(book, { ...window, by: 'category' }),
    salesForce: salesForceEfficiency(book, { period, repOf: reps, interactions, workingDays: 120, targets: { r1: { sales: 1000, grossMargin: 300 } } }),
    effort: effortByGrade(book, { period, interactions, gradeOf: grades }),
    profitability: customerProfitability(book, { ...window, interactions, customerAssets: { a: 100, b: 0 } }),
    lifecycle: customerLifecycle(book, { current: period }),
    plan: annualPlan(book, { period, targets: { sales: 5000 }, expenses: 300 }),
  };
}

describe('analytics properties', () => {
  it('gives identical results from lines and from columns', () => {
    fc.assert(
      fc.property(fc.array(lineArbitrary, { maxLength: 40 }), fc.array(interactionArbitrary, { maxLength: 10 }), (lines, interactions) => {
        expect(everything(handColumns(lines), interactions)).toEqual(everything(lines, interactions));
      }),
      { numRuns: 200 },
    );
  });

  it('does not depend on the order of lines and interactions', () => {
    fc.assert(
      fc.property(fc.array(lineArbitrary, { maxLength: 40 }), fc.array(interactionArbitrary, { maxLength: 10 }), fc.integer(), (lines, interactions, seed) => {
        expect(everything(shuffled(lines, seed), shuffled(interactions, seed + 1))).toEqual(everything(lines, interactions));
      }),
      { numRuns: 200 },
    );
  });

  it('keeps shares summing to 1 and Gini within [0, (N − 1) / N]', () => {
    // without ±1e16: shares of 1e17 and −1e17 cannot add up to 1 in doubles, however exact each is
    const moderate = fc.array(lineArbitrary, { maxLength: 40 }).map((lines) => lines.filter((l) => Math.abs(l.amount) < 1e15));
    fc.assert(
      fc.property(moderate, (lines) => {
        const result = composition(lines, { by: grades });
        if (result.totalRevenue > 0) expect(result.rows.reduce((sum, r) => sum + r.revenueShare!, 0)).toBeCloseTo(1, 9);
        if (result.totalCustomers > 0) expect(result.rows.reduce((sum, r) => sum + r.customerShare!, 0)).toBeCloseTo(1, 9);
        const { gini, customers, points } = pareto(lines);
        if (gini !== null) {
          expect(gini).toBeGreaterThanOrEqual(0);
          expect(gini).toBeLessThanOrEqual((customers - 1) / customers + 1e-12);
          for (let k = 1; k < points.length; k++) expect(points[k]!.revenueShare).toBeGreaterThanOrEqual(points[k - 1]!.revenueShare);
        }
      }),
    );
  });
});
