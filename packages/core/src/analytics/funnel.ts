import { abcGrades, funnelStages, leadIntents, type AbcGrade, type FunnelStage, type LeadIntent } from '../enums/vocabularies.js';
import type { Locale } from '../i18n/locale.js';
import { translate, type Catalog } from '../i18n/translate.js';
import { compareCodePoints } from '../grading/compare.js';
import { AnalyticsError } from './errors.js';

/**
 * The lead funnel's rules as data (seed 000, 专业销售如何找到大客户): every lead is undifferentiated
 * (无差别客户); a lead in a target industry with a good enough intent — or already graded — is
 * qualified (合格客户); a qualified lead with the closest intent or a top grade is a key account (大客户).
 */
export interface FunnelPolicy {
  /** 目标行业 (the seed narrows them to three or fewer); empty: every industry is a target. */
  readonly targetIndustries: readonly string[];
  /** Intents that qualify a lead in a target industry (default A, B, C: D is not pursued). */
  readonly qualifiedIntents: readonly LeadIntent[];
  /** Intents that make a qualified lead a key account (default A). */
  readonly keyAccountIntents: readonly LeadIntent[];
  /** ABC grades that make a qualified customer a key account (default A). */
  readonly keyAccountGrades: readonly AbcGrade[];
}

/**
 * The default funnel rules: any industry, intents A–C qualify, intent A or grade A is a key account.
 *
 * @example
 * defaultFunnelPolicy.qualifiedIntents // ['A', 'B', 'C']
 */
export const defaultFunnelPolicy: FunnelPolicy = { targetIndustries: [], qualifiedIntents: ['A', 'B', 'C'], keyAccountIntents: ['A'], keyAccountGrades: ['A'] };

/** Why a lead stands where it does. */
export const funnelReasons = ['other-industry', 'no-intent', 'low-intent', 'target-industry', 'intent', 'graded', 'key-intent', 'key-grade'] as const;
export type FunnelReason = (typeof funnelReasons)[number];

/** What the funnel reads of a customer (stored JSON or decoded). */
export type FunnelCustomer = { readonly id: string } & Readonly<Record<string, unknown>>;

/** One lead's place in the funnel by the rules, with the reasons, and the stage recorded by hand if any. */
export interface FunnelEntry {
  readonly customerId: string;
  readonly stage: FunnelStage;
  readonly intent: LeadIntent | undefined;
  readonly reasons: readonly FunnelReason[];
  readonly recordedStage: FunnelStage | undefined;
}

/** The funnel report (客户开发漏斗). */
export interface FunnelReport {
  readonly total: number;
  /** Per stage: leads exactly at it, leads that reached it (at it or beyond), and those at it by intent (`none` without one). */
  readonly stages: readonly { readonly stage: FunnelStage; readonly at: number; readonly reached: number; readonly byIntent: Readonly<Record<LeadIntent | 'none', number>> }[];
  /** reached(qualified) / total and reached(key-account) / reached(qualified); null when the denominator is 0. */
  readonly conversion: { readonly qualified: number | null; readonly keyAccount: number | null };
  /** Leads whose recorded stage differs from the rules' stage (to review by hand). */
  readonly differing: readonly FunnelEntry[];
  readonly entries: readonly FunnelEntry[];
}

const oneOf = <T extends string>(value: unknown, allowed: readonly T[]): T | undefined => ((allowed as readonly unknown[]).includes(value) ? (value as T) : undefined);

/**
 * Checks a funnel policy (from JSON): lists of industries, intents A–D and grades A–C; missing
 * members take the default. Throws `AnalyticsError` `analytics.bad-funnel` naming the member.
 *
 * @example
 * parseFunnelPolicy({ targetIndustries: ['教育软件', '教学硬件'] }).keyAccountIntents // ['A']
 */
export function parseFunnelPolicy(input: unknown): FunnelPolicy {
  const record = (input ?? {}) as Record<string, unknown>;
  const list = <T extends string>(name: keyof FunnelPolicy, allowed: readonly T[] | undefined): readonly T[] => {
    const value = record[name];
    if (value === undefined) return defaultFunnelPolicy[name] as readonly T[];
    const ok = Array.isArray(value) && value.every((v) => typeof v === 'string' && v.trim() !== '' && (allowed === undefined || (allowed as readonly string[]).includes(v)));
    if (!ok) throw new AnalyticsError('analytics.bad-funnel', { member: name, value: JSON.stringify(value) });
    return value as T[];
  };
  return {
    targetIndustries: list('targetIndustries', undefined),
    qualifiedIntents: list('qualifiedIntents', leadIntents),
    keyAccountIntents: list('keyAccountIntents', leadIntents),
    keyAccountGrades: list('keyAccountGrades', abcGrades),
  };
}

/**
 * A lead's stage by the rules, with the reasons.
 *
 * @example
 * funnelEntry({ id: 'c1', industry: '教育软件', leadIntent: 'A' }, defaultFunnelPolicy).stage // 'key-account'
 */
export function funnelEntry(customer: FunnelCustomer, policy: FunnelPolicy = defaultFunnelPolicy): FunnelEntry {
  const intent = oneOf(customer.leadIntent, leadIntents);
  const grade = oneOf((customer.grade as Record<string, unknown> | undefined)?.current, abcGrades);
  const industry = typeof customer.industry === 'string' ? customer.industry.trim() : '';
  const reasons: FunnelReason[] = [];
  const target = policy.targetIndustries.length === 0 || policy.targetIndustries.includes(industry);
  if (policy.targetIndustries.length > 0) reasons.push(target ? 'target-industry' : 'other-industry');
  let stage: FunnelStage = 'undifferentiated';
  if (target) {
    if (grade !== undefined) reasons.push('graded');
    else if (intent === undefined) reasons.push('no-intent');
    else reasons.push(policy.qualifiedIntents.includes(intent) ? 'intent' : 'low-intent');
    if (grade !== undefined || (intent !== undefined && policy.qualifiedIntents.includes(intent))) {
      stage = 'qualified';
      if (intent !== undefined && policy.keyAccountIntents.includes(intent)) reasons.push('key-intent');
      if (grade !== undefined && policy.keyAccountGrades.includes(grade)) reasons.push('key-grade');
      if (reasons.includes('key-intent') || reasons.includes('key-grade')) stage = 'key-account';
    }
  }
  return { customerId: customer.id, stage, intent, reasons, recordedStage: oneOf(customer.funnelStage, funnelStages) };
}

/**
 * The funnel report over customers: counts at and reaching each stage, by intent, the conversion
 * between stages, and the leads whose recorded stage the rules disagree with. Entries in
 * customer-id code-point order.
 *
 * @example
 * const report = leadFunnel(archive.customers, parseFunnelPolicy({ targetIndustries: ['教育软件'] }));
 * report.stages[1].reached // qualified leads and key accounts
 */
export function leadFunnel(customers: readonly FunnelCustomer[], policy: FunnelPolicy = defaultFunnelPolicy): FunnelReport {
  const entries = customers.map((c) => funnelEntry(c, policy)).sort((a, b) => compareCodePoints(a.customerId, b.customerId));
  const stages = funnelStages.map((stage, s) => {
    const at = entries.filter((e) => e.stage === stage);
    const byIntent = { A: 0, B: 0, C: 0, D: 0, none: 0 };
    for (const e of at) byIntent[e.intent ?? 'none']++;
    return { stage, at: at.length, reached: entries.filter((e) => funnelStages.indexOf(e.stage) >= s).length, byIntent };
  });
  const ratio = (a: number, b: number) => (b === 0 ? null : a / b);
  return {
    total: entries.length,
    stages,
    conversion: { qualified: ratio(stages[1]!.reached, entries.length), keyAccount: ratio(stages[2]!.reached, stages[1]!.reached) },
    differing: entries.filter((e) => e.recordedStage !== undefined && e.recordedStage !== e.stage),
    entries,
  };
}

const reasonMessages: Catalog<FunnelReason> = {
  en: {
    'other-industry': 'not in a target industry',
    'no-intent': 'no intent class recorded',
    'low-intent': 'intent too low to pursue',
    'target-industry': 'in a target industry',
    intent: 'intent class qualifies',
    graded: 'already a graded customer',
    'key-intent': 'closest intent class',
    'key-grade': 'top grade',
  },
  'zh-CN': {
    'other-industry': '不在目标行业',
    'no-intent': '未记录意向等级',
    'low-intent': '意向等级过低',
    'target-industry': '属于目标行业',
    intent: '意向等级合格',
    graded: '已评级客户',
    'key-intent': '最高意向等级',
    'key-grade': '最高客户等级',
  },
};

/**
 * A funnel reason in words.
 *
 * @example
 * describeFunnelReason('zh-CN', 'other-industry') // '不在目标行业'
 */
export function describeFunnelReason(locale: Locale, reason: FunnelReason): string {
  return translate(reasonMessages, locale, reason);
}
