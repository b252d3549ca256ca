import * as z from 'zod/mini';
import { dayNumber, isoDate } from '../book/calendar.js';
import { isTransactionColumns, toTransactionColumns } from '../book/columns.js';
import type { TransactionColumns, TransactionLineInput } from '../book/columns.js';
import { pointsTierSchema } from '../enums/schemas.js';
import { pointsTiers } from '../enums/vocabularies.js';
import type { PointsTier } from '../enums/vocabularies.js';
import { decimalFraction, ExactSums, floorDiv, toFen } from '../money/index.js';
import { above, atLeast, wholeNumber } from '../schema/formats.js';
import type { Fraction } from '../money/index.js';
import { GradingError } from './errors.js';

/**
 * How often members' points start again from zero.
 *
 * @example
 * computePoints(lines, { asOf: '2026-01-01', policy: { resetPeriod: 'quarterly' } })
 */
export const resetPeriods = ['yearly', 'half-yearly', 'quarterly', 'monthly', 'never'] as const;
export type ResetPeriod = (typeof resetPeriods)[number];

/**
 * Points policy: points per currency unit (default 1, 1 point per yuan), the tier table
 * (default `D < 1000 <= C < 3000 <= B < 5000 <= A`), the reset period (default yearly) and an
 * optional per-category table of points per unit that overrides the default for its lines.
 *
 * @example
 * pointsPolicySchema.parse({ categoryRates: { wine: 2 } }).resetPeriod // 'yearly'
 */
export const pointsPolicySchema = z.strictObject({
  version: z._default(wholeNumber.check(above(0)), 1),
  pointsPerUnit: z._default(z.number().check(atLeast(0)), 1),
  /** Tiers from their lower bound; a customer below every bound gets `lowest`. */
  tiers: z._default(z.array(z.strictObject({ tier: pointsTierSchema, atLeast: z.number() })), [
    { tier: 'C', atLeast: 1000 },
    { tier: 'B', atLeast: 3000 },
    { tier: 'A', atLeast: 5000 },
  ]),
  lowest: z._default(pointsTierSchema, 'D'),
  resetPeriod: z._default(z.enum(resetPeriods), 'yearly'),
  categoryRates: z.optional(z.record(z.string(), z.number().check(atLeast(0)))),
});
export type PointsPolicy = z.output<typeof pointsPolicySchema>;
export type PointsPolicyInput = z.input<typeof pointsPolicySchema>;

export interface PointsExplanation {
  readonly kind: 'points';
  readonly customerId: string;
  readonly tier: PointsTier;
  readonly points: number;
  /** The lower bound of the tier reached (undefined for the lowest tier). */
  readonly atLeast: number | undefined;
  /** First and last day (ISO) of the current period. */
  readonly periodStart: string;
  readonly periodEnd: string;
}

export interface PointsResult {
  readonly customerIds: readonly string[];
  /** Points of the current period, whole points, never below 0. */
  readonly points: Float64Array;
  /** Tier code per customer: an index into `pointsTiers`. */
  readonly tier: Uint8Array;
  readonly periodStart: string;
  readonly periodEnd: string;
  tierOf(index: number): PointsTier;
  explain(index: number): PointsExplanation;
}

/**
 * The first day of the period that contains `day` (a day number).
 *
 * @example
 * isoDate(periodStartDay(dayNumber('2025-08-15')!, 'quarterly')) // '2025-07-01'
 */
export function periodStartDay(day: number, period: ResetPeriod): number {
  if (period === 'never') return Number.NEGATIVE_INFINITY;
  const date = new Date(day * 86_400_000);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const months = period === 'yearly' ? 12 : period === 'half-yearly' ? 6 : period === 'quarterly' ? 3 : 1;
  return Date.UTC(year, month - (month % months), 1) / 86_400_000;
}

/**
 * `floor(Σ fen · rate / 100)` over a customer's rate slots, exactly: 1000 yuan at 0.9999999995
 * points per yuan is 999.9999995 points, so 999 — never rounded up across a tier bound.
 */
function exactPoints(fen: ExactSums, customer: number, rates: readonly Fraction[]): number {
  const slots = rates.length;
  if (slots === 1) {
    const f = fen.value(customer);
    const num = Number(rates[0]!.num);
    const den = Number(rates[0]!.den) * 100;
    const a = f * num;
    if (Number.isSafeInteger(a) && Number.isSafeInteger(den) && Number.isSafeInteger(f)) {
      // Math.floor of the rounded quotient can be one off near an integer: correct it on integers.
      let q = Math.floor(a / den);
      if (q * den > a) q -= 1;
      else if ((q + 1) * den <= a) q += 1;
      return q;
    }
  }
  let num = 0n;
  let den = 1n;
  for (let r = 0; r < slots; r++) {
    const rate = rates[r]!;
    // num/den + f·rate.num/rate.den, on a common denominator.
    num = num * rate.den + fen.exact(customer * slots + r) * rate.num * den;
    den *= rate.den;
  }
  return Number(floorDiv(num, den * 100n));
}

/**
 * Members' points and tiers as of `asOf`: points accumulate over the current reset period,
 * the period that contains the day before `asOf` (so as of 2026-01-01 with yearly reset the
 * period is 2025), from lines dated in that period and before `asOf`. Each line earns
 * `amount × rate` (the category's rate if the policy has one, else `pointsPerUnit`); returns
 * take their points back. The total is computed exactly (amounts in fen, rates as the decimals
 * they are written as) and rounded down to whole points, never below 0: 999.9999995 points
 * are 999 (tier D), not 1000.
 *
 * @example
 * const points = computePoints(lines, { asOf: '2026-01-01' });
 * points.tierOf(0) // 'C' for 1 200 yuan spent in 2025
 */
export function computePoints(
  book: TransactionColumns | readonly TransactionLineInput[],
  options: { asOf: string; policy?: PointsPolicyInput | undefined; customerIds?: Iterable<string> | undefined },
): PointsResult {
  const policy = pointsPolicySchema.parse(options.policy ?? {});
  const asOfDay = dayNumber(options.asOf);
  if (asOfDay === undefined) throw new GradingError('invalid-as-of', { value: options.asOf });
  const columns = isTransactionColumns(book) ? book : toTransactionColumns(book);
  const customerIds = [...columns.customerIds];
  if (options.customerIds) {
    const known = new Set(customerIds);
    for (const id of options.customerIds) {
      if (known.has(id)) continue;
      known.add(id);
      customerIds.push(id);
    }
  }
  const start = periodStartDay(asOfDay - 1, policy.resetPeriod);
  const n = customerIds.length;
  // Each distinct rate (the default, then each category's) is a slot per customer; fen are
  // summed exactly per slot and turned into points once, exactly (see `exactPoints`).
  const rates: Fraction[] = [decimalFraction(policy.pointsPerUnit)];
  const rateOfCategory = new Int32Array(columns.categories?.length ?? 0);
  if (policy.categoryRates && columns.categories) {
    const slotOfRate = new Map<number, number>([[policy.pointsPerUnit, 0]]);
    columns.categories.forEach((name, k) => {
      const rate = policy.categoryRates![name];
      if (rate === undefined) return;
      let slot = slotOfRate.get(rate);
      if (slot === undefined) {
        slotOfRate.set(rate, (slot = rates.length));
        rates.push(decimalFraction(rate));
      }
      rateOfCategory[k] = slot;
    });
  }
  const slots = rates.length;
  const fen = new ExactSums(n * slots);
  const { customer, day, amount, category } = columns;
  for (let i = 0; i < columns.length; i++) {
    const d = day[i]!;
    if (d >= asOfDay || d < start) continue;
    const k = category ? category[i]! : -1;
    fen.add(customer[i]! * slots + (k >= 0 ? rateOfCategory[k]! : 0), toFen(amount[i]!));
  }
  const tiers = [...policy.tiers].sort((a, b) => b.atLeast - a.atLeast);
  const points = new Float64Array(n);
  const tier = new Uint8Array(n);
  const reached = new Int32Array(n).fill(-1);
  const lowest = pointsTiers.indexOf(policy.lowest);
  for (let i = 0; i < n; i++) {
    const p = Math.max(0, exactPoints(fen, i, rates));
    points[i] = p;
    const t = tiers.findIndex((row) => p >= row.atLeast);
    reached[i] = t;
    tier[i] = t < 0 ? lowest : pointsTiers.indexOf(tiers[t]!.tier);
  }
  const periodStart = policy.resetPeriod === 'never' ? '' : isoDate(start);
  const periodEnd = isoDate(asOfDay - 1);
  return {
    customerIds,
    points,
    tier,
    periodStart,
    periodEnd,
    tierOf: (i) => pointsTiers[tier[i]!]!,
    explain: (i) => ({
      kind: 'points',
      customerId: customerIds[i]!,
      tier: pointsTiers[tier[i]!]!,
      points: points[i]!,
      atLeast: reached[i]! < 0 ? undefined : tiers[reached[i]!]!.atLeast,
      periodStart,
      periodEnd,
    }),
  };
}
