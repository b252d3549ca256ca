import { dayNumber } from '../book/calendar.js';
import type { TransactionColumns } from '../book/columns.js';
import { sampleCategories, sampleProducts, type SampleProduct } from './catalogue.js';
import { sampleError } from './errors.js';
import { customerProfile, lineShare, sampleCustomerId, streams } from './profiles.js';
import { mixSeed, Random, type Seed } from './random.js';
import { cumulativeSeasonalWeights, seasonalOffset } from './seasonality.js';

/** Options of `generateTransactionColumns`. */
export interface TransactionColumnsOptions {
  /** Same seed, same book, byte for byte. */
  seed: Seed;
  /** Number of customers (10 … 1,000,000 is the tested range; any positive integer works). */
  customers: number;
  /** Number of lines; default `defaultTransactionCount(customers)`. */
  transactions?: number | undefined;
  /** ISO date the book is seen from: every line is dated strictly before it. */
  asOf: string;
  /** Days the book spans before `asOf`; default 548 (a year and a half). */
  days?: number | undefined;
  /** Share of lines that are returns (negative amounts); default 0.025. */
  returnShare?: number | undefined;
}

/**
 * Default number of lines for an archive size: ten per customer.
 *
 * @example
 * defaultTransactionCount(1_000_000) // 10_000_000
 */
export function defaultTransactionCount(customers: number): number {
  return customers * 10;
}

/**
 * Default span of the book: about a year and a half.
 *
 * @example
 * generateTransactionColumns({ seed: 1, customers: 10, asOf: '2026-01-01', days: DEFAULT_BOOK_DAYS })
 */
export const DEFAULT_BOOK_DAYS = 548;

/** Lines per sale order: 1 + a geometric number with this success probability (mean ≈ 2.2). */
const ORDER_CONTINUE = 0.45;

/** The resolved window and sizes shared by both generators. */
export interface BookPlan {
  readonly seed: Seed;
  readonly customers: number;
  readonly transactions: number;
  /** First and last day numbers of the book (both included); `lastDay = asOf - 1`. */
  readonly firstDay: number;
  readonly lastDay: number;
  readonly days: number;
  readonly returnShare: number;
}

/**
 * Validates and resolves the options of the generators; throws a `SampleError` on bad input.
 *
 * @example
 * planBook({ seed: 1, customers: 10, asOf: '2026-01-01' }).lastDay // dayNumber('2025-12-31')
 */
export function planBook(options: TransactionColumnsOptions): BookPlan {
  const { seed, customers, asOf } = options;
  const days = options.days ?? DEFAULT_BOOK_DAYS;
  const asOfDay = dayNumber(asOf);
  if (asOfDay === undefined) throw sampleError('as-of-invalid', { value: asOf });
  if (!Number.isInteger(customers) || customers < 1) throw sampleError('customers-invalid', { value: customers });
  if (!Number.isInteger(days) || days < 1) throw sampleError('days-invalid', { value: days });
  const transactions = options.transactions ?? defaultTransactionCount(customers);
  if (!Number.isInteger(transactions) || transactions < 0 || transactions > 2 ** 31 - 1) {
    throw sampleError('transactions-invalid', { value: transactions });
  }
  const returnShare = options.returnShare ?? 0.025;
  if (!(returnShare >= 0 && returnShare < 0.5)) throw sampleError('return-share-invalid', { value: returnShare });
  return { seed, customers, transactions, firstDay: asOfDay - days, lastDay: asOfDay - 1, days, returnShare };
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

/** Standard normal quantile (Abramowitz and Stegun 26.2.23; error below 4.5e-4). */
function normalQuantile(p: number): number {
  const q = p < 0.5 ? p : 1 - p;
  const t = Math.sqrt(-2 * Math.log(q));
  const x = t - (2.515517 + 0.802853 * t + 0.010328 * t * t) / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t);
  return p < 0.5 ? -x : x;
}

/**
 * Quantiles of a log-normal with median 1 and log-spread 0.6 at 1024 evenly spaced
 * probabilities: looking one up costs far less than drawing a normal deviate per line.
 */
const QUANTITY_NOISE = Float64Array.from({ length: 1024 }, (_, k) => Math.exp(0.6 * normalQuantile((k + 0.5) / 1024)));

/**
 * Generates a transaction book straight into typed arrays: no object per line and no faker in
 * the loop, so that a million customers and ten million lines take seconds and about the memory
 * of the columns (plus the customer and order id dictionaries).
 *
 * What the book looks like: spending is Pareto-distributed across customers (about 20 % of the
 * customers make about 80 % of the revenue); dates follow the seasons (Spring Festival dip,
 * 618, 双11 and year-end peaks, quiet weekends); orders group one to several lines; products
 * belong to categories with different margins; recent lines are partly unpaid (receivables),
 * more so for late payers; about 2.5 % of lines are returns with negative amount, quantity and
 * paid (refunded) and no cost (NaN: the transaction schema keeps cost non-negative). Prospects have no lines, new customers only recent ones, former customers none in
 * the last 365 days. Lines are grouped by customer and dated in ascending order within a customer.
 *
 * The customer dictionary holds every customer (`C0000001`…, index = customer number), also
 * those without lines; `generateArchive` with the same seed, size, `asOf` and days has the same
 * customers and exactly these lines as objects.
 *
 * @example
 * const book = generateTransactionColumns({ seed: 42, customers: 1000, asOf: '2026-01-01' });
 * book.length // 10000
 */
export function generateTransactionColumns(options: TransactionColumnsOptions): TransactionColumns {
  return buildColumns(planBook(options), sampleProducts(options.seed));
}

/**
 * The generator behind `generateTransactionColumns`, for a resolved plan and catalogue.
 *
 * @example
 * const book = buildColumns(planBook({ seed: 1, customers: 10, asOf: '2026-01-01' }), sampleProducts(1));
 */
export function buildColumns(plan: BookPlan, products: readonly SampleProduct[]): TransactionColumns {
  const { seed, customers: customerCount, transactions: total, firstDay, lastDay, days } = plan;

  // Pass 1: the profile of every customer, kept in typed arrays, and its share of the lines.
  const activeFirst = new Int32Array(customerCount);
  const activeLast = new Int32Array(customerCount);
  const weight = new Float64Array(customerCount);
  const share = new Float64Array(customerCount);
  const primary = new Uint8Array(customerCount);
  const secondary = new Uint8Array(customerCount);
  const latePayer = new Uint8Array(customerCount);
  let shareTotal = 0;
  let activeCount = 0;
  for (let i = 0; i < customerCount; i++) {
    const profile = customerProfile(seed, i, firstDay, lastDay);
    activeFirst[i] = profile.firstDay;
    activeLast[i] = profile.lastDay;
    weight[i] = profile.weight;
    primary[i] = profile.primaryCategory;
    secondary[i] = profile.secondaryCategory;
    latePayer[i] = profile.latePayer ? 1 : 0;
    const s = lineShare(profile, days);
    share[i] = s;
    shareTotal += s;
    if (s > 0) activeCount++;
  }

  // Lines per customer: one for every active customer when there are enough lines, the rest
  // by cumulative rounding of the shares (deterministic, and sums to exactly `total`).
  const lineCount = new Int32Array(customerCount);
  const guaranteed = total >= activeCount ? 1 : 0;
  const rest = total - guaranteed * activeCount;
  let cumulative = 0;
  let allotted = 0;
  let maxLines = 0;
  for (let i = 0; i < customerCount; i++) {
    const s = share[i] ?? 0;
    if (s <= 0) continue;
    cumulative += s;
    const upTo = shareTotal > 0 ? Math.round((rest * cumulative) / shareTotal) : 0;
    const n = guaranteed + upTo - allotted;
    allotted = upTo;
    lineCount[i] = n;
    if (n > maxLines) maxLines = n;
  }

  const seasons = cumulativeSeasonalWeights(firstDay, days);
  const perCategory = products.length / sampleCategories.length;
  const unitPrice = Float64Array.from(products, (p) => p.unitPrice);
  const unitCost = Float64Array.from(products, (p) => round2(p.unitPrice * (1 - p.margin)));
  const medianQuantity = Float64Array.from(sampleCategories, (c) => c.medianQuantity);
  const categoryCount = sampleCategories.length;
  // A return is a one-line order; solve for the probability of a return order that makes
  // `returnShare` of the lines returns, given the mean size of a sale order.
  const meanSaleLines = 1 + (1 - ORDER_CONTINUE) / ORDER_CONTINUE;
  const f = plan.returnShare;
  const returnOrderChance = (f * meanSaleLines) / (1 - f + f * meanSaleLines);

  const customer = new Int32Array(total);
  const day = new Int32Array(total);
  const amount = new Float64Array(total);
  const cost = new Float64Array(total);
  const paid = new Float64Array(total);
  const quantity = new Float64Array(total);
  const order = new Int32Array(total);
  const product = new Int32Array(total);
  const category = new Int32Array(total);
  const orderIds: string[] = [];
  const orderDay = new Int32Array(Math.max(1, maxLines));
  const orderSize = new Int32Array(Math.max(1, maxLines));
  const orderReturn = new Uint8Array(Math.max(1, maxLines));

  // Pass 2: the lines of every customer from the customer's own random stream.
  let line = 0;
  for (let i = 0; i < customerCount; i++) {
    const n = lineCount[i] ?? 0;
    if (n === 0) continue;
    const random = new Random(mixSeed(seed, streams.lines, i));
    const from = (activeFirst[i] ?? firstDay) - firstDay;
    const to = (activeLast[i] ?? lastDay) - firstDay + 1;
    const low = seasons[from] ?? 0;
    const span = (seasons[to] ?? 0) - low;
    let orders = 0;
    for (let remaining = n; remaining > 0; orders++) {
      const isReturn = remaining < n && random.chance(returnOrderChance);
      const size = isReturn ? 1 : Math.min(remaining, 1 + random.geometric(ORDER_CONTINUE));
      orderSize[orders] = size;
      orderReturn[orders] = isReturn ? 1 : 0;
      orderDay[orders] = firstDay + seasonalOffset(seasons, low + random.next() * span, from, to);
      remaining -= size;
    }
    // Dates ascend within a customer; sizes and kinds stay in drawing order. The first order
    // is a sale, so that nothing is returned before it was bought.
    orderDay.subarray(0, orders).sort();
    orderReturn[0] = 0;

    const scale = Math.sqrt(weight[i] ?? 1);
    const late = latePayer[i] === 1;
    const first = primary[i] ?? 0;
    const second = secondary[i] ?? 0;
    for (let o = 0; o < orders; o++) {
      const isReturn = orderReturn[o] === 1;
      const orderIndex = orderIds.length;
      orderIds.push(`${isReturn ? 'RT' : 'SO'}${String(orderIndex + 1).padStart(8, '0')}`);
      const d = orderDay[o] ?? firstDay;
      const age = lastDay - d;
      const size = orderSize[o] ?? 1;
      for (let k = 0; k < size; k++, line++) {
        // One 32-bit draw gives two 16-bit uniforms: the category, then the product in it.
        const bits = random.uint32();
        const u = (bits >>> 16) / 65536;
        const c = u < 0.6 ? first : u < 0.85 ? second : random.int(categoryCount);
        // Popular products first: the square skews the pick towards the start of the category.
        const v = (bits & 0xffff) / 65536;
        const p = c * perCategory + Math.floor(v * v * perCategory);
        let q = Math.max(1, Math.round((medianQuantity[c] ?? 1) * scale * (QUANTITY_NOISE[random.uint32() >>> 22] ?? 1)));
        if (isReturn) q = -Math.max(1, Math.round(q * (0.1 + 0.4 * random.next())));
        const discount = 0.08 * random.next();
        const a = round2(q * (unitPrice[p] ?? 0) * (1 - discount));
        customer[line] = i;
        day[line] = d;
        amount[line] = a;
        // The schema keeps cost non-negative, so a return carries no cost (NaN = missing).
        cost[line] = isReturn ? Number.NaN : round2(q * (unitCost[p] ?? 0));
        quantity[line] = q;
        order[line] = orderIndex;
        product[line] = p;
        category[line] = c;
        let paidAmount = a;
        if (!isReturn) {
          if (late && age < 180 && random.chance(0.45)) paidAmount = random.chance(0.5) ? 0 : round2(a * random.next());
          else if (age < 45 && random.chance(0.35)) paidAmount = 0;
        }
        paid[line] = paidAmount;
      }
    }
  }

  const customerIds: string[] = new Array<string>(customerCount);
  for (let i = 0; i < customerCount; i++) customerIds[i] = sampleCustomerId(i);
  return {
    length: total,
    customer,
    customerIds,
    day,
    amount,
    cost,
    paid,
    quantity,
    order,
    orderIds,
    product,
    productIds: products.map((p) => p.id),
    category,
    categories: sampleCategories.map((c) => c.name),
  };
}
