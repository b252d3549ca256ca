import { abcGrades, compareCodePoints, pinyinInitials, pinyinSortKey, pinyinSortKeyHead, relationshipStages, type CustomerListRow } from '@dossier/core';

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
  /** Lower-cased display names, by row (made on first use: a search). */
  readonly names: readonly string[];
  /** Chinese-order keys of the display names (core's `pinyinSortKey`), by row (every key made on first use). */
  readonly collation: readonly string[];
  /** The Chinese-order key of one row's display name, made once. */
  keyOf(index: number): string;
}

/** Keys by row object: a new array of the same rows (one row edited) does not make them again. */
const keyCache = new WeakMap<CustomerListRow, string>();

class Prepared implements PreparedRows {
  private lowerNames: string[] | undefined;
  private readonly keys: (string | undefined)[];
  constructor(readonly rows: readonly CustomerListRow[]) {
    this.keys = new Array<string | undefined>(rows.length);
  }
  get names(): readonly string[] {
    return (this.lowerNames ??= this.rows.map((row) => row.displayName.toLowerCase()));
  }
  get collation(): readonly string[] {
    for (let i = 0; i < this.rows.length; i++) this.keyOf(i);
    return this.keys as string[];
  }
  keyOf(index: number): string {
    let key = this.keys[index];
    if (key === undefined) {
      const row = this.rows[index]!;
      key = keyCache.get(row);
      if (key === undefined) keyCache.set(row, (key = pinyinSortKey(row.displayName)));
      this.keys[index] = key;
    }
    return key;
  }
}

/**
 * Prepares rows for {@link selectRows}: nothing is computed before it is needed (lower-cased
 * names on the first search, sort keys as rows are compared), so that opening 100k rows does
 * no work per row beyond what the first screen needs.
 *
 * @example
 * const prepared = prepareRows(rows);
 */
export function prepareRows(rows: readonly CustomerListRow[]): PreparedRows {
  return new Prepared(rows);
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
  const { rows } = prepared;
  const needle = (selection.text ?? '').trim().toLowerCase();
  const names = needle ? prepared.names : [];
  const out: number[] = [];
  /** Rows found by the start of their name or initials: shown before those found inside them. */
  const prefix = new Set<number>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (!passesFilters(row, selection)) continue;
    if (needle && !names[i]!.includes(needle) && !row.sortKey.includes(needle)) continue;
    if (needle && (names[i]!.startsWith(needle) || row.sortKey.startsWith(needle))) prefix.add(i);
    out.push(i);
  }
  const sorted = sortRows(prepared, out, selection);
  if (prefix.size === 0 || prefix.size === sorted.length) return sorted;
  return [...sorted.filter((i) => prefix.has(i)), ...sorted.filter((i) => !prefix.has(i))];
}

/** The first rows of {@link selectRows}'s order, found without sorting every row. */
export interface FirstRows {
  /** Every row to show: the first `exact` in {@link selectRows}'s order, the rest not yet sorted. */
  readonly shown: number[];
  readonly exact: number;
  /** The display names that more than one row carries, exact for the names of the first `exact` rows. */
  readonly repeated: Set<string>;
}

/**
 * At least `count` rows at the head of `selectRows(prepared, selection)`'s order, without a
 * key for every row: rows are bucketed by the first unit of their sort key (core's
 * `pinyinSortKeyHead`, the full key only for names not starting with a Han character), and
 * only the buckets that hold the first `count` rows are sorted (all rows of a bucket: those
 * order exactly). For the name order without a search only (`undefined` otherwise: use
 * `selectRows`).
 *
 * @example
 * const first = selectFirstRows(prepareRows(rows), { grade: 'A' }, 100); // first.shown.slice(0, first.exact)
 */
export function selectFirstRows(prepared: PreparedRows, selection: RowSelection, count: number): FirstRows | undefined {
  if ((selection.text ?? '').trim() || (selection.sort ?? 'name') !== 'name') return undefined;
  const { rows } = prepared;
  const n = rows.length;
  const heads = new Uint32Array(n);
  const counts = new Uint32Array(0x10001);
  const filtered = Boolean(selection.grade || selection.stage || selection.owner || selection.region || selection.funnel || selection.intent || selection.verification);
  // Rows the filters leave out are marked in `out` (their heads still count for the repeated names).
  const out = filtered ? new Uint8Array(n) : undefined;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const head = headOf(prepared, i);
    heads[i] = head;
    if (out && !passesFilters(rows[i]!, selection)) out[i] = 1;
    else {
      counts[head]!++;
      total++;
    }
  }
  // The buckets that hold the first `count` rows, from the first (ascending) or the last.
  const desc = selection.direction === 'desc';
  let bound = desc ? 0x10000 : 0;
  for (let taken = counts[bound]!; taken < count && bound !== (desc ? 0 : 0x10000); taken += counts[bound]!) bound += desc ? -1 : 1;
  const before: number[] = [];
  const boundary: number[] = [];
  // Equal names have equal keys, so every carrier of a first row's name is in these buckets.
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (let i = 0; i < n; i++) {
    const head = heads[i]!;
    if (desc ? head < bound : head > bound) continue;
    const name = rows[i]!.displayName;
    (seen.has(name) ? repeated : seen).add(name);
    if (!out || out[i] === 0) (head === bound ? boundary : before).push(i);
  }
  const byName = nameOrder(prepared);
  const order = desc ? (a: number, b: number) => -byName(a, b) : byName;
  // The buckets before the boundary hold fewer than `count` rows: sort them; of the boundary's, only the first.
  const first = before.sort(order).concat(smallest(boundary, count - before.length, order));
  const shown = new Array<number>(total);
  // Marked: left out by the filters or already among the first rows.
  const placed = out ?? new Uint8Array(n);
  first.forEach((i, k) => ((shown[k] = i), (placed[i] = 1)));
  let k = first.length;
  for (let i = 0; i < n; i++) if (placed[i] === 0) shown[k++] = i;
  return { shown, exact: first.length, repeated };
}

/** The `k` smallest items in order: one comparison for most items (those not smaller than the k-th so far). */
function smallest(items: readonly number[], k: number, order: (a: number, b: number) => number): number[] {
  const top: number[] = [];
  if (k <= 0) return top;
  for (const item of items) {
    if (top.length === k && order(item, top[k - 1]!) >= 0) continue;
    let low = 0;
    let high = top.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (order(item, top[mid]!) < 0) high = mid;
      else low = mid + 1;
    }
    top.splice(low, 0, item);
    if (top.length > k) top.pop();
  }
  return top;
}

/** The bucket of a row: 1 + the first unit of its key in code-point order (`compareCodePoints`), 0 for an empty key. */
function headOf(prepared: PreparedRows, index: number): number {
  const head = pinyinSortKeyHead(prepared.rows[index]!.displayName);
  if (head !== undefined) return head + 1;
  const key = prepared.keyOf(index);
  if (key === '') return 0;
  const unit = key.charCodeAt(0);
  // As compareCodePoints: surrogates (code points above FFFF) after E000–FFFF.
  return 1 + (unit >= 0xd800 ? (unit <= 0xdfff ? unit + 0x2000 : unit - 0x800) : unit);
}

/** Whether a row passes the grade, stage, owner, region, funnel, intent and verification filters. */
function passesFilters(row: CustomerListRow, selection: RowSelection): boolean {
  if (selection.grade && row.grade !== selection.grade) return false;
  if (selection.stage && row.stage !== selection.stage) return false;
  if (selection.owner && row.salespersonId !== selection.owner) return false;
  if (selection.region && row.territory !== selection.region) return false;
  return passesExtras(row, selection);
}

/** Name order: Chinese-order key, then the name's code points, then the id (a total order). */
function nameOrder(prepared: PreparedRows): (a: number, b: number) => number {
  const { rows } = prepared;
  return (a, b) => {
    const x = rows[a]!;
    const y = rows[b]!;
    return compareCodePoints(prepared.keyOf(a), prepared.keyOf(b)) || compareCodePoints(x.displayName, y.displayName) || compareCodePoints(x.id, y.id);
  };
}

function sortRows(prepared: PreparedRows, out: number[], selection: RowSelection): number[] {
  const { rows } = prepared;
  const sort = selection.sort ?? 'name';
  const sign = selection.direction === 'desc' ? -1 : 1;
  const byName = nameOrder(prepared);
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
