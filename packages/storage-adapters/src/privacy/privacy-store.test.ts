import { afterAll, describe, expect, it } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import { createMemoryData, createMemoryStore } from '../memory/index.js';
import { memoryRawReader } from '../testing/memory-raw.js';
import { createPostgresStore } from '../postgres/index.js';
import { postgresDump } from '../../test-support/postgres-raw.ts';
import { importEncryptionKey, isSealed, pinyinInitials, recordCodecs, type Customer } from '@dossier/core';
import { dossierKinds, isStoreError, jsonKind, type DossierRecords, type Store, type StoreError } from '../contract/index.js';
import { createStoreHandler } from '../http/index.js';
import { createMemoryAuditLog } from './audit-log.js';
import { withPrivacy } from './privacy-store.js';
import { sealableKinds } from './sealable-kinds.js';
import { person, privacySuite, secrets } from './privacy-suite.js';

const wrap = (vitestIt: typeof it) => (name: string, body: () => Promise<void>) => vitestIt(name, body, 60_000);

privacySuite('memory', {
  describe,
  it: wrap(it),
  expect: expect as never,
  async create() {
    const data = createMemoryData();
    return {
      store: createMemoryStore({ data }),
      // the memory store's data as it holds it: every revision of every record
      dump: () => memoryRawReader(data).dump(),
      cleanup: async () => {},
    };
  },
});

const db = new PGlite();
afterAll(() => db.close());
let schemaCount = 0;

privacySuite('PGlite', {
  describe,
  it: wrap(it),
  expect: expect as never,
  async create() {
    const schema = `privacy_${++schemaCount}`;
    const store = await createPostgresStore({ db, schema });
    return {
      store,
      // every row of every table of the schema, as PostgreSQL holds it
      dump: () => postgresDump(db, `"${schema}"`),
      cleanup: async () => {
        await store.close();
        await db.query(`drop schema "${schema}" cascade`);
      },
    };
  },
});

describe('privacy store over typed kinds (core schemas)', () => {
  const kinds = () => sealableKinds(dossierKinds());
  const typedPerson = () => recordCodecs.customer.decode(structuredClone(person) as never);

  it('refuses a store whose kinds would reject sealed values, naming the fix', async () => {
    const key = await importEncryptionKey(new Uint8Array(32).fill(7));
    expect(() => withPrivacy(createMemoryStore<DossierRecords>({ kinds: dossierKinds() }), { key, audit: createMemoryAuditLog() })).toThrow(/sealableKinds/);
  });

  it('seals secret fields of a typed record, validates their plain values, and reads them back', async () => {
    const data = createMemoryData();
    const key = await importEncryptionKey(new Uint8Array(32).fill(7));
    const store = withPrivacy(createMemoryStore<DossierRecords>({ data, kinds: kinds() }), { key, audit: createMemoryAuditLog() });
    const written = await store.put('customer', typedPerson());
    expect(written.ok).toBe(true);
    const read = await store.get('customer', 'C-1');
    expect(read?.value.kind === 'person' && read.value.idNumber).toBe('11010519491231002X');
    expect(read?.value.createdAt).toBeInstanceOf(Date);
    const dump = await memoryRawReader(data).dump();
    for (const secret of secrets) expect(dump).not.toContain(secret);
    // What the store underneath keeps is the envelope, which its own kinds decode as it is.
    const inner = await store.inner.get('customer', 'C-1');
    expect(inner?.value.kind === 'person' && isSealed(inner.value.idNumber)).toBe(true);

    // A wrong check character is refused before sealing, naming the field; nothing is written.
    const bad = { ...typedPerson(), idNumber: '110105194912310021' } as Customer;
    const error = await store.put('customer', bad).catch((e: unknown) => e);
    expect(isStoreError(error, 'invalid')).toBe(true);
    expect((error as StoreError).path).toBe('idNumber');
    expect((await store.history('customer', 'C-1')).length).toBe(1);
  });
});

describe('privacy store: writes that would widen access, and erasure', () => {
  const callCentre = { userId: 'cc-1', role: { id: 'call-centre' } };
  const rep2 = { userId: 'rep-2', role: { id: 'sales-rep' } };
  const auditor = { userId: 'aud-1', role: { id: 'auditor' } };
  const dumpOf = (data: ReturnType<typeof createMemoryData>) => memoryRawReader(data).dump();
  async function setup(inner?: (data: ReturnType<typeof createMemoryData>) => Store) {
    const data = createMemoryData();
    const audit = createMemoryAuditLog();
    const store = withPrivacy(inner ? inner(data) : createMemoryStore({ data }), { key: await importEncryptionKey(new Uint8Array(32).fill(9)), audit });
    await store.put('customer', structuredClone(person), { by: 'rep-1' });
    return { store, data, audit };
  }
  const forbidden = (promise: Promise<unknown>) => promise.then(() => 'written', (error: unknown) => (isStoreError(error, 'forbidden') ? (error as StoreError).path : String(error)));

  it('refuses to turn a person into an organisation for a viewer who cannot read the whole record', async () => {
    const { store, data } = await setup();
    const shown = (await store.get('customer', 'C-1', { viewer: callCentre }))!.value;
    expect(await forbidden(store.put('customer', { ...shown, kind: 'organisation' }, { viewer: callCentre }))).toBe('kind');
    expect((await store.history('customer', 'C-1')).length).toBe(1);
    expect(await dumpOf(data)).not.toContain('11010519491231002X');
  });

  it('refuses a sales rep handing itself a customer it does not own', async () => {
    const { store } = await setup();
    const shown = (await store.get('customer', 'C-1', { viewer: rep2 }))!.value;
    expect(await forbidden(store.put('customer', { ...shown, salespersonId: 'rep-2' }, { viewer: rep2 }))).toBe('salespersonId');
    expect(JSON.stringify((await store.get('customer', 'C-1', { viewer: rep2 }))!.value)).not.toContain('11010519491231002X');
  });

  it('refuses remove and purge to viewers without the rights to write the record, over HTTP too', async () => {
    const { store } = await setup();
    expect(await forbidden(store.remove('customer', 'C-1', { viewer: auditor }))).not.toBe('written');
    expect(await forbidden(store.batch([{ op: 'remove', kind: 'customer', id: 'C-1' }], { viewer: auditor }))).not.toBe('written');
    const handler = createStoreHandler(store, { viewer: () => callCentre });
    const reply = await handler(new Request('http://archive.test/records/customer/C-1/purge-history', { method: 'POST', body: '{}' }));
    expect(reply.status).toBe(403);
    expect((await store.history('customer', 'C-1')).length).toBe(1);
    expect((await store.get('customer', 'C-1'))?.deleted).toBe(false);
    // A manager may remove what it may read and write; the secret fields it cannot read do not stop it.
    const manager = { userId: 'mgr-1', role: { id: 'sales-manager' } };
    expect((await store.remove('customer', 'C-1', { viewer: manager })).ok).toBe(true);
    expect(await forbidden(store.purgeHistory('customer', 'C-1', { viewer: manager }))).not.toBe('written');
  });

  it('matches a text search against what the viewer sees, so a masked name cannot be confirmed', async () => {
    // Plain JSON records indexed with pinyin initials, as core's kinds index them.
    const { store, audit } = await setup((data) => createMemoryStore({ data, kinds: { customer: jsonKind({ initialsOf: pinyinInitials }) } }));
    const owner = { userId: 'rep-1', role: { id: 'sales-rep' } };
    const ids = async (text: string, viewer: typeof rep2) => (await store.list('customer', { text, viewer })).items.map((item) => item.id);
    expect(await ids('王芳', owner)).toEqual(['C-1']);
    expect(await ids('wf', owner)).toEqual(['C-1']);
    expect(await ids('王芳', rep2)).toEqual([]);
    expect(await ids('wf', rep2)).toEqual([]);
    expect(await ids('王', rep2)).toEqual(['C-1']);
    // Only what rep-2 received is logged as read by it.
    expect((await audit.query({ userId: 'rep-2' })).length).toBeLessThanOrEqual(1);
  });

  it('logs one read of a history with every confidential field received in any revision', async () => {
    const { store, audit } = await setup();
    const manager = { userId: 'mgr-1', role: { id: 'sales-manager' } };
    await store.put('customer', { ...structuredClone(person), email: undefined, mobile: '13900001111' } as never, { by: 'rep-1', baseRev: 1 });
    await store.history('customer', 'C-1', { viewer: manager });
    const reads = await audit.query({ userId: 'mgr-1', action: 'read' });
    expect(reads.length).toBe(1);
    // The e-mail is only in the first revision, and still counts as read.
    expect(reads[0]!.fields).toEqual(expect.arrayContaining(['mobile', 'email']));
    // A manager reveals secret fields one by one; history gives it none.
    expect(reads[0]!.fields).not.toContain('idNumber');
  });

  it('lets a viewer import transaction lines only for customers whose amounts it may write', async () => {
    const { store } = await setup();
    const owner = { userId: 'rep-1', role: { id: 'sales-rep' } };
    const lines = [{ customerId: 'C-1', date: '2025-03-01', amount: 1200 }];
    const refused = await store.importTransactions(lines, { importId: 'book-1', viewer: rep2 }).catch((e: unknown) => e);
    expect(isStoreError(refused, 'forbidden')).toBe(true);
    expect((refused as StoreError).path).toBe('amount');
    expect((await store.readTransactionColumns()).length).toBe(0);
    expect((await store.importTransactions(lines, { importId: 'book-1', viewer: owner })).written).toBe(1);
    // Over HTTP the handler names the viewer: 403, nothing imported.
    const handler = createStoreHandler(store, { viewer: () => rep2 });
    const body = JSON.stringify({ importId: 'book-2', columns: { length: 1, customer: [0], customerIds: ['C-1'], day: [20_150], amount: [99] } });
    expect((await handler(new Request('http://archive.test/transactions/import', { method: 'POST', body }))).status).toBe(403);
    expect((await store.readTransactionColumns()).length).toBe(1);
  });

  it('refuses a sealed envelope sent by a caller, naming the field', async () => {
    const { store } = await setup();
    const envelope = { $sealed: 1, iv: 'AAAAAAAAAAAAAAAA', data: 'AAAAAAAAAAAAAAAAAAAAAAAA' };
    const error = await store.put('customer', { ...structuredClone(person), idNumber: envelope } as never).catch((e: unknown) => e);
    expect(isStoreError(error, 'invalid')).toBe(true);
    expect((error as StoreError).path).toBe('idNumber');
    expect((error as StoreError).localized('zh-CN')).toBe(`客户记录“${person.id}”无效：身份证号码是加密后的值，不能写入，请发送原值。请更正这些字段后再保存。`);
    expect((error as StoreError).message).toBe(
      `The customer record "${person.id}" is not valid: Resident ID number holds a sealed value, which cannot be written: send the plain value. Correct these fields and save again.`,
    );
    expect((await store.list('customer')).items.length).toBe(1);
  });

  it('turns a viewer’s write into a conflict when another write lands between its check and its write', async () => {
    let armed = false;
    let interleaved = false;
    const { store } = await setup((data) => {
      const inner = createMemoryStore({ data });
      return {
        ...inner,
        async get(kind, id, readOptions) {
          const found = await inner.get(kind, id, readOptions);
          // The put's own read of C-1: a trusted write of the mobile lands right after it.
          if (armed && !interleaved && found && found.rev === 1 && kind === 'customer') {
            interleaved = true;
            await inner.put('customer', { ...found.value, mobile: '13900001111' }, { baseRev: 1 });
          }
          return found;
        },
      } as Store;
    });
    // rep-2 sees the mobile masked and sends it back so; it may write tags, not the mobile.
    const shown = (await store.get('customer', 'C-1', { viewer: rep2 }))!.value;
    armed = true;
    const result = await store.put('customer', { ...shown, tags: ['重点'] }, { viewer: rep2 });
    expect(interleaved).toBe(true);
    // A conflict with both versions, masked for rep-2; nothing written, the new mobile kept.
    expect(result.ok).toBe(false);
    expect(!result.ok && JSON.stringify(result.conflict)).not.toContain('13900001111');
    const now = (await store.get('customer', 'C-1'))!.value as unknown as { mobile: string; tags: string[] };
    expect(now.mobile).toBe('13900001111');
    expect(now.tags).toEqual([]);
  });

  it('erases a person over typed kinds, and leaves categories and product names that merely share a word', async () => {
    const data = createMemoryData();
    const store = withPrivacy(createMemoryStore<DossierRecords>({ data, kinds: sealableKinds(dossierKinds()) }), {
      key: await importEncryptionKey(new Uint8Array(32).fill(9)),
      audit: createMemoryAuditLog(),
    });
    const typed = recordCodecs.customer.decode({ ...structuredClone(person), gender: 'female' } as never);
    await store.put('customer', typed);
    const line = (productName: string) =>
      recordCodecs.transaction.decode({ id: 'T-1', schemaVersion: 1, createdAt: '2025-02-01T00:00:00.000Z', updatedAt: '2025-02-01T00:00:00.000Z', customerId: 'C-1', date: '2025-02-01', amount: 1200, category: 'female apparel', productName } as never);
    await store.put('transaction', line('王芳 定制 杭州市龙井茶'));
    await store.put('transaction', line('杭州市龙井茶'), { baseRev: 1 });
    const { purged } = await store.eraseSubject('C-1', { by: 'dpo-1', reason: '客户要求删除个人信息' });
    expect(purged).toBeGreaterThan(0);
    const raw = await dumpOf(data);
    for (const trace of ['王芳', '13812341234', 'wangfang@example.com', '文三路90号', ...secrets]) expect(raw, trace).not.toContain(trace);
    const transaction = (await store.get('transaction', 'T-1'))!.value;
    expect(transaction.category).toBe('female apparel');
    expect(transaction.productName).toBe('杭州市龙井茶');
    expect(transaction.amount).toBe(1200);
  });

  it('exports and erases the work around a person too: tasks, service cases and contracts', async () => {
    const data = createMemoryData();
    const store = withPrivacy(createMemoryStore<DossierRecords>({ data, kinds: sealableKinds(dossierKinds()) }), {
      key: await importEncryptionKey(new Uint8Array(32).fill(9)),
      audit: createMemoryAuditLog(),
    });
    await store.put('customer', recordCodecs.customer.decode(structuredClone(person) as never));
    const stamp = { schemaVersion: 1, createdAt: '2025-02-01T00:00:00.000Z', updatedAt: '2025-02-01T00:00:00.000Z', customerId: 'C-1' };
    await store.put('task', recordCodecs.task.decode({ ...stamp, id: 'K-1', kind: 'call', title: '回电', dueOn: '2025-02-03', ownerId: 'rep-1', status: 'done', outcome: '王芳说改用 13812341234 联系' } as never));
    await store.put('service-case', recordCodecs['service-case'].decode({ ...stamp, id: 'S-1', kind: 'complaint', title: '投诉', openedOn: '2025-02-01', channel: 'phone', severity: 'low', status: 'open', description: '王芳来电投诉' } as never));
    await store.put('contract', recordCodecs.contract.decode({ ...stamp, id: 'H-1', kind: 'service', title: '服务合同', startOn: '2025-02-01', renewalTerms: '王芳签字续约' } as never));
    const exported = await store.exportSubject('C-1', { by: 'dpo-1' });
    expect(Object.keys(exported.records).sort()).toEqual(['contract', 'customer', 'service-case', 'task']);
    await store.eraseSubject('C-1', { by: 'dpo-1', reason: '客户要求删除个人信息' });
    const raw = await dumpOf(data);
    for (const trace of ['王芳', '13812341234']) expect(raw, trace).not.toContain(trace);
    expect((await store.get('task', 'K-1'))!.value.title).toBe('回电');
  });
});
