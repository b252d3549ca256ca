import { addDays, dayNumber } from '../book/calendar.js';
import { isTransactionColumns, toTransactionColumns } from '../book/columns.js';
import type { TransactionColumns, TransactionLineInput } from '../book/columns.js';
import { DEFAULT_WINDOW_DAYS, NO_DAY } from '../book/figures.js';
import type { CustomerFigures } from '../book/figures.js';
import { GradingError } from './errors.js';

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** Options of {@link computeCustomerFigures}. */
export interface CustomerFiguresOptions {
  /** ISO date; the window ends the day before (a transaction on `asOf` does not count). */
  asOf: string;
  /** Length of the window in days (default `DEFAULT_WINDOW_DAYS`, 365). */
  windowDays?: number | undefined;
  /** Customers to include even when they have no transaction (they get revenue 0, no purchase). */
  customerIds?: Iterable<string> | undefined;
}

/**
 * Computes the per-customer figures every grading method ranks, from a transaction book in
 * columns or as objects. A transaction counts when `asOf - windowDays <= date < asOf`
 * (grading.md); transactions on or after `asOf` are ignored entirely, also for the "ever"
 * columns. The column path allocates only per-customer typed arrays, never one object per
 * line, and is O(n) (plus a sort of order ids shared between customers, if any). Revenue,
 * orders, lines and the last purchase are computed at once; the other figures in a second pass
 * over the book on first use (ABC and RFM never read them).
 *
 * Money is summed exactly: each line's amount, cost and paid as whole fen (`toFen`), added
 * as integers (as `ExactSums` does, inlined here; BigInt beyond 2^53), and each sum returned as the double nearest
 * to its decimal value. The same lines in any order give bit-identical figures, and equal
 * decimal sums are equal numbers (0.1 + 0.2 of one customer ties 0.3 of another).
 *
 * Customers: every id in the book's dictionary (also those whose lines all fall outside
 * the window), then the ids of `customerIds` not already there, in the order given.
 *
 * @example
 * const figures = computeCustomerFigures(
 *   [{ customerId: 'c1', date: '2025-03-01', amount: 100, orderId: 'o1' }],
 *   { asOf: '2026-01-01' },
 * );
 * figures.revenue[0] // 100
 */
export function computeCustomerFigures(
  book: TransactionColumns | readonly TransactionLineInput[],
  options: CustomerFiguresOptions,
): CustomerFigures {
  const windowDays = options.windowDays ?? DEFAULT_WINDOW_DAYS;
  const asOfDay = dayNumber(options.asOf);
  if (asOfDay === undefined) throw new GradingError('invalid-as-of', { value: options.asOf });
  if (!Number.isInteger(windowDays) || windowDays <= 0) {
    throw new GradingError('invalid-window', { value: String(windowDays) });
  }
  const columns = isTransactionColumns(book) ? book : toTransactionColumns(book);
  const customerIds = withExtraCustomers(columns.customerIds, options.customerIds);
  const n = customerIds.length;
  const start = asOfDay - windowDays;
  const ranking = rankingFigures(columns, n, asOfDay, start);
  // The other figures (cost, paid, quantity, the "ever" days and counts) are computed in a
  // second pass on first use: ABC and RFM never read them, so grading by those methods does
  // not pay for them. The book is held until then (it must not change in the meantime).
  let source: TransactionColumns | undefined = columns;
  let rest: OtherFigures | undefined;
  const other = (): OtherFigures => {
    if (!rest) {
      rest = otherFigures(source!, n, asOfDay, start);
      source = undefined;
    }
    return rest;
  };
  return {
    asOf: options.asOf,
    windowDays,
    customerIds,
    ...ranking,
    get cost() {
      return other().cost;
    },
    get paid() {
      return other().paid;
    },
    get quantity() {
      return other().quantity;
    },
    get firstPurchaseDay() {
      return other().firstPurchaseDay;
    },
    get lastPurchaseEverDay() {
      return other().lastPurchaseEverDay;
    },
    get linesEver() {
      return other().linesEver;
    },
    get costMissing() {
      return other().costMissing;
    },
  };
}

type RankingFigures = Pick<CustomerFigures, 'revenue' | 'orders' | 'lines' | 'lastPurchaseDay'>;
type OtherFigures = Required<Omit<CustomerFigures, keyof RankingFigures | 'asOf' | 'windowDays' | 'customerIds'>>;

/**
 * Exact sums of whole fen in a Float64Array, inlined by the callers' hot loops: the previous
 * sum is a safe integer, so a result within ±(2^53 − 1) is exact (rounding is monotonic);
 * anything else goes to BigInt (`add`), and the slot becomes NaN so that every later fast
 * addition fails its range check.
 */
class FenSums {
  readonly fen: Float64Array;
  private big: Map<number, bigint> | undefined;
  constructor(size: number) {
    this.fen = new Float64Array(size);
  }
  add(m: number, fen: number): void {
    this.big ??= new Map();
    this.big.set(m, (this.big.get(m) ?? BigInt(this.fen[m]!)) + BigInt(fen));
    this.fen[m] = Number.NaN;
  }
  /** The sum at `m` as the double nearest to its decimal value: fen / 100 (a correctly rounded division). */
  yuan(m: number): number {
    const fen = this.fen[m]!;
    return fen === fen ? fen / 100 : Number(this.big!.get(m)!) / 100;
  }
}

/** Revenue, orders, lines and the last purchase in the window: what ABC and RFM rank, in one pass. */
function rankingFigures(columns: TransactionColumns, n: number, asOfDay: number, start: number): RankingFigures {
  const sums = new FenSums(n);
  const money = sums.fen;
  // Hot per-customer counts interleaved (array of structs), so that a line touches one cache
  // line of them: a million customers do not fit in cache. counts[c·4 …]: lines, orders, last purchase.
  const counts = new Int32Array(n * 4);
  for (let c = 0; c < n; c++) counts[c * 4 + 2] = NO_DAY;
  const { customer, day, amount } = columns;
  const order = columns.order;
  // The first customer seen with each order id owns it; other customers' uses of the same id
  // (rare: order numbers restarting per customer) are spilled and counted by sorting.
  let orderCount = columns.orderIds?.length ?? 0;
  if (order) for (let i = 0; i < order.length; i++) if (order[i]! >= orderCount) orderCount = order[i]! + 1;
  const orderOwner = order ? new Int32Array(orderCount).fill(-1) : undefined;
  let spill = new Float64Array(0);
  let spilled = 0;

  for (let i = 0; i < columns.length; i++) {
    const d = day[i]!;
    if (d >= asOfDay || d < start) continue;
    const c = customer[i]!;
    const a = amount[i]!;
    const base = c * 4;
    counts[base]!++;
    const f = Math.round(a * 100);
    const sum = money[c]! + f;
    if (sum <= MAX_SAFE && sum >= -MAX_SAFE) money[c] = sum;
    else sums.add(c, f);
    if (a > 0 && d > counts[base + 2]!) counts[base + 2] = d;
    const o = order ? order[i]! : -1;
    if (o < 0) {
      counts[base + 1]!++;
    } else {
      const owner = orderOwner![o]!;
      if (owner === -1) {
        orderOwner![o] = c;
        counts[base + 1]!++;
      } else if (owner !== c) {
        if (spilled === spill.length) {
          const grown = new Float64Array(Math.max(64, spill.length * 2));
          grown.set(spill);
          spill = grown;
        }
        spill[spilled++] = c * orderCount + o;
      }
    }
  }
  if (spilled > 0) {
    const keys = spill.subarray(0, spilled).sort();
    for (let k = 0; k < spilled; k++) {
      if (k === 0 || keys[k] !== keys[k - 1]) counts[Math.floor(keys[k]! / orderCount) * 4 + 1]!++;
    }
  }
  const revenue = new Float64Array(n);
  const orders = new Int32Array(n);
  const lines = new Int32Array(n);
  const lastPurchaseDay = new Int32Array(n);
  for (let c = 0; c < n; c++) {
    revenue[c] = sums.yuan(c);
    lines[c] = counts[c * 4]!;
    orders[c] = counts[c * 4 + 1]!;
    lastPurchaseDay[c] = counts[c * 4 + 2]!;
  }
  return { revenue, orders, lines, lastPurchaseDay };
}

/** Cost, paid and quantity in the window, and the purchase days and line counts of any window before `asOf`. */
function otherFigures(columns: TransactionColumns, n: number, asOfDay: number, start: number): OtherFigures {
  // money[c·3 …]: cost and paid in fen (exact integer sums), quantity.
  const sums = new FenSums(n * 3);
  const money = sums.fen;
  const counts = new Int32Array(n * 4); // first purchase, last purchase ever, lines ever, lines without cost
  for (let c = 0; c < n; c++) {
    counts[c * 4] = NO_DAY;
    counts[c * 4 + 1] = NO_DAY;
  }
  const costColumn = columns.cost;
  const paidColumn = columns.paid;
  const quantityColumn = columns.quantity;
  const { customer, day, amount } = columns;
  for (let i = 0; i < columns.length; i++) {
    const d = day[i]!;
    if (d >= asOfDay) continue;
    const c = customer[i]!;
    const a = amount[i]!;
    const base = c * 4;
    counts[base + 2]!++;
    if (a > 0) {
      const first = counts[base]!;
      if (first === NO_DAY || d < first) counts[base] = d;
      if (d > counts[base + 1]!) counts[base + 1] = d;
    }
    if (d < start) continue;
    const m = c * 3;
    if (costColumn) {
      const v = costColumn[i]!;
      if (v === v) {
        const fv = Math.round(v * 100);
        const t = money[m]! + fv;
        if (t <= MAX_SAFE && t >= -MAX_SAFE) money[m] = t;
        else sums.add(m, fv);
      } else counts[base + 3]!++;
    } else counts[base + 3]!++;
    if (paidColumn) {
      const v = paidColumn[i]!;
      if (v === v) {
        const fv = Math.round(v * 100);
        const t = money[m + 1]! + fv;
        if (t <= MAX_SAFE && t >= -MAX_SAFE) money[m + 1] = t;
        else sums.add(m + 1, fv);
      }
    }
    if (quantityColumn) {
      const v = quantityColumn[i]!;
      if (v === v) money[m + 2]! += v;
    }
  }
  const cost = new Float64Array(n);
  const paid = new Float64Array(n);
  const quantity = new Float64Array(n);
  const firstPurchaseDay = new Int32Array(n);
  const lastPurchaseEverDay = new Int32Array(n);
  const linesEver = new Int32Array(n);
  const costMissing = new Int32Array(n);
  for (let c = 0; c < n; c++) {
    cost[c] = sums.yuan(c * 3);
    paid[c] = sums.yuan(c * 3 + 1);
    quantity[c] = money[c * 3 + 2]!;
    firstPurchaseDay[c] = counts[c * 4]!;
    lastPurchaseEverDay[c] = counts[c * 4 + 1]!;
    linesEver[c] = counts[c * 4 + 2]!;
    costMissing[c] = counts[c * 4 + 3]!;
  }
  return { cost, paid, quantity, firstPurchaseDay, lastPurchaseEverDay, linesEver, costMissing };
}

function withExtraCustomers(dictionary: readonly string[], extra: Iterable<string> | undefined): readonly string[] {
  if (extra === undefined) return dictionary;
  const known = new Set(dictionary);
  const ids = dictionary.slice();
  for (const id of extra) {
    if (!known.has(id)) {
      known.add(id);
      ids.push(id);
    }
  }
  return ids;
}

/**
 * The figures of the previous window of the same length (`asOf − windowDays` as the new asOf),
 * for the same customers in the same order: what the value class's growth rule compares with.
 *
 * @example
 * const previous = previousWindowFigures(book, figures);
 * previous.asOf // '2025-01-01' when figures.asOf is '2026-01-01' and the window 365 days
 */
export function previousWindowFigures(
  book: TransactionColumns | readonly TransactionLineInput[],
  figures: CustomerFigures,
): CustomerFigures {
  return computeCustomerFigures(book, {
    asOf: addDays(figures.asOf, -figures.windowDays),
    windowDays: figures.windowDays,
    customerIds: figures.customerIds,
  });
}
