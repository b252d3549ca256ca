import { dayNumber } from '../book/calendar.js';
import { NO_DAY } from '../book/figures.js';
import type { CustomerFigures } from '../book/figures.js';
import { rfmSegments } from '../enums/vocabularies.js';
import type { RfmSegment } from '../enums/vocabularies.js';
import type { GradeOptions } from './abc.js';
import { GradingError } from './errors.js';
import type { RfmExplanation } from './explanation.js';
import type { RfmPolicy } from './policy.js';
import { belowCounts, revenueBelow } from './ranking.js';
import { gradingResultBase } from './result.js';
import type { RfmGrading } from './result.js';

/** grading.md's segment table for 5 bins: rows R = 5 … 1, columns F = 1 … 5. */
const SEGMENT_TABLE: readonly (readonly RfmSegment[])[] = [
  ['new', 'potential', 'potential', 'champions', 'champions'],
  ['promising', 'potential', 'potential', 'champions', 'champions'],
  ['about-to-sleep', 'about-to-sleep', 'need-attention', 'loyal', 'loyal'],
  ['hibernating', 'hibernating', 'at-risk', 'at-risk', 'cant-lose'],
  ['lost', 'hibernating', 'at-risk', 'at-risk', 'cant-lose'],
];

/**
 * A score on `bins` bins rescaled to the 5-bin scale of the segment table: the score's bin
 * centre, `(s - 0.5) / bins`, placed on five equal bins, i.e. `1 + floor(5 (s - 0.5) / bins)`.
 * With 5 bins this is the identity; with 3 bins 1, 2, 3 become 1, 3, 5; with 10 bins
 * 1–2 → 1, 3–4 → 2, … 9–10 → 5.
 *
 * @example
 * toFiveBins(2, 3) // 3
 */
export function toFiveBins(score: number, bins: number): number {
  return 1 + Math.floor((10 * score - 5) / (2 * bins));
}

/**
 * The RFM segment of scores `r` and `f` on `bins` bins (grading.md's table; other bin counts
 * are rescaled to 5 first, see `toFiveBins`).
 *
 * @example
 * rfmSegment(5, 1) // 'new'
 * rfmSegment(1, 5) // 'cant-lose'
 */
export function rfmSegment(r: number, f: number, bins = 5): RfmSegment {
  const r5 = bins === 5 ? r : toFiveBins(r, bins);
  const f5 = bins === 5 ? f : toFiveBins(f, bins);
  return SEGMENT_TABLE[5 - r5]![f5 - 1]!;
}

/** Tie-safe scores `1 + floor(bins × below / n)` of every value. */
function scores(values: Float64Array, bins: number, lowerIsBetter: boolean): Uint8Array {
  const n = values.length;
  const below = belowCounts(values, lowerIsBetter);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = 1 + Math.floor((bins * below[i]!) / n);
  return out;
}

const INACTIVE = rfmSegments.indexOf('inactive');
const segmentCode = new Map<RfmSegment, number>(rfmSegments.map((s, i) => [s, i]));

/**
 * RFM exactly as grading.md defines it. Customers with a counted purchase (amount > 0 in the
 * window) are scored: recency = days from last purchase to asOf (fewer is better),
 * frequency = orders, monetary = revenue (returns included, so it may be <= 0). Scores are
 * `1 + floor(bins × below / n)`, so ties share a score. The others are `inactive`.
 *
 * @example
 * const result = gradeRfm(figures, defaultPolicy('rfm'));
 * result.gradeOf(0) // 'champions'
 * result.r[0] // 5
 */
export function gradeRfm(figures: CustomerFigures, policy: RfmPolicy, options: GradeOptions = {}): RfmGrading {
  const { customerIds, lastPurchaseDay, orders, revenue } = figures;
  const bins = policy.bins;
  const asOfDay = dayNumber(figures.asOf);
  if (asOfDay === undefined) throw new GradingError('invalid-as-of', { value: figures.asOf });
  const n = customerIds.length;

  let scored = 0;
  for (let i = 0; i < n; i++) if (lastPurchaseDay[i] !== NO_DAY) scored++;
  const active = new Int32Array(scored);
  const days = new Float64Array(scored);
  const frequencyValues = new Float64Array(scored);
  const recencyDays = new Int32Array(n).fill(-1);
  for (let i = 0, k = 0; i < n; i++) {
    const last = lastPurchaseDay[i]!;
    if (last === NO_DAY) continue;
    active[k] = i;
    recencyDays[i] = asOfDay - last;
    days[k] = asOfDay - last;
    frequencyValues[k] = orders[i]!;
    k++;
  }
  const rScores = scores(days, bins, true);
  const fScores = scores(frequencyValues, bins, false);
  // Monetary from the revenue ranking ABC shares (one sort of the revenues for both).
  const monetaryBelow = revenueBelow(customerIds, revenue, active);
  const mScores = new Uint8Array(scored);
  for (let k = 0; k < scored; k++) mScores[k] = 1 + Math.floor((bins * monetaryBelow[k]!) / scored);

  const r = new Uint8Array(n);
  const f = new Uint8Array(n);
  const m = new Uint8Array(n);
  const grade = new Uint8Array(n).fill(INACTIVE);
  // The segment depends on (r, f) only: look it up once per pair, not per customer.
  const table = new Uint8Array((bins + 1) * (bins + 1));
  for (let rs = 1; rs <= bins; rs++) {
    for (let fs = 1; fs <= bins; fs++) table[rs * (bins + 1) + fs] = segmentCode.get(rfmSegment(rs, fs, bins))!;
  }
  for (let k = 0; k < scored; k++) {
    const i = active[k]!;
    r[i] = rScores[k]!;
    f[i] = fScores[k]!;
    m[i] = mScores[k]!;
    grade[i] = table[rScores[k]! * (bins + 1) + fScores[k]!]!;
  }

  const explain = (i: number): RfmExplanation => {
    const segment = rfmSegments[grade[i]!]!;
    const isActive = r[i] !== 0;
    return {
      method: 'rfm',
      customerId: customerIds[i]!,
      grade: segment,
      segment,
      recencyDays: isActive ? recencyDays[i] : undefined,
      frequency: orders[i]!,
      monetary: revenue[i]!,
      r: isActive ? r[i] : undefined,
      f: isActive ? f[i] : undefined,
      m: isActive ? m[i] : undefined,
      bins,
      scored,
    };
  };
  return {
    ...gradingResultBase(figures, policy, grade, rfmSegments, explain, options.locale),
    recencyDays,
    frequency: orders,
    monetary: revenue,
    r,
    f,
    m,
    scored,
  };
}
