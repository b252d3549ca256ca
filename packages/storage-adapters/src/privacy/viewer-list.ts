import { canRead, type FieldRule, type Viewer } from '@dossier/core';
import { countMatches, countQuery, defaultIndex, indexOf, isJsonObject, nameFields, normalizeQuery, queryFilterFields, selectPage, type JsonObject, type QueryFilterField } from '../contract/index.js';
import type { KindDefinition, ListPage, Query, QueryableRow, Store, StoreKind, StoredRecord } from '../contract/index.js';

// The record fields each part of a query reads (see the contract's `defaultIndex`).
const filterSources: Record<QueryFilterField, readonly string[]> = {
  grade: ['grade', 'grade.current'],
  stage: ['stage', 'status', 'relationship', 'relationship.stage'],
  owner: ['salespersonId', 'owner', 'ownerId'],
  region: ['territory', 'region'],
  nature: ['nature'],
  customerId: ['customerId'],
};
const nameSources: readonly string[] = [...nameFields, 'pinyinInitials'];

// Whether a rule governs one of the given top-level sources (`name.zh` is governed by `name`).
const governs = (rule: FieldRule, sources: readonly string[]) => sources.some((source) => rule.path === source || rule.path.startsWith(`${source}.`) || source.startsWith(`${rule.path}.`));

/**
 * Whether a query as a viewer depends only on values the viewer reads on EVERY record of the
 * kind (whoever owns it): then the store underneath may filter, search, sort and page it, and its
 * cursor (sort key and id) holds nothing hidden from the viewer.
 */
export function queryReadsOnlyVisible(query: Query, rules: readonly FieldRule[], viewer: Viewer): boolean {
  const sources: string[] = [];
  for (const field of queryFilterFields) if (query[field] !== undefined) sources.push(...filterSources[field]);
  if (query.text !== undefined || query.sort === 'name') sources.push(...nameSources);
  return rules.every((rule) => !governs(rule, sources) || canRead(viewer, rule));
}

/**
 * The part of a query the store underneath may run for a viewer: the filters the viewer reads on
 * every record, and whether tombstones count.
 */
export function visiblePart(query: Query, rules: readonly FieldRule[], viewer: Viewer): Query {
  const out: Query = { viewer: query.viewer, includeDeleted: query.includeDeleted };
  for (const field of queryFilterFields) {
    if (query[field] !== undefined && queryReadsOnlyVisible({ [field]: query[field] }, rules, viewer)) out[field] = query[field] as never;
  }
  return out;
}

/** What the viewer list needs of the privacy store: the record as the viewer sees it. */
export interface ViewerListContext<T extends { id: string }> {
  inner: Pick<Store, 'list'>;
  kind: StoreKind;
  definition: KindDefinition<T> | undefined;
  /** The record redacted for the viewer. */
  shown: (value: T) => Promise<T>;
}

// The index of a record as the viewer sees it, by the kind's own index when it can encode it.
function viewerIndex<T extends { id: string }>(definition: KindDefinition<T> | undefined, shown: T) {
  try {
    const json = definition ? definition.encode(shown) : (shown as unknown as JsonObject);
    if (isJsonObject(json) && definition) return indexOf(definition, json);
  } catch {
    // a masked value the kind cannot encode: fall back to the contract's index below
  }
  return defaultIndex(JSON.parse(JSON.stringify(shown)) as JsonObject);
}

/**
 * `list` as a viewer who may not read some value the query depends on: filters, text search,
 * sort and paging all apply to the records AS THE VIEWER SEES THEM (core's `redact`), never to
 * stored values it may not read. A hidden name therefore never decides whether a record matches
 * a search, where it sorts, how many items a page has or whether a cursor comes back; the cursor
 * holds the sort key the viewer sees (`王**`) and the id. Items come back as stored (the caller
 * presents them). Reads every record of the kind (the
 * store underneath filters only what the viewer reads on every record), so it costs a scan; the
 * privacy store takes this path only when the query needs it (see `queryReadsOnlyVisible`).
 */
export async function viewerList<T extends { id: string }>(context: ViewerListContext<T>, query: Query, passDown: Query): Promise<ListPage<T>> {
  const q = normalizeQuery(query);
  const { rows: selected, nextCursor } = selectPage(await viewerRows(context, passDown), { ...q, viewer: undefined });
  return { items: selected.map((row) => row.item), nextCursor };
}

/**
 * `count` on the same terms as {@link viewerList}: the records as the viewer sees them that pass
 * the query's filters and search, so that it equals the number of items the viewer pages through.
 */
export async function viewerCount<T extends { id: string }>(context: ViewerListContext<T>, query: Query, passDown: Query): Promise<number> {
  return countMatches(await viewerRows(context, passDown), { ...countQuery(query), viewer: undefined });
}

/** Every record the store underneath returns for `passDown`, indexed as the viewer sees it. */
async function viewerRows<T extends { id: string }>(context: ViewerListContext<T>, passDown: Query): Promise<(QueryableRow & { item: StoredRecord<T> })[]> {
  type Row = QueryableRow & { item: StoredRecord<T> };
  const rows: Row[] = [];
  let cursor: string | undefined;
  do {
    const page = (await context.inner.list(context.kind, { ...passDown, limit: 1000, sort: 'id', direction: 'asc', ...(cursor ? { cursor } : {}) })) as ListPage<T>;
    for (const item of page.items) {
      const index = viewerIndex(context.definition, await context.shown(item.value));
      rows.push({ id: item.id, at: item.at, deleted: item.deleted, index, item });
    }
    cursor = page.nextCursor;
  } while (cursor);
  return rows;
}
