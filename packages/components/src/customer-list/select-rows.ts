import { abcGrades, compareCodePoints, pinyinInitials, pinyinSortKey, relationshipStages, type CustomerListRow } from '@dossier/core';

/** What the list can sort by. */
export const listSorts = ['name', 'revenue', 'lastPurchase', 'grade', 'stage'] as const;
export type ListSort = (typeof listSorts)[number];

/**
 * What a list row may carry beyond core's `CustomerListRow`: the lead funnel stage, the lead
 * intent class and whether the record's source is verified (`source.verified`; missing counts
 * as not verified). Rows read from a store have them; rows given by a page may.
 *
 * @example
 * const row: ListRow = { ...toCustomerListRow(customer, 'zh-CN'), funnelStage: 'qualified', leadIntent: 'A', verified: false };
 */
export interface ListRowExtras {
  funnelStage?: string | undefined;
  leadIntent?: string | undefined;
  verified?: boolean | undefined;
}

/** A row of the list: core's `CustomerListRow` with {@link ListRowExtras}. */
export type ListRow = CustomerListRow & ListRowExtras;

/** The filters on {@link ListRowExtras}. Empty strings mean "all". */
export interface ExtraSelection {
  /** Lead funnel stage (`funnelStages`). */
  funnel?: string;
  /** Lead intent class (`leadIntents`, A–D). */
  intent?: string;
  /** `unverified`: records whose source is not verified (or has none); `verified`: the others. */
  verification?: '' | 'unverified' | 'verified';
}

/**
 * Whether a row passes the funnel, intent and verification filters.
 *
 * @example
 * passesExtras({ ...row, verified: undefined }, { verification: 'unverified' }) // true
 */
export function passesExtras(row: ListRow, selection: ExtraSelection): boolean {
  if (selection.funnel && row.funnelStage !== selection.funnel) return false;
  if (selection.intent && row.leadIntent !== selection.intent) return false;
  if (selection.verification === 'unverified' && row.verified === true) return false;
  if (selection.verification === 'verified' && row.verified !== true) return false;
  return true;
}

/**
 * The positions of a store's rows to show, in the store's order (the store searched and
 * filtered them): those passing the funnel, intent and verification filters, and with a search
 * text, those whose name or pinyin initials START with it first (as {@link selectRows} does in
 * memory), each group in the store's order. Give it every row the search finds: a prefix match
 * of a later page would otherwise come after the earlier pages' other matches.
 *
 * @example
 * storeRowOrder([{ ...row, displayName: '北京中山' }, { ...row, displayName: '中山医院' }], {}, 'zs') // [1, 0]
 */
export function storeRowOrder(rows: readonly ListRow[], extras: ExtraSelection, text: string): number[] {
  const needle = text.trim().toLowerCase();
  const first: number[] = [];
  const rest: number[] = [];
  rows.forEach((row, i) => {
    if (!passesExtras(row, extras)) return;
    const name = row.displayName.toLowerCase();
    const starts = needle !== '' && (name.startsWith(needle) || (row.sortKey || pinyinInitials(row.displayName)).startsWith(needle));
    (starts ? first : rest).push(i);
  });
  return [...first, ...rest];
}

/** Filters, search and order of the list. Empty strings mean "all". */
export interface RowSelection extends ExtraSelection {
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
  /** Chinese-order keys of the display names (core's `pinyinSortKey`), by row. */
  readonly collation: readonly string[];
}

/**
 * Prepares rows for {@link selectRows} (lower-cases the names and makes their sort keys once).
 *
 * @example
 * const prepared = prepareRows(rows);
 */
export function prepareRows(rows: readonly CustomerListRow[]): PreparedRows {
  return { rows, names: rows.map((row) => row.displayName.toLowerCase()), collation: rows.map((row) => pinyinSortKey(row.displayName)) };
}

const gradeRank = new Map<string, number>(abcGrades.map((g, i) => [g, i]));
const stageRank = new Map<string, number>(relationshipStages.map((s, i) => [s, i]));


/**
 * The positions of the rows to show, in order: rows whose name or pinyin initials contain the
 * search text (case-insensitive) and that pass every filter; those whose name or initials start
 * with it first, then the rest, each sorted by the chosen field, then by name in Chinese order
 * (pinyin, Latin names after Chinese ones) and id so that the order is total. Rows without a
 * value of the sort field come last in both directions.
 *
 * @example
 * selectRows(prepareRows(rows), { text: 'hz', grade: 'A', sort: 'revenue', direction: 'desc' }) // [12, 3, …]
 */
export function selectRows(prepared: PreparedRows, selection: RowSelection = {}): number[] {
  const { rows, names } = prepared;
  const needle = (selection.text ?? '').trim().toLowerCase();
  const { grade, stage, owner, region } = selection;
  const out: number[] = [];
  /** Rows found by the start of their name or initials: shown before those found inside them. */
  const prefix = new Set<number>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (grade && row.grade !== grade) continue;
    if (stage && row.stage !== stage) continue;
    if (owner && row.salespersonId !== owner) continue;
    if (region && row.territory !== region) continue;
    if (!passesExtras(row, selection)) continue;
    if (needle && !names[i]!.includes(needle) && !row.sortKey.includes(needle)) continue;
    if (needle && (names[i]!.startsWith(needle) || row.sortKey.startsWith(needle))) prefix.add(i);
    out.push(i);
  }
  const sorted = sortRows(prepared, out, selection);
  if (prefix.size === 0 || prefix.size === sorted.length) return sorted;
  return [...sorted.filter((i) => prefix.has(i)), ...sorted.filter((i) => !prefix.has(i))];
}

function sortRows({ rows, collation }: PreparedRows, out: number[], selection: RowSelection): number[] {
  const sort = selection.sort ?? 'name';
  const sign = selection.direction === 'desc' ? -1 : 1;
  const byName = (a: number, b: number) => {
    const x = rows[a]!;
    const y = rows[b]!;
    return compareCodePoints(collation[a]!, collation[b]!) || compareCodePoints(x.displayName, y.displayName) || compareCodePoints(x.id, y.id);
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
