import { Dictionary } from '../book/columns.js';
import { ExactSums, fromFen, toFen } from '../money/index.js';
import type { InteractionKind } from '../enums/vocabularies.js';
import { asColumns, distinctPerGroup, population, type Book } from './book.js';
import { creditSplitRules, defaultCreditSplitPolicy, splitFen, validateCreditSplitPolicy, type CreditAssignment, type CreditSplitPolicy } from './credit-split.js';
import { AnalyticsError } from './errors.js';
import type { InteractionEntry } from './interaction.js';
import { customerActivity, lifecycleStatus } from './lifecycle.js';
import { compareKeys, lookupFunction, ratio, type Lookup } from './lookup.js';
import { parseDay, resolvePeriod, type Period } from './range.js';

/** A rep's targets for the period. */
export interface RepTargets {
  sales?: number | undefined;
  grossMargin?: number | undefined;
}

/** A rep's receivables for the period: opening balance and how much of it was collected. */
export interface RepReceivables {
  /** Receivables outstanding at the start of the period (期初应收款). */
  opening: number;
  /** Part of `opening` collected during the period (本期收回). */
  collected: number;
}

export interface SalesForceOptions {
  /** The period analysed (`from <= date < to`). */
  period: Period;
  /** Customer id → responsible rep: sales, orders and customers are credited to this rep. */
  repOf: Lookup<string>;
  /** Contacts; each is credited to its own `rep`. Those outside the period are ignored. */
  interactions?: readonly InteractionEntry[] | undefined;
  /** Working days in the period: one number for every rep, or per rep. */
  workingDays?: number | Lookup<number> | undefined;
  targets?: Lookup<RepTargets> | undefined;
  receivables?: Lookup<RepReceivables> | undefined;
  /** Interaction kinds that count as visits (default `['visit']`). */
  visitKinds?: readonly InteractionKind[] | undefined;
  /** Reps to report even without any activity. */
  reps?: Iterable<string> | undefined;
  /** Archive customers without transactions (they can still be visited or lost). */
  customers?: Iterable<string> | undefined;
  /**
   * Customer id → shared credit (handover, engineering deal, region unclear): the customer's
   * sales, cost and paid in the period are split between the two parties by
   * `creditSplitPolicy` (exactly, in fen: see `splitFen`); its orders, buying/new/lost counts
   * stay with its rep of `repOf`.
   */
  creditSplits?: Lookup<CreditAssignment> | undefined;
  /** The percentages of each rule (default `defaultCreditSplitPolicy`: 60/40, 70/30, 50/50). */
  creditSplitPolicy?: CreditSplitPolicy | undefined;
}

/** One rep's figures for the period (销售人员效率检查表). */
export interface SalesForceRow {
  /** Rep id; `null` collects customers with no rep. */
  rep: string | null;
  visits: number;
  workingDays: number | null;
  /** 每天平均访问户数 = visits / working days. */
  visitsPerDay: number | null;
  /** Net sales of the rep's customers in the period. */
  sales: number;
  /**
   * Orders of the rep's customers, counted per customer as grading.md counts them: distinct
   * order ids of each customer (SO-1 of c1 and SO-1 of c2 are two orders); a line without
   * order id is an order by itself.
   */
  orders: number;
  /** 平均每单销售额 = sales / orders. */
  averageSalesPerOrder: number | null;
  /** Customers with a line of positive amount in the period. */
  buyingCustomers: number;
  /** 平均每户成交金额 = sales / buying customers. */
  averageSalesPerCustomer: number | null;
  /** 现金回收率 = paid / sales of the period's lines; a line without `paid` counts as unpaid; `null` when the book has no paid column. */
  cashCollectionRate: number | null;
  /** 应收款回收率 = collected / opening receivables (input). */
  receivablesCollectionRate: number | null;
  /** Sum of `cost` of the rep's visits. */
  visitCost: number;
  /** 每次平均访问费用 = visit cost / visits. */
  costPerVisit: number | null;
  /** 平均每次访问销售额 = sales / visits. */
  salesPerVisit: number | null;
  /** Sales − cost of sales; `null` when a line has no cost. */
  grossMargin: number | null;
  salesTarget: number | null;
  /** 销售目标达成率 = sales / sales target. */
  salesAchievement: number | null;
  grossMarginTarget: number | null;
  /** 毛利目标达成率 = gross margin / gross-margin target. */
  grossMarginAchievement: number | null;
  /** 新增客户数: the rep's customers whose first purchase falls in the period. */
  newCustomers: number;
  /** 失去客户数: the rep's customers who bought in the equally long previous period but not in this one. */
  lostCustomers: number;
}

/**
 * Sales-force efficiency per rep and period (销售队伍效率分析), the indicators of the seed's
 * 销售人员效率检查表. Formulas are on each field of `SalesForceRow`; every rate is `null`
 * when its denominator is zero or its input is missing. Sales are credited through `repOf`
 * (the customer's rep), visits and their cost through the interaction's `rep`.
 * Cost: a few passes over the lines (orders are counted per customer by a counting sort), O(n).
 *
 * @example
 * salesForceEfficiency(lines, { period: { from: '2025-01-01', to: '2025-04-01' }, repOf: { c1: 'wang' },
 *   interactions, workingDays: 62, targets: { wang: { sales: 100_000 } } }).rows
 */
export function salesForceEfficiency(book: Book, options: SalesForceOptions): { rows: SalesForceRow[] } {
  const columns = asColumns(book);
  const current = resolvePeriod(options.period);
  const previous = { start: 2 * current.start - current.end, end: current.start };
  const interactions = options.interactions ?? [];
  const { ids } = population(columns, [...(options.customers ?? []), ...interactions.map((i) => i.customerId)]);

  // rep groups: group 0 = no rep
  const repGroups = new Dictionary<string | null>();
  repGroups.code(null);
  const reps = repGroups.values;
  const groupOfRep = (rep: string): number => repGroups.code(rep);
  for (const rep of options.reps ?? []) groupOfRep(rep);
  const repOf = lookupFunction(options.repOf);
  const groupOf = new Int32Array(ids.length);
  for (let c = 0; c < ids.length; c++) {
    const rep = repOf(ids[c]!);
    groupOf[c] = rep === undefined || rep === null ? 0 : groupOfRep(rep);
  }
  // Customers whose credit is shared: a slot each, summed exactly and split once at the end.
  const policy = options.creditSplitPolicy === undefined ? defaultCreditSplitPolicy : validateCreditSplitPolicy(options.creditSplitPolicy);
  const splitOf = lookupFunction(options.creditSplits);
  const splitSlot = new Int32Array(ids.length).fill(-1);
  const splits: { percents: readonly number[]; groups: number[] }[] = [];
  if (options.creditSplits !== undefined) {
    for (let c = 0; c < ids.length; c++) {
      const assignment = splitOf(ids[c]!);
      if (assignment === undefined) continue;
      const parties = assignment.parties as readonly unknown[] | undefined;
      if (!(creditSplitRules as readonly string[]).includes(assignment.rule) || parties?.length !== 2 || !parties.every((p) => typeof p === 'string' && p !== '')) {
        throw new AnalyticsError('analytics.bad-split', { rule: `${ids[c]}`, value: JSON.stringify(assignment) });
      }
      splitSlot[c] = splits.length;
      splits.push({ percents: policy[assignment.rule], groups: assignment.parties.map(groupOfRep) });
    }
  }
  const visitKinds = new Set<string>(options.visitKinds ?? ['visit']);
  // Visit costs in whole fen (an interaction's cost is taken to the nearest fen), summed exactly.
  const visitsByGroup = new Map<number, { visits: number; cost: number }>();
  for (const interaction of interactions) {
    const d = parseDay(interaction.date, 'interactions.date');
    if (d < current.start || d >= current.end || !visitKinds.has(interaction.kind)) continue;
    const g = groupOfRep(interaction.rep);
    const entry = visitsByGroup.get(g) ?? { visits: 0, cost: 0 };
    entry.visits++;
    entry.cost += toFen(interaction.cost ?? 0);
    visitsByGroup.set(g, entry);
  }

  const groups = reps.length;
  // Money in whole fen, summed exactly (independent of line order).
  const salesFen = new ExactSums(groups);
  const costFen = new ExactSums(groups);
  const missingCost = new Int32Array(groups);
  const paidFen = new ExactSums(groups);
  const looseOrders = new Int32Array(groups);
  const orderColumn = columns.order;
  // customer of each counted line that has an order id, -1 otherwise: orders are counted per
  // customer as grading.md counts them (an order id used by two customers is two orders).
  const customerOfLine = new Int32Array(orderColumn === undefined ? 0 : columns.length).fill(-1);
  const splitSales = new ExactSums(splits.length);
  const splitCost = new ExactSums(splits.length);
  const splitPaid = new ExactSums(splits.length);
  const splitMissingCost = new Int32Array(splits.length);
  for (let i = 0; i < columns.length; i++) {
    const d = columns.day[i]!;
    if (d < current.start || d >= current.end) continue;
    const g = groupOf[columns.customer[i]!]!;
    // Money of a shared customer goes to its slot; of any other to its rep's group.
    const slot = splitSlot[columns.customer[i]!]!;
    const [money, slotOrGroup, missing] = slot < 0 ? ([{ sales: salesFen, cost: costFen, paid: paidFen }, g, missingCost] as const) : ([{ sales: splitSales, cost: splitCost, paid: splitPaid }, slot, splitMissingCost] as const);
    money.sales.add(slotOrGroup, toFen(columns.amount[i]!));
    const c = columns.cost === undefined ? Number.NaN : columns.cost[i]!;
    if (Number.isNaN(c)) missing[slotOrGroup]!++;
    else money.cost.add(slotOrGroup, toFen(c));
    const p = columns.paid === undefined ? Number.NaN : columns.paid[i]!;
    if (!Number.isNaN(p)) money.paid.add(slotOrGroup, toFen(p));
    const o = orderColumn === undefined ? -1 : orderColumn[i]!;
    if (o < 0) looseOrders[g]!++;
    else customerOfLine[i] = columns.customer[i]!;
  }
  splits.forEach(({ percents, groups: parties }, slot) => {
    for (const [from, to] of [[splitSales, salesFen], [splitCost, costFen], [splitPaid, paidFen]] as const) {
      splitFen(from.exact(slot), percents).forEach((part, k) => addExact(to, parties[k]!, part));
    }
    if (splitMissingCost[slot]! > 0) for (const g of parties) missingCost[g]!++;
  });
  const orders = looseOrders;
  if (orderColumn !== undefined) {
    const perCustomer = distinctPerGroup(customerOfLine, orderColumn, ids.length, columns.orderIds?.length ?? 0);
    for (let c = 0; c < ids.length; c++) orders[groupOf[c]!]! += perCustomer[c]!;
  }
  const sales = salesFen.yuanArray();
  const paid = paidFen.yuanArray();

  const activity = customerActivity(columns, ids.length, current, previous);
  const buying = new Int32Array(groups);
  const newCustomers = new Int32Array(groups);
  const lostCustomers = new Int32Array(groups);
  for (let c = 0; c < ids.length; c++) {
    const g = groupOf[c]!;
    if (activity.current[c]) buying[g]!++;
    const status = lifecycleStatus(activity, c, current.start);
    if (status === 'new') newCustomers[g]!++;
    else if (status === 'lost') lostCustomers[g]!++;
  }

  const days = options.workingDays;
  const daysOf = typeof days === 'number' ? () => days : lookupFunction(days);
  const targetsOf = lookupFunction(options.targets);
  const receivablesOf = lookupFunction(options.receivables);
  const hasPaid = columns.paid !== undefined;
  const rows: SalesForceRow[] = [];
  for (let g = 0; g < groups; g++) {
    const rep = reps[g]!;
    const visitFen = visitsByGroup.get(g) ?? { visits: 0, cost: 0 };
    const visitEntry = { visits: visitFen.visits, cost: fromFen(visitFen.cost) };
    // the no-rep group only appears when it has something to show
    if (rep === null && sales[g] === 0 && orders[g] === 0 && buying[g] === 0 && lostCustomers[g] === 0 && visitEntry.visits === 0) continue;
    const workingDays = rep === null ? null : (daysOf(rep) ?? null);
    const targets = rep === null ? undefined : targetsOf(rep);
    const receivables = rep === null ? undefined : receivablesOf(rep);
    const grossMargin = missingCost[g]! > 0 ? null : fromFen(salesFen.value(g) - costFen.value(g));
    const salesTarget = targets?.sales ?? null;
    const grossMarginTarget = targets?.grossMargin ?? null;
    rows.push({
      rep,
      visits: visitEntry.visits,
      workingDays,
      visitsPerDay: ratio(visitEntry.visits, workingDays),
      sales: sales[g]!,
      orders: orders[g]!,
      averageSalesPerOrder: ratio(sales[g]!, orders[g]!),
      buyingCustomers: buying[g]!,
      averageSalesPerCustomer: ratio(sales[g]!, buying[g]!),
      cashCollectionRate: hasPaid ? ratio(paid[g]!, sales[g]!) : null,
      receivablesCollectionRate: receivables ? ratio(receivables.collected, receivables.opening) : null,
      visitCost: visitEntry.cost,
      costPerVisit: ratio(visitEntry.cost, visitEntry.visits),
      salesPerVisit: ratio(sales[g]!, visitEntry.visits),
      grossMargin,
      salesTarget,
      salesAchievement: ratio(sales[g]!, salesTarget),
      grossMarginTarget,
      grossMarginAchievement: ratio(grossMargin, grossMarginTarget),
      newCustomers: newCustomers[g]!,
      lostCustomers: lostCustomers[g]!,
    });
  }
  rows.sort((a, b) => b.sales - a.sales || compareKeys(a.rep, b.rep));
  return { rows };
}

const MAX = BigInt(Number.MAX_SAFE_INTEGER);

// Adds a bigint of fen to a slot in safe steps (one step for any amount below 2^53 fen).
function addExact(sums: ExactSums, slot: number, value: bigint): void {
  let rest = value;
  while (rest > MAX || rest < -MAX) {
    const step = rest > 0n ? MAX : -MAX;
    sums.add(slot, Number(step));
    rest -= step;
  }
  sums.add(slot, Number(rest));
}
