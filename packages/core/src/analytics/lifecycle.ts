import type { TransactionColumns } from '../book/columns.js';
import { asColumns, population, type Book } from './book.js';
import { ratio } from './lookup.js';
import { resolvePeriod, type DayRange, type Period } from './range.js';
import { compareCodePoints } from '../grading/compare.js';

/** Which customers bought in two periods, per customer index; the basis of lifecycle counts. */
export interface CustomerActivity {
  /** 1 when the customer has a line with `amount > 0` in the current period. */
  current: Uint8Array;
  /** 1 when the customer has a line with `amount > 0` in the previous period. */
  previous: Uint8Array;
  /** Earliest day with `amount > 0` before the current period's end; `Infinity` if none. */
  firstPurchase: Float64Array;
}

/**
 * Per-customer activity flags in one pass over the columns (no object per line).
 *
 * @example
 * const activity = customerActivity(columns, columns.customerIds.length, current, previous);
 */
export function customerActivity(columns: TransactionColumns, customers: number, current: DayRange, previous: DayRange): CustomerActivity {
  const activity: CustomerActivity = {
    current: new Uint8Array(customers),
    previous: new Uint8Array(customers),
    firstPurchase: new Float64Array(customers).fill(Infinity),
  };
  for (let i = 0; i < columns.length; i++) {
    if (!(columns.amount[i]! > 0)) continue;
    const d = columns.day[i]!;
    if (d >= current.end) continue;
    const c = columns.customer[i]!;
    if (d < activity.firstPurchase[c]!) activity.firstPurchase[c] = d;
    if (d >= current.start) activity.current[c] = 1;
    if (d >= previous.start && d < previous.end) activity.previous[c] = 1;
  }
  return activity;
}

/** Lifecycle status of a customer between two periods. */
export type LifecycleStatus = 'new' | 'retained' | 'reactivated' | 'lost' | 'inactive';

/**
 * The status of customer `c`: `new` (bought in the current period and never before it),
 * `retained` (bought in both periods), `reactivated` (bought in the current period, not in
 * the previous one, but some time before), `lost` (bought in the previous period, not in
 * the current one), else `inactive`.
 *
 * @example
 * lifecycleStatus(activity, 0, current.start) // 'new'
 */
export function lifecycleStatus(activity: CustomerActivity, c: number, currentStart: number): LifecycleStatus {
  if (activity.current[c]) {
    if (activity.previous[c]) return 'retained';
    return activity.firstPurchase[c]! >= currentStart ? 'new' : 'reactivated';
  }
  return activity.previous[c] ? 'lost' : 'inactive';
}

export interface LifecycleOptions {
  /** The period analysed. */
  current: Period;
  /** The period compared with; default the equally long period just before `current`. */
  previous?: Period | undefined;
  /** Archive customers without transactions (they are `inactive`). */
  customers?: Iterable<string> | undefined;
}

export interface LifecycleResult {
  /** Customers who bought (a line with amount > 0) in the previous period. */
  previousActive: number;
  /** Customers who bought in the current period. */
  currentActive: number;
  retained: number;
  new: number;
  reactivated: number;
  lost: number;
  /** 客户流失率 = lost / previousActive; `null` when nobody bought in the previous period. */
  churnRate: number | null;
  /** 客户保持率 = retained / previousActive (= 1 − churn rate); `null` likewise. */
  retentionRate: number | null;
  /** Ids, sorted, for follow-up lists. */
  newCustomerIds: string[];
  lostCustomerIds: string[];
  reactivatedCustomerIds: string[];
}

/**
 * Customer lifecycle counts between two periods (新增客户、失去客户、流失率、保持率).
 * A customer is active in a period when it has a line with positive amount there; a return
 * alone does not make a customer active. `new` means the first purchase ever (within the
 * book) falls in the current period. Identities: `currentActive = retained + new +
 * reactivated`, `previousActive = retained + lost`.
 *
 * @example
 * customerLifecycle(lines, { current: { from: '2025-01-01', to: '2026-01-01' } }).churnRate
 */
export function customerLifecycle(book: Book, options: LifecycleOptions): LifecycleResult {
  const columns = asColumns(book);
  const current = resolvePeriod(options.current, 'current');
  const previous = options.previous
    ? resolvePeriod(options.previous, 'previous')
    : { start: 2 * current.start - current.end, end: current.start };
  const { ids } = population(columns, options.customers);
  const activity = customerActivity(columns, ids.length, current, previous);
  const counts = { new: 0, retained: 0, reactivated: 0, lost: 0, inactive: 0 };
  const lists = { new: [] as string[], lost: [] as string[], reactivated: [] as string[] };
  for (let c = 0; c < ids.length; c++) {
    const status = lifecycleStatus(activity, c, current.start);
    counts[status]++;
    if (status === 'new' || status === 'lost' || status === 'reactivated') lists[status].push(ids[c]!);
  }
  const previousActive = counts.retained + counts.lost;
  return {
    previousActive,
    currentActive: counts.retained + counts.new + counts.reactivated,
    retained: counts.retained,
    new: counts.new,
    reactivated: counts.reactivated,
    lost: counts.lost,
    churnRate: ratio(counts.lost, previousActive),
    retentionRate: ratio(counts.retained, previousActive),
    newCustomerIds: lists.new.sort(compareCodePoints),
    lostCustomerIds: lists.lost.sort(compareCodePoints),
    reactivatedCustomerIds: lists.reactivated.sort(compareCodePoints),
  };
}
