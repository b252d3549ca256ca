import { labelIn, rfmSegmentLabels, vocabularyLabel } from '../enums/labels.js';
import type { Locale } from '../i18n/locale.js';
import { translate } from '../i18n/translate.js';
import type {
  AbcExplanation,
  ExplanationBase,
  GradeExplanation,
  RfmExplanation,
  ScorecardExplanation,
} from './explanation.js';
import { classMessages, type ClassMessageKey } from './class-messages.js';
import { gradeMessages, type GradeMessageKey } from './grade-messages.js';
import { scorecardFigures } from '../enums/vocabularies.js';
import type { FrequencyExplanation, LoyaltyExplanation, StageExplanation, ValueExplanation } from './explanation.js';
import type { PointsExplanation } from './points.js';
import type { RfmSegment } from '../enums/vocabularies.js';

const amountFormats = new Map<string, Intl.NumberFormat>();
const percentFormats = new Map<string, Intl.NumberFormat>();

/**
 * An amount as the locale writes it (grouping, up to `fractionDigits` decimals, default 2).
 *
 * @example
 * formatAmount(1234567.891, 'en') // '1,234,567.89'
 */
export function formatAmount(value: number, locale: Locale, fractionDigits = 2): string {
  const key = `${locale}/${fractionDigits}`;
  let format = amountFormats.get(key);
  if (!format) amountFormats.set(key, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: fractionDigits })));
  return format.format(value);
}

/**
 * A share (0–1) as a percentage with up to `fractionDigits` decimals (default 1).
 *
 * @example
 * formatShare(0.8, 'zh-CN') // '80%'
 * formatShare(0.7996, 'en', 2) // '79.96%'
 */
export function formatShare(value: number, locale: Locale, fractionDigits = 1): string {
  const key = `${locale}/${fractionDigits}`;
  let format = percentFormats.get(key);
  if (!format) {
    percentFormats.set(key, (format = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: fractionDigits })));
  }
  return format.format(value);
}

/**
 * The fewest decimals (at least `minimum`) with which every value is shown on the same side of
 * every threshold as the value itself, and every threshold is shown exactly — rounding as Intl
 * rounds (half away from zero on the exact value of the double): 79.996 beside "A from 80" is
 * written 79.996, never 80.
 *
 * @example
 * agreeingDigits([79.996], [80, 60], 2) // 3
 */
export function agreeingDigits(values: readonly number[], thresholds: readonly number[], minimum: number): number {
  const shown = (v: number, d: number) => Number(v.toFixed(Math.min(100, d)));
  // Only values near a threshold are rounded to be checked (a whole book of shares is written
  // with one number of decimals): rounding to d places moves a value by at most half of 10^-d,
  // and reading the decimal back as a double by at most half an ulp, so a value further than
  // 10^-d plus two ulps from the threshold stays on its side.
  const agrees = (c: number, d: number): boolean => {
    if (shown(c, d) !== c) return false;
    const step = 10 ** -d;
    const ulps = 2 * Number.EPSILON * (Math.abs(c) + 1);
    for (let k = 0; k < values.length; k++) {
      const v = values[k]!;
      if (Math.abs(v - c) > step + ulps + 2 * Number.EPSILON * Math.abs(v)) continue;
      if (v < c ? shown(v, d) >= c : shown(v, d) < c) return false;
    }
    return true;
  };
  for (let d = minimum; d < 20; d++) if (thresholds.every((c) => agrees(c, d))) return d;
  return 20;
}

/**
 * The fewest decimals of a percentage (at least 1) with which every share is shown on the
 * same side of every cut-off as the share itself, and every cut-off is shown exactly: a share
 * of 0.7996 next to "A while below 80 %" is written 79.96 %, never 80 %.
 *
 * @example
 * shareDigits([0.7996], [0.8, 0.95]) // 2
 * shareDigits([0.5], [0.8, 0.95]) // 1
 */
export function shareDigits(shares: readonly number[], cutoffs: readonly number[]): number {
  return agreeingDigits(shares, cutoffs, 3) - 2;
}

const dayFormats = new Map<Locale, Intl.NumberFormat>();

/**
 * A number of days in words of the locale, plural-aware: "1 day", "3 days", "3天".
 *
 * @example
 * formatDays(1, 'en') // '1 day'
 */
export function formatDays(value: number, locale: Locale): string {
  let format = dayFormats.get(locale);
  if (!format) dayFormats.set(locale, (format = new Intl.NumberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'long' })));
  return format.format(value);
}

/** How {@link explainGrade} names the customer and the people, and what it knows of the run before. */
export interface ExplainOptions {
  /**
   * The customer's name as the viewer may read it. A string names the customer; `null` says the
   * viewer may not read the name: the sentence says "This customer" / "该客户". Omitted: the
   * customer id (files and logs).
   */
  readonly name?: string | null | undefined;
  /** A person's name for a user id (who overrode the grade); unset or unknown: the id. */
  readonly personName?: ((id: string) => string | undefined) | undefined;
  /**
   * The grade in force in the run before (a migration's `from`): an A or B customer with no
   * positive revenue now is said to be lost (see `isLostCustomer`) instead of "not ranked".
   */
  readonly previousGrade?: string | undefined;
}

/**
 * Whether a customer is lost between two runs: graded A or B before, and with no positive revenue
 * in the new window (no sales, or only returns) under an ABC method. The grade itself is not
 * changed (such a customer is C by rule 1 of grading.md unless an adjustment or override says
 * otherwise); this is the flag a sales manager needs to see.
 *
 * @example
 * isLostCustomer('A', migration.movers[0].toExplanation) // true when its revenue is now 0
 */
export function isLostCustomer(previousGrade: string | undefined, explanation: GradeExplanation): boolean {
  if (previousGrade !== 'A' && previousGrade !== 'B') return false;
  return explanation.method !== 'rfm' && explanation.method !== 'scorecard' && explanation.revenue <= 0;
}

/**
 * The explanation of a grade as a sentence a sales manager can read, in en or zh-CN: which
 * figures, which threshold, which rules, and the provisional mark and override if any. With
 * `options` the customer is named by name (never by id where the viewer may not read the name),
 * overriders by name, and a lost customer is said to be lost.
 *
 * @example
 * explainGrade(result.explain(0), 'zh-CN')
 * // 'c1 为 A 类：销售额 500，排名第 1/3；排在前面的客户占销售额 0%，加上该客户为 50%（…）。'
 * explainGrade(result.explain(0), 'zh-CN', { name: '杭州科技' })
 * // '杭州科技 为 A 类：…'
 */
export function explainGrade(explanation: GradeExplanation, locale: Locale, options: ExplainOptions = {}): string {
  const t: T = (key, params = {}) => translate(gradeMessages, locale, key, params);
  const customer = options.name === undefined ? explanation.customerId : options.name === null ? t('customer.unnamed') : options.name;
  let sentence: string;
  switch (explanation.method) {
    case 'rfm':
      sentence = rfmSentence(explanation, locale, t, customer);
      break;
    case 'scorecard':
      sentence = scorecardSentence(explanation, locale, t, customer);
      break;
    default:
      sentence = abcSentence(explanation, locale, t, customer, isLostCustomer(options.previousGrade, explanation) ? options.previousGrade : undefined);
  }
  return sentence + cycleSentence(explanation, t, options.personName);
}

type T = (key: GradeMessageKey, params?: Record<string, string | number | undefined>) => string;

function abcSentence(e: AbcExplanation, locale: Locale, t: T, customer: string, lostFrom: string | undefined): string {
  const amount = (v: number) => formatAmount(v, locale);
  const base = { customer, computed: e.computedGrade, revenue: amount(e.revenue) };
  let text: string;
  if (lostFrom !== undefined) {
    text = t(e.revenue < 0 ? 'abc.lostReturns' : 'abc.lost', { ...base, previous: lostFrom });
  } else if (e.rule === 'non-positive-revenue') {
    text = t('abc.nonPositive', base);
  } else if (e.rule === 'amount') {
    text = t('abc.amount', { ...base, a: amount(e.thresholds[0]), b: amount(e.thresholds[1]) });
  } else if (e.rule === 'count') {
    text = t('abc.count', { ...base, rank: e.rank, ranked: e.ranked, lastA: e.thresholds[0], lastB: e.thresholds[1] });
  } else {
    const before = e.shareBefore ?? 0;
    const after = e.shareAfter ?? 0;
    const digits = shareDigits([before, after], e.thresholds);
    text = t('abc.share', {
      ...base,
      rank: e.rank,
      ranked: e.ranked,
      before: formatShare(before, locale, digits),
      after: formatShare(after, locale, digits),
      cutA: formatShare(e.thresholds[0], locale, digits),
      cutB: formatShare(e.thresholds[1], locale, digits),
    });
  }
  if (e.vip) text += t('abc.vip', { vipCount: e.vipCount });
  for (const a of e.adjustments) {
    const params = { rule: a.rule + 1, from: a.from, to: a.to, reason: a.reason };
    text += a.reason ? t('abc.adjustReason', params) : t('abc.adjust', params);
  }
  if (e.adjustments.length > 0) {
    const afterRules = e.adjustments[e.adjustments.length - 1]!.to;
    if (afterRules !== e.computedGrade) text += t('abc.final', { grade: afterRules });
  }
  return text;
}

function rfmSentence(e: RfmExplanation, locale: Locale, t: T, customer: string): string {
  if (e.r === undefined) return t('rfm.inactive', { customer });
  return t('rfm.active', {
    customer,
    segment: labelIn(rfmSegmentLabels, locale, e.segment),
    recency: formatDays(e.recencyDays ?? 0, locale),
    r: e.r,
    frequency: e.frequency,
    f: e.f,
    monetary: formatAmount(e.monetary, locale),
    m: e.m,
    bins: e.bins,
    scored: e.scored,
  });
}

const builtIn = new Set<string>(scorecardFigures);

function criterionLabel(key: string, t: T): string {
  return builtIn.has(key) ? t(`figure.${key}` as GradeMessageKey) : key;
}

function scorecardSentence(e: ScorecardExplanation, locale: Locale, t: T, customer: string): string {
  const number = (v: number) => formatAmount(v, locale);
  // the total with the digits that keep it on its side of the thresholds (79.996 is not "80")
  const digits = agreeingDigits([e.total], [e.thresholds.A, e.thresholds.B], 2);
  let text = t('scorecard.head', {
    customer,
    computed: e.computedGrade,
    total: formatAmount(e.total, locale, digits),
    a: formatAmount(e.thresholds.A, locale, digits),
    b: formatAmount(e.thresholds.B, locale, digits),
  });
  const parts = e.criteria.map((c) =>
    c.missing || c.value === undefined
      ? t('scorecard.criterionMissing', { label: criterionLabel(c.key, t), weight: number(c.weight) })
      : t('scorecard.criterion', {
          label: criterionLabel(c.key, t),
          value: number(c.value),
          points: formatAmount(c.points, locale, digits),
          weight: number(c.weight),
        }),
  );
  text += t('scorecard.criteria', { list: parts.join(t('list.separator')) });
  if (e.missing.length > 0) {
    text += t('scorecard.missing', { keys: e.missing.map((k) => criterionLabel(k, t)).join(t('list.separator')) });
  }
  return text;
}

function cycleSentence(e: ExplanationBase, t: T, personName: ExplainOptions['personName']): string {
  let text = '';
  if (e.provisional) text += t('run.provisional', { ...e.provisional });
  if (e.override) {
    const o = e.override;
    const by = o.by === undefined ? undefined : (personName?.(o.by) ?? o.by);
    const params = { grade: o.grade, reason: o.reason, computed: o.computedGrade, by };
    text += o.by ? t('run.overrideBy', params) : t('run.override', params);
  }
  return text;
}

/** The explanation of any class of ./classes.ts or ./points.ts. */
export type ClassExplanation =
  | FrequencyExplanation
  | ValueExplanation
  | StageExplanation
  | LoyaltyExplanation
  | PointsExplanation;

/**
 * The explanation of a class (frequency, value, relationship stage, loyalty, points tier) as
 * a sentence in en or zh-CN.
 *
 * @example
 * explainClass(classifyFrequency(figures).explain(0), 'en')
 * // 'c1: frequency "High", 14 orders in the window (high from 12.17).'
 */
export function explainClass(explanation: ClassExplanation, locale: Locale): string {
  const t = (key: ClassMessageKey, params: Record<string, string | number | undefined> = {}) => translate(classMessages, locale, key, params);
  const customer = explanation.customerId;
  const amount = (v: number) => formatAmount(v, locale);
  switch (explanation.kind) {
    case 'frequency':
      return t('class.frequency', {
        customer,
        class: vocabularyLabel(locale, 'frequencyClasses', explanation.class),
        orders: explanation.orders,
        threshold: amount(explanation.threshold),
      });
    case 'value':
      return t(`class.value.${explanation.reason}`, {
        customer,
        class: vocabularyLabel(locale, 'valueClasses', explanation.class),
        grade: explanation.grade,
        revenue: amount(explanation.revenue),
        previous: explanation.previousRevenue === undefined ? undefined : amount(explanation.previousRevenue),
        growth:
          explanation.growth === undefined
            ? undefined
            : formatShare(explanation.growth, locale, shareDigits([explanation.growth], [explanation.growthAtLeast ?? 0.2])),
        segment:
          explanation.segment === undefined
            ? undefined
            : vocabularyLabel(locale, 'rfmSegments', explanation.segment as RfmSegment),
      });
    case 'stage':
      return t(`class.stage.${explanation.reason}`, {
        customer,
        class: vocabularyLabel(locale, 'relationshipStages', explanation.class),
        note: explanation.note ? t('class.note', { note: explanation.note }) : '',
        overdue: explanation.overdueDays,
        first: explanation.daysSinceFirstPurchase === undefined ? undefined : formatDays(explanation.daysSinceFirstPurchase, locale),
        last: explanation.daysSinceLastPurchase === undefined ? undefined : formatDays(explanation.daysSinceLastPurchase, locale),
      });
    case 'loyalty':
      return explanation.class === undefined
        ? t('class.loyaltyUnknown', { customer })
        : t('class.loyalty', { customer, class: vocabularyLabel(locale, 'loyaltyClasses', explanation.class) });
    case 'points':
      return t(explanation.atLeast === undefined ? 'class.points' : 'class.pointsBound', {
        customer,
        points: amount(explanation.points),
        start: explanation.periodStart || '…',
        end: explanation.periodEnd,
        tier: explanation.tier,
        atLeast: explanation.atLeast === undefined ? undefined : amount(explanation.atLeast),
      });
  }
}
