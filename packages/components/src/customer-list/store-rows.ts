import type { CustomerListRow, Locale } from '@dossier/core';
import type { Query, Store } from '@dossier/storage-adapters';
import type { ListRow } from './select-rows.js';

type Json = Record<string, unknown>;

/**
 * The key figures of one customer that a store-mode list shows beside the stored record, e.g.
 * a grading run's `figures` (revenue over its window and the last purchase in it).
 *
 * @example
 * const figures: ListFigures = { revenue: 128000, lastPurchase: '2026-10-03' };
 */
export interface ListFigures {
  /** Revenue (sum of amounts) over the figures' window. */
  readonly revenue: number;
  /** ISO date of the last purchase, if any. */
  readonly lastPurchase?: string | undefined;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * A list row from a customer as a store returns it (decoded or plain JSON), without trade
 * figures (a store lists records, not aggregates: the figures show as "—" unless
 * {@link withFigures} adds them). The pinyin
 * initials are left empty: in store mode the store itself searches them.
 *
 * @example
 * rowFromStoredCustomer(record.value, 'zh-CN').displayName // '杭州西湖科技有限公司'
 */
export function rowFromStoredCustomer(value: unknown, locale: Locale): ListRow {
  const c = (value ?? {}) as Json;
  const name = (c['name'] ?? {}) as Json;
  const zh = text(name['zh']);
  const en = text(name['en']);
  const first = Array.isArray(c['addresses']) ? ((c['addresses'][0] ?? {}) as Json) : {};
  const address = ['province', 'city', 'district', 'street'].map((k) => text(first[k])).join('');
  const relationship = (c['relationship'] ?? {}) as Json;
  const grade = (c['grade'] ?? {}) as Json;
  const source = (c['source'] ?? {}) as Json;
  const row: ListRow = {
    id: text(c['id']),
    kind: c['kind'] === 'person' ? 'person' : 'organisation',
    displayName: (locale === 'en' ? en || zh : zh || en) || text(c['id']),
    sortKey: '',
    address,
    territory: text(c['territory']),
    salespersonId: text(c['salespersonId']),
    nature: text(c['nature']) as CustomerListRow['nature'],
    stage: (text(relationship['stage']) || 'prospect') as CustomerListRow['stage'],
    figures: { orders: Number.NaN, amount: Number.NaN, paid: Number.NaN, receivable: Number.NaN },
    verified: source['verified'] === true,
  };
  if (text(c['funnelStage'])) row.funnelStage = text(c['funnelStage']);
  if (text(c['leadIntent'])) row.leadIntent = text(c['leadIntent']);
  const current = text(grade['current']);
  if (current === 'A' || current === 'B' || current === 'C') row.grade = current;
  return row;
}

/**
 * The rows with revenue and last purchase taken from `figures` (by customer id); rows of
 * customers absent from `figures` are returned unchanged. Returns new row objects: the store's
 * rows are left as they are, so new figures can be applied again.
 *
 * @example
 * withFigures(rows, new Map([['C-0001', { revenue: 128000, lastPurchase: '2026-10-03' }]]))[0].figures.amount // 128000
 */
export function withFigures<T extends CustomerListRow>(rows: readonly T[], figures: ReadonlyMap<string, ListFigures>): T[] {
  return rows.map((row) => {
    const f = figures.get(row.id);
    if (!f) return row;
    const { lastPurchase: _previous, ...rest } = row.figures;
    return { ...row, figures: { ...rest, amount: f.revenue, ...(f.lastPurchase ? { lastPurchase: f.lastPurchase } : {}) } };
  });
}

/**
 * Every customer a store query finds, as list rows, read page by page in the query's order.
 *
 * @example
 * const rows = await allStoreRows(store, { text: '杭州', sort: 'name' }, 'zh-CN');
 */
export async function allStoreRows(store: Pick<Store, 'list'>, query: Query, locale: Locale): Promise<ListRow[]> {
  const rows: ListRow[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.list('customer', { ...query, limit: 1000, ...(cursor ? { cursor } : {}) });
    for (const record of page.items) rows.push(rowFromStoredCustomer(record.value, locale));
    cursor = page.nextCursor;
  } while (cursor);
  return rows;
}
