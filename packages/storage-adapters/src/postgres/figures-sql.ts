import { NO_DAY, dayNumber } from '@dossier/core';
import type { CustomerFigures } from '@dossier/core';
import { checkFiguresQuery } from '../contract/index.js';
import type { CustomerFiguresQuery } from '../contract/index.js';

/** One row of the figures statement: one customer. */
export interface FiguresRow {
  customer_id: string;
  revenue: number;
  orders: number;
  lines: number;
  cost: number;
  paid: number;
  quantity: number;
  last_purchase: number | null;
  first_purchase: number | null;
  last_purchase_ever: number | null;
  lines_ever: number;
  cost_missing: number;
}

/**
 * The ONE SQL statement that computes core's `CustomerFigures` inside the database, so that a
 * book of any size is graded without its lines leaving the server. It is a single `GROUP BY
 * customer_id` over `transaction_lines` with aggregate `FILTER` clauses for core's window rule
 * (`asOf - windowDays <= date < asOf`):
 *
 * - money is summed as `numeric` (exact) and converted to float8 once per customer — the
 *   double nearest to the exact decimal, the very number core's exact fen sums give — so the
 *   sum does not depend on the order in which a distributed engine combines partial sums;
 * - `lines_ever` (any line before `asOf`, returns included: the stage rule's "no transaction
 *   ever") and `cost_missing` (lines in the window without cost: gross margin unknown);
 * - orders are `COUNT(DISTINCT order_id)` plus one per line without an order id;
 * - the "ever" columns see every line before `asOf`, the others only the window;
 * - customers asked for by `customerIds` but without lines are added with a `UNION ALL`.
 *
 * On Citus, distributing `transaction_lines` by `customer_id` makes the whole statement run
 * on the workers (the GROUP BY key is the distribution column, so even COUNT(DISTINCT) is
 * pushed down).
 *
 * @example
 * const { text, params } = customerFiguresSql('"dossier"', { asOf: '2026-01-01', windowDays: 365 });
 */
export function customerFiguresSql(schema: string, query: CustomerFiguresQuery): { text: string; params: unknown[] } {
  checkFiguresQuery(query);
  const asOfDay = dayNumber(query.asOf)!;
  // $1 = start of the window (inclusive), $2 = asOf (exclusive), both as dates.
  const inWindow = 'day >= $1::date AND day < $2::date';
  const before = 'day < $2::date';
  const epoch = "DATE '1970-01-01'";
  const params: unknown[] = [isoDay(asOfDay - query.windowDays), query.asOf];
  let extra = '';
  if (query.customerIds && query.customerIds.length > 0) {
    params.push([...query.customerIds]);
    extra = `
      UNION ALL
      SELECT wanted, 0::float8, 0, 0, 0::float8, 0::float8, 0::float8, NULL::int, NULL::int, NULL::int, 0, 0
      FROM (SELECT DISTINCT wanted FROM unnest($3::text[]) AS u(wanted)) w
      WHERE NOT EXISTS (SELECT 1 FROM ${schema}.transaction_lines l WHERE l.customer_id = w.wanted COLLATE "C")`;
  }
  const text = `
    SELECT customer_id,
      COALESCE(SUM(amount) FILTER (WHERE ${inWindow}), 0)::float8 AS revenue,
      (COUNT(DISTINCT order_id) FILTER (WHERE ${inWindow})
        + COUNT(*) FILTER (WHERE ${inWindow} AND order_id IS NULL))::int AS orders,
      (COUNT(*) FILTER (WHERE ${inWindow}))::int AS lines,
      COALESCE(SUM(cost) FILTER (WHERE ${inWindow}), 0)::float8 AS cost,
      COALESCE(SUM(paid) FILTER (WHERE ${inWindow}), 0)::float8 AS paid,
      COALESCE(SUM(quantity) FILTER (WHERE ${inWindow}), 0)::float8 AS quantity,
      (MAX(day) FILTER (WHERE ${inWindow} AND amount > 0) - ${epoch}) AS last_purchase,
      (MIN(day) FILTER (WHERE ${before} AND amount > 0) - ${epoch}) AS first_purchase,
      (MAX(day) FILTER (WHERE ${before} AND amount > 0) - ${epoch}) AS last_purchase_ever,
      (COUNT(*) FILTER (WHERE ${before}))::int AS lines_ever,
      (COUNT(*) FILTER (WHERE ${inWindow} AND cost IS NULL))::int AS cost_missing
    FROM ${schema}.transaction_lines
    GROUP BY customer_id${extra}`;
  return { text, params };
}

function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Turns the rows of the figures statement into core's columnar `CustomerFigures`.
 *
 * @example
 * const figures = figuresFromRows(rows, { asOf: '2026-01-01', windowDays: 365 });
 */
export function figuresFromRows(rows: readonly FiguresRow[], query: CustomerFiguresQuery): CustomerFigures {
  const n = rows.length;
  const figures = {
    asOf: query.asOf,
    windowDays: query.windowDays,
    customerIds: rows.map((row) => row.customer_id),
    revenue: new Float64Array(n),
    orders: new Int32Array(n),
    lines: new Int32Array(n),
    cost: new Float64Array(n),
    paid: new Float64Array(n),
    quantity: new Float64Array(n),
    lastPurchaseDay: new Int32Array(n),
    firstPurchaseDay: new Int32Array(n),
    lastPurchaseEverDay: new Int32Array(n),
    linesEver: new Int32Array(n),
    costMissing: new Int32Array(n),
  } satisfies CustomerFigures;
  const day = (value: number | null) => (value === null ? NO_DAY : Number(value));
  rows.forEach((row, i) => {
    figures.revenue[i] = Number(row.revenue);
    figures.orders[i] = Number(row.orders);
    figures.lines[i] = Number(row.lines);
    figures.cost[i] = Number(row.cost);
    figures.paid[i] = Number(row.paid);
    figures.quantity[i] = Number(row.quantity);
    figures.lastPurchaseDay[i] = day(row.last_purchase);
    figures.firstPurchaseDay[i] = day(row.first_purchase);
    figures.lastPurchaseEverDay[i] = day(row.last_purchase_ever);
    figures.linesEver[i] = Number(row.lines_ever);
    figures.costMissing[i] = Number(row.cost_missing);
  });
  return figures;
}
