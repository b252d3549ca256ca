import { dayNumber } from '../book/calendar.js';
import { NO_DAY } from '../book/figures.js';
import type { CustomerFigures } from '../book/figures.js';
import { abcGrades, creditRatings } from '../enums/vocabularies.js';
import type { GradeOptions } from './abc.js';
import { attributesOf } from './attributes.js';
import { GradingError } from './errors.js';
import type { CriterionExplanation, ScorecardExplanation } from './explanation.js';
import type { CriterionScoring, ScorecardPolicy } from './policy.js';
import { toFen } from '../money/fen.js';
import { belowCounts } from './ranking.js';
import { gradingResultBase } from './result.js';
import type { ScorecardGrading } from './result.js';

const DAYS_PER_YEAR = 365.25;

/**
 * The numeric value of a credit rating: AAA = 6, AA = 5, A = 4, B = 3, C = 2, D = 1.
 *
 * @example
 * creditRatingValue('AA') // 5
 */
export function creditRatingValue(rating: string): number | undefined {
  const index = (creditRatings as readonly string[]).indexOf(rating);
  return index < 0 ? undefined : creditRatings.length - index;
}

/**
 * The value of a scorecard figure for every customer (NaN when missing). Built-in figures:
 * - `revenue` — revenue in the window (never missing);
 * - `gross-margin-rate` — (revenue − cost) / revenue; missing when revenue <= 0 or when a counted
 *   line has no cost (`costMissing`): an unknown cost is unknown, not 0 — as product analysis and
 *   profitability treat it (figures without `costMissing` fall back to "no cost recorded" = cost 0);
 * - `collection-rate` — paid / revenue; missing when revenue <= 0;
 * Rates are one correctly rounded quotient of exact sums in fen, so equal rates tie exactly.
 * - `average-unit-price` — revenue / quantity; missing when quantity <= 0;
 * - `orders` — orders in the window;
 * - `years-of-trade` — the attribute `years-of-trade` when entered, else years from the first purchase to asOf;
 * - `credit-rating` — the attribute `credit-rating` (AAA … D) as 6 … 1.
 * Any other key reads a number from the customer's attributes.
 */
function figureColumn(figures: CustomerFigures, key: string, options: GradeOptions, manual: boolean): Float64Array {
  const n = figures.customerIds.length;
  const out = new Float64Array(n).fill(Number.NaN);
  const { revenue, cost, paid, quantity, orders, firstPurchaseDay, costMissing } = figures;
  const name = key;
  const attribute = (i: number) => attributesOf(options.attributes, figures.customerIds[i]!)?.[name];
  // A manual criterion always reads what a person entered, even under a built-in figure's name.
  switch (manual ? '' : key) {
    case 'revenue':
      out.set(revenue);
      break;
    case 'gross-margin-rate':
      for (let i = 0; i < n; i++) {
        const costKnown = costMissing ? costMissing[i] === 0 : cost[i] !== 0;
        if (revenue[i]! > 0 && costKnown) out[i] = (toFen(revenue[i]!) - toFen(cost[i]!)) / toFen(revenue[i]!);
      }
      break;
    case 'collection-rate':
      for (let i = 0; i < n; i++) if (revenue[i]! > 0) out[i] = toFen(paid[i]!) / toFen(revenue[i]!);
      break;
    case 'average-unit-price':
      for (let i = 0; i < n; i++) if (quantity[i]! > 0) out[i] = revenue[i]! / quantity[i]!;
      break;
    case 'orders':
      for (let i = 0; i < n; i++) out[i] = orders[i]!;
      break;
    case 'years-of-trade': {
      const asOfDay = dayNumber(figures.asOf)!;
      for (let i = 0; i < n; i++) {
        const entered = attribute(i);
        if (typeof entered === 'number') out[i] = entered;
        else if (firstPurchaseDay[i] !== NO_DAY) out[i] = (asOfDay - firstPurchaseDay[i]!) / DAYS_PER_YEAR;
      }
      break;
    }
    case 'credit-rating':
      for (let i = 0; i < n; i++) {
        const entered = attribute(i);
        const value = typeof entered === 'string' ? creditRatingValue(entered) : undefined;
        if (value !== undefined) out[i] = value;
      }
      break;
    default:
      for (let i = 0; i < n; i++) {
        const entered = attribute(i);
        if (typeof entered === 'number' && Number.isFinite(entered)) out[i] = entered;
      }
  }
  return out;
}

/** Points 0–100 of every value by a criterion's scoring (0 where the value is missing). */
function pointsColumn(values: Float64Array, scoring: CriterionScoring): Float64Array {
  const n = values.length;
  const out = new Float64Array(n);
  switch (scoring.kind) {
    case 'linear': {
      const span = scoring.max - scoring.min;
      for (let i = 0; i < n; i++) {
        const v = values[i]!;
        if (v === v) out[i] = 100 * Math.min(1, Math.max(0, (v - scoring.min) / span));
      }
      break;
    }
    case 'percentile': {
      let present = 0;
      for (let i = 0; i < n; i++) if (values[i] === values[i]) present++;
      const compact = new Float64Array(present);
      for (let i = 0, k = 0; i < n; i++) if (values[i] === values[i]) compact[k++] = values[i]!;
      const below = belowCounts(compact, false);
      for (let i = 0, k = 0; i < n; i++) if (values[i] === values[i]) out[i] = (100 * below[k++]!) / present;
      break;
    }
    case 'steps':
      for (let i = 0; i < n; i++) {
        const v = values[i]!;
        if (v !== v) continue;
        let best = -Infinity;
        let points = 0;
        for (const step of scoring.steps) {
          if (v >= step.atLeast && step.atLeast >= best) {
            best = step.atLeast;
            points = step.points;
          }
        }
        out[i] = points;
      }
      break;
    case 'manual':
      for (let i = 0; i < n; i++) {
        const v = values[i]!;
        if (v === v) out[i] = 25 * (Math.min(5, Math.max(1, v)) - 1);
      }
      break;
  }
  return out;
}

/**
 * The multi-criteria scorecard (客户质量等级评估表): each criterion maps a figure to 0–100
 * points (linear, percentile, steps or manual 1–5), the total is the weighted sum, and the
 * grade is `A` from `thresholds.A`, `B` from `thresholds.B`, else `C`. A missing figure scores
 * 0 and is named in the explanation. Manual criteria read the attribute named by their key.
 *
 * @example
 * const result = gradeScorecard(figures, defaultPolicy('scorecard'), { attributes });
 * result.total[0] // 0–100
 */
export function gradeScorecard(
  figures: CustomerFigures,
  policy: ScorecardPolicy,
  options: GradeOptions = {},
): ScorecardGrading {
  if (dayNumber(figures.asOf) === undefined) throw new GradingError('invalid-as-of', { value: figures.asOf });
  const { customerIds } = figures;
  const n = customerIds.length;
  const values = policy.criteria.map((c) => figureColumn(figures, c.key, options, c.score.kind === 'manual'));
  const points = policy.criteria.map((c, k) => pointsColumn(values[k]!, c.score));
  const total = new Float64Array(n);
  for (let k = 0; k < policy.criteria.length; k++) {
    const weight = policy.criteria[k]!.weight;
    const column = points[k]!;
    for (let i = 0; i < n; i++) total[i]! += weight * column[i]!;
  }
  const grade = new Uint8Array(n);
  const { A, B } = policy.thresholds;
  for (let i = 0; i < n; i++) {
    // Round away float noise (0.3 × 100 + … = 79.99999999999999) before comparing with thresholds.
    const t = Math.round(total[i]! * 1e9) / 1e9;
    total[i] = t;
    grade[i] = t >= A ? 0 : t >= B ? 1 : 2;
  }

  const explain = (i: number): ScorecardExplanation => {
    const criteria: CriterionExplanation[] = policy.criteria.map((c, k) => {
      const value = values[k]![i]!;
      const missing = value !== value;
      return { key: c.key, weight: c.weight, value: missing ? undefined : value, points: points[k]![i]!, missing };
    });
    return {
      method: 'scorecard',
      customerId: customerIds[i]!,
      grade: abcGrades[grade[i]!]!,
      computedGrade: abcGrades[grade[i]!]!,
      total: total[i]!,
      thresholds: { A, B },
      criteria,
      missing: criteria.filter((c) => c.missing).map((c) => c.key),
    };
  };
  return {
    ...gradingResultBase(figures, policy, grade, abcGrades, explain, options.locale),
    total,
    points,
    values,
  };
}
