// The browser half of the customer-list benchmark: renders <dossier-customer-list> with N
// customers and reports how long until the first rows were shown and how many rows reached the
// DOM — once from given rows (the page hands every row over), once from an IndexedDB store
// (the list reads pages from the store in name order; what a browser archive does).
import { defaultRoles, pinyinInitials, pinyinSortKey } from '@dossier/core';
import { createIndexedDbStore, jsonKind, type KindDefinition } from '@dossier/storage-adapters';
import { DossierCustomerList } from '../../packages/components/src/customer-list/customer-list.ts';
import { syntheticRows } from '../../packages/components/src/testing-fixtures/rows.ts';

customElements.define('dossier-customer-list', DossierCustomerList);

/** `?profile` in the page's address: a console profile (DevTools protocol) of the time to the first given rows. */
const profiling = new URLSearchParams(location.search).has('profile');

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

export interface ListMeasure {
  ms: number;
  domRows: number;
  domRowsAfterScroll: number;
}

async function timeFirstRows(list: DossierCustomerList, start: number): Promise<ListMeasure> {
  document.body.append(list);
  await list.updateComplete;
  const options = () => list.shadowRoot!.querySelectorAll('[role=option]').length;
  // The virtualiser lays rows out after it has measured itself: wait for the first rows.
  while (options() === 0 && performance.now() - start < 60_000) await frame();
  const ms = performance.now() - start;
  if (profiling) console.profileEnd('first rows');
  const domRows = options();
  const scroller = list.shadowRoot!.querySelector<HTMLElement>('[part~=rows]');
  if (scroller) scroller.scrollTop = scroller.scrollHeight / 2;
  for (let i = 0; i < 5; i++) await frame();
  const domRowsAfterScroll = options();
  list.remove();
  return { ms, domRows, domRowsAfterScroll };
}

async function measure(count: number): Promise<ListMeasure> {
  const rows = syntheticRows(count); // made before the clock starts: the list is measured, not the data
  const list = document.createElement('dossier-customer-list') as DossierCustomerList;
  if (profiling) console.profile('first rows');
  const start = performance.now();
  list.rows = rows;
  return timeFirstRows(list, start);
}

/** Customers as JSON with the pinyin sort key the Dossier kinds store (core's `pinyinSortKey`). */
const customerKind: KindDefinition = (() => {
  const kind = jsonKind({ initialsOf: pinyinInitials });
  return { ...kind, index: (json) => ({ ...kind.index!(json), sortName: pinyinSortKey(String((json['name'] as { zh?: string } | undefined)?.zh ?? '')) }) };
})();
const openStore = (count: number) => createIndexedDbStore({ name: `list-bench-${count}`, persist: false, kinds: { customer: customerKind } });

/** Writes `count` customers into the IndexedDB store of that size once (kept between runs). */
async function seedStore(count: number): Promise<number> {
  const store = await openStore(count);
  try {
    if (await store.get('customer', `C-${String(count - 1).padStart(6, '0')}`)) return 0;
    const started = performance.now();
    const rows = syntheticRows(count);
    for (let i = 0; i < count; i += 1000) {
      const ops = rows.slice(i, i + 1000).map((r) => ({
        op: 'put' as const,
        kind: 'customer' as const,
        value: { id: r.id, name: { zh: r.displayName }, grade: { current: r.grade! }, relationship: { stage: r.stage }, territory: r.territory, salespersonId: r.salespersonId },
      }));
      const result = await store.batch(ops);
      if (!result.ok) throw new Error('seeding conflicted');
    }
    return performance.now() - started;
  } finally {
    await store.close();
  }
}

async function measureStore(count: number): Promise<ListMeasure> {
  const store = await openStore(count); // opened before the clock: the list is measured, not the database
  const list = document.createElement('dossier-customer-list') as DossierCustomerList;
  const start = performance.now();
  list.viewer = { userId: 'm-1', role: defaultRoles['sales-manager'] };
  list.store = store;
  try {
    return await timeFirstRows(list, start);
  } finally {
    await store.close();
  }
}

Object.assign(globalThis, { measureList: measure, measureStoreList: measureStore, seedStoreList: seedStore });

