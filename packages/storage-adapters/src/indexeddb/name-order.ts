import { decodeCursor, encodeCursor, matchesQuery, normalizeQuery, type Query, type RevisionRow } from '../contract/index.js';

/**
 * The index of every kind's store that keeps records in name order: the stored sort key
 * (`index.sortName`, core's pinyin key for the Dossier kinds) then the id, as `list` sorts by
 * name. A page in name order is read from it, from the cursor on, instead of sorting every record.
 * Its key is the row's `nameOrder` field ({@link nameOrderKey}).
 *
 * @example
 * store.createIndex(nameOrderIndex, nameOrderKeyPath);
 */
export const nameOrderIndex = 'nameOrder';
export const nameOrderKeyPath = 'nameOrder';

function codePoints(text: string): number[] {
  const out: number[] = [];
  for (const character of text) out.push(character.codePointAt(0)!);
  return out;
}

/**
 * The name-order key of a row: its sort key and id as arrays of code points. IndexedDB compares
 * strings by UTF-16 code units, which puts 😀 before ～; arrays of numbers compare element by
 * element, so these keys sort in code-point order, the one order of every adapter.
 *
 * @example
 * nameOrderKey({ id: 'c1', index: { sortName: 'ab', search: '' } }) // [[97, 98], [99, 49]]
 */
export function nameOrderKey(row: Pick<RevisionRow, 'id' | 'index'>): [number[], number[]] {
  return [codePoints(row.index.sortName ?? ''), codePoints(row.id)];
}

/**
 * Gives every row of a store its name-order key (a database written before the index existed).
 * Runs inside the upgrade transaction.
 */
export function addNameOrderKeys(store: IDBObjectStore): void {
  const request = store.openCursor();
  request.onsuccess = () => {
    const cursor = request.result;
    if (!cursor) return;
    const row = cursor.value as RevisionRow;
    cursor.update({ ...row, nameOrder: nameOrderKey(row) });
    cursor.continue();
  };
}

/** Whether `list` can read this query's page from the name-order index (no indexed filter narrows it first). */
export function readsInNameOrder(query: Query, indexedFields: readonly (keyof Query)[]): boolean {
  return (query.sort ?? 'id') === 'name' && !indexedFields.some((f) => query[f] !== undefined);
}

/**
 * One page of a name-ordered query, read along the name-order index from the cursor's position:
 * rows are tested against the query's filters and search as they come, and reading stops once
 * the page and one more row are found. Opening a list of 100,000 records reads about one page.
 *
 * @example
 * const { rows, nextCursor } = await nameOrderPage(rawIndex, { sort: 'name', limit: 50 });
 */
export function nameOrderPage(index: IDBIndex, query: Query): Promise<{ rows: RevisionRow[]; nextCursor: string | undefined }> {
  const q = normalizeQuery(query);
  const position = q.cursor === undefined ? undefined : decodeCursor(q.cursor, q.sort, q.direction);
  const asc = q.direction === 'asc';
  const from = position ? nameOrderKey({ id: position.id, index: { sortName: position.key, search: '' } }) : undefined;
  const range = from ? (asc ? IDBKeyRange.lowerBound(from, true) : IDBKeyRange.upperBound(from, true)) : null;
  return new Promise((resolve, reject) => {
    const found: RevisionRow[] = [];
    const request = index.openCursor(range, asc ? 'next' : 'prev');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const cursor = request.result;
      if (cursor) {
        const row = cursor.value as RevisionRow;
        if (matchesQuery(row, q)) found.push(row);
        if (found.length <= q.limit) {
          cursor.continue();
          return;
        }
      }
      const rows = found.slice(0, q.limit);
      const last = rows[rows.length - 1];
      const nextCursor = found.length > q.limit && last ? encodeCursor({ sort: 'name', direction: q.direction, key: last.index.sortName, id: last.id }) : undefined;
      resolve({ rows, nextCursor });
    };
  });
}

/** A head row without its name-order key (what moves to the history store). */
export function withoutNameOrder(row: RevisionRow): RevisionRow {
  if (!('nameOrder' in row)) return row;
  const { nameOrder: _key, ...rest } = row as RevisionRow & { nameOrder?: unknown };
  return rest;
}
