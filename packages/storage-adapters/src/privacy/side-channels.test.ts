import { afterAll, describe, expect, it } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import { importEncryptionKey, pinyinInitials } from '@dossier/core';
import { isStoreError, jsonKind, type Query, type Store, type StoreError, type StoreViewer } from '../contract/index.js';
import { createHttpStore } from '../http/client.js';
import { createStoreHandler } from '../http/handler.js';
import { createMemoryData, createMemoryStore } from '../memory/index.js';
import { createPostgresStore } from '../postgres/index.js';
import { memoryRawReader } from '../testing/memory-raw.js';
import { createMemoryAuditLog } from './audit-log.js';
import { withPrivacy } from './privacy-store.js';
import { person } from './privacy-suite.js';

// Regression tests of issue 14's privacy findings: each fails on the code before the fix.

const owner = { userId: 'rep-1', role: { id: 'sales-rep' } };
const rep2 = { userId: 'rep-2', role: { id: 'sales-rep' } };
const manager = { userId: 'mgr-1', role: { id: 'sales-manager' } };

// rep-1's person customer (its name is confidential: rep-2 sees 王**) and rep-2's own one, whose
// name sorts between the two hidden names the tests use (王大明 < 王明 < 王秘芳).
const secretName = (zh: string) => ({ ...structuredClone(person), name: { zh } });
const own = { ...structuredClone(person), id: 'C-2', name: { zh: '王明' }, salespersonId: 'rep-2', mobile: '13900009999', idNumber: undefined, email: undefined };

async function privacyOver(inner: Store, name = '王秘芳') {
  const audit = createMemoryAuditLog();
  const store = withPrivacy(inner, { key: await importEncryptionKey(new Uint8Array(32).fill(3)), audit });
  await store.put('customer', secretName(name), { by: 'rep-1' });
  await store.put('customer', own as never, { by: 'rep-2' });
  return { store, audit };
}

const memory = () => createMemoryStore({ kinds: { customer: jsonKind({ initialsOf: pinyinInitials }) } });
const db = new PGlite();
afterAll(() => db.close());
let schemas = 0;
const pglite = () => createPostgresStore({ db, schema: `side_${++schemas}` });
// The privacy store behind the HTTP handler, read through the HTTP client.
const overHttp = (store: Store, viewer: StoreViewer) => {
  const handler = createStoreHandler(store, { viewer: () => viewer });
  return createHttpStore({ baseUrl: 'http://archive.test', fetch: async (input, init) => handler(new Request(input, init)) });
};
const decoded = (cursor: string | undefined) => (cursor === undefined ? '' : new TextDecoder().decode(Uint8Array.from(atob(cursor.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0))));

describe('cursors hold nothing the viewer may not read', () => {
  for (const [adapter, inner] of [
    ['memory', memory],
    ['PGlite', pglite],
  ] as const) {
    it(`pages by name as the viewer sees it (${adapter}, and over HTTP)`, async () => {
      const pages = [];
      for (const name of ['王秘芳', '王大明']) {
        const { store } = await privacyOver(await inner(), name);
        const direct = await store.list('customer', { sort: 'name', limit: 1, viewer: rep2 });
        const http = await overHttp(store, rep2).list('customer', { sort: 'name', limit: 1 });
        for (const page of [direct, http]) {
          expect(decoded(page.nextCursor)).not.toContain(name);
          expect(page.items.map((item) => (item.value as unknown as { name: { zh: string } }).name.zh)).toEqual(['王**']);
        }
        const second = await store.list('customer', { sort: 'name', limit: 1, viewer: rep2, cursor: direct.nextCursor });
        // The write times differ between the two archives; everything else must not.
        const seen = (page: typeof direct) => ({ items: page.items.map(({ at: _at, ...item }) => item), nextCursor: page.nextCursor });
        pages.push({ first: seen(direct), second: seen(second), http: http.nextCursor });
      }
      // Two archives that differ only in the hidden name give the same pages and cursors.
      expect(pages[0]).toEqual(pages[1]);
    });
  }
});

describe('text search is no oracle', () => {
  it('answers the same whether or not a hidden name matches: no item, no cursor', async () => {
    const { store } = await privacyOver(memory());
    const answers = [];
    for (const text of ['王秘芳', 'wmf', '王大明', 'wdm']) answers.push(await store.list('customer', { text, limit: 1, viewer: rep2 }));
    for (const answer of answers) expect(answer).toEqual({ items: [], nextCursor: undefined });
    // What the viewer sees still matches.
    expect((await store.list('customer', { text: '王*', viewer: rep2 })).items.map((item) => item.id)).toEqual(['C-1']);
    expect((await store.list('customer', { text: 'wmf', viewer: owner })).items.map((item) => item.id)).toEqual(['C-1']);
  });
});

describe('count is no oracle: it is what the viewer pages through', () => {
  const pagedThrough = async (store: Store, query: Query) => {
    let n = 0;
    let cursor: string | undefined;
    do {
      const page = await store.list('customer', { ...query, limit: 1, ...(cursor ? { cursor } : {}) });
      n += page.items.length;
      cursor = page.nextCursor;
    } while (cursor);
    return n;
  };
  // Both with names indexed by their pinyin initials, as the memory store above.
  const pgliteWithInitials = () => createPostgresStore({ db, schema: `side_${++schemas}`, kinds: { customer: jsonKind({ initialsOf: pinyinInitials }) } });
  for (const [adapter, inner] of [
    ['memory', memory],
    ['PGlite', pgliteWithInitials],
  ] as const) {
    it(`counts for a rep the customers it can page through, a hidden name matching nothing (${adapter}, and over HTTP)`, async () => {
      // C-1 王秘芳 (rep-1's: rep-2 sees 王**), C-2 王明 (rep-2's own). Worked out by hand:
      // rep-2 sees 王** and 王明; rep-1 sees both names.
      const expected: [StoreViewer, Query, number][] = [
        [rep2, {}, 2],
        [rep2, { text: '王秘芳' }, 0],
        [rep2, { text: 'wmf' }, 0],
        [rep2, { text: '王' }, 2],
        [rep2, { text: '王*' }, 1],
        [rep2, { text: 'wm' }, 1],
        [rep2, { owner: 'rep-1' }, 1],
        [rep2, { owner: 'rep-1', text: 'wmf' }, 0],
        [owner, { text: 'wmf' }, 1],
        [owner, { text: '王秘芳', sort: 'name', limit: 1 }, 1],
        [manager, { text: 'wmf' }, 1],
        [manager, { text: '王大明' }, 0],
      ];
      const answers = [];
      for (const name of ['王秘芳', '王大明']) {
        const { store } = await privacyOver(await inner(), name);
        const counts = [];
        for (const [viewer, query, n] of expected) {
          const label = `${viewer.userId} ${JSON.stringify(query)} over ${name}`;
          const direct = await store.count('customer', { ...query, viewer });
          const http = await overHttp(store, viewer).count!('customer', query);
          expect(await pagedThrough(store, { ...query, viewer }), label).toBe(direct);
          expect(http, label).toBe(direct);
          counts.push(direct);
          if (name === '王秘芳') expect(direct, label).toBe(n);
        }
        answers.push(counts);
      }
      // The other archive differs only in the hidden name: what rep-2 counts is the same. (For the
      // owner and the manager the name is visible and 'wmf' / 王秘芳 simply are not 王大明.)
      const ofRep2 = (counts: number[]) => counts.filter((_, i) => expected[i]![0] === rep2);
      expect(ofRep2(answers[1]!)).toEqual(ofRep2(answers[0]!));
    });
  }
});

describe('writes are no oracle, and refused writes are audited', () => {
  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      (result) => ({ result }),
      (error: unknown) => (isStoreError(error) ? { code: (error as StoreError).code, messages: (error as StoreError).messages, path: (error as StoreError).path } : { error: String(error) }),
    );

  it('refuses a right and a wrong guess of a hidden field alike, before the conflict check, and logs both', async () => {
    for (const [field, right, wrong] of [
      ['mobile', '13812341234', '13812340000'],
      ['idNumber', '11010519491231002X', '110105194912310037'],
      ['email', 'wangfang@example.com', 'wang@example.com'],
    ] as const) {
      const { store, audit } = await privacyOver(memory());
      const shown = (await store.get('customer', 'C-1', { viewer: rep2 }))!.value;
      // A stale baseRev: a write that passed the field check would answer a conflict.
      const answers = [];
      for (const guess of [right, wrong]) answers.push(await refusal(store.put('customer', { ...shown, [field]: guess }, { viewer: rep2, baseRev: 7 })));
      expect(answers[0], field).toEqual(answers[1]);
      expect(answers[0]).toMatchObject({ code: 'forbidden', path: field });
      const refused = await audit.query({ userId: 'rep-2', action: 'refuse' });
      expect(refused.map((entry) => entry.fields)).toEqual([[field], [field]]);
      expect(JSON.stringify(refused)).not.toContain(right);
    }
  });

  it('still keeps a hidden field the viewer sends back masked or leaves out', async () => {
    const { store } = await privacyOver(memory());
    const shown = (await store.get('customer', 'C-1', { viewer: rep2 }))!.value as Record<string, unknown>;
    const { idNumber: _left, ...rest } = { ...shown, territory: '华南' } as Record<string, unknown>;
    expect((await store.put('customer', rest as never, { viewer: rep2 })).ok).toBe(true);
    expect((await store.get('customer', 'C-1'))!.value).toMatchObject({ mobile: '13812341234', idNumber: '11010519491231002X', territory: '华南' });
  });
});

describe('roles', () => {
  it('answers a viewer without a known role forbidden, translated, never a crash', async () => {
    const { store } = await privacyOver(memory());
    for (const role of [undefined, { id: '__proto__' }, { id: 'constructor' }, { id: 'toString' }, { id: 'nobody' }]) {
      const viewer = { userId: 'x', role } as StoreViewer;
      for (const call of [() => store.get('customer', 'C-1', { viewer }), () => store.list('customer', { viewer }), () => store.count('customer', { viewer }), () => store.put('customer', own as never, { viewer })]) {
        const error = await call().then(() => undefined, (e: unknown) => e as StoreError);
        expect(isStoreError(error, 'forbidden'), JSON.stringify(role)).toBe(true);
        expect(error!.messages['zh-CN']).toContain('角色');
      }
      const reply = await createStoreHandler(store, { viewer: () => viewer })(new Request('http://archive.test/records/customer/C-1'));
      expect(reply.status, JSON.stringify(role)).toBe(403);
      expect(await reply.text()).not.toMatch(/zod|Cannot read|TypeError/i);
      // A count is refused exactly as a list is: the same status and body.
      const [list, count] = await Promise.all(
        ['records/customer', 'count/customer'].map((path) => createStoreHandler(store, { viewer: () => viewer })(new Request(`http://archive.test/${path}?grade=A`))),
      );
      expect([count!.status, await count!.text()], JSON.stringify(role)).toEqual([list!.status, await list!.text()]);
    }
  });
});

describe('the audit log', () => {
  it('is read only by roles allowed to, by the privacy store’s own rule', async () => {
    const { store } = await privacyOver(memory());
    await store.get('customer', 'C-1', { viewer: manager });
    for (const viewer of [rep2, owner, { userId: 'cc-1', role: { id: 'call-centre' } }]) {
      const error = await store.readAudit({}, viewer).then(() => undefined, (e: unknown) => e);
      expect(isStoreError(error, 'forbidden'), viewer.role.id).toBe(true);
    }
    expect((await store.readAudit({ action: 'read' }, manager)).map((entry) => entry.userId)).toEqual(['mgr-1']);
    expect((await store.readAudit({}, { userId: 'aud-1', role: { id: 'auditor' } })).length).toBeGreaterThan(0);
  });
});

describe('masks', () => {
  it('shows no digit of the house number of an address the viewer may not read', async () => {
    const { store } = await privacyOver(memory());
    const street = ((await store.get('customer', 'C-1', { viewer: rep2 }))!.value as unknown as { addresses: { street?: string }[] }).addresses[0]?.street;
    expect(street ?? '').not.toMatch(/9|0/);
  });
});

describe('grading runs', () => {
  const run = {
    id: 'run-1',
    asOf: '2025-06-30',
    customers: [
      { customerId: 'C-1', grade: 'A', figures: { revenue: 880000, cost: 500000, paid: 1000, quantity: 3, orders: 4, lines: 4 }, explanation: { method: 'abc-share', grade: 'A', revenue: 880000, rank: 1, shareBefore: 0, shareAfter: 0.9 } },
      { customerId: 'C-2', grade: 'C', figures: { revenue: 1200, cost: 700, paid: 1200, quantity: 1, orders: 1, lines: 1 }, explanation: { method: 'abc-share', grade: 'C', revenue: 1200, rank: 2, shareBefore: 0.9, shareAfter: 1 } },
    ],
  };

  it('give a viewer the revenue and cost only of customers whose amounts it may read, on every read path', async () => {
    const { store } = await privacyOver(memory());
    await store.put('grading-run', structuredClone(run) as never);
    const reads = [
      (await store.get('grading-run', 'run-1', { viewer: rep2 }))!.value,
      (await store.list('grading-run', { viewer: rep2 })).items[0]!.value,
      (await store.history('grading-run', 'run-1', { viewer: rep2 }))[0]!.value,
      (await overHttp(store, rep2).get('grading-run', 'run-1'))!.value,
    ] as unknown as (typeof run)[];
    for (const seen of reads) {
      const [other, mine] = seen.customers;
      expect(Number.isFinite(other!.figures.revenue)).toBe(false);
      expect(Number.isFinite(other!.figures.cost)).toBe(false);
      expect(other!.figures.orders).toBe(4);
      expect(other!.explanation).not.toHaveProperty('revenue');
      expect(other!.explanation).not.toHaveProperty('rank');
      expect(mine!.figures.revenue).toBe(1200);
      expect(other!.grade).toBe('A');
    }
    expect(JSON.stringify(await store.history('grading-run', 'run-1', { viewer: rep2 }))).not.toContain('880000');
    // A manager reads every amount.
    expect(((await store.get('grading-run', 'run-1', { viewer: manager }))!.value as unknown as typeof run).customers[0]!.figures.revenue).toBe(880000);
  });
});

describe('erasure', () => {
  it('reaches a mobile inside an order id and never keeps a person’s values in audit reasons', async () => {
    const data = createMemoryData();
    const { store, audit } = await privacyOver(createMemoryStore({ data }));
    await store.put('transaction', { id: 'T-1', customerId: 'C-1', date: '2025-03-01', amount: 100, orderId: 'SO-13812341234' } as never);
    await store.reveal('customer', 'C-1', 'idNumber', '王秘芳来电要求回拨 13812341234', manager);
    expect(JSON.stringify(await audit.query({ action: 'reveal' }))).not.toMatch(/王秘芳|13812341234/);
    await store.eraseSubject('C-1', { by: 'dpo-1', reason: '王秘芳要求删除', name: '已注销客户' });
    const dump = await memoryRawReader(data).dump();
    expect(dump).not.toContain('13812341234');
    expect(JSON.stringify(await audit.query({}))).not.toMatch(/王秘芳|13812341234/);
    // The line keeps its amount and a cleaned order id.
    expect((await store.get('transaction', 'T-1'))!.value).toMatchObject({ amount: 100, orderId: 'SO-***' });
  });
});

describe('transaction columns', () => {
  it('give a rep every line, with amounts of other reps’ customers hidden (NaN), never an error', async () => {
    const { store } = await privacyOver(memory());
    await store.put('transaction', { id: 'T-1', customerId: 'C-1', date: '2025-03-01', amount: 880000, cost: 500000, orderId: 'SO-1' } as never);
    await store.put('transaction', { id: 'T-2', customerId: 'C-2', date: '2025-04-01', amount: 1200, cost: 700, orderId: 'SO-2' } as never);
    const columns = await store.readTransactionColumns({ viewer: rep2 });
    expect(columns.length).toBe(2);
    const byCustomer = Object.fromEntries([0, 1].map((i) => [columns.customerIds[columns.customer[i]!]!, { amount: columns.amount[i], cost: columns.cost?.[i] }]));
    expect(Number.isNaN(byCustomer['C-1']!.amount)).toBe(true);
    expect(Number.isNaN(byCustomer['C-1']!.cost)).toBe(true);
    expect(byCustomer['C-2']).toEqual({ amount: 1200, cost: 700 });
    expect(Array.from((await store.readTransactionColumns({ viewer: manager })).amount).sort((a, b) => a - b)).toEqual([1200, 880000]);
  });
});
