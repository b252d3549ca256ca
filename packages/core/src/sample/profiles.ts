import type { CustomerKind, CustomerNature, RelationshipStage } from '../enums/vocabularies.js';
import { sampleCategories } from './catalogue.js';
import { sampleCityWeights } from './geography.js';
import { mixSeed, Random, type Seed } from './random.js';

/**
 * The hidden traits of sample customer number `index`: what both generators (objects and
 * columns) derive from the seed before anything else, so that the archive's relationship stages
 * and the transaction book agree. Each customer has its own random stream, so customer 17 is the
 * same whether the archive has 100 or 1,000,000 customers.
 */
export interface CustomerProfile {
  readonly index: number;
  readonly id: string;
  readonly kind: CustomerKind;
  readonly nature: CustomerNature;
  readonly stage: RelationshipStage;
  /** Spending weight, Pareto-distributed (shape ≈ 1.16, the 80/20 shape), capped. */
  readonly weight: number;
  /** Day number of the first day the customer may buy in the book (inclusive). */
  readonly firstDay: number;
  /** Day number of the last day the customer may buy in the book (inclusive); `< firstDay` when none. */
  readonly lastDay: number;
  /** Day number the trade relationship began (may lie before the book). */
  readonly sinceDay: number;
  /** For a former customer, the day after its last possible purchase; otherwise `undefined`. */
  readonly stoppedDay: number | undefined;
  /** Index into `sampleCategories` of the product line bought most, then the second one. */
  readonly primaryCategory: number;
  readonly secondaryCategory: number;
  /** Index into `sampleCities`. */
  readonly cityIndex: number;
  /** Pays late: more outstanding receivables. */
  readonly latePayer: boolean;
}

/**
 * Shape of the spending distribution: log 5 / log 4, for which the top 20 % hold 80 %.
 *
 * @example
 * new Random(1).pareto(PARETO_SHAPE)
 */
export const PARETO_SHAPE = Math.log(5) / Math.log(4);
/**
 * Largest spending weight, so that one customer never dominates a small archive.
 *
 * @example
 * Math.min(MAX_WEIGHT, new Random(1).pareto(PARETO_SHAPE))
 */
export const MAX_WEIGHT = 5000;

const STAGES: readonly RelationshipStage[] = ['prospect', 'new', 'long-term', 'problem', 'former'];
const STAGE_WEIGHTS = runningSums([0.08, 0.12, 0.6, 0.07, 0.13]);
const ORGANISATION_NATURES: readonly CustomerNature[] = ['intermediary', 'manufacturer', 'government-social'];
const ORGANISATION_NATURE_WEIGHTS = runningSums([0.42, 0.45, 0.13]);
const CITY_WEIGHTS = runningSums(sampleCityWeights);

function runningSums(weights: readonly number[]): Float64Array {
  const sums = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((w, k) => (sums[k] = total += w));
  return sums;
}

/**
 * Stream keys, so that the independent parts of the sample never share random numbers.
 *
 * @example
 * new Random(mixSeed(seed, streams.lines, customerIndex))
 */
export const streams = {
  profile: 0x9f011e,
  lines: 0x11e5,
  record: 0x2ec02d,
  contacts: 0xc0c7,
  interactions: 0x1a7e,
  opportunities: 0x0990,
  reps: 0x2e95,
  tasks: 0x7a5c,
  serviceCases: 0x5e2c,
  contracts: 0xc047,
} as const;

/**
 * The id of sample customer number `index` (0-based): `C0000001`…
 *
 * @example
 * sampleCustomerId(0) // 'C0000001'
 */
export function sampleCustomerId(index: number): string {
  return `C${String(index + 1).padStart(7, '0')}`;
}

/**
 * The profile of customer `index` for a seed and a book covering day numbers
 * `bookFirstDay .. bookLastDay`.
 *
 * @example
 * const profile = customerProfile(42, 0, 20000, 20547);
 * profile.stage // one of relationshipStages
 */
export function customerProfile(seed: Seed, index: number, bookFirstDay: number, bookLastDay: number): CustomerProfile {
  const random = new Random(mixSeed(seed, streams.profile, index));
  const kind: CustomerKind = random.chance(0.78) ? 'organisation' : 'person';
  const nature: CustomerNature =
    kind === 'person'
      ? 'individual-consumer'
      : (ORGANISATION_NATURES[random.weightedIndex(ORGANISATION_NATURE_WEIGHTS)] ?? 'manufacturer');
  const stage = STAGES[random.weightedIndex(STAGE_WEIGHTS)] ?? 'long-term';
  // Persons buy less than organisations; the Pareto tail still applies within each kind.
  const weight = Math.min(MAX_WEIGHT, random.pareto(PARETO_SHAPE)) * (kind === 'person' ? 0.5 : 1);
  const primaryCategory = random.int(sampleCategories.length);
  const secondaryCategory = (primaryCategory + 1 + random.int(sampleCategories.length - 1)) % sampleCategories.length;
  const cityIndex = random.weightedIndex(CITY_WEIGHTS);

  let firstDay = bookFirstDay;
  let lastDay = bookLastDay;
  let sinceDay = bookFirstDay - random.between(30, 8 * 365);
  let stoppedDay: number | undefined;
  switch (stage) {
    case 'prospect':
      sinceDay = bookLastDay - random.between(0, 120);
      lastDay = firstDay - 1;
      break;
    case 'new':
      // New customers began trading within the last six months (grading.md: provisional grade).
      sinceDay = bookLastDay - random.between(7, 180);
      firstDay = Math.max(bookFirstDay, sinceDay);
      break;
    case 'former':
      // Stopped buying more than a year before the book ends.
      stoppedDay = bookLastDay - random.between(366, 366 + 240);
      lastDay = Math.min(bookLastDay, stoppedDay - 1);
      if (sinceDay > lastDay) sinceDay = lastDay - random.between(30, 3 * 365);
      break;
    default:
      break;
  }
  return {
    index,
    id: sampleCustomerId(index),
    kind,
    nature,
    stage,
    weight,
    firstDay,
    lastDay,
    sinceDay,
    stoppedDay,
    primaryCategory,
    secondaryCategory,
    cityIndex,
    latePayer: stage === 'problem' || random.chance(0.05),
  };
}

/**
 * Relative number of lines a profile gets in the book: grows with the square root of its weight
 * and with its active span (revenue grows with the weight: quantities scale with its square root too).
 *
 * @example
 * lineShare(customerProfile(1, 0, 20000, 20547), 548) // 0 for a prospect
 */
export function lineShare(profile: CustomerProfile, bookDays: number): number {
  const activeDays = profile.lastDay - profile.firstDay + 1;
  if (activeDays <= 0) return 0;
  return Math.sqrt(profile.weight) * (activeDays / bookDays);
}
