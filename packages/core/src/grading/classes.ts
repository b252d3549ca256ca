import * as z from 'zod/mini';
import { dayNumber } from '../book/calendar.js';
import { NO_DAY } from '../book/figures.js';
import type { CustomerFigures } from '../book/figures.js';
import { abcGradeSchema, rfmSegmentSchema } from '../enums/schemas.js';
import { frequencyClasses, loyaltyClasses, relationshipStages, valueClasses } from '../enums/vocabularies.js';
import type { FrequencyClass, LoyaltyClass, RelationshipStage, ValueClass } from '../enums/vocabularies.js';
import { attributesOf } from './attributes.js';
import { above, atLeast, wholeNumber } from '../schema/formats.js';
import { decimalFraction, shareBelow, toFen } from '../money/index.js';
import type { AttributesByCustomer, CustomerAttributes } from './attributes.js';
import { GradingError } from './errors.js';
import type {
  FrequencyExplanation,
  LoyaltyExplanation,
  StageExplanation,
  StageReason,
  ValueExplanation,
  ValueReason,
} from './explanation.js';
import type { AbcGrading, RfmGrading } from './result.js';

/**
 * The other classes of grading.md: frequency, value, relationship stage and loyalty. Each is
 * a column of codes (index `i` belongs to `customerIds[i]`) with an explanation per customer.
 */

/**
 * Options of the classes; plain, versioned JSON like the grading policies.
 *
 * @example
 * classPolicySchema.parse({}).stage // { newDays: 180, overdueDays: 90, formerDays: 365 }
 */
export const classPolicySchema = z.strictObject({
  version: z._default(wholeNumber.check(above(0)), 1),
  /** Orders at or above which frequency is `high`; default windowDays / 30 (about monthly). */
  highFrequencyOrders: z.optional(z.number().check(above(0))),
  value: z._default(
    z.strictObject({
      coreGrades: z._default(z.array(abcGradeSchema), ['A']),
      growthAtLeast: z._default(z.number(), 0.2),
      potentialSegments: z._default(z.array(rfmSegmentSchema), ['new', 'promising', 'potential']),
    }),
    { coreGrades: ['A'], growthAtLeast: 0.2, potentialSegments: ['new', 'promising', 'potential'] },
  ),
  stage: z._default(
    z.strictObject({
      newDays: z._default(wholeNumber.check(above(0)), 180),
      overdueDays: z._default(wholeNumber.check(atLeast(0)), 90),
      formerDays: z._default(wholeNumber.check(above(0)), 365),
    }),
    { newDays: 180, overdueDays: 90, formerDays: 365 },
  ),
});
export type ClassPolicy = z.output<typeof classPolicySchema>;
export type ClassPolicyInput = z.input<typeof classPolicySchema>;

/** A column of classes with an explanation per customer. */
export interface Classification<V extends string, E> {
  readonly customerIds: readonly string[];
  readonly values: readonly V[];
  /** Code per customer: an index into `values` (255 = unknown, e.g. loyalty not entered). */
  readonly code: Uint8Array;
  classOf(index: number): V | undefined;
  explain(index: number): E;
}

/**
 * @example
 * classifyLoyalty(['c1'], {}).code[0] === UNKNOWN_CLASS // true
 */
export const UNKNOWN_CLASS = 255;

function classification<V extends string, E>(
  customerIds: readonly string[],
  values: readonly V[],
  code: Uint8Array,
  explain: (i: number) => E,
): Classification<V, E> {
  return { customerIds, values, code, classOf: (i) => values[code[i]!], explain };
}

/**
 * Frequency class: `high` when orders >= threshold (default windowDays / 30), `low` when
 * orders >= 1, else `zero` (零频).
 *
 * @example
 * classifyFrequency(figures).classOf(0) // 'high'
 */
export function classifyFrequency(
  figures: CustomerFigures,
  policy: ClassPolicyInput = {},
): Classification<FrequencyClass, FrequencyExplanation> {
  const { highFrequencyOrders } = classPolicySchema.parse(policy);
  const threshold = highFrequencyOrders ?? figures.windowDays / 30;
  const { orders, customerIds } = figures;
  const code = new Uint8Array(customerIds.length);
  for (let i = 0; i < code.length; i++) code[i] = orders[i]! >= threshold ? 0 : orders[i]! >= 1 ? 1 : 2;
  return classification(customerIds, frequencyClasses, code, (i) => ({
    kind: 'frequency',
    customerId: customerIds[i]!,
    class: frequencyClasses[code[i]!]!,
    orders: orders[i]!,
    threshold,
  }));
}

/**
 * Value class (grading.md): `core` = ABC grade in `coreGrades` (A); `potential` = not core and
 * (revenue grew by at least `growthAtLeast` (20 %) against the previous window of the same
 * length, or RFM segment in new / promising / potential); `general` = the rest. Growth is
 * only defined when the previous revenue is > 0. `previous` and `rfm` are optional; the
 * previous figures are matched by customer id (see `previousWindowFigures`).
 *
 * @example
 * const previous = previousWindowFigures(book, figures);
 * classifyValue(abc, { previous, rfm }).classOf(0) // 'core'
 */
export function classifyValue(
  abc: AbcGrading,
  sources: { previous?: CustomerFigures | undefined; rfm?: RfmGrading | undefined } = {},
  policy: ClassPolicyInput = {},
): Classification<ValueClass, ValueExplanation> {
  const { value } = classPolicySchema.parse(policy);
  const { customerIds, revenue } = abc;
  const n = customerIds.length;
  const previousRevenue = aligned(customerIds, sources.previous?.customerIds, sources.previous?.revenue);
  const rfm = sources.rfm;
  const segmentOf = rfm ? alignedCodes(customerIds, rfm.customerIds, rfm.grade) : undefined;
  const core = new Set(value.coreGrades);
  const potentialSegments = new Set<string>(value.potentialSegments);
  const code = new Uint8Array(n);
  const reasonCode = new Uint8Array(n);
  const reasons: readonly ValueReason[] = ['core-grade', 'growth', 'rfm-segment', 'general'];
  // Growth on whole fen: one correctly rounded quotient, and the rule decided on integers
  // (`(now − before) · den >= num · before`), so 0.10 → 0.12 grew exactly 20 %.
  const growthAtLeast = decimalFraction(value.growthAtLeast);
  const growthOf = (i: number) => {
    const before = previousRevenue?.[i];
    return before !== undefined && before > 0 ? (toFen(revenue[i]!) - toFen(before)) / toFen(before) : undefined;
  };
  const grew = (i: number) => {
    const before = previousRevenue?.[i];
    return before !== undefined && before > 0 && !shareBelow(toFen(revenue[i]!) - toFen(before), toFen(before), growthAtLeast);
  };
  for (let i = 0; i < n; i++) {
    const segment = segmentOf && segmentOf[i] !== UNKNOWN_CLASS ? rfm!.gradeValues[segmentOf[i]!] : undefined;
    let r: number;
    if (core.has(abc.gradeOf(i))) r = 0;
    else if (grew(i)) r = 1;
    else if (segment !== undefined && potentialSegments.has(segment)) r = 2;
    else r = 3;
    reasonCode[i] = r;
    code[i] = r === 0 ? 0 : r === 3 ? 2 : 1;
  }
  return classification(customerIds, valueClasses, code, (i) => ({
    kind: 'value',
    customerId: customerIds[i]!,
    class: valueClasses[code[i]!]!,
    reason: reasons[reasonCode[i]!]!,
    grade: abc.gradeOf(i),
    revenue: revenue[i]!,
    previousRevenue: previousRevenue?.[i],
    growth: growthOf(i),
    growthAtLeast: value.growthAtLeast,
    segment: segmentOf && segmentOf[i] !== UNKNOWN_CLASS ? rfm!.gradeValues[segmentOf[i]!] : undefined,
  }));
}

/** `values` re-ordered to `ids` (by id when the id lists differ); undefined where missing. */
function aligned(
  ids: readonly string[],
  otherIds: readonly string[] | undefined,
  values: Float64Array | undefined,
): (number | undefined)[] | Float64Array | undefined {
  if (!otherIds || !values) return undefined;
  if (sameIds(ids, otherIds)) return values;
  const at = new Map<string, number>();
  otherIds.forEach((id, k) => at.set(id, k));
  return ids.map((id) => {
    const k = at.get(id);
    return k === undefined ? undefined : values[k];
  });
}

function alignedCodes(ids: readonly string[], otherIds: readonly string[], codes: Uint8Array): Uint8Array {
  if (sameIds(ids, otherIds)) return codes;
  const at = new Map<string, number>();
  otherIds.forEach((id, k) => at.set(id, k));
  return Uint8Array.from(ids, (id) => {
    const k = at.get(id);
    return k === undefined ? UNKNOWN_CLASS : codes[k]!;
  });
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Relationship stage (grading.md), derived unless set by hand. Attributes read: `relationshipStage`
 * (hand-set, wins), `stoppedReason` (stopped by hand → former), `overdueDays` (receivables),
 * `dispute` (true = open dispute), `stageReason` (note for a hand-set stage).
 * Precedence, first match wins: hand-set; `prospect` (no transaction ever before `asOf`, in any
 * window: a customer whose only line is a return is not a prospect); `former` stopped by
 * hand; `problem` (overdue > 90 days or open dispute); `former` (no purchase for more than 365
 * days); `new` (first purchase within the last 180 days, i.e. asOf − first <= 180); `long-term`.
 *
 * @example
 * classifyStage(figures, { attributes: { c9: { relationshipStage: 'problem' } } }).classOf(0)
 */
export function classifyStage(
  figures: CustomerFigures,
  options: { attributes?: AttributesByCustomer | undefined } = {},
  policy: ClassPolicyInput = {},
): Classification<RelationshipStage, StageExplanation> {
  const { stage } = classPolicySchema.parse(policy);
  const asOfDay = dayNumber(figures.asOf);
  if (asOfDay === undefined) throw new GradingError('invalid-as-of', { value: figures.asOf });
  const { customerIds, firstPurchaseDay, lastPurchaseEverDay, lines, linesEver } = figures;
  const n = customerIds.length;
  const code = new Uint8Array(n);
  const reasonCode = new Uint8Array(n);
  const reasons: readonly StageReason[] = [
    'hand-set',
    'no-transaction',
    'stopped-by-hand',
    'overdue-receivables',
    'open-dispute',
    'no-recent-purchase',
    'recent-first-purchase',
    'long-term',
    'no-purchase',
  ];
  const stageCode = (s: RelationshipStage) => relationshipStages.indexOf(s);
  const decide = (i: number, own: CustomerAttributes | undefined): [RelationshipStage, number] => {
    const handSet = own?.relationshipStage;
    if (typeof handSet === 'string' && (relationshipStages as readonly string[]).includes(handSet)) {
      return [handSet as RelationshipStage, 0];
    }
    const first = firstPurchaseDay[i]!;
    const last = lastPurchaseEverDay[i]!;
    // grading.md: prospect = no transaction ever; a return (amount <= 0) is a transaction too.
    if (first === NO_DAY && (linesEver ?? lines)[i] === 0) return ['prospect', 1];
    if (typeof own?.stoppedReason === 'string' && own.stoppedReason !== '') return ['former', 2];
    if (typeof own?.overdueDays === 'number' && own.overdueDays > stage.overdueDays) return ['problem', 3];
    if (own?.dispute === true) return ['problem', 4];
    // transactions, but never a purchase (returns only): no purchase for more than formerDays
    if (last === NO_DAY) return ['former', 8];
    if (asOfDay - last > stage.formerDays) return ['former', 5];
    if (asOfDay - first <= stage.newDays) return ['new', 6];
    return ['long-term', 7];
  };
  for (let i = 0; i < n; i++) {
    const [s, r] = decide(i, attributesOf(options.attributes, customerIds[i]!));
    code[i] = stageCode(s);
    reasonCode[i] = r;
  }
  return classification(customerIds, relationshipStages, code, (i) => {
    const own = attributesOf(options.attributes, customerIds[i]!);
    const reason = reasons[reasonCode[i]!]!;
    const first = firstPurchaseDay[i]!;
    const last = lastPurchaseEverDay[i]!;
    const note = reason === 'hand-set' ? own?.stageReason : reason === 'stopped-by-hand' ? own?.stoppedReason : undefined;
    return {
      kind: 'stage',
      customerId: customerIds[i]!,
      class: relationshipStages[code[i]!]!,
      reason,
      daysSinceFirstPurchase: first === NO_DAY ? undefined : asOfDay - first,
      daysSinceLastPurchase: last === NO_DAY ? undefined : asOfDay - last,
      overdueDays: typeof own?.overdueDays === 'number' ? own.overdueDays : undefined,
      note: typeof note === 'string' ? note : undefined,
    };
  });
}

/**
 * Loyalty class, entered by hand as the attribute `loyalty` (loyal / switcher / no-loyalty);
 * code 255 (`UNKNOWN_CLASS`) where nothing valid was entered. Not derived from figures.
 *
 * @example
 * classifyLoyalty(['c1'], { c1: { loyalty: 'loyal' } }).classOf(0) // 'loyal'
 */
export function classifyLoyalty(
  customerIds: readonly string[],
  attributes: AttributesByCustomer | undefined,
): Classification<LoyaltyClass, LoyaltyExplanation> {
  const code = new Uint8Array(customerIds.length).fill(UNKNOWN_CLASS);
  for (let i = 0; i < code.length; i++) {
    const entered = attributesOf(attributes, customerIds[i]!)?.loyalty;
    const k = typeof entered === 'string' ? (loyaltyClasses as readonly string[]).indexOf(entered) : -1;
    if (k >= 0) code[i] = k;
  }
  return classification(customerIds, loyaltyClasses, code, (i) => ({
    kind: 'loyalty',
    customerId: customerIds[i]!,
    class: loyaltyClasses[code[i]!],
  }));
}
