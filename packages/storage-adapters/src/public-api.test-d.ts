// Type tests of @dossier/storage-adapters' root, the contract (the README's snippets): checked by
// `pnpm typecheck` (tsc over src) and by `vitest --typecheck`; they run nothing. Each adapter's
// subpath has its own beside its index (memory/, indexeddb/, postgres/, http/, privacy/,
// testing/, node.test-d.ts).
import type { Customer, GradingRun, LocalizedError } from '@dossier/core';
import { describe, expectTypeOf, it } from 'vitest';
import type * as http from './http/index.js';
import type * as indexeddb from './indexeddb/index.js';
import * as root from './index.js';
import type * as memory from './memory/index.js';
import type * as postgres from './postgres/index.js';
import type * as privacy from './privacy/index.js';
import type { DossierRecords, ListPage, Query, Store, StoredRecord, StoreError, StoreErrorCode, StoreKind, StoreViewer } from './index.js';

/** A subpath's names as the root exports them (`never` for a name the root lacks). */
type InRoot<Slice> = { [K in keyof Slice]: K extends keyof typeof root ? (typeof root)[K] : never };

describe('@dossier/storage-adapters root (the contract)', () => {
  it('reads are typed by kind and take a viewer', async () => {
    const store = {} as Store<DossierRecords>;
    const viewer: StoreViewer = { userId: 'rep-7', role: { id: 'sales-rep' } };
    expectTypeOf(await store.get('grading-run', 'r1', { viewer })).toEqualTypeOf<StoredRecord<GradingRun, 'grading-run'> | undefined>();
    expectTypeOf(await store.list('customer', { viewer })).toEqualTypeOf<ListPage<Customer, 'customer'>>();
    // @ts-expect-error no such kind
    await store.get('supplier', 'S-1');
  });

  it('count takes the query of list and answers a number; optional, so an older store still is a Store', async () => {
    const store = {} as Store<DossierRecords>;
    const viewer: StoreViewer = { userId: 'rep-7', role: { id: 'sales-rep' } };
    expectTypeOf(store.count).toEqualTypeOf<(<K extends StoreKind>(kind: K, query?: Query) => Promise<number>) | undefined>();
    if (store.count) expectTypeOf(await store.count('customer', { grade: 'A', text: '杭州', includeDeleted: true, viewer })).toEqualTypeOf<number>();
    expectTypeOf(await root.countByPaging(store, 'customer', { grade: ['A', 'B'] })).toEqualTypeOf<number>();
    // @ts-expect-error no such kind
    await store.count?.('supplier');
    // @ts-expect-error a filter is a string or a list of strings
    await store.count?.('customer', { grade: 1 });
    const older: Store<DossierRecords> = { ...store, count: undefined };
    expectTypeOf(older).toExtend<Store<DossierRecords>>();
    // The adapters that always have it say so.
    expectTypeOf<postgres.PostgresStore['count']>().toEqualTypeOf<NonNullable<Store['count']>>();
    expectTypeOf<indexeddb.IndexedDbStore['count']>().toEqualTypeOf<NonNullable<Store['count']>>();
    expectTypeOf<privacy.PrivacyStore['count']>().toEqualTypeOf<NonNullable<Store['count']>>();
  });

  it('a StoreError is a LocalizedError, and isStoreError narrows to it', () => {
    expectTypeOf<StoreError>().toExtend<LocalizedError<StoreErrorCode>>();
    const error: unknown = new Error('x');
    if (root.isStoreError(error, 'conflict')) expectTypeOf(error).toEqualTypeOf<StoreError>();
  });

  it('each adapter subpath is a slice of the root: every name it exports, with the same type', () => {
    expectTypeOf<[typeof memory, typeof indexeddb, typeof postgres, typeof http, typeof privacy]>().toEqualTypeOf<[InRoot<typeof memory>, InRoot<typeof indexeddb>, InRoot<typeof postgres>, InRoot<typeof http>, InRoot<typeof privacy>]>();
  });
});
