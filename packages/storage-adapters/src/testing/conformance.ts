import * as fc from 'fast-check';
import { abcGrades, computeCustomerFigures, customerNatures, relationshipStages } from '@dossier/core';
import type { TransactionColumns } from '@dossier/core';
import { compareCodePoints, isStoreError, queryFilterFields } from '../contract/index.js';
import type { ChangeEvent, JsonRecord, JsonRecords, Query, Store } from '../contract/index.js';
import { check, deepEqual } from './assert.js';
import { awkwardStrings, fixtureNames, fixtureOwners, fixtureRegions, migrationKinds, queryCustomer, suiteKinds } from './fixtures.js';
import type { ConformanceOptions, Harness, HarnessOptions } from './harness.js';
import { runWorkRecordsConformance } from './work-records.js';

/**
 * The names of the suite's cases, for `skip`.
 *
 * @example
 * runStoreConformance('slow', { describe, it, create, skip: [conformanceCases[2]] });
 */
export const conformanceCases = [
  'put and get round-trip',
  'stale write returns a conflict and overwrites nothing',
  'concurrent writers never lose an update',
  'a batch is all or nothing',
  'history is complete after 100 edits',
  'remove is a tombstone that can be restored',
  'old schema versions are migrated on read',
  'unicode and Chinese text round-trip byte for byte',
  'cursor pagination visits every record once',
  'sort by id follows code-point order',
  'queries by every filter',
  'count equals what list pages through',
  'change feed',
  'bulk transaction import and columnar read',
  'errors carry a code, the id and a message in every locale',
  'stored data is isolated from callers',
  'purgeHistory keeps only the current revision and no earlier value',
  'numeric options out of range are refused as invalid and change nothing',
  'work records',
  'work records: drafts',
] as const;

type CaseName = (typeof conformanceCases)[number];

function clock(): () => string {
  let tick = Date.UTC(2026, 0, 1);
  return () => new Date(tick++).toISOString();
}

function harnessOptions(kinds = suiteKinds()): HarnessOptions {
  return { kinds, now: clock(), actor: 'suite' };
}

async function waitUntil(condition: () => boolean, message: string, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) check.ok(false, `timed out waiting: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Whether a string has no lone surrogate (ES2024 `isWellFormed`, written out for older libs). */
const isWellFormed = (text: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

const utf8 = (text: string) => Array.from(new TextEncoder().encode(text));

async function listAll(store: Store<JsonRecords>, kind: 'customer' | 'contact', query: Query): Promise<JsonRecord[]> {
  const out: JsonRecord[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.list(kind, { ...query, cursor });
    out.push(...page.items.map((item) => item.value));
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return out;
}

function sameIds(actual: readonly { id: string }[], expected: readonly { id: string }[], message: string): void {
  const a = actual.map((r) => r.id).sort(compareCodePoints);
  const e = expected.map((r) => r.id).sort(compareCodePoints);
  check.deepEqual(a, e, message);
}

/**
 * The one conformance suite every Dossier store adapter runs. It is framework-neutral: hand it
 * `describe` and `it` of vitest (Node) or mocha (web-test-runner in Chromium) and a factory that
 * creates a fresh, empty store — with, where the adapter has one, an independent raw read path
 * (raw `idb`, raw SQL, memory internals) so that a bug shared by write and read is caught.
 *
 * Cases: round-trip; stale write → conflict, nothing overwritten; concurrent writers over random
 * interleavings (fast-check scheduler); atomic batches that fail half-way; history after 100
 * edits; tombstone and restore; migration of old schema versions; unicode and Chinese text byte
 * for byte; cursor pagination; code-point sort; every query filter; change feed; columnar
 * transaction import (and `customerFigures` when the adapter has it); errors; isolation; and
 * the work records of core's kinds (`runWorkRecordsConformance`: task, service case, contract).
 *
 * @example
 * import { describe, it } from 'vitest';
 * runStoreConformance('memory', {
 *   describe, it,
 *   create: async (options) => {
 *     const data = createMemoryData();
 *     return { store: createMemoryStore({ ...options, data }), raw: memoryRawReader(data), cleanup: async () => {} };
 *   },
 * });
 */
export function runStoreConformance(name: string, options: ConformanceOptions): void {
  const { describe, it } = options;
  const timeout = options.timeout ?? 30_000;
  const numRuns = options.numRuns ?? 20;
  const skip = new Set(options.skip ?? []);

  const test = (caseName: CaseName, body: () => Promise<void>) => {
    if (skip.has(caseName)) return;
    it(caseName, body, timeout);
  };
  async function using<T>(body: (harness: Harness) => Promise<T>, kinds = suiteKinds()): Promise<T> {
    const harness = await options.create(harnessOptions(kinds));
    try {
      return await body(harness);
    } finally {
      await harness.cleanup();
    }
  }

  describe(`store conformance: ${name}`, () => {
    test('put and get round-trip', () =>
      using(async ({ store, raw }) => {
        check.equal(await store.get('customer', 'c1'), undefined, 'an absent record reads as undefined');
        const value = { id: 'c1', name: { zh: '杭州科技有限公司', en: 'Hangzhou Tech' }, tags: ['a', 'b'], size: 12.5, vip: true, none: null };
        const put = await store.put('customer', value, { by: 'rep-7' });
        check.ok(put.ok, 'the first put succeeds');
        check.equal(put.record.rev, 1, 'the first put is revision 1');
        check.equal(put.record.by, 'rep-7', 'the writer is recorded');
        check.ok(!Number.isNaN(Date.parse(put.record.at)), 'the write time is an ISO timestamp');
        check.equal(put.record.deleted, false, 'a put is not a tombstone');
        const got = await store.get('customer', 'c1');
        check.ok(got, 'the record reads back');
        check.deepEqual(got.value, value, 'the value reads back unchanged');
        check.equal(got.rev, 1, 'revision reads back');
        check.equal(got.kind, 'customer', 'kind reads back');
        check.equal(await store.get('contact', 'c1'), undefined, 'kinds are kept apart');
        const unconditional = await store.put('customer', { ...value, size: 13 });
        check.ok(unconditional.ok && unconditional.record.rev === 2, 'a put without baseRev writes revision 2');
        check.equal(unconditional.record.by, 'suite', 'the store actor is the default writer');
        if (raw) {
          const revisions = await raw.revisions('customer', 'c1');
          check.deepEqual(revisions.map((r) => r.rev), [1, 2], 'raw storage holds both revisions');
          check.deepEqual(revisions[0]!.data, value, 'raw storage holds the first value');
          check.deepEqual(await raw.ids('customer'), ['c1'], 'raw storage holds one customer');
          check.deepEqual(await raw.ids('contact'), [], 'raw storage holds no contact');
        }
      }),
    );

    test('stale write returns a conflict and overwrites nothing', () =>
      using(async ({ store, raw }) => {
        await store.put('customer', { id: 'c1', name: '王芳', phone: '1' });
        const second = await store.put('customer', { id: 'c1', name: '王芳', phone: '2' }, { baseRev: 1, by: 'alice' });
        check.ok(second.ok && second.record.rev === 2, 'a write based on the current revision succeeds');
        const stale = await store.put('customer', { id: 'c1', name: '王芳', phone: '3' }, { baseRev: 1, by: 'bob' });
        check.ok(!stale.ok, 'a write based on revision 1 when the record is at 2 is a conflict');
        const { conflict } = stale;
        check.equal(conflict.code, 'conflict', 'the conflict has the code conflict');
        check.equal(conflict.id, 'c1', 'the conflict names the record');
        check.equal(conflict.kind, 'customer', 'the conflict names the kind');
        check.equal(conflict.baseRev, 1, 'the conflict says what the write was based on');
        check.equal(conflict.current?.rev, 2, 'the conflict carries the current revision');
        check.deepEqual(conflict.current?.value, { id: 'c1', name: '王芳', phone: '2' }, 'the conflict carries the current value');
        check.equal(conflict.current?.by, 'alice', 'the conflict says who wrote the current revision');
        check.deepEqual(conflict.attempted.value, { id: 'c1', name: '王芳', phone: '3' }, 'the conflict carries the attempted value');
        check.ok(conflict.message.includes('c1'), 'the conflict message names the record');
        const after = await store.get('customer', 'c1');
        check.equal(after?.value['phone'], '2', 'nothing was overwritten');
        check.equal(after?.rev, 2, 'no revision was added');
        const create = await store.put('customer', { id: 'c1', name: 'x' }, { baseRev: 0 });
        check.ok(!create.ok && create.conflict.current?.rev === 2, 'baseRev 0 on an existing record is a conflict');
        const fresh = await store.put('customer', { id: 'c2', name: 'y' }, { baseRev: 0 });
        check.ok(fresh.ok, 'baseRev 0 on a new record succeeds');
        const future = await store.put('customer', { id: 'c2', name: 'z' }, { baseRev: 5 });
        check.ok(!future.ok, 'a baseRev ahead of the record is a conflict too');
        const staleRemove = await store.remove('customer', 'c1', { baseRev: 1 });
        check.ok(!staleRemove.ok && staleRemove.conflict.current?.rev === 2, 'a stale remove is a conflict');
        check.ok(await store.get('customer', 'c1'), 'the record survived the stale remove');
        if (raw) check.equal((await raw.revisions('customer', 'c1')).length, 2, 'raw storage has exactly two revisions');
      }),
    );

    test('concurrent writers never lose an update', () =>
      using(async ({ store, raw }) => {
        let run = 0;
        await fc.assert(
          fc.asyncProperty(fc.scheduler(), fc.integer({ min: 2, max: 5 }), async (s, writers) => {
            const id = `counter-${run++}`;
            await store.put('customer', { id, n: 0 });
            let conflicts = 0;
            const writer = async (w: number) => {
              for (;;) {
                const current = await s.schedule(store.get('customer', id), `w${w} get`);
                check.ok(current, 'the counter exists');
                const n = current.value['n'] as number;
                const result = await s.schedule(
                  store.put('customer', { id, n: n + 1, last: `w${w}` }, { baseRev: current.rev, by: `w${w}` }),
                  `w${w} put ${n + 1}`,
                );
                if (result.ok) return;
                conflicts++;
                check.ok(result.conflict.current && result.conflict.current.rev > current.rev, 'a conflict shows a newer revision');
              }
            };
            await s.waitFor(Promise.all(Array.from({ length: writers }, (_, w) => writer(w))));
            const final = await store.get('customer', id);
            check.equal(final?.value['n'], writers, `every writer's increment is kept (${conflicts} conflicts retried)`);
            check.equal(final?.rev, writers + 1, 'one revision per successful write');
            const history = await store.history('customer', id);
            check.deepEqual(
              history.map((r) => r.value['n']),
              Array.from({ length: writers + 1 }, (_, i) => i),
              'history counts up by one, nothing overwritten',
            );
            if (raw) check.equal((await raw.revisions('customer', id)).length, writers + 1, 'raw storage agrees');

            // Racing creators: exactly one create wins.
            const created = await s.waitFor(
              Promise.all(
                Array.from({ length: writers }, (_, w) =>
                  s.schedule(Promise.resolve()).then(() => store.put('customer', { id: `${id}-new`, by: w }, { baseRev: 0 })),
                ),
              ),
            );
            check.equal(created.filter((r) => r.ok).length, 1, 'exactly one of the racing creators wins');
            const winner = (await store.get('customer', `${id}-new`))?.value['by'];
            for (const result of created) {
              if (!result.ok) check.equal(result.conflict.current?.value['by'], winner, 'losers see the winner in the conflict');
            }
          }),
          { numRuns },
        );
      }),
    );

    test('a batch is all or nothing', () =>
      using(async ({ store, raw }) => {
        await store.put('customer', { id: 'keep', n: 1 });
        const events: ChangeEvent[] = [];
        const sub = store.subscribe((event) => events.push(event));
        await sub.ready;
        const puts = Array.from({ length: 20 }, (_, i) => ({ op: 'put' as const, kind: 'customer' as const, value: { id: `b${i}`, n: i } }));
        const assertNothing = async (message: string) => {
          for (let i = 0; i < 20; i++) check.equal(await store.get('customer', `b${i}`), undefined, `${message}: b${i} not written`);
          check.equal((await store.get('customer', 'keep'))?.value['n'], 1, `${message}: the existing record is unchanged`);
          check.equal((await store.get('customer', 'keep'))?.rev, 1, `${message}: the existing record has no new revision`);
          const page = await store.list('customer', { limit: 100, includeDeleted: true });
          check.deepEqual(page.items.map((r) => r.id), ['keep'], `${message}: list shows only the existing record`);
          if (raw) check.deepEqual(await raw.ids('customer'), ['keep'], `${message}: raw storage holds only the existing record`);
        };

        // Fails half-way in the encoder (a storage-side failure for the adapter).
        const exploding = [...puts.slice(0, 10), { op: 'put' as const, kind: 'customer' as const, value: { id: 'boom', explode: true } }, ...puts.slice(10)];
        await check.rejects(store.batch([{ op: 'put', kind: 'customer', value: { id: 'keep', n: 2 } }, ...exploding]), (e) => isStoreError(e, 'invalid'), 'a failing encoder rejects the batch as invalid');
        await assertNothing('after a failing encoder');

        // An invalid record (no id) in the middle.
        const invalid = [...puts.slice(0, 10), { op: 'put' as const, kind: 'customer' as const, value: { name: 'no id' } as unknown as JsonRecord }, ...puts.slice(10)];
        await check.rejects(store.batch(invalid), (e) => isStoreError(e, 'invalid'), 'an invalid record rejects the batch');
        await assertNothing('after an invalid record');

        // A stale baseRev in the middle: a conflict value, nothing written.
        const stale = await store.batch([...puts.slice(0, 10), { op: 'put', kind: 'customer', value: { id: 'keep', n: 9 }, baseRev: 7 }, ...puts.slice(10)]);
        check.ok(!stale.ok, 'a batch with a stale write returns conflicts');
        check.deepEqual(stale.conflicts.map((c) => c.id), ['keep'], 'the conflict names the stale record');
        await assertNothing('after a conflict');

        // A remove of a missing record at the end.
        await check.rejects(store.batch([...puts, { op: 'remove', kind: 'customer', id: 'missing' }]), (e) => isStoreError(e, 'not-found'), 'removing a missing record rejects the batch');
        await assertNothing('after a not-found');
        check.equal(events.length, 0, 'failed batches emit no change event');

        // A good batch: everything, in order, later operations seeing earlier ones.
        const good = await store.batch([
          ...puts,
          { op: 'put', kind: 'customer', value: { id: 'keep', n: 2 }, baseRev: 1 },
          { op: 'put', kind: 'customer', value: { id: 'keep', n: 3 }, baseRev: 2 },
          { op: 'remove', kind: 'customer', id: 'b0', baseRev: 1 },
          { op: 'put', kind: 'contact', value: { id: 'p1', customerId: 'keep', name: '李明' } },
        ]);
        check.ok(good.ok, 'a valid batch succeeds');
        check.equal(good.records.length, 24, 'one record per operation');
        check.deepEqual(good.records.slice(20, 23).map((r) => r.rev), [2, 3, 2], 'revisions chain inside the batch');
        check.equal((await store.get('customer', 'keep'))?.value['n'], 3, 'the last write of the batch wins');
        check.equal(await store.get('customer', 'b0'), undefined, 'the removed record is gone');
        check.equal((await store.get('customer', 'b19'))?.value['n'], 19, 'the last put is there');
        check.equal((await store.get('contact', 'p1'))?.value['name'], '李明', 'a batch spans kinds');
        await waitUntil(() => events.length >= 1, 'the change event of the batch');
        check.equal(events.length, 1, 'a batch is one change event');
        check.equal(events[0]!.changes.length, 24, 'the event lists every change');
        sub.unsubscribe();
        if (raw) check.equal((await raw.ids('customer')).length, 21, 'raw storage holds the batch');
      }),
    );

    test('history is complete after 100 edits', () =>
      using(async ({ store, raw }) => {
        let result = await store.put('customer', { id: 'h', name: '张伟', n: 0 }, { by: 'u0' });
        for (let n = 1; n <= 100; n++) {
          check.ok(result.ok, 'each edit succeeds');
          result = await store.put('customer', { id: 'h', name: '张伟', n, ...(n % 10 === 0 ? { note: `第${n}次` } : {}) }, { baseRev: result.record.rev, by: `u${n % 3}` });
        }
        const history = await store.history('customer', 'h');
        check.equal(history.length, 101, '101 revisions');
        check.deepEqual(history.map((r) => r.rev), Array.from({ length: 101 }, (_, i) => i + 1), 'revisions 1 … 101 in order');
        check.deepEqual(history.map((r) => r.value['n']), Array.from({ length: 101 }, (_, i) => i), 'every value is kept');
        check.deepEqual(history.map((r) => r.by), Array.from({ length: 101 }, (_, i) => `u${i % 3}`), 'every writer is kept');
        for (let i = 1; i < history.length; i++) check.ok(history[i]!.at >= history[i - 1]!.at, 'times do not go backwards');
        check.deepEqual(history[0]!.changes, [{ path: ['id'], after: 'h' }, { path: ['n'], after: 0 }, { path: ['name'], after: '张伟' }], 'the first revision adds every field');
        check.deepEqual(history[5]!.changes, [{ path: ['n'], before: 4, after: 5 }], 'an edit lists the changed field with before and after');
        check.deepEqual(history[10]!.changes, [{ path: ['n'], before: 9, after: 10 }, { path: ['note'], after: '第10次' }], 'an added field has no before');
        check.deepEqual(history[11]!.changes, [{ path: ['n'], before: 10, after: 11 }, { path: ['note'], before: '第10次' }], 'a removed field has no after');
        const old = await store.get('customer', 'h', { rev: 50 });
        check.equal(old?.value['n'], 49, 'any revision can be read by number');
        check.equal(await store.get('customer', 'h', { rev: 102 }), undefined, 'a revision that does not exist reads as undefined');
        if (raw) {
          const revisions = await raw.revisions('customer', 'h');
          check.deepEqual(revisions.map((r) => r.data['n']), Array.from({ length: 101 }, (_, i) => i), 'raw storage holds all 101 values');
        }
        await check.rejects(store.history('customer', 'nobody'), (e) => isStoreError(e, 'not-found'), 'history of an unknown record is not-found');
      }),
    );

    test('remove is a tombstone that can be restored', () =>
      using(async ({ store, raw }) => {
        const value = { id: 't', name: { zh: '上海贸易' }, grade: { current: 'A' } };
        await store.put('customer', value);
        const removed = await store.remove('customer', 't', { baseRev: 1, by: 'auditor' });
        check.ok(removed.ok && removed.record.deleted && removed.record.rev === 2, 'remove writes a tombstone revision');
        check.deepEqual(removed.record.value, value, 'the tombstone keeps the last value');
        check.equal(await store.get('customer', 't'), undefined, 'a removed record reads as undefined');
        const tomb = await store.get('customer', 't', { includeDeleted: true });
        check.ok(tomb?.deleted && tomb.rev === 2 && tomb.by === 'auditor', 'the tombstone is readable on request');
        check.equal((await store.list('customer', {})).items.length, 0, 'list leaves tombstones out');
        check.deepEqual((await store.list('customer', { includeDeleted: true })).items.map((r) => [r.id, r.deleted]), [['t', true]], 'list shows tombstones on request');
        check.equal((await store.list('customer', { grade: 'A' })).items.length, 0, 'filters leave tombstones out');
        await check.rejects(store.remove('customer', 't'), (e) => isStoreError(e, 'not-found'), 'removing twice is not-found');
        const restored = await store.restore('customer', 't', { baseRev: 2 });
        check.ok(restored.ok && !restored.record.deleted && restored.record.rev === 3, 'restore writes a live revision');
        check.deepEqual((await store.get('customer', 't'))?.value, value, 'restore brings back the last value');
        await check.rejects(store.restore('customer', 't'), (e) => isStoreError(e, 'invalid'), 'restoring a live record is invalid');
        await check.rejects(store.restore('customer', 'ghost'), (e) => isStoreError(e, 'not-found'), 'restoring an unknown record is not-found');
        const history = await store.history('customer', 't');
        check.deepEqual(history.map((r) => [r.op, r.deleted]), [['put', false], ['remove', true], ['restore', false]], 'history shows put, remove, restore');
        await store.remove('customer', 't');
        const again = await store.put('customer', { id: 't', name: { zh: '上海贸易二' } }, { baseRev: 4 });
        check.ok(again.ok && again.record.rev === 5, 'a put on a tombstone revives it with a new revision');
        if (raw) check.deepEqual((await raw.revisions('customer', 't')).map((r) => r.deleted), [false, true, false, true, false], 'raw storage keeps every tombstone');
      }),
    );

    test('old schema versions are migrated on read', async () => {
      const { v1, v2 } = migrationKinds();
      const harness = await options.create(harnessOptions({ ...suiteKinds(), ...v1 }));
      try {
        if (!harness.reopen) return;
        await harness.store.put('customer', { id: 'm1', fullName: '王芳', phone: '13800000000' });
        await harness.store.put('customer', { id: 'm1', fullName: '王芳芳', phone: '13800000000' }, { baseRev: 1 });
        await harness.store.put('customer', { id: 'm2', fullName: '李明' });
        await harness.store.remove('customer', 'm2');
        const store = await harness.reopen(harnessOptions({ ...suiteKinds(), ...v2 }));
        const m1 = await store.get('customer', 'm1');
        check.deepEqual(m1?.value, { id: 'm1', name: '王芳芳', phone: '13800000000' }, 'a version-1 record reads as version 2');
        check.deepEqual((await store.get('customer', 'm1', { rev: 1 }))?.value, { id: 'm1', name: '王芳', phone: '13800000000' }, 'old revisions are migrated too');
        const history = await store.history('customer', 'm1');
        check.deepEqual(history.map((r) => r.value['name']), ['王芳', '王芳芳'], 'history is migrated');
        const page = await store.list('customer', {});
        check.deepEqual(page.items.map((r) => r.value), [{ id: 'm1', name: '王芳芳', phone: '13800000000' }], 'list returns migrated values');
        const restored = await store.restore('customer', 'm2');
        check.ok(restored.ok, 'a version-1 tombstone can be restored');
        check.deepEqual(restored.record.value, { id: 'm2', name: '李明' }, 'the restored value is migrated');
        const edited = await store.put('customer', { id: 'm1', name: '王芳', phone: '13800000000' }, { baseRev: 2 });
        check.ok(edited.ok && edited.record.rev === 3, 'a migrated record can be edited');
        check.deepEqual(edited.record.value, { id: 'm1', name: '王芳', phone: '13800000000' }, 'the edit is stored at version 2');
        await check.rejects(store.put('customer', { id: 'm3', fullName: 'old shape' }), (e) => isStoreError(e, 'invalid'), 'the old shape is no longer accepted for writes');
        if (harness.raw) {
          const raw = await harness.raw.revisions('customer', 'm1');
          check.equal(raw[2]!.data['name'], '王芳', 'raw storage holds the new revision at version 2');
        }
        await store.close();
      } finally {
        await harness.cleanup();
      }
    });

    test('unicode and Chinese text round-trip byte for byte', () =>
      using(async ({ store, raw }) => {
        const ids = ['客户-001', 'ünï-cødé', '😀', 'a b/c?d#e%f&g', 'e\u0301', '\u00e9'];
        for (const [i, id] of ids.entries()) {
          const text = awkwardStrings[i % awkwardStrings.length]!;
          const value = { id, name: text, 备注: { 标签: [...awkwardStrings] }, [text || 'empty']: text };
          check.ok((await store.put('customer', value)).ok, `put ${id}`);
          const got = await store.get('customer', id);
          check.ok(got, `get ${JSON.stringify(id)}`);
          check.deepEqual(got.value, value, `${JSON.stringify(id)} reads back equal`);
          check.deepEqual(utf8(JSON.stringify(got.value)), utf8(JSON.stringify(value)), `${JSON.stringify(id)} reads back byte for byte`);
          if (raw) {
            const [revision] = await raw.revisions('customer', id);
            check.deepEqual(revision?.data, value, `${JSON.stringify(id)} is stored unchanged`);
          }
        }
        check.equal((await store.get('customer', 'e\u0301'))?.value['name'], awkwardStrings[4], 'NFD and NFC ids are different records');
        check.equal((await store.get('customer', '\u00e9'))?.value['name'], awkwardStrings[5], 'NFC id is its own record');
        let n = 0;
        await fc.assert(
          fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 40 }).filter((s) => isWellFormed(s) && !s.includes('\u0000')), async (text) => {
            const id = `p${n++}`;
            await store.put('contact', { id, name: text, list: [text, { nested: text }] });
            const got = await store.get('contact', id);
            check.ok(got && got.value['name'] === text, 'arbitrary text reads back identical');
            check.deepEqual(utf8(got.value['name'] as string), utf8(text), 'the UTF-8 bytes are the same');
            check.deepEqual(got.value['list'], [text, { nested: text }], 'nested text reads back identical');
            if (raw) check.equal((await raw.revisions('contact', id))[0]?.data['name'], text, 'raw storage holds the same text');
          }),
          { numRuns: numRuns * 5 },
        );
      }),
    );

    test('cursor pagination visits every record once', () =>
      using(async ({ store }) => {
        let run = 0;
        await fc.assert(
          fc.asyncProperty(
            fc.uniqueArray(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }).filter((s) => !s.includes('\u0000')), { minLength: 0, maxLength: 40 }),
            fc.integer({ min: 1, max: 12 }),
            fc.constantFrom('id' as const, 'name' as const, 'updatedAt' as const),
            fc.constantFrom('asc' as const, 'desc' as const),
            async (ids, limit, sort, direction) => {
              const region = `run-${run++}`;
              const names = ['杭州', '北京', 'acme', '', '杭州']; // repeated names: ties broken by id
              const ops = ids.map((id, i) => ({ op: 'put' as const, kind: 'customer' as const, value: { id, region, name: names[i % names.length]! } }));
              if (ops.length > 0) check.ok((await store.batch(ops)).ok, 'the dataset is written');
              if (ids.length > 2) await store.put('customer', { id: ids[0]!, region, name: 'zz' }); // a later updatedAt
              const seen: string[] = [];
              let cursor: string | undefined;
              let pages = 0;
              do {
                const page = await store.list('customer', { region, limit, sort, direction, cursor });
                check.ok(page.items.length <= limit, 'a page is never larger than the limit');
                check.ok(page.items.length > 0 || seen.length === 0, 'no empty page after the first');
                seen.push(...page.items.map((r) => r.id));
                cursor = page.nextCursor;
                check.ok(++pages <= ids.length + 1, 'pagination terminates');
              } while (cursor !== undefined);
              check.deepEqual([...seen].sort(compareCodePoints), [...ids].sort(compareCodePoints), 'every record is visited exactly once');
              if (sort === 'id') {
                const expected = [...ids].sort(compareCodePoints);
                check.deepEqual(seen, direction === 'asc' ? expected : expected.reverse(), 'pages follow code-point order of ids');
              }
            },
          ),
          { numRuns },
        );
        await check.rejects(store.list('customer', { cursor: 'not a cursor' }), (e) => isStoreError(e, 'invalid'), 'a garbage cursor is invalid');
      }),
    );

    test('sort by id follows code-point order', () =>
      using(async ({ store }) => {
        // U+FF5E sorts before U+1F600 in code points, after it in UTF-16 code units.
        const ids = ['b', 'B', 'a', 'Z', '~', '中', '\uFF5E', '😀', '𠀀', 'a\u0301', 'á', 'aa', 'a', '10', '9', 'é'].filter((v, i, all) => all.indexOf(v) === i);
        check.ok((await store.batch(ids.map((id) => ({ op: 'put' as const, kind: 'customer' as const, value: { id, name: id } })))).ok, 'written');
        const expected = [...ids].sort(compareCodePoints);
        check.deepEqual((await store.list('customer', { sort: 'id', limit: 100 })).items.map((r) => r.id), expected, 'ascending id order is code-point order');
        check.deepEqual((await store.list('customer', { sort: 'id', direction: 'desc', limit: 100 })).items.map((r) => r.id), [...expected].reverse(), 'descending is the reverse');
        check.deepEqual((await store.list('customer', { sort: 'name', limit: 100 })).items.map((r) => r.id), expected, 'name order is code-point order too');
        check.deepEqual((await store.list('customer', { limit: 100 })).items.map((r) => r.id), expected, 'id is the default sort');
      }),
    );

    test('queries by every filter', () =>
      using(async ({ store }) => {
        const customers = Array.from({ length: 60 }, (_, i) => queryCustomer(i));
        check.ok((await store.batch(customers.map((value) => ({ op: 'put' as const, kind: 'customer' as const, value })))).ok, 'dataset written');
        await store.remove('customer', 'q-000');
        const live = customers.filter((c) => c.id !== 'q-000');
        const field = (c: JsonRecord, path: string) => path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], c);
        const cases: { filter: keyof Query; path: string; values: readonly string[] }[] = [
          { filter: 'grade', path: 'grade.current', values: abcGrades },
          { filter: 'stage', path: 'relationship.stage', values: relationshipStages },
          { filter: 'owner', path: 'salespersonId', values: fixtureOwners },
          { filter: 'region', path: 'territory', values: fixtureRegions },
          { filter: 'nature', path: 'nature', values: customerNatures },
        ];
        check.deepEqual(cases.map((c) => c.filter).sort(), queryFilterFields.filter((f) => f !== 'customerId').sort(), 'every filter field is covered');
        for (const { filter, path, values } of cases) {
          for (const value of values) {
            const expected = live.filter((c) => field(c, path) === value);
            check.ok(expected.length > 0, `the dataset has ${filter} = ${value}`);
            sameIds(await listAll(store, 'customer', { [filter]: value, limit: 7 }), expected, `${filter} = ${value}`);
          }
          const two = values.slice(0, 2);
          sameIds(await listAll(store, 'customer', { [filter]: two }), live.filter((c) => two.includes(field(c, path) as string)), `${filter} in ${two.join(', ')}`);
        }
        sameIds(
          await listAll(store, 'customer', { grade: 'A', owner: 'rep-1', region: '华东' }),
          live.filter((c) => field(c, 'grade.current') === 'A' && c['salespersonId'] === 'rep-1' && c['territory'] === '华东'),
          'filters combine with AND',
        );
        sameIds(await listAll(store, 'customer', { grade: 'nope' }), [], 'an unknown value matches nothing');
        const byName = (needle: (name: string) => boolean) => live.filter((c) => needle((c['name'] as { zh: string }).zh));
        sameIds(await listAll(store, 'customer', { text: '杭州' }), byName((n) => n.includes('杭州')), 'text finds Chinese names by substring');
        sameIds(await listAll(store, 'customer', { text: 'hzkj' }), byName((n) => n === '杭州科技有限公司'), 'text finds names by pinyin initials');
        sameIds(await listAll(store, 'customer', { text: 'CQ' }), byName((n) => n === '重庆火锅连锁'), 'pinyin initials are case-insensitive (重庆 = cq)');
        sameIds(await listAll(store, 'customer', { text: 'acme trad' }), byName((n) => n === 'ACME Trading'), 'latin text is case-insensitive');
        sameIds(await listAll(store, 'customer', { text: 'müller' }), byName((n) => n === 'Müller GmbH'), 'non-ASCII latin is case-insensitive');
        sameIds(await listAll(store, 'customer', { text: '' }), live, 'empty text matches everything');
        sameIds(await listAll(store, 'customer', { text: '不存在的名字' }), [], 'unknown text matches nothing');
        check.equal(fixtureNames.length, 8, 'fixture names');
        const contacts = Array.from({ length: 12 }, (_, i) => ({ id: `p${i}`, customerId: `q-00${i % 3}`, name: { zh: `联系人${i}` } }));
        check.ok((await store.batch(contacts.map((value) => ({ op: 'put' as const, kind: 'contact' as const, value })))).ok, 'contacts written');
        sameIds(await listAll(store, 'contact', { customerId: 'q-001' }), contacts.filter((c) => c.customerId === 'q-001'), 'contacts by customer');
        await check.rejects(store.list('customer', { limit: 0 }), (e) => isStoreError(e, 'invalid'), 'limit 0 is invalid');
        await check.rejects(store.list('customer', { sort: 'grade' as never }), (e) => isStoreError(e, 'invalid'), 'an unknown sort is invalid');
      }),
    );

    test('count equals what list pages through', () =>
      using(async ({ store }) => {
        check.ok(typeof store.count === 'function', 'the adapter implements count');
        const count = store.count!.bind(store);
        // count and list agree, and both equal the number worked out by hand from queryCustomer.
        const agree = async (query: Query, expected: number, message: string, kind: 'customer' | 'contact' = 'customer') => {
          check.equal((await listAll(store, kind, { ...query, limit: 7 })).length, expected, `list pages through ${expected}: ${message}`);
          check.equal(await count(kind, query), expected, `count is ${expected}: ${message}`);
        };
        await agree({}, 0, 'an empty store');
        // q-000 … q-059: grade A/B/C by i % 3, stage by i % 5, owner by i % 4, region by i % 2,
        // nature by i % 4, name by i % 8 (杭州科技有限公司 at 0, 8 … 56). q-000 is removed.
        check.ok((await store.batch(Array.from({ length: 60 }, (_, i) => ({ op: 'put' as const, kind: 'customer' as const, value: queryCustomer(i) })))).ok, 'dataset written');
        await store.remove('customer', 'q-000');
        await agree({}, 59, 'no query: the live records');
        await agree({ includeDeleted: true }, 60, 'includeDeleted counts the tombstone');
        await agree({ grade: 'A' }, 19, 'grade A: 20 of i % 3 = 0, less q-000');
        await agree({ grade: 'B' }, 20, 'grade B');
        await agree({ grade: ['A', 'B'] }, 39, 'grade A or B');
        await agree({ grade: 'A', includeDeleted: true }, 20, 'grade A with the tombstone');
        await agree({ stage: 'prospect' }, 11, 'stage prospect: 12 of i % 5 = 0, less q-000');
        await agree({ stage: 'former' }, 12, 'stage former');
        await agree({ owner: 'rep-1' }, 14, 'owner rep-1: 15 of i % 4 = 0, less q-000');
        await agree({ owner: 'rep-4' }, 15, 'owner rep-4');
        await agree({ region: '华东' }, 29, 'region 华东: the 30 even i, less q-000');
        await agree({ region: '华南' }, 30, 'region 华南');
        await agree({ nature: 'individual-consumer' }, 14, 'nature individual-consumer: i % 4 = 0, less q-000');
        await agree({ nature: 'manufacturer' }, 15, 'nature manufacturer');
        await agree({ grade: 'A', owner: 'rep-1', region: '华东' }, 4, 'filters combine with AND: i % 12 = 0 is 0, 12, 24, 36, 48, less q-000');
        await agree({ grade: 'nope' }, 0, 'an unknown value');
        await agree({ text: '杭州' }, 7, 'text: 杭州科技有限公司 at i % 8 = 0, less q-000');
        await agree({ text: 'hzkj' }, 7, 'text by pinyin initials');
        await agree({ text: 'hzkj', includeDeleted: true }, 8, 'text with the tombstone');
        await agree({ text: 'hzkj', grade: 'A' }, 2, 'text and a filter: i % 24 = 0 is 0, 24, 48, less q-000');
        await agree({ text: '' }, 59, 'empty text');
        await agree({ text: '不存在的名字' }, 0, 'unknown text');
        check.equal(await count('customer', { grade: 'A', sort: 'name', direction: 'desc', limit: 3 }), 19, 'sort, direction and limit are ignored');
        await store.restore('customer', 'q-000');
        await agree({}, 60, 'after restore');
        await agree({ grade: 'A' }, 20, 'grade A after restore');
        await store.put('customer', queryCustomer(60));
        await agree({}, 61, 'after a put of a new record');
        await agree({ grade: 'A', owner: 'rep-1' }, 6, 'q-060 is grade A of rep-1: i % 12 = 0 is 0 … 60');
        await store.put('customer', { ...queryCustomer(62), id: 'q-001' });
        await agree({ grade: 'B' }, 19, 'an edit moves q-001 from grade B (i = 1) to C (i = 62)');
        await store.remove('customer', 'q-002');
        await agree({}, 60, 'after a remove');
        await agree({ includeDeleted: true }, 61, 'the removed record with includeDeleted');
        const contacts = Array.from({ length: 12 }, (_, i) => ({ id: `p${i}`, customerId: `q-00${i % 3}`, name: { zh: `联系人${i}` } }));
        check.ok((await store.batch(contacts.map((value) => ({ op: 'put' as const, kind: 'contact' as const, value })))).ok, 'contacts written');
        await agree({ customerId: 'q-001' }, 4, 'contacts by customer: p1, p4, p7, p10', 'contact');
        await agree({}, 12, 'every contact', 'contact');
        await agree({}, 60, 'contacts are not customers');
      }),
    );

    test('change feed', () =>
      using(async ({ store }) => {
        const all: ChangeEvent[] = [];
        const contactsOnly: ChangeEvent[] = [];
        const sub = store.subscribe((event) => all.push(event));
        const contactSub = store.subscribe((event) => contactsOnly.push(event), { kinds: ['contact'] });
        await Promise.all([sub.ready, contactSub.ready]);
        await store.put('customer', { id: 'c1', name: '甲' }, { by: 'rep-1' });
        await waitUntil(() => all.length >= 1, 'the put event');
        check.deepEqual(
          all[0]!.changes.map(({ kind, id, rev, op, deleted, by }) => ({ kind, id, rev, op, deleted, by })),
          [{ kind: 'customer', id: 'c1', rev: 1, op: 'put', deleted: false, by: 'rep-1' }],
          'a put emits its change',
        );
        await store.remove('customer', 'c1');
        await store.restore('customer', 'c1');
        await waitUntil(() => all.length >= 3, 'remove and restore events');
        check.deepEqual(all.slice(1, 3).map((e) => e.changes.map((c) => [c.op, c.rev, c.deleted])), [[['remove', 2, true]], [['restore', 3, false]]], 'remove and restore emit their changes');
        await store.batch([
          { op: 'put', kind: 'contact', value: { id: 'p1', customerId: 'c1' } },
          { op: 'put', kind: 'customer', value: { id: 'c2' } },
        ]);
        await waitUntil(() => all.length >= 4 && contactsOnly.length >= 1, 'the batch event');
        check.equal(all[3]!.changes.length, 2, 'a batch is one event with every change');
        check.deepEqual(contactsOnly[0]!.changes.map((c) => c.id), ['p1'], 'a kind filter delivers only that kind');
        await store.put('customer', { id: 'stale' });
        await store.put('customer', { id: 'stale' }, { baseRev: 0 }); // conflict: no event
        await waitUntil(() => all.length >= 5, 'the last put');
        sub.unsubscribe();
        contactSub.unsubscribe();
        await store.put('customer', { id: 'c3' });
        await store.put('contact', { id: 'p2' });
        await new Promise((resolve) => setTimeout(resolve, 100));
        check.equal(all.length, 5, 'a conflict emits nothing, and no event arrives after unsubscribe');
        check.equal(contactsOnly.length, 1, 'no event arrives after unsubscribe (kind filter)');
      }),
    );

    test('bulk transaction import and columnar read', () =>
      using(async ({ store, raw }) => {
        const lines = [
          { customerId: 'c1', date: '2025-01-02', amount: 100, cost: 60, paid: 100, quantity: 2, orderId: 'o1', productId: 'p1', category: '饮料' },
          { customerId: 'c1', date: '2025-03-04', amount: -20, orderId: 'o1' },
          { customerId: '客户二', date: '2025-02-28', amount: 55.5, paid: 0 },
          { customerId: 'c3', date: '2024-12-31', amount: 1e9, category: '电子' },
        ];
        const events: ChangeEvent[] = [];
        const sub = store.subscribe((event) => events.push(event));
        await sub.ready;
        const first = await store.importTransactions(lines, { importId: 'erp', chunkSize: 3 });
        check.deepEqual(first, { written: 4, unchanged: 0 }, 'every line is written');
        await waitUntil(() => events.reduce((n, e) => n + (e.bulk?.count ?? 0), 0) >= 4, 'import change events');
        check.ok(events.every((e) => e.bulk?.kind === 'transaction' && e.changes.length === 0), 'an import reports counts, not one change per line');
        sub.unsubscribe();
        const again = await store.importTransactions(lines, { importId: 'erp', chunkSize: 3 });
        check.deepEqual(again, { written: 0, unchanged: 4 }, 'a re-run writes nothing and duplicates nothing');
        const tx = await store.get('transaction', 'erp:1');
        check.equal(tx?.value['amount'], 100, 'an imported line is a transaction record');
        check.equal(tx?.value['category'], '饮料', 'with its category');
        check.equal(tx?.op, 'import', 'written by an import');
        if (raw) check.equal((await raw.ids('transaction')).length, 4, 'raw storage holds four lines');

        const columns = await store.readTransactionColumns();
        const asLines = (c: TransactionColumns) =>
          Array.from({ length: c.length }, (_, i) => ({
            customerId: c.customerIds[c.customer[i]!],
            day: c.day[i],
            amount: c.amount[i],
            cost: c.cost ? c.cost[i] : NaN,
            paid: c.paid ? c.paid[i] : NaN,
            quantity: c.quantity ? c.quantity[i] : NaN,
            orderId: c.order && c.orderIds && c.order[i]! >= 0 ? c.orderIds[c.order[i]!] : undefined,
            category: c.category && c.categories && c.category[i]! >= 0 ? c.categories[c.category[i]!] : undefined,
          })).sort((a, b) => compareCodePoints(`${a.customerId} ${a.day}`, `${b.customerId} ${b.day}`));
        // Day numbers worked out by hand: 2025-01-02 is 20090 days after 1970-01-01
        // (55 years with 14 leap days = 55·365 + 14 = 20089, plus 1), 2024-12-31 is 20088;
        // Jan 2 → Jan 31 is 29 days, February 2025 has 28, so 02-28 is +57 and 03-04 is +61.
        check.deepEqual(
          asLines(columns),
          [
            { customerId: 'c1', day: 20090, amount: 100, cost: 60, paid: 100, quantity: 2, orderId: 'o1', category: '饮料' },
            { customerId: 'c1', day: 20090 + 29 + 28 + 4, amount: -20, cost: NaN, paid: NaN, quantity: NaN, orderId: 'o1', category: undefined },
            { customerId: 'c3', day: 20088, amount: 1e9, cost: NaN, paid: NaN, quantity: NaN, orderId: undefined, category: '电子' },
            { customerId: '客户二', day: 20090 + 29 + 28, amount: 55.5, cost: NaN, paid: 0, quantity: NaN, orderId: undefined, category: undefined },
          ],
          'the columns hold every line',
        );
        check.ok(columns.customer instanceof Int32Array && columns.amount instanceof Float64Array, 'columns are typed arrays');
        check.deepEqual(asLines(await store.readTransactionColumns({ customerIds: ['c3'] })).map((l) => l.amount), [1e9], 'filter by customer');
        check.deepEqual(asLines(await store.readTransactionColumns({ from: '2025-01-01', to: '2025-03-01' })).map((l) => l.amount).sort(), [100, 55.5].sort(), 'filter by date range (to exclusive)');

        await store.remove('transaction', 'erp:4');
        check.equal((await store.readTransactionColumns()).length, 3, 'a removed line is left out of the columns');
        const edited = [...lines];
        edited[1] = { ...lines[1]!, amount: -25 };
        check.deepEqual(await store.importTransactions(edited, { importId: 'erp' }), { written: 2, unchanged: 2 }, 'a changed line and a removed line are written again');
        check.equal((await store.history('transaction', 'erp:2')).length, 2, 'the changed line has a new revision');

        const bad = [...lines, { customerId: 'c9', date: '2025-02-30', amount: 1 }];
        const error = await check.rejects(store.importTransactions(bad, { importId: 'bad', chunkSize: 2 }), (e) => isStoreError(e, 'invalid'), 'an impossible date rejects the import');
        check.equal((error as { line?: number }).line, 5, 'the error gives the line number');
        const badAmount = [...lines, { customerId: 'c9', date: '2025-02-03', amount: Number.NaN }];
        await check.rejects(store.importTransactions(badAmount, { importId: 'bad', chunkSize: 2 }), (e) => isStoreError(e, 'invalid') && (e as { line?: number }).line === 5, 'a NaN amount rejects the import');
        check.equal(await store.get('transaction', 'bad:1'), undefined, 'a rejected import writes nothing');

        const ids = await store.importTransactions(
          { length: 1, customer: Int32Array.of(0), customerIds: ['c1'], day: Int32Array.of(20100), amount: Float64Array.of(7) },
          { importId: 'cols', ids: ['T-1'] },
        );
        check.deepEqual(ids, { written: 1, unchanged: 0 }, 'columns import with explicit ids');
        check.equal((await store.get('transaction', 'T-1'))?.value['date'], '2025-01-12', 'day 20100 is 2025-01-12');

        if (store.customerFigures) {
          const figures = await store.customerFigures({ asOf: '2025-03-01', windowDays: 365, customerIds: ['nobody'] });
          const at = figures.customerIds.indexOf('c1');
          check.ok(at >= 0, 'figures include c1');
          // c1 within [2024-03-01, 2025-03-01): erp:1 (100, order o1) and T-1 (7, its own order); erp:2 is on 2025-03-04, outside.
          check.equal(figures.revenue[at], 107, 'revenue of c1');
          check.equal(figures.orders[at], 2, 'orders of c1');
          check.equal(figures.lines[at], 2, 'lines of c1');
          const reference = computeCustomerFigures(await store.readTransactionColumns(), { asOf: '2025-03-01', windowDays: 365, customerIds: ['nobody'] });
          // linesEver and costMissing decide the stage rule and the unknown margin: every adapter gives them
          check.ok(figures.linesEver !== undefined && figures.costMissing !== undefined, 'figures carry linesEver and costMissing');
          const perCustomer = (f: typeof figures) =>
            [...f.customerIds.keys()]
              .map((i) => ({
                linesEver: f.linesEver?.[i],
                costMissing: f.costMissing?.[i],
                id: f.customerIds[i],
                revenue: f.revenue[i],
                orders: f.orders[i],
                lines: f.lines[i],
                cost: f.cost[i],
                paid: f.paid[i],
                quantity: f.quantity[i],
                last: f.lastPurchaseDay[i],
                first: f.firstPurchaseDay[i],
                lastEver: f.lastPurchaseEverDay[i],
              }))
              .sort((a, b) => compareCodePoints(a.id!, b.id!));
          check.deepEqual(perCustomer(figures), perCustomer(reference), 'customerFigures equals core computeCustomerFigures on the columns');
        }
      }),
    );

    test('errors carry a code, the id and a message in every locale', () =>
      using(async ({ store }) => {
        const notFound = await check.rejects(store.remove('customer', '不存在'), (e) => isStoreError(e, 'not-found'), 'not-found');
        const nf = notFound as { id?: string; kind?: string; message: string; localized(locale: 'en' | 'zh-CN'): string };
        check.equal(nf.id, '不存在', 'the error carries the id');
        check.equal(nf.kind, 'customer', 'the error carries the kind');
        check.ok(nf.message.includes('不存在'), 'the message names the record');
        check.ok(nf.localized('zh-CN') !== nf.localized('en') && /[\u4e00-\u9fff]/.test(nf.localized('zh-CN')), 'the message exists in Chinese');
        const invalid = await check.rejects(store.put('customer', { id: '' }), (e) => isStoreError(e, 'invalid'), 'an empty id is invalid');
        check.equal((invalid as { path?: string }).path, 'id', 'the error names the field');
        await check.rejects(store.put('customer', undefined as never), (e) => isStoreError(e, 'invalid'), 'no record at all is invalid');
      }),
    );

    test('numeric options out of range are refused as invalid and change nothing', () =>
      using(async ({ store }) => {
        await store.put('customer', { id: 'n1' });
        const invalid = (option: string) => (e: unknown) => isStoreError(e, 'invalid') && (e as { path?: string }).path === option;
        const line = [{ customerId: 'n1', date: '2025-01-01', amount: 1 }];
        for (const chunkSize of [0, -1, 0.5, Number.NaN, 1e9]) {
          await check.rejects(store.importTransactions(line, { importId: 'n', chunkSize }), invalid('chunkSize'), `chunkSize ${chunkSize} is refused`);
        }
        for (const baseRev of [-1, 1.5, 2 ** 31, Number.NaN]) {
          await check.rejects(store.put('customer', { id: 'n1', changed: true }, { baseRev }), invalid('baseRev'), `put with baseRev ${baseRev} is refused`);
          await check.rejects(store.remove('customer', 'n1', { baseRev }), invalid('baseRev'), `remove with baseRev ${baseRev} is refused`);
          await check.rejects(store.batch([{ op: 'put', kind: 'customer', value: { id: 'n2' } }, { op: 'remove', kind: 'customer', id: 'n1', baseRev }]), invalid('baseRev'), `a batch op with baseRev ${baseRev} is refused`);
        }
        for (const rev of [0, -1, 1.5, 2 ** 31]) {
          await check.rejects(store.get('customer', 'n1', { rev }), invalid('rev'), `get with rev ${rev} is refused`);
        }
        if (store.customerFigures) {
          for (const [asOf, windowDays] of [['2026-13-01', 365], ['2026-01-01', 0], ['2026-01-01', 1e9], ['2026-01-01', 1.5]] as const) {
            await check.rejects(store.customerFigures({ asOf, windowDays }), (e) => isStoreError(e, 'invalid'), `figures as of ${asOf} over ${windowDays} days are refused`);
          }
        }
        check.equal((await store.history('customer', 'n1')).length, 1, 'no refused write changed the record');
        check.equal(await store.get('customer', 'n2'), undefined, 'no refused batch wrote its other op');
        check.equal((await store.readTransactionColumns()).length, 0, 'no refused import wrote a line');
      }),
    );

    test('stored data is isolated from callers', () =>
      using(async ({ store }) => {
        const value = { id: 'iso', tags: ['a'], nested: { n: 1 } };
        await store.put('customer', value);
        value.tags.push('mutated');
        value.nested.n = 2;
        const got = await store.get('customer', 'iso');
        check.ok(got && deepEqual(got.value, { id: 'iso', tags: ['a'], nested: { n: 1 } }), 'mutating the input after put changes nothing');
        (got.value['tags'] as string[]).push('again');
        check.deepEqual((await store.get('customer', 'iso'))?.value['tags'], ['a'], 'mutating a result changes nothing');
      }),
    );

    test('purgeHistory keeps only the current revision and no earlier value', () =>
      using(async ({ store, raw }) => {
        // Earlier values, each a token that appears nowhere else, so a text scan of the storage
        // finds them only if an earlier revision (or its field changes) survived.
        const earlier = ['purge-old-name', 'purge-old-mobile-1', 'purge-old-mobile-2', 'purge-old-note', 'purge-old-tomb'];
        await store.put('customer', { id: 'p', name: { zh: 'purge-old-name' }, mobile: 'purge-old-mobile-1', note: 'purge-old-note' }, { by: 'rep-1' });
        await store.put('customer', { id: 'p', name: { zh: 'purge-old-name' }, mobile: 'purge-old-mobile-2', note: 'purge-old-note' }, { baseRev: 1, by: 'rep-1' });
        const current = { id: 'p', name: { zh: '已注销' }, mobile: 'purge-now' };
        await store.put('customer', current, { baseRev: 2, by: 'rep-2' });
        // Neighbours: another customer, and a contact with the same id (kinds are apart).
        await store.put('customer', { id: 'q', name: { zh: '留下' }, n: 1 });
        await store.put('customer', { id: 'q', name: { zh: '留下' }, n: 2 });
        await store.put('contact', { id: 'p', name: { zh: '联系人' }, n: 1 });
        await store.put('contact', { id: 'p', name: { zh: '联系人' }, n: 2 });
        // A removed record: its tombstone stays, its earlier revision goes.
        await store.put('customer', { id: 't', name: { zh: 'purge-old-tomb' } });
        await store.put('customer', { id: 't', name: { zh: '墓' } });
        await store.remove('customer', 't');
        const neighboursBefore = [await store.history('customer', 'q'), await store.history('contact', 'p')];
        const headBefore = await store.get('customer', 'p');
        const events: ChangeEvent[] = [];
        const sub = store.subscribe((event) => events.push(event));
        await sub.ready;

        const purged = await store.purgeHistory('customer', 'p', { by: 'dpo-1' });
        check.deepEqual(purged, { rev: 3, purged: 2 }, 'three revisions: the current one stays, two go');
        const history = await store.history('customer', 'p');
        check.equal(history.length, 1, 'history shrinks to one revision');
        const [only] = history;
        check.ok(only, 'the current revision is left');
        check.deepEqual([only.rev, only.by, only.at, only.op, only.deleted], [3, 'rep-2', headBefore?.at, 'put', false], 'it keeps its number, writer and time');
        check.deepEqual(only.value, current, 'it keeps its value');
        check.deepEqual(only.changes, [], 'its field changes (holding earlier values) are cleared');
        check.equal(await store.get('customer', 'p', { rev: 1 }), undefined, 'an old revision reads as undefined');
        check.equal(await store.get('customer', 'p', { rev: 2 }), undefined, 'every old revision reads as undefined');
        check.deepEqual((await store.get('customer', 'p', { rev: 3 }))?.value, current, 'the current revision reads by number');
        check.deepEqual((await store.get('customer', 'p'))?.value, current, 'get is unchanged');
        check.deepEqual([await store.history('customer', 'q'), await store.history('contact', 'p')], neighboursBefore, 'other records keep their history');
        await waitUntil(() => events.length >= 1, 'the purge event');
        check.deepEqual(
          events[0]!.changes.map(({ kind, id, rev, op, deleted, by }) => ({ kind, id, rev, op, deleted, by })),
          [{ kind: 'customer', id: 'p', rev: 3, op: 'purge', deleted: false, by: 'dpo-1' }],
          'a purge emits one change',
        );
        sub.unsubscribe();

        check.deepEqual(await store.purgeHistory('customer', 't'), { rev: 3, purged: 2 }, 'a tombstone is purged too');
        const tomb = await store.history('customer', 't');
        check.deepEqual(tomb.map((r) => [r.rev, r.op, r.deleted, r.changes]), [[3, 'remove', true, []]], 'the tombstone is left alone');
        const restored = await store.restore('customer', 't', { baseRev: 3 });
        check.ok(restored.ok && restored.record.rev === 4, 'a purged tombstone can still be restored');
        check.deepEqual(restored.record.value, { id: 't', name: { zh: '墓' } }, 'with its last value');
        check.deepEqual(await store.purgeHistory('customer', 'p'), { rev: 3, purged: 0 }, 'purging again deletes nothing');
        const next = await store.put('customer', { ...current, mobile: 'purge-next' }, { baseRev: 3 });
        check.ok(next.ok && next.record.rev === 4, 'the record goes on from its number');
        check.deepEqual((await store.history('customer', 'p'))[1]!.changes, [{ path: ['mobile'], before: 'purge-now', after: 'purge-next' }], 'later changes diff against the current value');
        await check.rejects(store.purgeHistory('customer', 'ghost'), (e) => isStoreError(e, 'not-found'), 'purging a record that never existed is not-found');

        if (raw) {
          const rows = await raw.revisions('customer', 'p');
          check.deepEqual(rows.map((r) => r.rev), [3, 4], 'raw storage holds the purged revision and the later one only');
          const text = JSON.stringify([rows, await raw.revisions('customer', 't')]);
          for (const value of earlier) check.ok(!text.includes(value), `raw revisions hold no earlier value (${value})`);
          check.deepEqual((await raw.revisions('customer', 'q')).map((r) => r.rev), [1, 2], 'raw storage keeps other records');
          if (raw.dump) {
            const dump = await raw.dump();
            check.ok(dump.includes('purge-next') && dump.includes('留下'), 'the dump is real: current values are there');
            for (const value of earlier) check.ok(!dump.includes(value), `no table or object store holds an earlier value (${value})`);
          }
        }
      }),
    );
  });
  // The kinds of the work around a customer (task, service case, contract) through core's schemas.
  if (!skip.has('work records')) runWorkRecordsConformance(name, options);
}
