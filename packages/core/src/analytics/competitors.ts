import { abcGrades, type AbcGrade } from '../enums/vocabularies.js';
import { compareCodePoints } from '../grading/compare.js';

/** What the competitor report reads of a competitor note (stored JSON or decoded). */
export interface CompetitorNoteInput {
  readonly customerId: string;
  readonly competitor: string;
  /** The customer's satisfaction with the competitor, 1–5. */
  readonly satisfaction?: number | undefined;
  readonly productsInUse?: readonly string[] | undefined;
}

/** One competitor: at how many customers, of which grades, how satisfied they are with it. */
export interface CompetitorRow {
  /** The competitor's name as first written (trimmed, NFKC). */
  readonly competitor: string;
  /** Customers with a note on it. */
  readonly customers: number;
  /** Those customers by their current ABC grade (`none`: not graded). */
  readonly byGrade: Readonly<Record<AbcGrade | 'none', number>>;
  /** Mean of the satisfaction scores given; `null` without any. */
  readonly averageSatisfaction: number | null;
  /** Their products in use, most frequent first (ties in code-point order). */
  readonly products: readonly string[];
  /** The customers, in code-point order (for a drill-down). */
  readonly customerIds: readonly string[];
}

/** The competitor report (竞争对手分析). */
export interface CompetitorReport {
  /** Customers with any competitor note. */
  readonly customers: number;
  /** Competitors by number of customers (most first), then name. */
  readonly rows: readonly CompetitorRow[];
}

/**
 * Which competitors are at which grades of customer: competitor notes grouped by competitor
 * (names compared trimmed and NFKC-folded, case-insensitively), each customer counted once per
 * competitor under its current grade (`grades`: customer id → ABC grade; missing: `none`),
 * with the mean satisfaction with the competitor and its products in use.
 *
 * @example
 * competitorReport([{ customerId: 'C1', competitor: '竞品甲', satisfaction: 3 }], { C1: 'A' }).rows[0].byGrade.A // 1
 */
export function competitorReport(notes: readonly CompetitorNoteInput[], grades: Readonly<Record<string, AbcGrade | undefined>> = {}): CompetitorReport {
  const groups = new Map<string, { name: string; customers: Set<string>; scores: number[]; products: Map<string, number> }>();
  const everyCustomer = new Set<string>();
  for (const note of notes) {
    const name = note.competitor.normalize('NFKC').trim();
    if (name === '') continue;
    const key = name.toLowerCase();
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { name, customers: new Set(), scores: [], products: new Map() }));
    group.customers.add(note.customerId);
    everyCustomer.add(note.customerId);
    if (typeof note.satisfaction === 'number' && Number.isFinite(note.satisfaction)) group.scores.push(note.satisfaction);
    for (const product of note.productsInUse ?? []) {
      const p = product.trim();
      if (p) group.products.set(p, (group.products.get(p) ?? 0) + 1);
    }
  }
  const rows: CompetitorRow[] = [...groups.values()].map((g) => {
    const byGrade = { A: 0, B: 0, C: 0, none: 0 };
    for (const id of g.customers) {
      const grade = Object.hasOwn(grades, id) ? grades[id] : undefined;
      byGrade[grade !== undefined && (abcGrades as readonly string[]).includes(grade) ? grade : 'none']++;
    }
    return {
      competitor: g.name,
      customers: g.customers.size,
      byGrade,
      averageSatisfaction: g.scores.length === 0 ? null : g.scores.reduce((a, b) => a + b, 0) / g.scores.length,
      products: [...g.products].sort((a, b) => b[1] - a[1] || compareCodePoints(a[0], b[0])).map(([p]) => p),
      customerIds: [...g.customers].sort(compareCodePoints),
    };
  });
  rows.sort((a, b) => b.customers - a.customers || compareCodePoints(a.competitor, b.competitor));
  return { customers: everyCustomer.size, rows };
}
