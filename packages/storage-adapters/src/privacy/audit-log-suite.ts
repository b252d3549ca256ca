import { auditActions, type AuditEntry, type AuditQuery } from '@dossier/core';
import { isStoreError, type StoreError } from '../contract/index.js';
import { check } from '../testing/assert.js';
import type { SuiteFunction, TestFunction } from '../testing/harness.js';
import type { AuditLog } from './audit-log.js';

/** A fresh, empty audit log made for one case of the suite, and how to get rid of it. */
export interface AuditLogHarness {
  log: AuditLog;
  /** A new log instance on the same storage (database, table). Omit when nothing persists (memory). */
  reopen?(): Promise<AuditLog>;
  /** Closes the log(s) and deletes the storage. */
  cleanup(): Promise<void>;
}

/** Options of {@link runAuditLogConformance}. */
export interface AuditLogSuiteOptions {
  /** Creates a fresh, empty log for one case. */
  create(): Promise<AuditLogHarness>;
  /** `describe` of the test framework (vitest or mocha). */
  describe: SuiteFunction;
  /** `it` of the test framework. */
  it: TestFunction;
  /** Timeout per case in ms (passed as `it`'s third argument). Default 30 000. */
  timeout?: number | undefined;
  /** Whether the log persists, so that the reopen case runs. Default false. */
  persistent?: boolean | undefined;
}

/**
 * The names of the suite's cases.
 *
 * @example
 * auditLogCases.length // 9
 */
export const auditLogCases = [
  'append returns increasing seqs and the entry as given',
  'entries come back equal to what was appended',
  'queries per customer, user, record, action and time range, oldest first',
  'every action is logged and found by action',
  'order is append order even when clocks disagree',
  'entries are isolated from callers',
  'concurrent appends are all kept with distinct seqs',
  'an invalid entry is refused and nothing is logged',
  'a new instance on the same storage sees the old entries',
] as const;

// The fixture log, one line per entry; the queries below list the expected entries BY HAND
// (indexes into this list), worked out from this table, never from the log's answer.
//  #  at                         user       action    kind         record    customer
//  0  2026-03-01T09:00:00.000Z   rep-1      read      customer     C-1       C-1
//  1  2026-03-01T09:05:00.000Z   rep-1      reveal    customer     C-1       C-1
//  2  2026-03-01T10:00:00.000Z   mgr-1      update    contact      P-1       C-1
//  3  2026-03-02T08:00:00.000Z   rep-2      read      customer     C-2       C-2
//  4  2026-03-02T08:30:00.000Z   rep-1      create    transaction  import-7  —
//  5  2026-03-03T00:00:00.000Z   mgr-1      erase     customer     C-2       C-2
//  6  2026-03-03T12:00:00.000Z   auditor-1  export    customer     C-1       C-1
//  7  2026-03-04T00:00:00.000Z   rep-1      read      contact      P-1       C-1
//  8  2026-03-04T06:00:00.000Z   rep-2      read      customer     list      — (customerIds C-2, C-1: a list view)
//  9  2026-03-04T12:00:00.000Z   import     create    transaction  import-8  — (customerIds C-1, C-3: one import of 7012 lines)
const fixture: AuditEntry[] = [
  { at: '2026-03-01T09:00:00.000Z', userId: 'rep-1', roleId: 'sales-rep', action: 'read', kind: 'customer', recordId: 'C-1', customerId: 'C-1', fields: ['mobile', 'email'] },
  { at: '2026-03-01T09:05:00.000Z', userId: 'rep-1', roleId: 'sales-rep', action: 'reveal', kind: 'customer', recordId: 'C-1', customerId: 'C-1', fields: ['idNumber'], reason: '核对身份证 for the contract 🔐 "signed" \\ ok' },
  { at: '2026-03-01T10:00:00.000Z', userId: 'mgr-1', roleId: 'sales-manager', action: 'update', kind: 'contact', recordId: 'P-1', customerId: 'C-1', fields: ['mobile'] },
  { at: '2026-03-02T08:00:00.000Z', userId: 'rep-2', roleId: 'sales-rep', action: 'read', kind: 'customer', recordId: 'C-2', customerId: 'C-2', fields: ['mobile'] },
  { at: '2026-03-02T08:30:00.000Z', userId: 'rep-1', action: 'create', kind: 'transaction', recordId: 'import-7', fields: ['1000 lines'] },
  { at: '2026-03-03T00:00:00.000Z', userId: 'mgr-1', roleId: 'sales-manager', action: 'erase', kind: 'customer', recordId: 'C-2', customerId: 'C-2', fields: [], reason: '客户要求删除（个人信息保护法第47条）' },
  { at: '2026-03-03T12:00:00.000Z', userId: 'auditor-1', roleId: 'auditor', action: 'export', kind: 'customer', recordId: 'C-1', customerId: 'C-1' },
  { at: '2026-03-04T00:00:00.000Z', userId: 'rep-1', roleId: 'sales-rep', action: 'read', kind: 'contact', recordId: 'P-1', customerId: 'C-1', fields: ['mobile'] },
  { at: '2026-03-04T06:00:00.000Z', userId: 'rep-2', roleId: 'sales-rep', action: 'read', kind: 'customer', recordId: 'list', customerIds: ['C-2', 'C-1'], fields: ['mobile'] },
  { at: '2026-03-04T12:00:00.000Z', userId: 'import', action: 'create', kind: 'transaction', recordId: 'import-8', customerIds: ['C-1', 'C-3'], fields: ['7012 lines'] },
];

const day = (d: number, time = '00:00:00.000') => `2026-03-0${d}T${time}Z`;

const expectedQueries: [AuditQuery | undefined, number[]][] = [
  [undefined, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]],
  [{}, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]],
  // a customer's entries, the list views that showed it (#8) and the imports that wrote its lines (#9)
  [{ customerId: 'C-1' }, [0, 1, 2, 6, 7, 8, 9]],
  [{ customerId: 'C-3' }, [9]],
  [{ customerId: 'C-3', action: 'create' }, [9]],
  [{ action: 'create' }, [4, 9]],
  [{ userId: 'import' }, [9]],
  [{ customerId: 'C-2' }, [3, 5, 8]],
  [{ customerId: 'C-9' }, []],
  [{ userId: 'rep-1' }, [0, 1, 4, 7]],
  [{ userId: 'mgr-1' }, [2, 5]],
  [{ recordId: 'P-1' }, [2, 7]],
  [{ action: 'read' }, [0, 3, 7, 8]],
  [{ action: 'merge' }, []],
  // inclusive at both ends: #5 is exactly `to`
  [{ from: day(2), to: day(3) }, [3, 4, 5]],
  // inclusive `from`: #6 is exactly `from`
  [{ from: day(3, '12:00:00.000') }, [6, 7, 8, 9]],
  [{ to: day(1, '09:05:00.000') }, [0, 1]],
  [{ from: day(5) }, []],
  [{ from: day(3), to: day(2) }, []],
  [{ customerId: 'C-1', userId: 'rep-1' }, [0, 1, 7]],
  [{ customerId: 'C-1', action: 'read', from: day(2) }, [7, 8]],
  [{ customerId: 'C-2', userId: 'rep-2' }, [3, 8]],
  [{ recordId: 'list' }, [8]],
  [{ userId: 'rep-1', to: day(2, '08:30:00.000') }, [0, 1, 4]],
  [{ userId: 'mgr-1', customerId: 'C-2', recordId: 'C-2', action: 'erase', from: day(1), to: day(4) }, [5]],
];

const withoutSeq = ({ seq: _seq, ...rest }: AuditEntry) => rest;

/**
 * The one conformance suite of audit logs (memory, IndexedDB, PostgreSQL, PGlite, or an
 * embedder's own `AuditLog`). Framework-neutral like the store suite: hand it `describe`/`it`
 * of vitest or mocha and a factory of fresh, empty logs.
 *
 * Cases: seqs increase; entries round-trip (fields, reason, roleId, absent members stay
 * absent); queries by each filter and combinations, oldest (first appended) first; every action;
 * append order wins over disagreeing clocks; callers cannot change the log through inputs or
 * results; 50 concurrent appends; invalid entries refused whole; reopening (persistent logs).
 *
 * @example
 * import { describe, it } from 'vitest';
 * runAuditLogConformance('memory', { describe, it, create: async () => ({ log: createMemoryAuditLog(), cleanup: async () => {} }) });
 */
export function runAuditLogConformance(name: string, options: AuditLogSuiteOptions): void {
  const { describe, it } = options;
  const timeout = options.timeout ?? 30_000;
  const test = (caseName: (typeof auditLogCases)[number], body: () => Promise<void>) => it(caseName, body, timeout);
  async function using(body: (harness: AuditLogHarness) => Promise<void>): Promise<void> {
    const harness = await options.create();
    try {
      await body(harness);
    } finally {
      await harness.cleanup();
    }
  }
  const appendAll = async (log: AuditLog, entries: readonly AuditEntry[]) => {
    const out: AuditEntry[] = [];
    for (const entry of entries) out.push(await log.append(entry));
    return out;
  };
  const seqs = (entries: readonly AuditEntry[]) => entries.map((entry) => entry.seq);

  describe(`audit log conformance: ${name}`, () => {
    test('append returns increasing seqs and the entry as given', () =>
      using(async ({ log }) => {
        check.deepEqual(await log.query(), [], 'a new log is empty');
        const appended = await appendAll(log, fixture);
        appended.forEach((entry, i) => {
          check.ok(Number.isSafeInteger(entry.seq) && entry.seq! > 0, `seq of entry ${i} is a positive integer`);
          if (i > 0) check.ok(entry.seq! > appended[i - 1]!.seq!, `seq of entry ${i} is after the one before`);
          check.deepEqual(withoutSeq(entry), fixture[i], `append returns entry ${i} as given`);
        });
        for (const method of ['update', 'put', 'delete', 'remove', 'clear', 'truncate']) {
          check.equal(typeof (log as unknown as Record<string, unknown>)[method], 'undefined', `the log has no ${method}()`);
        }
      }));

    test('entries come back equal to what was appended', () =>
      using(async ({ log }) => {
        const appended = await appendAll(log, fixture);
        const all = await log.query();
        check.deepEqual(all, appended, 'the log returns what append returned');
        check.deepEqual(all.map(withoutSeq), fixture, 'the log returns what was appended, member for member');
        // absent members stay absent (not null): #4 has no customer or role, #6 no fields
        check.ok(!('customerId' in all[4]!) && !('roleId' in all[4]!), 'absent customerId and roleId stay absent');
        check.ok(!('fields' in all[6]!) && !('reason' in all[6]!), 'absent fields and reason stay absent');
        check.deepEqual(all[5]!.fields, [], 'an empty list of fields stays an empty list');
        check.deepEqual(all[8]!.customerIds, ['C-2', 'C-1'], "a list view's customers come back in their order");
        check.ok(!('customerIds' in all[0]!) && !('customerId' in all[8]!), 'absent customerIds and customerId stay absent');
        check.deepEqual([all[9]!.action, all[9]!.customerIds, all[9]!.fields], ['create', ['C-1', 'C-3'], ['7012 lines']], "an import's customers and count come back as written");
      }));

    test('queries per customer, user, record, action and time range, oldest first', () =>
      using(async ({ log }) => {
        const appended = await appendAll(log, fixture);
        for (const [query, expected] of expectedQueries) {
          const found = await log.query(query);
          check.deepEqual(seqs(found), expected.map((i) => appended[i]!.seq), `query ${JSON.stringify(query)} finds entries ${expected.join(', ') || 'none'}, oldest first`);
          check.deepEqual(found, expected.map((i) => appended[i]), `query ${JSON.stringify(query)} returns whole entries`);
        }
      }));

    test('every action is logged and found by action', () =>
      using(async ({ log }) => {
        const entries = auditActions.map((action, i): AuditEntry => ({ at: `2026-04-01T00:00:${String(i).padStart(2, '0')}.000Z`, userId: 'u', action, kind: 'customer', recordId: `R-${action}` }));
        await appendAll(log, entries);
        for (const action of auditActions) {
          const found = await log.query({ action });
          check.deepEqual(found.map((entry) => entry.recordId), [`R-${action}`], `action ${action} is found alone`);
        }
      }));

    test('order is append order even when clocks disagree', () =>
      using(async ({ log }) => {
        // Two clients: the second one's clock is an hour behind. The log's order is `seq`.
        const late = { at: '2026-05-01T10:00:00.000Z', userId: 'a', action: 'read', kind: 'customer', recordId: 'first', customerId: 'C-1' } as const;
        const early = { at: '2026-05-01T09:00:00.000Z', userId: 'a', action: 'read', kind: 'customer', recordId: 'second', customerId: 'C-1' } as const;
        await appendAll(log, [late, early]);
        for (const query of [{}, { customerId: 'C-1' }, { userId: 'a' }, { from: '2026-05-01T08:00:00.000Z' }, { to: '2026-05-01T11:00:00.000Z' }]) {
          check.deepEqual((await log.query(query)).map((entry) => entry.recordId), ['first', 'second'], `query ${JSON.stringify(query)} keeps append order`);
        }
      }));

    test('entries are isolated from callers', () =>
      using(async ({ log }) => {
        const input = { at: day(1), userId: 'rep-1', action: 'read' as const, kind: 'customer', recordId: 'C-1', customerId: 'C-1', fields: ['mobile'] };
        const returned = await log.append(input);
        input.fields.push('email');
        input.userId = 'someone-else';
        const expected = { ...returned, fields: ['mobile'], userId: 'rep-1' };
        check.deepEqual(await log.query(), [expected], 'changing the appended object changes nothing');
        try {
          (returned.fields as string[]).push('idNumber');
          (returned as { reason?: string }).reason = 'made up';
        } catch {
          // a frozen result is isolation too
        }
        check.deepEqual(await log.query(), [expected], 'changing what append returned changes nothing');
        const [found] = await log.query();
        try {
          (found!.fields as string[]).length = 0;
          (found as { userId: string }).userId = 'x';
        } catch {
          // frozen
        }
        check.deepEqual(await log.query(), [expected], 'changing a query result changes nothing');
      }));

    test('concurrent appends are all kept with distinct seqs', () =>
      using(async ({ log }) => {
        const entries = Array.from({ length: 50 }, (_, i): AuditEntry => ({ at: day(1), userId: `u-${i % 5}`, action: 'read', kind: 'customer', recordId: `R-${i}`, customerId: 'C-many' }));
        const appended = await Promise.all(entries.map((entry) => log.append(entry)));
        check.equal(new Set(seqs(appended)).size, 50, '50 appends got 50 distinct seqs');
        const found = await log.query({ customerId: 'C-many' });
        check.equal(found.length, 50, 'all 50 entries are in the log');
        check.deepEqual(new Set(found.map((entry) => entry.recordId)), new Set(entries.map((entry) => entry.recordId)), 'each entry once');
        check.deepEqual(found.map((entry) => entry.recordId).sort(), [...entries.map((entry) => entry.recordId)].sort(), 'no entry twice');
        const ascending = found.every((entry, i) => i === 0 || entry.seq! > found[i - 1]!.seq!);
        check.ok(ascending, 'results come in seq order');
        // 10 per user: i % 5 === 2 for i = 2, 7, …, 47
        check.equal((await log.query({ userId: 'u-2' })).length, 10, 'per-user query finds 10');
      }));

    test('an invalid entry is refused and nothing is logged', () =>
      using(async ({ log }) => {
        const good: AuditEntry = { at: day(1), userId: 'rep-1', action: 'read', kind: 'customer', recordId: 'C-1' };
        const bad: [string, unknown][] = [
          ['at', { ...good, at: '2026-03-01' }],
          ['at', { ...good, at: '2026-03-01T09:00:00+08:00' }],
          ['at', { ...good, at: '2026-02-30T00:00:00.000Z' }],
          ['userId', { ...good, userId: '' }],
          ['action', { ...good, action: 'delete' }],
          ['recordId', { ...good, recordId: undefined }],
          ['fields', { ...good, fields: 'mobile' }],
          ['customerIds', { ...good, customerIds: 'C-1' }],
          ['customerIds', { ...good, customerIds: ['C-1', ''] }],
          ['reason', { ...good, reason: 'a\u0000b' }],
        ];
        for (const [path, entry] of bad) {
          const error = (await check.rejects(log.append(entry as AuditEntry), (e) => isStoreError(e, 'invalid'), `an entry with a bad ${path} is refused as invalid`)) as StoreError;
          check.equal(error.path, path, `the error names the field ${path}`);
          check.ok(error.localized('zh-CN') !== error.message && error.localized('zh-CN').length > 0, 'the message exists in Chinese too');
        }
        check.deepEqual(await log.query(), [], 'nothing was logged');
        check.equal((await log.append(good)).recordId, 'C-1', 'a good entry is still accepted afterwards');
      }));

    if (options.persistent) {
      test('a new instance on the same storage sees the old entries', () =>
        using(async (harness) => {
          check.ok(harness.reopen, 'a persistent log harness can reopen its storage');
          const appended = await appendAll(harness.log, fixture.slice(0, 3));
          const again = await harness.reopen();
          check.deepEqual(await again.query(), appended, 'the new instance reads every old entry');
          check.deepEqual(await again.query({ customerId: 'C-1' }), appended, 'and finds them by customer');
          const next = await again.append(fixture[3]!);
          check.ok(next.seq! > appended[2]!.seq!, 'seqs go on after the old ones');
          check.deepEqual(seqs(await harness.log.query()), [...seqs(appended), next.seq], 'the first instance sees the new entry');
        }));
    }
  });
}
