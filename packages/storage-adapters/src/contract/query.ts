import { compareCodePoints } from '@dossier/core';
import { adapterError } from './adapter-errors.js';
import type { RecordIndex, StoreKind } from './kinds.js';
import { normalizeSearchText } from './kinds.js';
import type { StoredRecord } from './records.js';
import type { StoreViewer } from './viewer.js';

/** Options every read takes. */
export interface ReadOptions {
  /** The person reading (hook for sensitivity masking, see `StoreViewer`). */
  viewer?: StoreViewer | undefined;
}

/** A filter value: one value, or any of several. */
export type QueryFilter = string | readonly string[];

/**
 * What `list` can sort by. `updatedAt` is the time of the current revision.
 *
 * @example
 * sortFields.includes('name') // true
 */
export const sortFields = ['id', 'name', 'updatedAt'] as const;
export type SortField = (typeof sortFields)[number];

/** Sort directions. */
export type SortDirection = 'asc' | 'desc';

/**
 * The page size of `list` when the query gives no `limit`.
 *
 * @example
 * (await store.list('customer')).items.length <= defaultPageSize // true
 */
export const defaultPageSize = 50;
/**
 * The largest `limit` of a `list` query.
 *
 * @example
 * await store.list('customer', { limit: maxPageSize });
 */
export const maxPageSize = 1000;

/**
 * What `list` returns: filters (all must hold; a list means "any of"), a text search on the
 * record's names and their pinyin initials (case-insensitive substring), a sort and a page.
 * Sorting compares strings in Unicode code-point order and breaks ties by id, so that the
 * order is total and the same in every adapter.
 */
export interface Query extends ReadOptions {
  grade?: QueryFilter | undefined;
  stage?: QueryFilter | undefined;
  owner?: QueryFilter | undefined;
  region?: QueryFilter | undefined;
  nature?: QueryFilter | undefined;
  customerId?: QueryFilter | undefined;
  /** Substring of a name or of its pinyin initials (`hzkj` finds 杭州科技). */
  text?: string | undefined;
  sort?: SortField | undefined;
  direction?: SortDirection | undefined;
  /** Page size, 1 … `maxPageSize`; default `defaultPageSize`. */
  limit?: number | undefined;
  /** `nextCursor` of the previous page. */
  cursor?: string | undefined;
  /** Include tombstones (removed records). */
  includeDeleted?: boolean | undefined;
}

/** One page of `list`. `nextCursor` is undefined on the last page. */
export interface ListPage<T, K extends StoreKind = StoreKind> {
  items: StoredRecord<T, K>[];
  nextCursor: string | undefined;
}

/**
 * The filter fields of a query, in a fixed order (adapters loop over them).
 *
 * @example
 * for (const field of queryFilterFields) if (query[field] !== undefined) console.log(field);
 */
export const queryFilterFields = ['grade', 'stage', 'owner', 'region', 'nature', 'customerId'] as const;
export type QueryFilterField = (typeof queryFilterFields)[number];

/**
 * Code-point order of strings, the one order of ids and names in every adapter (core's
 * `compareCodePoints`, re-exported; PostgreSQL's `COLLATE "C"` on UTF-8 agrees with it).
 */
export { compareCodePoints };

function asList(filter: QueryFilter): readonly string[] {
  return typeof filter === 'string' ? [filter] : filter;
}

/**
 * Checks a query and fills in its defaults; throws `invalid` for a bad sort, direction or limit.
 *
 * @example
 * normalizeQuery({}) // { sort: 'id', direction: 'asc', limit: 50, … }
 */
export function normalizeQuery(query: Query = {}): Query & { sort: SortField; direction: SortDirection; limit: number } {
  const sort = query.sort ?? 'id';
  const direction = query.direction ?? 'asc';
  const limit = query.limit ?? defaultPageSize;
  const problems: string[] = [];
  if (!(sortFields as readonly string[]).includes(sort)) problems.push(`sort must be one of ${sortFields.join(', ')}`);
  if (direction !== 'asc' && direction !== 'desc') problems.push('direction must be asc or desc');
  if (!Number.isInteger(limit) || limit < 1 || limit > maxPageSize) problems.push(`limit must be an integer from 1 to ${maxPageSize}`);
  if (problems.length > 0) throw adapterError('invalid', 'invalidQuery', { params: { issues: problems.join('; ') } });
  return { ...query, sort, direction, limit };
}

/** What filtering and sorting needs of a stored revision. */
export interface QueryableRow {
  id: string;
  at: string;
  deleted: boolean;
  index: RecordIndex;
}

/**
 * Whether a row passes the query's filters, text search and tombstone rule.
 *
 * @example
 * matchesQuery(row, { grade: ['A', 'B'], text: 'hz' })
 */
export function matchesQuery(row: QueryableRow, query: Query): boolean {
  if (row.deleted && !query.includeDeleted) return false;
  for (const field of queryFilterFields) {
    const filter = query[field];
    if (filter === undefined) continue;
    const value = row.index[field];
    if (value === undefined || !asList(filter).includes(value)) return false;
  }
  if (query.text !== undefined) {
    const needle = normalizeSearchText(query.text);
    if (needle !== '' && !row.index.search.includes(needle)) return false;
  }
  return true;
}

/**
 * The part of a query that decides which records `count` counts: the filters, the text search,
 * `includeDeleted` and the viewer (sort, direction, limit and cursor dropped, and not checked).
 *
 * @example
 * countQuery({ grade: 'A', sort: 'name', limit: 50 }) // { grade: 'A' }
 */
export function countQuery(query: Query = {}): Query {
  const { sort: _sort, direction: _direction, limit: _limit, cursor: _cursor, ...rest } = query;
  return rest;
}

/**
 * How many rows pass a query's filters, text search and tombstone rule: `count` of the memory
 * and IndexedDB adapters, and of the privacy store over rows as a viewer sees them.
 *
 * @example
 * countMatches(allHeads, { grade: 'A' }) // 12
 */
export function countMatches(rows: Iterable<QueryableRow>, query: Query = {}): number {
  let n = 0;
  for (const row of rows) if (matchesQuery(row, query)) n++;
  return n;
}

/**
 * The value a row sorts by.
 *
 * @example
 * sortKey(row, 'name') // row.index.sortName
 */
export function sortKey(row: QueryableRow, sort: SortField): string {
  return sort === 'id' ? row.id : sort === 'name' ? row.index.sortName : row.at;
}

/**
 * Compares two rows in a query's order: the sort key in code-point order, then the id.
 *
 * @example
 * rows.sort((a, b) => compareRows(a, b, 'name', 'asc'));
 */
export function compareRows(a: QueryableRow, b: QueryableRow, sort: SortField, direction: SortDirection): number {
  const primary = compareCodePoints(sortKey(a, sort), sortKey(b, sort));
  const order = primary !== 0 ? primary : compareCodePoints(a.id, b.id);
  return direction === 'asc' ? order : -order;
}

/** Where a page ended: the last row's sort key and id, and the order they belong to. */
export interface CursorPosition {
  sort: SortField;
  direction: SortDirection;
  key: string;
  id: string;
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/**
 * Encodes a page end as an opaque, URL-safe cursor.
 *
 * @example
 * encodeCursor({ sort: 'id', direction: 'asc', key: 'c9', id: 'c9' })
 */
export function encodeCursor(position: CursorPosition): string {
  return toBase64Url(JSON.stringify([position.sort, position.direction, position.key, position.id]));
}

/**
 * Decodes a cursor, checking it belongs to the query's sort and direction; throws `invalid`
 * otherwise.
 *
 * @example
 * const position = decodeCursor(query.cursor, 'id', 'asc');
 */
export function decodeCursor(cursor: string, sort: SortField, direction: SortDirection): CursorPosition {
  try {
    const parsed = JSON.parse(fromBase64Url(cursor)) as unknown;
    if (Array.isArray(parsed) && parsed.length === 4 && parsed[0] === sort && parsed[1] === direction) {
      const [, , key, id] = parsed as unknown[];
      if (typeof key === 'string' && typeof id === 'string') return { sort, direction, key, id };
    }
  } catch {
    // fall through to the error below
  }
  throw adapterError('invalid', 'invalidCursor');
}

/**
 * Whether a row comes after a cursor position in the query's order.
 *
 * @example
 * rows.filter((row) => isAfterCursor(row, position))
 */
export function isAfterCursor(row: QueryableRow, position: CursorPosition): boolean {
  const primary = compareCodePoints(sortKey(row, position.sort), position.key);
  const order = primary !== 0 ? primary : compareCodePoints(row.id, position.id);
  return position.direction === 'asc' ? order > 0 : order < 0;
}

/**
 * Filters, sorts and pages rows in memory: what the memory and IndexedDB adapters do for
 * `list`. Returns the rows of the page and the next cursor.
 *
 * @example
 * const { rows, nextCursor } = selectPage(allHeads, query);
 */
export function selectPage<Row extends QueryableRow>(rows: Iterable<Row>, query: Query = {}): { rows: Row[]; nextCursor: string | undefined } {
  const q = normalizeQuery(query);
  const position = q.cursor === undefined ? undefined : decodeCursor(q.cursor, q.sort, q.direction);
  const selected: Row[] = [];
  for (const row of rows) {
    if (!matchesQuery(row, q)) continue;
    if (position && !isAfterCursor(row, position)) continue;
    selected.push(row);
  }
  selected.sort((a, b) => compareRows(a, b, q.sort, q.direction));
  const page = selected.slice(0, q.limit);
  const last = page[page.length - 1];
  const nextCursor =
    selected.length > q.limit && last
      ? encodeCursor({ sort: q.sort, direction: q.direction, key: sortKey(last, q.sort), id: last.id })
      : undefined;
  return { rows: page, nextCursor };
}

/**
 * One page of rows that are already in ascending order of the query's sort (`compareRows` with
 * `asc`): the cursor's place is found by binary search and rows are tested against the filters
 * from there on (backwards for `desc`) until the page and one more are found. The same page as
 * {@link selectPage} gives for those rows, without sorting them again.
 *
 * @example
 * const { rows, nextCursor } = selectSortedPage(headsByName, { sort: 'name', limit: 50 });
 */
export function selectSortedPage<Row extends QueryableRow>(sorted: readonly Row[], query: Query = {}): { rows: Row[]; nextCursor: string | undefined } {
  const q = normalizeQuery(query);
  const position = q.cursor === undefined ? undefined : decodeCursor(q.cursor, q.sort, q.direction);
  const asc = q.direction === 'asc';
  /** The first index whose row is after the position (`strict`) or at or after it, ascending. */
  const firstFrom = (p: CursorPosition, strict: boolean): number => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const row = sorted[mid]!;
      const order = compareCodePoints(sortKey(row, q.sort), p.key) || compareCodePoints(row.id, p.id);
      if (order < 0 || (strict && order === 0)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const start = !position ? (asc ? 0 : sorted.length - 1) : asc ? firstFrom(position, true) : firstFrom(position, false) - 1;
  const found: Row[] = [];
  for (let i = start; asc ? i < sorted.length : i >= 0; i += asc ? 1 : -1) {
    const row = sorted[i]!;
    if (!matchesQuery(row, q)) continue;
    found.push(row);
    if (found.length > q.limit) break;
  }
  const page = found.slice(0, q.limit);
  const last = page[page.length - 1];
  const nextCursor =
    found.length > q.limit && last ? encodeCursor({ sort: q.sort, direction: q.direction, key: sortKey(last, q.sort), id: last.id }) : undefined;
  return { rows: page, nextCursor };
}
