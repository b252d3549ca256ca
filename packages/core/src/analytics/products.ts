import { ExactSums, fromFen, toFen } from '../money/index.js';
import { asColumns, type Book } from './book.js';
import { compareKeys, lookupFunction, ratio, times, type Lookup } from './lookup.js';
import { resolveRange, type RangeOptions } from './range.js';

export interface ProductAnalysisOptions extends RangeOptions {
  /** Group lines by product id (default) or by category. */
  by?: 'product' | 'category' | undefined;
  /**
   * Average inventory of each product (or category), valued at cost, over the same period:
   * e.g. (opening + closing) / 2. Needed for turnover, cross ratio and contribution ratio.
   */
  averageInventory?: Lookup<number> | undefined;
}

/** One product (or category) row. */
export interface ProductRow {
  /** Product id or category; `null` for lines without one. */
  key: string | null;
  /** Counted lines. */
  lines: number;
  /** Net sales (销售额): sum of `amount`, returns subtract. */
  sales: number;
  /** Sales share (销售构成比) = sales / total sales; `null` when the total is not positive. */
  salesShare: number | null;
  /** Cost of sales (销售成本) = sum of `cost`; `null` when any counted line has no cost. */
  cost: number | null;
  /** Sum of `quantity` (missing counts as 0). */
  quantity: number;
  /** Gross margin (毛利) = sales − cost; `null` when cost is. */
  grossMargin: number | null;
  /** 毛利率 = (sales − cost) / sales; `null` when cost is unknown or sales are not positive. */
  grossMarginRate: number | null;
  /** The `averageInventory` input, `null` when not given. */
  averageInventory: number | null;
  /** 周转率 = cost of sales / average inventory; `null` without a positive inventory or known cost. */
  turnover: number | null;
  /** 交叉比率 = gross margin rate × turnover. */
  crossRatio: number | null;
  /** 贡献比率 = cross ratio × sales share. */
  contributionRatio: number | null;
}

export interface ProductAnalysisResult {
  by: 'product' | 'category';
  /** Sorted by sales descending, then key (`null` last). */
  rows: ProductRow[];
  totalSales: number;
  /** `null` when some counted line has no cost. */
  totalCost: number | null;
  /** 毛利率 of the whole book. */
  grossMarginRate: number | null;
}

/**
 * Product analysis (不同商品销售分析): sales composition (销售构成), gross margin rate
 * (毛利率), turnover (周转率), cross ratio (交叉比率) and contribution ratio (贡献比率).
 *
 * - 毛利率 `m = (sales − cost) / sales`;
 * - 周转率 `t = cost of sales / average inventory`, both at cost and over the analysed range,
 *   not annualised: a 365-day range gives the annual turnover, a quarter the quarter's (pass
 *   the average inventory of that same range); `null` when a line has no cost;
 * - 交叉比率 `m × t`: gross margin earned per unit of inventory — high for products that
 *   both sell through fast and earn well;
 * - 贡献比率 `m × t × sales share`: the cross ratio weighted by how much the product sells.
 *
 * Edge cases, each giving `null` rather than NaN/Infinity: non-positive net sales (margin
 * rate of a net return is meaningless), a line without `cost` (the margin would be
 * overstated), no or non-positive average inventory. An empty book gives no rows.
 * Cost: one pass, O(n + products log products).
 *
 * @example
 * productAnalysis(lines, { averageInventory: { P1: 400 } }).rows[0].crossRatio
 */
export function productAnalysis(book: Book, options: ProductAnalysisOptions = {}): ProductAnalysisResult {
  const columns = asColumns(book);
  const { start, end } = resolveRange(options);
  const by = options.by ?? 'product';
  const index = by === 'product' ? columns.product : columns.category;
  const names = (by === 'product' ? columns.productIds : columns.categories) ?? [];
  const groups = names.length + 1; // group 0: no product
  const lines = new Int32Array(groups);
  // Money in whole fen, summed exactly (independent of line order).
  const sales = new ExactSums(groups);
  const cost = new ExactSums(groups);
  const missingCost = new Int32Array(groups);
  const quantity = new Float64Array(groups);
  const costColumn = columns.cost;
  const quantityColumn = columns.quantity;
  for (let i = 0; i < columns.length; i++) {
    const d = columns.day[i]!;
    if (d < start || d >= end) continue;
    const g = index === undefined ? 0 : index[i]! + 1;
    lines[g]!++;
    sales.add(g, toFen(columns.amount[i]!));
    const c = costColumn === undefined ? Number.NaN : costColumn[i]!;
    if (Number.isNaN(c)) missingCost[g]!++;
    else cost.add(g, toFen(c));
    const q = quantityColumn === undefined ? Number.NaN : quantityColumn[i]!;
    if (!Number.isNaN(q)) quantity[g]! += q;
  }
  const totalFen = sales.total();
  let costKnown = true;
  for (let g = 0; g < groups; g++) if (lines[g]! > 0 && missingCost[g]! > 0) costKnown = false;
  const totalCostFen = costKnown ? cost.total() : null;
  const inventoryOf = lookupFunction(options.averageInventory);
  const rows: ProductRow[] = [];
  for (let g = 0; g < groups; g++) {
    if (lines[g] === 0) continue;
    const key = g === 0 ? null : names[g - 1]!;
    const sFen = sales.value(g);
    const cFen = missingCost[g]! > 0 ? null : cost.value(g);
    const s = fromFen(sFen);
    const c = cFen === null ? null : fromFen(cFen);
    const grossMargin = cFen === null ? null : fromFen(sFen - cFen);
    const grossMarginRate = sFen > 0 && cFen !== null ? ratio(sFen - cFen, sFen) : null;
    const inventory = key === null ? undefined : inventoryOf(key);
    const averageInventory = inventory === undefined || !Number.isFinite(inventory) ? null : inventory;
    const turnover = averageInventory !== null && averageInventory > 0 ? ratio(c, averageInventory) : null;
    const crossRatio = times(grossMarginRate, turnover);
    const salesShare = totalFen > 0 ? ratio(sFen, totalFen) : null;
    rows.push({
      key,
      lines: lines[g]!,
      sales: s,
      salesShare,
      cost: c,
      quantity: quantity[g]!,
      grossMargin,
      grossMarginRate,
      averageInventory,
      turnover,
      crossRatio,
      contributionRatio: times(crossRatio, salesShare),
    });
  }
  rows.sort((a, b) => b.sales - a.sales || compareKeys(a.key, b.key));
  return {
    by,
    rows,
    totalSales: fromFen(totalFen),
    totalCost: totalCostFen === null ? null : fromFen(totalCostFen),
    grossMarginRate: totalFen > 0 && totalCostFen !== null ? ratio(totalFen - totalCostFen, totalFen) : null,
  };
}
