import { Dictionary } from '../book/columns.js';
import { ExactSums, fromFen, toFen } from '../money/index.js';
import type { InteractionKind } from '../enums/vocabularies.js';
import { asColumns, population, type Book } from './book.js';
import type { InteractionEntry } from './interaction.js';
import { compareKeys, lookupFunction, ratio, type Lookup } from './lookup.js';
import { parseDay, resolveRange, type RangeOptions } from './range.js';

export interface EffortOptions extends RangeOptions {
  /** Contacts made; those outside the range are ignored. */
  interactions: readonly InteractionEntry[];
  /** Customer id → grade (A/B/C, or any other classification). */
  gradeOf: Lookup<string | null | undefined>;
  /** Interaction kinds that count as effort (default: all). */
  kinds?: readonly InteractionKind[] | undefined;
  /** Only this rep's interactions (revenue is not filtered: pass that rep's book for it). */
  rep?: string | undefined;
  /** Archive customers without transactions. */
  customers?: Iterable<string> | undefined;
}

/** Effort and value of one grade. */
export interface EffortRow {
  /** Grade; `null` for customers without one. */
  grade: string | null;
  customers: number;
  interactions: number;
  /** Interactions / all interactions. */
  interactionShare: number | null;
  /** Minutes of the interactions that carry a duration. */
  minutes: number;
  /** Minutes / all minutes; `null` when no interaction carries a duration. */
  timeShare: number | null;
  revenue: number;
  /** Revenue / total revenue; `null` when the total is not positive. */
  revenueShare: number | null;
  /**
   * Effort against value = effort share / revenue share, where effort share is the time
   * share when durations are known, else the interaction share. Above 1: the grade gets
   * more effort than its revenue justifies.
   */
  effortToValue: number | null;
}

/**
 * Where the sales force spends its time against what each grade is worth (the seed's ABC
 * check: "60 % of the reps' time on C customers who make 10 % of sales"). Rows are sorted
 * by grade (`null` last) so that A, B, C read in order.
 *
 * @example
 * effortByGrade(lines, { interactions, gradeOf: grades }).rows.find((r) => r.grade === 'C')?.timeShare
 */
export function effortByGrade(book: Book, options: EffortOptions): { rows: EffortRow[]; totalInteractions: number; totalMinutes: number; totalRevenue: number } {
  const columns = asColumns(book);
  const { start, end } = resolveRange(options);
  const { ids, extraIndex } = population(columns, [...(options.customers ?? []), ...options.interactions.map((i) => i.customerId)]);
  const gradeOf = lookupFunction(options.gradeOf);
  const gradeGroups = new Dictionary<string | null>();
  const groupOf = new Int32Array(ids.length);
  for (let c = 0; c < ids.length; c++) groupOf[c] = gradeGroups.code(gradeOf(ids[c]!) ?? null);
  const grades = gradeGroups.values;
  const groups = grades.length;
  const customers = new Int32Array(groups);
  for (let c = 0; c < ids.length; c++) customers[groupOf[c]!]!++;
  // revenue in whole fen, summed exactly (independent of line order)
  const revenueFen = new ExactSums(groups);
  for (let i = 0; i < columns.length; i++) {
    const d = columns.day[i]!;
    if (d < start || d >= end) continue;
    revenueFen.add(groupOf[columns.customer[i]!]!, toFen(columns.amount[i]!));
  }
  const kinds = options.kinds ? new Set<string>(options.kinds) : undefined;
  const count = new Int32Array(groups);
  const minutes = new Float64Array(groups);
  let totalInteractions = 0;
  let totalMinutes = 0;
  for (const interaction of options.interactions) {
    const d = parseDay(interaction.date, 'interactions.date');
    if (d < start || d >= end) continue;
    if (kinds && !kinds.has(interaction.kind)) continue;
    if (options.rep !== undefined && interaction.rep !== options.rep) continue;
    const g = groupOf[extraIndex.get(interaction.customerId)!]!;
    count[g]!++;
    totalInteractions++;
    const m = interaction.durationMinutes;
    if (m !== undefined && Number.isFinite(m)) {
      minutes[g]! += m;
      totalMinutes += m;
    }
  }
  const totalFen = revenueFen.total();
  const rows: EffortRow[] = grades.map((grade, g) => {
    const interactionShare = ratio(count[g]!, totalInteractions);
    const timeShare = totalMinutes > 0 ? ratio(minutes[g]!, totalMinutes) : null;
    const revenueShare = totalFen > 0 ? ratio(revenueFen.value(g), totalFen) : null;
    return {
      grade,
      customers: customers[g]!,
      interactions: count[g]!,
      interactionShare,
      minutes: minutes[g]!,
      timeShare,
      revenue: revenueFen.yuan(g),
      revenueShare,
      effortToValue: ratio(timeShare ?? interactionShare, revenueShare),
    };
  });
  rows.sort((a, b) => compareKeys(a.grade, b.grade));
  return { rows, totalInteractions, totalMinutes, totalRevenue: fromFen(totalFen) };
}
