import { normalizeSearchText, queryFilterFields } from '../contract/index.js';
import type { Query, StoreKind } from '../contract/index.js';

/** The `records` column of each filter field. */
const columnOf = { grade: 'grade', stage: 'stage', owner: 'owner', region: 'region', nature: 'nature', customerId: 'customer_id' } as const;

/**
 * The WHERE of `list` and `count` over the heads (`records` aliased `h`): the kind, the
 * tombstone rule, the filters and the text search, as conditions and their parameters ($1 …).
 * `list` adds its cursor and limit after them; `count` uses them as they are, so both select
 * the same records.
 *
 * @example
 * const { where, params } = listWhere('customer', { grade: 'A' }, escapeIndexText);
 * await sql.query(`SELECT count(*) FROM records h WHERE ${where.join(' AND ')}`, params);
 */
export function listWhere(kind: StoreKind, query: Query, escape: (value: string) => string): { where: string[]; params: unknown[] } {
  const params: unknown[] = [kind];
  const where = ['h.kind = $1'];
  if (!query.includeDeleted) where.push('NOT h.deleted');
  for (const field of queryFilterFields) {
    const filter = query[field];
    if (filter === undefined) continue;
    params.push((typeof filter === 'string' ? [filter] : [...filter]).map(escape));
    where.push(`h.${columnOf[field]} = ANY($${params.length}::text[])`);
  }
  if (query.text !== undefined) {
    const needle = normalizeSearchText(query.text);
    if (needle !== '') {
      params.push(escape(needle));
      where.push(`strpos(h.search, $${params.length}::text) > 0`);
    }
  }
  return { where, params };
}
