import { countQuery, maxPageSize, type Query } from './query.js';
import type { StoreKind } from './kinds.js';
import type { Store } from './store.js';

/**
 * `count` of a store that lacks it (one written against an older contract): pages through its
 * `list` for the query (sort, limit and cursor dropped) and counts the items. Reads every
 * matching record, so use it only where no `count` exists.
 *
 * @example
 * const total = store.count ? await store.count('customer', query) : await countByPaging(store, 'customer', query);
 */
export async function countByPaging(store: Pick<Store, 'list'>, kind: StoreKind, query: Query = {}): Promise<number> {
  const q = countQuery(query);
  let n = 0;
  let cursor: string | undefined;
  do {
    const page = await store.list(kind, { ...q, limit: maxPageSize, ...(cursor === undefined ? {} : { cursor }) });
    n += page.items.length;
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return n;
}
