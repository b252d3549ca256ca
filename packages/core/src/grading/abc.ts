import { dayNumber } from '../book/calendar.js';
import { NO_DAY } from '../book/figures.js';
import type { CustomerFigures } from '../book/figures.js';
import { abcGrades } from '../enums/vocabularies.js';
import type { AbcGrade } from '../enums/vocabularies.js';
import type { Locale } from '../i18n/locale.js';
import { decimalFraction, ExactSums, shareBelow, toFen } from '../money/index.js';
import type { Fraction } from '../money/index.js';
import { attributesOf } from './attributes.js';
import type { AttributesByCustomer, CustomerAttributes } from './attributes.js';
import type { AbcExplanation, AbcRule, AppliedAdjustment } from './explanation.js';
import type { AbcPolicy, AdjustmentRule } from './policy.js';
import { ceilShare, rankByRevenue } from './ranking.js';
import { gradingResultBase } from './result.js';
import type { AbcGrading } from './result.js';

/** Options shared by the grading functions. */
export interface GradeOptions {
  /** Hand-entered attributes by customer id, read by adjustment rules and manual criteria. */
  attributes?: AttributesByCustomer | undefined;
  /** Locale of the sentences `toRows()` writes (default `en`). */
  locale?: Locale | undefined;
}

const A = 0;
const B = 1;
const C = 2;

/**
 * ABC grading exactly as grading.md defines it: by revenue share (`abc-share`), by absolute
 * amount (`abc-amount`) or by customer count (`abc-count`), then the policy's adjustment
 * rules in order, plus the VIP flag (top ceil(vipFraction × n) of the revenue order).
 * `policy` must be parsed (defaults filled): use `parseGradingPolicy` or `defaultPolicy`.
 *
 * @example
 * const result = gradeAbc(figures, defaultPolicy('abc-share'));
 * result.gradeOf(0) // 'A'
 * result.explain(0).shareBefore // 0
 */
export function gradeAbc(figures: CustomerFigures, policy: AbcPolicy, options: GradeOptions = {}): AbcGrading {
  const { customerIds, revenue } = figures;
  const n = customerIds.length;
  const { order, sortedRevenue } = rankByRevenue(customerIds, revenue);
  const ranked = order.length;

  const rank = new Int32Array(n);
  const shareBefore = new Float64Array(n).fill(Number.NaN);
  const shareAfter = new Float64Array(n).fill(Number.NaN);
  const computedGrade = new Uint8Array(n).fill(C);
  let thresholds: readonly [number, number];
  // Grade codes by rank for the rank-based methods: A up to `lastA` (share: decided per step).
  let cutA = 0;
  let cutB = 0;
  let lastA = 0;
  let lastB = 0;
  if (policy.method === 'abc-share') {
    [cutA, cutB] = policy.cutoffs;
    thresholds = [cutA, cutB];
  } else if (policy.method === 'abc-amount') {
    thresholds = [policy.thresholds.a, policy.thresholds.b];
  } else {
    lastA = ceilShare(policy.fractions[0], ranked);
    lastB = Math.max(lastA, ceilShare(policy.fractions[1], ranked));
    thresholds = [lastA, lastB];
  }
  const byShare = policy.method === 'abc-share';
  const cut = byShare ? [decimalFraction(cutA), decimalFraction(cutB)] as const : undefined;
  const fen = new Float64Array(ranked);
  const sums = new ExactSums(1);
  for (let k = 0; k < ranked; k++) sums.add(0, (fen[k] = toFen(sortedRevenue[k]!)));
  const total = sums.exact(0);
  // grading.md step 3, exactly: `before < cutoff` is `before · den < num · total` on integers of
  // fen (BigInt when the book's total is beyond 2^53 fen), never a binary quotient.
  const walk = total <= BigInt(Number.MAX_SAFE_INTEGER) ? walkSafe(fen, Number(total), cut) : walkBig(fen, total, cut);
  for (let k = 0; k < ranked; k++) {
    const i = order[k]!;
    rank[i] = k + 1;
    shareBefore[i] = walk.before[k]!;
    shareAfter[i] = walk.after[k]!;
    computedGrade[i] = byShare ? walk.grade[k]! : k < lastA ? A : k < lastB ? B : C;
  }
  if (policy.method === 'abc-amount') {
    const { a, b } = policy.thresholds;
    for (let i = 0; i < n; i++) {
      const r = revenue[i]!;
      computedGrade[i] = r >= a ? A : r >= b ? B : C;
    }
  }

  const vipCount = ceilShare(policy.vipFraction, ranked);
  const vip = new Uint8Array(n);
  for (let k = 0; k < vipCount; k++) vip[order[k]!] = 1;

  const grade = computedGrade.slice();
  const applied = applyAdjustments(figures, policy.adjustments, grade, options.attributes);

  const method = policy.method;
  const rule = (i: number): AbcRule =>
    method === 'abc-amount' ? 'amount' : rank[i] === 0 ? 'non-positive-revenue' : method === 'abc-share' ? 'share' : 'count';
  const explain = (i: number): AbcExplanation => ({
    method,
    customerId: customerIds[i]!,
    grade: abcGrades[grade[i]!]!,
    computedGrade: abcGrades[computedGrade[i]!]!,
    rule: rule(i),
    revenue: revenue[i]!,
    rank: rank[i] === 0 ? undefined : rank[i],
    ranked,
    shareBefore: rank[i] === 0 ? undefined : shareBefore[i],
    shareAfter: rank[i] === 0 ? undefined : shareAfter[i],
    thresholds,
    vip: vip[i] === 1,
    vipCount,
    adjustments: applied.get(i) ?? [],
  });
  return {
    ...gradingResultBase(figures, policy, grade, abcGrades, explain, options.locale),
    computedGrade,
    revenue,
    rank,
    shareBefore,
    shareAfter,
    vip,
    ranked,
  };
}

interface ShareWalk {
  /** Share of revenue before and after each ranked customer (nearest doubles of the exact quotients). */
  before: Float64Array;
  after: Float64Array;
  /** Grade code per rank by the exact rule (abc-share only). */
  grade: Uint8Array;
}

function walkSafe(fen: Float64Array, total: number, cut: readonly [Fraction, Fraction] | undefined): ShareWalk {
  const m = fen.length;
  const walk: ShareWalk = { before: new Float64Array(m), after: new Float64Array(m), grade: new Uint8Array(m) };
  // With every product a safe integer (the common case) the comparison is two multiplications.
  const [numA, denA, numB, denB] = cut ? [cut[0].num, cut[0].den, cut[1].num, cut[1].den].map(Number) : [0, 1, 0, 1];
  const safe = [total * denA!, numA! * total, total * denB!, numB! * total].every((v) => Number.isSafeInteger(v));
  let cumulative = 0;
  for (let k = 0; k < m; k++) {
    walk.before[k] = cumulative / total;
    if (cut) {
      const belowA = safe ? cumulative * denA! < numA! * total : shareBelow(cumulative, total, cut[0]);
      const belowB = safe ? cumulative * denB! < numB! * total : shareBelow(cumulative, total, cut[1]);
      walk.grade[k] = belowA ? A : belowB ? B : C;
    }
    cumulative += fen[k]!;
    walk.after[k] = cumulative / total;
  }
  return walk;
}

function walkBig(fen: Float64Array, total: bigint, cut: readonly [Fraction, Fraction] | undefined): ShareWalk {
  const m = fen.length;
  const walk: ShareWalk = { before: new Float64Array(m), after: new Float64Array(m), grade: new Uint8Array(m) };
  const below = (part: bigint, f: Fraction) => part * f.den < f.num * total;
  let cumulative = 0n;
  for (let k = 0; k < m; k++) {
    walk.before[k] = Number(cumulative) / Number(total);
    if (cut) walk.grade[k] = below(cumulative, cut[0]) ? A : below(cumulative, cut[1]) ? B : C;
    cumulative += BigInt(fen[k]!);
    walk.after[k] = Number(cumulative) / Number(total);
  }
  return walk;
}

/**
 * Applies the rules in order to every customer, changing `grade` in place; returns the
 * applied rules of the customers that matched any (sparse: most customers match none).
 */
function applyAdjustments(
  figures: CustomerFigures,
  rules: readonly AdjustmentRule[],
  grade: Uint8Array,
  attributes: AttributesByCustomer | undefined,
): Map<number, AppliedAdjustment[]> {
  const applied = new Map<number, AppliedAdjustment[]>();
  if (rules.length === 0) return applied;
  const needsAttributes = rules.some((r) => r.when.attribute !== undefined);
  const asOfDay = dayNumber(figures.asOf) ?? 0;
  for (let i = 0; i < grade.length; i++) {
    const own = needsAttributes ? attributesOf(attributes, figures.customerIds[i]!) : undefined;
    for (let r = 0; r < rules.length; r++) {
      const rule = rules[r]!;
      const from = abcGrades[grade[i]!]!;
      if (!matches(rule, from, figures, i, own, asOfDay)) continue;
      const to = rule.to;
      grade[i] = abcGrades.indexOf(to);
      let list = applied.get(i);
      if (!list) applied.set(i, (list = []));
      list.push({ rule: r, from, to, ...(rule.reason === undefined ? {} : { reason: rule.reason }) });
    }
  }
  return applied;
}

function matches(
  rule: AdjustmentRule,
  grade: AbcGrade,
  figures: CustomerFigures,
  i: number,
  attributes: CustomerAttributes | undefined,
  asOfDay: number,
): boolean {
  const when = rule.when;
  if (when.grade !== undefined) {
    if (Array.isArray(when.grade) ? !when.grade.includes(grade) : when.grade !== grade) return false;
  }
  if (when.attribute !== undefined) {
    const value = attributes?.[when.attribute];
    if (value === undefined || value === null) return false;
    if (when.equals !== undefined && value !== when.equals) return false;
    if (when.oneOf !== undefined && !when.oneOf.includes(value)) return false;
  }
  if (when.figure !== undefined) {
    const value = conditionFigure(figures, when.figure, i, asOfDay);
    if (value === undefined) return false;
    if (when.atLeast !== undefined && !(value >= when.atLeast)) return false;
    if (when.below !== undefined && !(value < when.below)) return false;
  }
  return true;
}

function conditionFigure(figures: CustomerFigures, figure: string, i: number, asOfDay: number): number | undefined {
  switch (figure) {
    case 'revenue':
      return figures.revenue[i];
    case 'orders':
      return figures.orders[i];
    case 'lines':
      return figures.lines[i];
    case 'cost':
      return figures.cost[i];
    case 'paid':
      return figures.paid[i];
    case 'quantity':
      return figures.quantity[i];
    case 'recencyDays': {
      const last = figures.lastPurchaseDay[i]!;
      return last === NO_DAY ? undefined : asOfDay - last;
    }
    default:
      return undefined;
  }
}
