import type { Locale } from '../i18n/locale.js';
import { translate, type Catalog } from '../i18n/translate.js';
import { AnalyticsError } from './errors.js';

/**
 * The seed's cases of shared credit (seed 003, 客户分类管理 and 业务范围划分): a customer handed
 * over to the rep of its region (the first deal 6:4 between the handing-over and the receiving
 * side), an engineering deal done by the engineering department with a rep (7:3), a customer of no
 * clear region (company and region 5:5).
 */
export const creditSplitRules = ['handover', 'engineering', 'unclear'] as const;
export type CreditSplitRule = (typeof creditSplitRules)[number];

/**
 * Split policy as data: for each rule the whole percentages of its two parties (in the order of
 * {@link CreditAssignment}'s `parties`), summing to 100.
 */
export type CreditSplitPolicy = Readonly<Record<CreditSplitRule, readonly [number, number]>>;

/**
 * The seed's split: handover 60/40 (移交方60%，接取区域方40%), engineering 70/30 (工程部70%，
 * 业务代表30%), unclear 50/50 (公司与各地区各50%).
 *
 * @example
 * defaultCreditSplitPolicy.engineering // [70, 30]
 */
export const defaultCreditSplitPolicy: CreditSplitPolicy = { handover: [60, 40], engineering: [70, 30], unclear: [50, 50] };

/**
 * How one customer's credit is shared: the rule and its two parties (rep ids, or the engineering
 * department's / the company's id): handover [handing over, receiving]; engineering
 * [engineering department, rep]; unclear [company, region's rep].
 */
export interface CreditAssignment {
  readonly rule: CreditSplitRule;
  readonly parties: readonly [string, string];
}

const labels: Catalog<CreditSplitRule | `${CreditSplitRule}.${0 | 1}`> = {
  en: {
    handover: 'handed over to another region',
    'handover.0': 'handing-over side',
    'handover.1': 'receiving region',
    engineering: 'engineering deal',
    'engineering.0': 'engineering department',
    'engineering.1': 'sales rep',
    unclear: 'region unclear',
    'unclear.0': 'company',
    'unclear.1': 'region',
  },
  'zh-CN': {
    handover: '跨区域移交',
    'handover.0': '移交方',
    'handover.1': '接取区域方',
    engineering: '工程类业务',
    'engineering.0': '工程部',
    'engineering.1': '业务代表',
    unclear: '区域不明显',
    'unclear.0': '公司',
    'unclear.1': '地区',
  },
};

/**
 * A split rule, or one of its parties (0 or 1), in words.
 *
 * @example
 * creditSplitLabel('zh-CN', 'handover', 1) // '接取区域方'
 */
export function creditSplitLabel(locale: Locale, rule: CreditSplitRule, party?: 0 | 1): string {
  return translate(labels, locale, party === undefined ? rule : `${rule}.${party}`);
}

/**
 * Checks a split policy: every rule present, two whole percentages 0–100 summing to 100. Throws
 * `AnalyticsError` `analytics.bad-split` naming the rule.
 *
 * @example
 * validateCreditSplitPolicy({ handover: [60, 40], engineering: [70, 30], unclear: [50, 50] }) // returns it
 */
export function validateCreditSplitPolicy(policy: unknown): CreditSplitPolicy {
  const record = (policy ?? {}) as Record<string, unknown>;
  for (const rule of creditSplitRules) {
    const parts = record[rule];
    const ok = Array.isArray(parts) && parts.length === 2 && parts.every((p) => Number.isInteger(p) && p >= 0 && p <= 100) && parts[0] + parts[1] === 100;
    if (!ok) throw new AnalyticsError('analytics.bad-split', { rule, value: JSON.stringify(parts) ?? 'undefined' });
  }
  return record as unknown as CreditSplitPolicy;
}

/**
 * Splits an amount of whole fen by whole percentages so that the parts sum to the amount exactly.
 * Rule (largest remainder): each part is first the amount's magnitude × percent / 100 rounded
 * down; the fen left over go one each to the parts with the largest dropped fractions, a tie going
 * to the earlier party (the handing-over side, the engineering department, the company). A
 * negative amount (a return) is split as its magnitude and negated, so a sale and its return
 * cancel in every part.
 *
 * @example
 * splitFen(101n, [60, 40]) // [61n, 40n]  (60.6 → 60 + 1 for the larger fraction .6; 40.4 → 40)
 * splitFen(1n, [50, 50]) // [1n, 0n]    (tie: the earlier party)
 * splitFen(-101n, [60, 40]) // [-61n, -40n]
 */
export function splitFen(amount: bigint, percents: readonly number[]): bigint[] {
  const sign = amount < 0n ? -1n : 1n;
  const magnitude = amount * sign;
  const exact = percents.map((p) => magnitude * BigInt(p));
  const parts = exact.map((x) => x / 100n);
  let left = magnitude - parts.reduce((a, b) => a + b, 0n);
  const order = percents.map((_, i) => i).sort((i, j) => Number(exact[j]! % 100n - (exact[i]! % 100n)) || i - j);
  for (let k = 0; left > 0n; k = (k + 1) % order.length, left--) parts[order[k]!]! += 1n;
  return parts.map((p) => p * sign);
}
