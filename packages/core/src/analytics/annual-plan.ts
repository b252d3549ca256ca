import { ExactSums, fromFen, toFen } from '../money/index.js';
import { isoDate } from '../book/calendar.js';
import { asColumns, type Book } from './book.js';
import { ratio } from './lookup.js';
import { resolvePeriod, type Period } from './range.js';

/** Targets of an annual (or any period's) plan. */
export interface PlanTargets {
  sales?: number | undefined;
  grossMargin?: number | undefined;
  /** Target ratio of expenses to sales, e.g. 0.12. */
  expenseToSales?: number | undefined;
}

export interface AnnualPlanOptions {
  /** The plan period, e.g. `{ from: '2025-01-01', to: '2026-01-01' }`. */
  period: Period;
  targets?: PlanTargets | undefined;
  /** Marketing and sales expenses actually spent in the period (销售费用). */
  expenses?: number | undefined;
  /** Total sales of the market in the period, for market share (市场占有率). */
  marketSales?: number | undefined;
}

/** One calendar month of the plan period: a point of the "actual against target" chart. */
export interface PlanMonth {
  /** `YYYY-MM`. */
  month: string;
  sales: number;
  cumulativeSales: number;
  /**
   * Sales target pro rata by days up to the end of this month (or of the period):
   * `target × days elapsed / days in period`; `null` without a sales target.
   */
  cumulativeTarget: number | null;
}

export interface AnnualPlanResult {
  sales: number;
  salesTarget: number | null;
  /** 销售目标达成率 = sales / target. */
  salesAchievement: number | null;
  /** 销售差异 = sales − target. */
  salesVariance: number | null;
  /** Sales − cost of sales; `null` when a line has no cost. */
  grossMargin: number | null;
  grossMarginTarget: number | null;
  grossMarginAchievement: number | null;
  expenses: number | null;
  /** 费用占销售额比重 = expenses / sales; `null` when sales are not positive. */
  expenseToSales: number | null;
  expenseToSalesTarget: number | null;
  marketSales: number | null;
  /** 市场占有率 = sales / market sales. */
  marketShare: number | null;
  months: PlanMonth[];
}

/**
 * Annual plan analysis (年度计划分析): sales against target (销售业绩分析), market share
 * (市场占有率分析), expenses against sales (费用占销售额比重), with a month-by-month
 * cumulative curve for the chart. Every ratio is `null` when its denominator is zero or its
 * input is missing. Lines are bucketed by a day → month table built once, O(n + days).
 *
 * @example
 * annualPlan(lines, { period: { from: '2025-01-01', to: '2026-01-01' }, targets: { sales: 1_200_000 }, expenses: 90_000 })
 */
export function annualPlan(book: Book, options: AnnualPlanOptions): AnnualPlanResult {
  const columns = asColumns(book);
  const { start, end } = resolvePeriod(options.period);
  // month buckets: monthOfDay[d - start] = bucket index
  const monthOfDay = new Int32Array(end - start);
  const months: { month: string; lastDay: number }[] = [];
  for (let d = start; d < end; d++) {
    const month = isoDate(d).slice(0, 7);
    if (months.length === 0 || months[months.length - 1]!.month !== month) months.push({ month, lastDay: d });
    months[months.length - 1]!.lastDay = d;
    monthOfDay[d - start] = months.length - 1;
  }
  // money in whole fen, summed exactly (independent of line order)
  const monthFen = new ExactSums(months.length);
  const costFen = new ExactSums(1);
  let missingCost = 0;
  for (let i = 0; i < columns.length; i++) {
    const d = columns.day[i]!;
    if (d < start || d >= end) continue;
    monthFen.add(monthOfDay[d - start]!, toFen(columns.amount[i]!));
    const c = columns.cost === undefined ? Number.NaN : columns.cost[i]!;
    if (Number.isNaN(c)) missingCost++;
    else costFen.add(0, toFen(c));
  }
  const salesFen = monthFen.total();
  const sales = fromFen(salesFen);
  const targets = options.targets ?? {};
  const salesTarget = targets.sales ?? null;
  const grossMarginTarget = targets.grossMargin ?? null;
  const grossMargin = missingCost > 0 ? null : fromFen(salesFen - costFen.value(0));
  const expenses = options.expenses ?? null;
  const marketSales = options.marketSales ?? null;
  let cumulative = 0;
  return {
    sales,
    salesTarget,
    salesAchievement: ratio(sales, salesTarget),
    salesVariance: salesTarget === null ? null : sales - salesTarget,
    grossMargin,
    grossMarginTarget,
    grossMarginAchievement: ratio(grossMargin, grossMarginTarget),
    expenses,
    expenseToSales: sales > 0 ? ratio(expenses, sales) : null,
    expenseToSalesTarget: targets.expenseToSales ?? null,
    marketSales,
    marketShare: ratio(sales, marketSales),
    months: months.map(({ month, lastDay }, m) => {
      cumulative += monthFen.value(m);
      return {
        month,
        sales: monthFen.yuan(m),
        cumulativeSales: fromFen(cumulative),
        cumulativeTarget: salesTarget === null ? null : (salesTarget * (lastDay + 1 - start)) / (end - start),
      };
    }),
  };
}
