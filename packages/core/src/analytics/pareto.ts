import { ExactSums, fromFen, toFen } from '../money/index.js';
import { asColumns, population, type Book } from './book.js';
import { ratio } from './lookup.js';
import { resolveRange, type RangeOptions } from './range.js';
import { AnalyticsError } from './errors.js';

export interface ParetoOptions extends RangeOptions {
  /** Archive customers without transactions, counted with zero revenue. */
  customers?: Iterable<string> | undefined;
  /** Most points returned for the curve (at least 2; default 201). Shares are exact regardless. */
  maxPoints?: number | undefined;
  /** Fraction of customers for `topShare` (default 0.2: the "top 20 %"). */
  topFraction?: number | undefined;
}

/** One point of the cumulative revenue curve. */
export interface ParetoPoint {
  /** Customers ranked so far (0 … customers). */
  rank: number;
  /** `rank / customers`. */
  customerShare: number;
  /** Revenue of the first `rank` customers / total counted revenue. */
  revenueShare: number;
}

export interface ParetoResult {
  /**
   * Customers of the population: every customer of the book (also one whose lines all fall
   * outside the range) plus `customers` — the population grading ranks, so the curve and the
   * grades count the same customers; those without revenue in the range are the curve's
   * flat start (see `grading/README.md`, "Analytics").
   */
  customers: number;
  /** Customers with positive net revenue. */
  positiveCustomers: number;
  /** Customers with negative net revenue (more returned than bought): counted as 0 below. */
  negativeCustomers: number;
  /** Net revenue of all counted lines, negatives included. */
  netRevenue: number;
  /** Sum of positive customer revenues: the 100 % of the curve. */
  countedRevenue: number;
  /**
   * The curve from (0, 0) to (1, 1), customers ranked by revenue descending: all `N + 1`
   * points when `N + 1 <= maxPoints`, else `maxPoints` points at evenly spaced ranks
   * (`round(j·N / (maxPoints − 1))`, first and last kept). Empty when `countedRevenue` is 0.
   */
  points: ParetoPoint[];
  topFraction: number;
  /** Share of `countedRevenue` made by the top `topFraction` of customers; `null` when there is none. */
  topShare: number | null;
  /** Gini coefficient of customer revenue (see `pareto`); `null` when `countedRevenue` is 0. */
  gini: number | null;
}

/**
 * Pareto analysis (80/20, 二八法则) of customer revenue: the cumulative revenue curve, the
 * share of the top 20 % of customers, and the Gini coefficient.
 *
 * Definitions. For each customer of the population, `x = max(net revenue, 0)`: a customer
 * whose returns exceed its purchases holds no share of revenue, so it counts like a
 * customer who bought nothing (both are reported: `negativeCustomers`, `netRevenue`).
 * With `N` customers, `S = Σx`, and `x(1) ≥ x(2) ≥ …` ranked descending:
 * - the curve is the polyline through `(k / N, (x(1) + … + x(k)) / S)`, `k = 0 … N`;
 * - `topShare(p)` is the curve's value at `p`, interpolated linearly between ranks (for
 *   N = 5 and p = 0.2, exactly the first customer's share);
 * - Gini `G = 2·Σ i·a(i) / (N·S) − (N + 1) / N` with `a` sorted ascending and `i = 1 … N`,
 *   i.e. one minus twice the trapezoid area under the Lorenz curve: 0 when everyone has the
 *   same revenue, `(N − 1) / N` when one customer has all of it.
 * `G`, the curve and `topShare` are `null` / empty when `S = 0` (empty book, nobody bought).
 * Cost: one pass plus one sort of N numbers, O(n + N log N).
 *
 * @example
 * const { topShare, gini } = pareto(lines, { asOf: '2026-01-01' });
 */
export function pareto(book: Book, options: ParetoOptions = {}): ParetoResult {
  const columns = asColumns(book);
  const { start, end } = resolveRange(options);
  const maxPoints = options.maxPoints ?? 201;
  if (!(maxPoints >= 2) || !Number.isInteger(maxPoints)) {
    throw new AnalyticsError('analytics.bad-number', { option: 'maxPoints', value: String(maxPoints) });
  }
  const topFraction = options.topFraction ?? 0.2;
  if (!(topFraction >= 0 && topFraction <= 1)) {
    throw new AnalyticsError('analytics.bad-number', { option: 'topFraction', value: String(topFraction) });
  }
  const { ids } = population(columns, options.customers);
  const N = ids.length;
  // Revenue per customer in whole fen, summed exactly: every figure below is independent of
  // the order of the lines (and of the customers, which follow the lines' first appearance).
  const sums = new ExactSums(N);
  for (let i = 0; i < columns.length; i++) {
    const d = columns.day[i]!;
    if (d < start || d >= end) continue;
    sums.add(columns.customer[i]!, toFen(columns.amount[i]!));
  }
  const net = new ExactSums(1);
  const revenue = new Float64Array(N);
  let positiveCustomers = 0;
  let negativeCustomers = 0;
  for (let c = 0; c < N; c++) {
    const r = sums.value(c);
    net.add(0, r);
    if (r > 0) {
      positiveCustomers++;
      revenue[c] = r;
    } else if (r < 0) negativeCustomers++;
  }
  const netRevenue = net.yuan(0);
  const ascending = revenue.sort();
  const counted = new ExactSums(1);
  let weighted = 0;
  for (let i = 0; i < N; i++) {
    counted.add(0, ascending[i]!);
    weighted += (i + 1) * ascending[i]!;
  }
  const S = counted.value(0);
  const base = { customers: N, positiveCustomers, negativeCustomers, netRevenue, countedRevenue: fromFen(S), topFraction };
  if (!(S > 0)) return { ...base, points: [], topShare: null, gini: null };

  // cumulative[k] = revenue in fen of the top k customers (descending ranks): exact while the
  // total is below 2^53 fen, so the last share is exactly 1 and equal revenues give equal steps.
  const cumulative = new Float64Array(N + 1);
  for (let k = 1; k <= N; k++) cumulative[k] = cumulative[k - 1]! + ascending[N - k]!;
  const point = (k: number): ParetoPoint => ({ rank: k, customerShare: k / N, revenueShare: cumulative[k]! / cumulative[N]! });
  const points: ParetoPoint[] = [];
  if (N + 1 <= maxPoints) for (let k = 0; k <= N; k++) points.push(point(k));
  else for (let j = 0; j < maxPoints; j++) points.push(point(Math.round((j * N) / (maxPoints - 1))));

  const t = topFraction * N;
  const k = Math.floor(t);
  const top = k >= N ? cumulative[N]! : cumulative[k]! + (t - k) * ascending[N - k - 1]!;
  return {
    ...base,
    points,
    topShare: ratio(top, cumulative[N]!),
    // clamped: rounding can leave -1e-17 for a perfectly equal book
    gini: Math.max(0, 2 * (weighted / (N * S)) - (N + 1) / N),
  };
}
