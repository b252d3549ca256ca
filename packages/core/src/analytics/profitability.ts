import { compareCodePoints } from '../grading/compare.js';
import { ExactSums, fromFen, toFen } from '../money/index.js';
import type { InteractionKind } from '../enums/vocabularies.js';
import { asColumns, population, type Book } from './book.js';
import type { InteractionEntry } from './interaction.js';
import { lookupFunction, ratio, type Lookup } from './lookup.js';
import { parseDay, resolveRange, type RangeOptions } from './range.js';

/**
 * The four stages of cost to serve (客户服务成本) in the seed: 售前成本 (pre-sale: visits,
 * samples, entertainment), 制造成本 (production: special specs, small batches, custom work
 * for this customer — not the cost of goods, which comes from the lines), 物流成本
 * (logistics: delivery, storage) and 售后服务成本 (after-sale: service, complaints).
 *
 * @example
 * serviceCostStages.map((stage) => stage) // ['pre-sale', 'production', 'logistics', 'after-sale']
 */
export const serviceCostStages = ['pre-sale', 'production', 'logistics', 'after-sale'] as const;
export type ServiceCostStage = (typeof serviceCostStages)[number];

/** A cost booked against one customer (from accounting, logistics, the service desk …). */
export interface ServiceCost {
  customerId: string;
  stage: ServiceCostStage;
  amount: number;
  /** ISO date; undated costs always count, dated ones only inside the range. */
  date?: string | undefined;
}

/**
 * Default stage of an interaction's cost: support is after-sale, every other contact pre-sale.
 *
 * @example
 * defaultInteractionStage('support') // 'after-sale'
 * defaultInteractionStage('gift') // 'pre-sale'
 */
export function defaultInteractionStage(kind: InteractionKind): ServiceCostStage {
  return kind === 'support' ? 'after-sale' : 'pre-sale';
}

export interface ProfitabilityOptions extends RangeOptions {
  /** Contacts whose `cost` is cost to serve. */
  interactions?: readonly InteractionEntry[] | undefined;
  /** Costs booked per customer and stage. */
  costs?: readonly ServiceCost[] | undefined;
  /** Stage of an interaction's cost (default `defaultInteractionStage`). */
  stageOf?: ((kind: InteractionKind) => ServiceCostStage) | undefined;
  /**
   * Customer assets (顾客资产): what the company has tied up in the customer — receivables,
   * stock held for it, equipment lent, acquisition investment — valued for the period.
   */
  customerAssets?: Lookup<number> | undefined;
  /** Archive customers without transactions. */
  customers?: Iterable<string> | undefined;
}

/** One customer's profit and loss (the P&L of a marketing entity). */
export interface ProfitabilityRow {
  customerId: string;
  revenue: number;
  /** Cost of goods sold: sum of the lines' `cost`; `null` when a counted line has none. */
  costOfSales: number | null;
  /** revenue − cost of sales. */
  grossMargin: number | null;
  preSaleCost: number;
  productionCost: number;
  logisticsCost: number;
  afterSaleCost: number;
  /** 客户服务成本 = pre-sale + production + logistics + after-sale. */
  costToServe: number;
  /** 客户利润贡献 = gross margin − cost to serve. */
  netContribution: number | null;
  /** net contribution / revenue; `null` when revenue is not positive. */
  netMarginRate: number | null;
  customerAssets: number | null;
  /** 顾客资产回报率 = net contribution / customer assets; `null` without positive assets. */
  returnOnCustomerAssets: number | null;
}

export interface ProfitabilityResult {
  /** Sorted by net contribution descending (unknown last), then revenue descending, then id: best first, worst last. */
  rows: ProfitabilityRow[];
  /** The same figures for all customers together (id `''`). */
  total: ProfitabilityRow;
}

/**
 * Customer profitability and cost to serve (顾客对企业的利润贡献分析, 客户服务成本分析).
 *
 * Return on customer assets (顾客资产回报率): the seeds name it without a formula; Dossier
 * defines it like a return on assets, for one customer: the customer's net profit
 * contribution over the assets the company has committed to that customer,
 * `(revenue − cost of sales − cost to serve) / customer assets`. The assets are an input
 * (`customerAssets`), since the book does not know them.
 *
 * Edge cases: no cost column → cost of sales, margins and returns are `null` (never
 * overstated); non-positive revenue → `null` net margin rate; negative or zero assets →
 * `null` return. Cost: one pass over lines, interactions and costs, O(n + customers log customers).
 *
 * @example
 * customerProfitability(lines, { costs: [{ customerId: 'c1', stage: 'logistics', amount: 50 }] }).rows[0]
 */
export function customerProfitability(book: Book, options: ProfitabilityOptions = {}): ProfitabilityResult {
  const columns = asColumns(book);
  const { start, end } = resolveRange(options);
  const interactions = options.interactions ?? [];
  const costs = options.costs ?? [];
  const { ids, extraIndex } = population(columns, [
    ...(options.customers ?? []),
    ...interactions.map((i) => i.customerId),
    ...costs.map((c) => c.customerId),
  ]);
  const N = ids.length;
  // Money in whole fen, summed exactly: revenue and cost of sales per customer, and the four
  // stage costs (interaction and cost amounts are taken to the nearest fen) at c * 4 + stage.
  const revenue = new ExactSums(N);
  const costOfSales = new ExactSums(N);
  const missingCost = new Int32Array(N);
  for (let i = 0; i < columns.length; i++) {
    const d = columns.day[i]!;
    if (d < start || d >= end) continue;
    const c = columns.customer[i]!;
    revenue.add(c, toFen(columns.amount[i]!));
    const cost = columns.cost === undefined ? Number.NaN : columns.cost[i]!;
    if (Number.isNaN(cost)) missingCost[c]!++;
    else costOfSales.add(c, toFen(cost));
  }
  const stageCost = new ExactSums(N * 4);
  const stageIndex = (stage: ServiceCostStage) => serviceCostStages.indexOf(stage);
  const stageOf = options.stageOf ?? defaultInteractionStage;
  for (const interaction of interactions) {
    const d = parseDay(interaction.date, 'interactions.date');
    if (d < start || d >= end) continue;
    stageCost.add(extraIndex.get(interaction.customerId)! * 4 + stageIndex(stageOf(interaction.kind)), toFen(interaction.cost ?? 0));
  }
  for (const cost of costs) {
    if (cost.date !== undefined) {
      const d = parseDay(cost.date, 'costs.date');
      if (d < start || d >= end) continue;
    }
    stageCost.add(extraIndex.get(cost.customerId)! * 4 + stageIndex(cost.stage), toFen(cost.amount));
  }
  const assetsOf = lookupFunction(options.customerAssets);
  const stagesOf = (c: number) =>
    [stageCost.value(c * 4), stageCost.value(c * 4 + 1), stageCost.value(c * 4 + 2), stageCost.value(c * 4 + 3)] as const;
  // sort customer indexes on typed keys first (net contribution and revenue in fen, exact, so
  // equal amounts tie), then build one row per customer in that order
  const net = new Float64Array(N);
  const revenueFen = new Float64Array(N);
  for (let c = 0; c < N; c++) {
    const [a, b, l, s] = stagesOf(c);
    revenueFen[c] = revenue.value(c);
    net[c] = missingCost[c]! > 0 ? Number.NaN : revenueFen[c]! - costOfSales.value(c) - a - b - l - s;
  }
  const order = new Uint32Array(N);
  for (let c = 0; c < N; c++) order[c] = c;
  order.sort((a, b) => {
    const na = net[a]!;
    const nb = net[b]!;
    const unknownA = Number.isNaN(na);
    const unknownB = Number.isNaN(nb);
    if (unknownA !== unknownB) return unknownA ? 1 : -1;
    if (!unknownA && na !== nb) return nb - na;
    return revenueFen[b]! - revenueFen[a]! || compareCodePoints(ids[a]!, ids[b]!);
  });
  const rows: ProfitabilityRow[] = new Array<ProfitabilityRow>(N);
  for (let k = 0; k < N; k++) {
    const c = order[k]!;
    const assets = assetsOf(ids[c]!);
    rows[k] = profitRow(ids[c]!, revenueFen[c]!, missingCost[c]! > 0 ? null : costOfSales.value(c), stagesOf(c), assets === undefined ? null : assets);
  }
  // totals: exact sums in fen, independent of the ranking and of the order of the lines
  let costKnown = true;
  for (let c = 0; c < N; c++) if (missingCost[c]! > 0) costKnown = false;
  const totalStages = new ExactSums(4);
  for (let c = 0; c < N; c++) for (let s = 0; s < 4; s++) totalStages.add(s, stageCost.value(c * 4 + s));
  // customer assets (an input in yuan) are added to the nearest fen, exactly, in any order
  const assetsFen = new ExactSums(1);
  let assetsKnown = N > 0;
  for (let c = 0; c < N && assetsKnown; c++) {
    const assets = assetsOf(ids[c]!);
    if (assets === undefined) assetsKnown = false;
    else assetsFen.add(0, toFen(assets));
  }
  const totalAssets = assetsKnown ? assetsFen.yuan(0) : null;
  const total = profitRow(
    '',
    revenue.total(),
    costKnown ? costOfSales.total() : null,
    [totalStages.value(0), totalStages.value(1), totalStages.value(2), totalStages.value(3)],
    totalAssets,
  );
  return { rows, total };
}

/** A row from amounts in whole fen (exact differences); the row itself is in yuan. */
function profitRow(
  customerId: string,
  revenueFen: number,
  costOfSalesFen: number | null,
  stagesFen: readonly [number, number, number, number],
  customerAssets: number | null,
): ProfitabilityRow {
  const grossMarginFen = costOfSalesFen === null ? null : revenueFen - costOfSalesFen;
  const costToServeFen = stagesFen[0] + stagesFen[1] + stagesFen[2] + stagesFen[3];
  const netFen = grossMarginFen === null ? null : grossMarginFen - costToServeFen;
  const netContribution = netFen === null ? null : fromFen(netFen);
  return {
    customerId,
    revenue: fromFen(revenueFen),
    costOfSales: costOfSalesFen === null ? null : fromFen(costOfSalesFen),
    grossMargin: grossMarginFen === null ? null : fromFen(grossMarginFen),
    preSaleCost: fromFen(stagesFen[0]),
    productionCost: fromFen(stagesFen[1]),
    logisticsCost: fromFen(stagesFen[2]),
    afterSaleCost: fromFen(stagesFen[3]),
    costToServe: fromFen(costToServeFen),
    netContribution,
    netMarginRate: revenueFen > 0 ? ratio(netFen, revenueFen) : null,
    customerAssets,
    returnOnCustomerAssets: customerAssets !== null && customerAssets > 0 ? ratio(netContribution, customerAssets) : null,
  };
}
