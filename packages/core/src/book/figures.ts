/**
 * Per-customer figures over an evaluation window: what every grading method ranks. Core
 * computes them from a transaction book; the postgres adapter computes the same columns in
 * SQL inside the database (pushed-down aggregates), so a huge book is graded without moving
 * its lines out. Columnar: index `i` of every column belongs to `customerIds[i]`.
 *
 * Window rule (grading.md): a transaction counts when `asOf - windowDays <= date < asOf`.
 */
export interface CustomerFigures {
  /** ISO date the figures were computed as of (exclusive end of the window). */
  readonly asOf: string;
  readonly windowDays: number;
  /** One entry per customer, in no particular order. */
  readonly customerIds: readonly string[];
  /**
   * Sum of `amount` of counted transactions (may be zero or negative), in yuan: the double
   * nearest to the exact decimal sum (whole fen), so `toFen(revenue[i])` is the exact sum in fen.
   */
  readonly revenue: Float64Array;
  /** Distinct order ids among counted transactions; a line without order id is an order by itself. */
  readonly orders: Int32Array;
  /** Number of counted transactions. */
  readonly lines: Int32Array;
  /** Sum of `cost` of counted transactions, whole fen (missing costs add nothing: see `costMissing`). */
  readonly cost: Float64Array;
  /** Sum of `paid` of counted transactions (missing paid counts as 0), whole fen. */
  readonly paid: Float64Array;
  /** Sum of `quantity` of counted transactions (missing counts as 0). */
  readonly quantity: Float64Array;
  /** Latest day number with `amount > 0` among counted transactions, or `NO_DAY`. */
  readonly lastPurchaseDay: Int32Array;
  /** Earliest day number with `amount > 0` among all transactions before `asOf` (any window), or `NO_DAY`. */
  readonly firstPurchaseDay: Int32Array;
  /** Latest day number with `amount > 0` among all transactions before `asOf` (any window), or `NO_DAY`. */
  readonly lastPurchaseEverDay: Int32Array;
  /**
   * Number of transactions before `asOf` in any window, returns included: 0 means the customer
   * never traded (grading.md's `prospect`). Optional for figures computed elsewhere; the stage
   * rule then falls back to `lines` and `firstPurchaseDay`.
   */
  readonly linesEver?: Int32Array | undefined;
  /**
   * Number of counted transactions without a `cost`: when > 0 the customer's cost of sales
   * (and so its gross margin) is unknown. Optional for figures computed elsewhere.
   */
  readonly costMissing?: Int32Array | undefined;
}

/**
 * Marks "no such day" in an Int32Array day column (the smallest Int32, never a real date).
 *
 * @example
 * figures.lastPurchaseDay[i] === NO_DAY // the customer bought nothing in the window
 */
export const NO_DAY = -2_147_483_648;

/**
 * The evaluation window grading.md uses when none is given: a transaction counts when
 * `asOf - windowDays <= date < asOf`.
 *
 * @example
 * computeCustomerFigures(book, { asOf: '2026-01-01' }).windowDays === DEFAULT_WINDOW_DAYS // true
 */
export const DEFAULT_WINDOW_DAYS = 365;
