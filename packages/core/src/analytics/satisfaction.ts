import type { Period } from './range.js';

/** What the satisfaction summary reads of an answer (a stored `satisfaction` record, JSON or decoded). */
export interface SatisfactionAnswer {
  readonly customerId: string;
  /** 1 (very dissatisfied) … 5 (very satisfied). */
  readonly score: number;
  /** ISO date `YYYY-MM-DD`. */
  readonly surveyedOn: string;
}

/** Customer satisfaction over a period (客户满意度, part of 年度计划分析). */
export interface SatisfactionSummary {
  /** Answers in the period. */
  readonly answers: number;
  /** Customers who answered. */
  readonly customers: number;
  /** Mean score of the answers; `null` without any. */
  readonly average: number | null;
  /** Share of answers scoring 4 or 5; `null` without any. */
  readonly satisfiedShare: number | null;
  /** Answers per score, index 0 for score 1 … index 4 for score 5. */
  readonly distribution: readonly [number, number, number, number, number];
}

/**
 * Customer satisfaction over a period (`from <= surveyedOn < to`): the number of answers and of
 * customers who answered, the mean score, the share of satisfied answers (4 or 5) and the count
 * per score. Answers outside 1–5 or not whole are not counted.
 *
 * @example
 * satisfactionSummary([{ customerId: 'C1', score: 4, surveyedOn: '2025-03-01' }], { from: '2025-01-01', to: '2026-01-01' }).average // 4
 */
export function satisfactionSummary(answers: readonly SatisfactionAnswer[], period?: Period): SatisfactionSummary {
  const distribution: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  const customers = new Set<string>();
  let sum = 0;
  let count = 0;
  for (const answer of answers) {
    if (period && (answer.surveyedOn < period.from || answer.surveyedOn >= period.to)) continue;
    if (!Number.isInteger(answer.score) || answer.score < 1 || answer.score > 5) continue;
    distribution[answer.score - 1]!++;
    customers.add(answer.customerId);
    sum += answer.score;
    count++;
  }
  return {
    answers: count,
    customers: customers.size,
    average: count === 0 ? null : sum / count,
    satisfiedShare: count === 0 ? null : (distribution[3] + distribution[4]) / count,
    distribution,
  };
}
