import { abcGrades, compareCodePoints, relationshipStages, type CustomerListRow } from '@dossier/core';

/** What the list can sort by. */
export const listSorts = ['name', 'revenue', 'lastPurchase', 'grade', 'stage'] as const;
export type ListSort = (typeof listSorts)[number];

/** Filters, search and order of the list. Empty strings mean "all". */
export interface RowSelection {
  text?: string;
  grade?: string;
  stage?: string;
  owner?: string;
  region?: string;
  sort?: ListSort;
  direction?: 'asc' | 'desc';
}

/** Rows prepared once per data set so that every keystroke only filters. */
export interface PreparedRows {
  readonly rows: readonly CustomerListRow[];
  /** Lower-cased display names, by row. */
  readonly names: readonly string[];
}

/**
 * Prepares rows for {@link selectRows} (lower-cases the names once).
 *
 * @example
 * const prepared = prepareRows(rows);
 */
export function prepareRows(rows: readonly CustomerListRow[]): PreparedRows {
  return { rows, names: rows.map((row) => row.displayName.toLowerCase()) };
}

const gradeRank = new Map<string, number>(abcGrades.map((g, i) => [g, i]));
const stageRank = new Map<string, number>(relationshipStages.map((s, i) => [s, i]));


/**
 * The positions of the rows to show, in order: rows whose name or pinyin initials contain the
 * search text (case-insensitive) and that pass every filter, sorted by the chosen field, then by
 * pinyin initials, name and id so that the order is total. Rows without a value of the sort
 * field come last in both directions.
 *
 * @example
 * selectRows(prepareRows(rows), { text: 'hz', grade: 'A', sort: 'revenue', direction: 'desc' }) // [12, 3, …]
 */
export function selectRows(prepared: PreparedRows, selection: RowSelection = {}): number[] {
  const { rows, names } = prepared;
  const needle = (selection.text ?? '').trim().toLowerCase();
  const { grade, stage, owner, region } = selection;
  const out: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (grade && row.grade !== grade) continue;
    if (stage && row.stage !== stage) continue;
    if (owner && row.salespersonId !== owner) continue;
    if (region && row.territory !== region) continue;
    if (needle && !names[i]!.includes(needle) && !row.sortKey.includes(needle)) continue;
    out.push(i);
  }
  const sort = selection.sort ?? 'name';
  const sign = selection.direction === 'desc' ? -1 : 1;
  const byName = (a: number, b: number) => {
    const x = rows[a]!;
    const y = rows[b]!;
    return compareCodePoints(x.sortKey, y.sortKey) || compareCodePoints(x.displayName, y.displayName) || compareCodePoints(x.id, y.id);
  };
  // Missing values (undefined, NaN) sort last whatever the direction.
  const key: (i: number) => number | string | undefined =
    sort === 'revenue'
      ? (i) => (Number.isFinite(rows[i]!.figures.amount) ? rows[i]!.figures.amount : undefined)
      : sort === 'lastPurchase'
        ? (i) => rows[i]!.figures.lastPurchase
        : sort === 'grade'
          ? (i) => (rows[i]!.grade === undefined ? undefined : gradeRank.get(rows[i]!.grade!))
          : sort === 'stage'
            ? (i) => stageRank.get(rows[i]!.stage)
            : () => 0;
  if (sort === 'name') {
    out.sort((a, b) => sign * byName(a, b));
    return out;
  }
  const keys = new Map<number, number | string | undefined>();
  for (const i of out) keys.set(i, key(i));
  out.sort((a, b) => {
    const x = keys.get(a);
    const y = keys.get(b);
    if (x === undefined || y === undefined) return x === y ? byName(a, b) : x === undefined ? 1 : -1;
    const primary = typeof x === 'number' && typeof y === 'number' ? x - y : compareCodePoints(String(x), String(y));
    return primary !== 0 ? sign * primary : byName(a, b);
  });
  return out;
}

/**
 * The distinct non-empty values of a row field, sorted: the options of a filter.
 *
 * @example
 * distinctValues(rows, 'territory') // ['华东', '华南', …]
 */
export function distinctValues(rows: readonly CustomerListRow[], field: 'salespersonId' | 'territory'): string[] {
  const values = new Set<string>();
  for (const row of rows) if (row[field]) values.add(row[field]);
  return [...values].sort(compareCodePoints);
}
