import { dayNumber, isoDate } from '../book/calendar.js';
import { NO_DAY } from '../book/figures.js';
import { abcGrades, rfmSegments } from '../enums/vocabularies.js';
import type { CustomerFigures } from '../book/figures.js';
import { compareCodePoints } from './compare.js';
import { GradingError } from './errors.js';
import type { GradeExplanation, OverrideNote } from './explanation.js';
import type { GradingPolicy } from './policy.js';
import type { GradingResult } from './result.js';
import { proposedReview, type RunReview } from './review-state.js';

/**
 * The version of the grading code that a run records (bump when a definition changes).
 *
 * @example
 * createGradingRun(result, figures, { id: 'r1', ranBy: 'me' }).codeVersion === GRADING_CODE_VERSION // true
 */
export const GRADING_CODE_VERSION = '@dossier/core grading 1';

/** A person's override of one customer's grade. */
export interface GradeOverride {
  readonly customerId: string;
  readonly grade: string;
  readonly reason: string;
  readonly by?: string | undefined;
}

/** The figures a run keeps per customer (plain JSON). */
export interface RunFigures {
  readonly revenue: number;
  readonly orders: number;
  readonly lines: number;
  readonly cost: number;
  readonly paid: number;
  readonly quantity: number;
  /** ISO dates, `undefined` when there is none. */
  readonly lastPurchase: string | undefined;
  readonly firstPurchase: string | undefined;
}

/** One customer in a run. */
export interface RunCustomer {
  readonly customerId: string;
  /** The grade in force (the override if any). */
  readonly grade: string;
  /** The grade the policy computed, kept also when overridden. */
  readonly computedGrade: string;
  readonly provisional: boolean;
  /** ISO date to review a provisional grade. */
  readonly reviewDue: string | undefined;
  readonly override: OverrideNote | undefined;
  readonly figures: RunFigures;
  readonly explanation: GradeExplanation;
}

/** A grading run: everything needed to reproduce and audit it years later. Plain JSON. */
export interface GradingRun {
  readonly id: string;
  /** The run this one corrects (overrides added later), if any. */
  readonly basedOn: string | undefined;
  readonly asOf: string;
  readonly windowDays: number;
  readonly method: GradingPolicy['method'];
  readonly policy: GradingPolicy;
  readonly policyVersion: number;
  readonly codeVersion: string;
  readonly ranBy: string;
  /** When it ran (ISO instant), as given by the caller: core reads no clock. */
  readonly ranAt: string | undefined;
  readonly probationDays: number;
  readonly customers: readonly RunCustomer[];
  /**
   * Where the run is in the grading cycle (proposed → reviewed → confirmed) with who and when:
   * see `advanceGradingRun`. A new or corrected run is proposed; absent on runs recorded before.
   */
  readonly review?: RunReview | undefined;
}

export interface GradingRunOptions {
  id: string;
  ranBy: string;
  ranAt?: string | undefined;
  codeVersion?: string | undefined;
  /** Days after the first purchase during which a grade is provisional (default 182, about six months). */
  probationDays?: number | undefined;
  overrides?: readonly GradeOverride[] | undefined;
}

/**
 * Records a grading result as a run: asOf, window, policy and version, code version, who
 * ran it, and per customer the grade, the figures and the explanation. A customer whose
 * first purchase is less than `probationDays` before asOf gets a provisional grade with
 * `reviewDue = first purchase + probationDays`. Overrides replace the grade in force and
 * appear in the explanation; the computed grade is kept. The run is frozen.
 *
 * `figures` must be the figures the result was graded from.
 *
 * @example
 * const run = createGradingRun(result, figures, { id: 'run-2026-01', ranBy: 'wang.fang' });
 * run.customers[0].provisional // false
 */
export function createGradingRun(result: GradingResult, figures: CustomerFigures, options: GradingRunOptions): GradingRun {
  if (
    figures.customerIds.length !== result.customerIds.length ||
    figures.asOf !== result.asOf ||
    figures.windowDays !== result.windowDays
  ) {
    const detail = `${figures.customerIds.length} @ ${figures.asOf}/${figures.windowDays} ≠ ${result.customerIds.length} @ ${result.asOf}/${result.windowDays}`;
    throw new GradingError('figures-mismatch', { detail });
  }
  const probationDays = options.probationDays ?? 182;
  const asOfDay = dayNumber(result.asOf)!;
  const overrides = new Map<string, GradeOverride>();
  for (const o of options.overrides ?? []) {
    if (result.indexOf(o.customerId) < 0) throw new GradingError('unknown-customer', { value: o.customerId });
    if (!(result.gradeValues as readonly string[]).includes(o.grade) || o.reason.trim() === '') {
      throw new GradingError('invalid-override', { value: o.customerId });
    }
    overrides.set(o.customerId, o);
  }
  const day = (d: number) => (d === NO_DAY ? undefined : isoDate(d));
  const customers: RunCustomer[] = result.customerIds.map((customerId, i) => {
    const f = figures.customerIds[i] === customerId ? i : figures.customerIds.indexOf(customerId);
    if (f < 0) throw new GradingError('figures-mismatch', { detail: customerId });
    const first = figures.firstPurchaseDay[f]!;
    const provisional = first !== NO_DAY && asOfDay - first < probationDays;
    const computed = result.explain(i);
    const o = overrides.get(customerId);
    const override: OverrideNote | undefined = o
      ? { computedGrade: computed.grade, grade: o.grade, reason: o.reason, ...(o.by === undefined ? {} : { by: o.by }) }
      : undefined;
    const reviewDue = provisional ? isoDate(first + probationDays) : undefined;
    const explanation = {
      ...computed,
      ...(override ? { grade: override.grade, override } : {}),
      ...(provisional ? { provisional: { firstPurchase: isoDate(first), reviewDue: reviewDue!, probationDays } } : {}),
    } as GradeExplanation;
    return {
      customerId,
      grade: explanation.grade,
      computedGrade: computed.grade,
      provisional,
      reviewDue,
      override,
      figures: {
        revenue: figures.revenue[f]!,
        orders: figures.orders[f]!,
        lines: figures.lines[f]!,
        cost: figures.cost[f]!,
        paid: figures.paid[f]!,
        quantity: figures.quantity[f]!,
        lastPurchase: day(figures.lastPurchaseDay[f]!),
        firstPurchase: day(first),
      },
      explanation,
    };
  });
  return deepFreeze({
    id: options.id,
    basedOn: undefined,
    asOf: result.asOf,
    windowDays: result.windowDays,
    method: result.method,
    policy: result.policy,
    policyVersion: result.policy.version,
    codeVersion: options.codeVersion ?? GRADING_CODE_VERSION,
    ranBy: options.ranBy,
    ranAt: options.ranAt,
    probationDays,
    customers,
    review: proposedReview(options.ranBy, options.ranAt),
  });
}

/**
 * A new run that applies overrides to an existing one (which stays as it was): the way to
 * correct a run without rewriting history. The new run names the old one in `basedOn` and is
 * proposed again (its overrides are reviewed and confirmed like any proposal).
 *
 * @example
 * const corrected = overrideGrades(run, [{ customerId: 'c7', grade: 'A', reason: 'strategic account' }], { id: 'run-2026-01b', ranBy: 'li.lei' });
 */
export function overrideGrades(
  run: GradingRun,
  overrides: readonly GradeOverride[],
  options: { id: string; ranBy: string; ranAt?: string | undefined },
): GradingRun {
  const byId = new Map(overrides.map((o) => [o.customerId, o]));
  const grades: readonly string[] = run.method === 'rfm' ? rfmSegments : abcGrades;
  for (const o of overrides) {
    if (!run.customers.some((c) => c.customerId === o.customerId)) throw new GradingError('unknown-customer', { value: o.customerId });
    if (!grades.includes(o.grade) || o.reason.trim() === '') throw new GradingError('invalid-override', { value: o.customerId });
  }
  const customers = run.customers.map((c): RunCustomer => {
    const o = byId.get(c.customerId);
    if (!o) return c;
    const override: OverrideNote = { computedGrade: c.computedGrade, grade: o.grade, reason: o.reason, ...(o.by === undefined ? {} : { by: o.by }) };
    return { ...c, grade: o.grade, override, explanation: { ...c.explanation, grade: o.grade, override } as GradeExplanation };
  });
  // The corrected run is a new proposal: its overrides go through the review like any other.
  return deepFreeze({ ...run, id: options.id, basedOn: run.id, ranBy: options.ranBy, ranAt: options.ranAt, customers, review: proposedReview(options.ranBy, options.ranAt) });
}

/**
 * Appends a run to a list of runs, returning a new list: runs are append-only, the list
 * given is never changed. A run id may appear only once.
 *
 * @example
 * const history = appendRun(appendRun([], january), february);
 */
export function appendRun(runs: readonly GradingRun[], run: GradingRun): readonly GradingRun[] {
  if (runs.some((r) => r.id === run.id)) throw new GradingError('duplicate-run', { value: run.id });
  return Object.freeze([...runs, run]);
}

/** A customer whose grade differs between two runs. */
export interface Mover {
  readonly customerId: string;
  readonly from: string;
  readonly to: string;
  readonly fromExplanation: GradeExplanation;
  readonly toExplanation: GradeExplanation;
}

export interface Migration {
  readonly from: string;
  readonly to: string;
  /** The grades on both axes: the method's vocabulary, in its order. */
  readonly grades: readonly string[];
  /** counts[fromGrade][toGrade] for customers in both runs. */
  readonly counts: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly movers: readonly Mover[];
  /** Customers only in the later run, and only in the earlier one. */
  readonly entered: readonly string[];
  readonly left: readonly string[];
}

/**
 * The migration between two runs: a from × to matrix of counts over the grades in force, and
 * every customer that moved with both explanations (key-account lists must be explainable).
 * Movers are in customer-id code-point order.
 *
 * @example
 * migrationMatrix(january, february).counts.A.B // customers that went from A to B
 */
export function migrationMatrix(from: GradingRun, to: GradingRun): Migration {
  // Both axes list the method's whole vocabulary (A, B, C or every RFM segment), in its order.
  const grades: readonly string[] = to.method === 'rfm' ? rfmSegments : abcGrades;
  const earlier = new Map(from.customers.map((c) => [c.customerId, c]));
  const counts: Record<string, Record<string, number>> = {};
  for (const a of grades) counts[a] = Object.fromEntries(grades.map((b) => [b, 0]));
  const count = (a: string, b: string) => {
    const row = (counts[a] ??= {});
    row[b] = (row[b] ?? 0) + 1;
  };
  const movers: Mover[] = [];
  const entered: string[] = [];
  const present = new Set<string>();
  for (const c of to.customers) {
    present.add(c.customerId);
    const before = earlier.get(c.customerId);
    if (!before) {
      entered.push(c.customerId);
      continue;
    }
    count(before.grade, c.grade);
    if (before.grade !== c.grade) {
      movers.push({ customerId: c.customerId, from: before.grade, to: c.grade, fromExplanation: before.explanation, toExplanation: c.explanation });
    }
  }
  const left = from.customers.filter((c) => !present.has(c.customerId)).map((c) => c.customerId);
  const byId = (a: { customerId: string }, b: { customerId: string }) => compareCodePoints(a.customerId, b.customerId);
  movers.sort(byId);
  entered.sort(compareCodePoints);
  left.sort(compareCodePoints);
  return { from: from.id, to: to.id, grades, counts, movers, entered, left };
}


function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
