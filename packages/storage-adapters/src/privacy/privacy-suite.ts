import { DecryptionError, PrivacyError, defaultRoles, importEncryptionKey, planMerge, type AuditEntry } from '@dossier/core';
import type { BatchOp } from '../contract/index.js';
import type { JsonRecords, Store, StoreViewer } from '../contract/index.js';
import { createMemoryAuditLog } from './audit-log.js';
import { withPrivacy, type PrivacyStore } from './privacy-store.js';

/**
 * The privacy decorator's checks, run over every adapter (memory and PGlite in Node, IndexedDB
 * and PGlite in Chromium). Each adapter hands over a fresh store and a raw dump of everything it
 * holds, read around the adapter (raw SQL, raw idb, the memory data), so the scan sees what an
 * attacker with the database files would see.
 */
export interface PrivacySuiteHarness {
  store: Store<JsonRecords>;
  /** Everything the storage holds, as text. */
  dump(): Promise<string>;
  cleanup(): Promise<void>;
}

type Expect = (value: unknown, message?: string) => {
  to: { equal(v: unknown): void; include(v: unknown): void; not: { include(v: unknown): void }; deep: { equal(v: unknown): void }; be: { instanceOf(c: unknown): void } };
};

/** Options of {@link privacySuite}: the test framework's functions and the harness factory. */
export interface PrivacySuiteOptions {
  describe: (name: string, body: () => void) => void;
  it: (name: string, body: () => Promise<void>) => void;
  expect: Expect;
  create: () => Promise<PrivacySuiteHarness>;
}

// Plain texts of secret fields: none of them may appear in a dump or reach a viewer without clearance.
export const secrets = ['11010519491231002X', '与张总是大学同学', '某投资公司', '前妻的事', '离婚'];

export const person = {
  id: 'C-1',
  schemaVersion: 2,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  kind: 'person',
  name: { zh: '王芳' },
  mobile: '13812341234',
  email: 'wangfang@example.com',
  idNumber: '11010519491231002X',
  addresses: [{ province: '浙江省', city: '杭州市', district: '西湖区', street: '文三路90号' }],
  salespersonId: 'rep-1',
  territory: '华东',
  nature: 'individual-consumer',
  productLines: [],
  tags: [],
  relationship: { stage: 'new', setByHand: false },
  grade: { provisional: true },
  credit: { limit: 50000 },
  intelligence: { decisionMakerRelations: '与张总是大学同学', relatedParties: ['某投资公司'] },
  profiles: {},
};

const contact = {
  id: 'P-1',
  schemaVersion: 1,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  customerId: 'C-1',
  name: { zh: '王芳' },
  mobile: '13812341234',
  buyingRoles: [],
  personality: [],
  isKey: true,
  profile: { family: { children: [] }, interests: { topicsNeverToRaise: ['前妻的事', '离婚'], topicsOfInterest: ['围棋'] } },
};

const viewers = {
  owner: { userId: 'rep-1', role: { id: 'sales-rep' } },
  otherRep: { userId: 'rep-2', role: { id: 'sales-rep' } },
  manager: { userId: 'mgr-1', role: { id: 'sales-manager' } },
  finance: { userId: 'fin-1', role: { id: 'finance' } },
  callCentre: { userId: 'cc-1', role: { id: 'call-centre' } },
  auditor: { userId: 'aud-1', role: { id: 'auditor' } },
} satisfies Record<string, StoreViewer>;

/**
 * Registers the privacy checks for one adapter.
 *
 * @example
 * privacySuite('memory', { describe, it, expect, create: async () => ({ store: createMemoryStore({ data }), dump: async () => dumpMemory(data), cleanup: async () => {} }) });
 */
export function privacySuite(name: string, { describe, it, expect, create }: PrivacySuiteOptions): void {
  const setup = async () => {
    const harness = await create();
    const key = await importEncryptionKey(new Uint8Array(32).fill(9));
    const audit = createMemoryAuditLog();
    let tick = 0;
    const store: PrivacyStore = withPrivacy(harness.store, { key, audit, now: () => `2025-06-01T00:00:${String(tick++ % 60).padStart(2, '0')}.000Z` });
    await store.put('customer', structuredClone(person), { by: 'rep-1' });
    await store.put('contact', structuredClone(contact), { by: 'rep-1' });
    // A change of the secret field, so that history holds two revisions of it.
    await store.put('customer', { ...structuredClone(person), idNumber: '110105194912310037' }, { by: 'rep-1', baseRev: 1 });
    await store.put('customer', structuredClone(person), { by: 'rep-1', baseRev: 2 });
    return { ...harness, store, audit, key };
  };

  /** A test body run on a fresh seeded store, its harness cleaned up after, pass or fail. */
  const withSetup = (test: (h: Awaited<ReturnType<typeof setup>>) => Promise<void>) => async () => {
    const h = await setup();
    try {
      await test(h);
    } finally {
      await h.cleanup();
    }
  };

  describe(`privacy store over ${name}`, () => {
    it('keeps no plaintext of secret fields at rest, in any revision', withSetup(async (h) => {
      const dump = await h.dump();
      for (const secret of [...secrets, '110105194912310037']) expect(dump, secret).to.not.include(secret);
      expect(dump).to.include('$sealed');
      // the dump is real: non-secret data is there
      expect(dump).to.include('文三路90号');
    }));

    it('never gives a viewer without clearance a secret value, on any read path', withSetup(async (h) => {
      for (const viewer of [viewers.otherRep, viewers.manager, viewers.finance, viewers.callCentre]) {
        const reads = [
          await h.store.get('customer', 'C-1', { viewer }),
          await h.store.get('customer', 'C-1', { viewer, rev: 2 }),
          await h.store.list('customer', { viewer }),
          await h.store.history('customer', 'C-1', { viewer }),
          await h.store.get('contact', 'P-1', { viewer }),
          await h.store.list('contact', { viewer }),
          await h.store.history('contact', 'P-1', { viewer }),
        ];
        const text = JSON.stringify(reads);
        for (const secret of [...secrets, '110105194912310037']) expect(text, `${viewer.role.id} ${secret}`).to.not.include(secret);
        expect(text).to.not.include('$sealed');
      }
      const masked = await h.store.get('customer', 'C-1', { viewer: viewers.otherRep });
      expect((masked?.value as { mobile?: string }).mobile).to.equal('138****1234');
      expect((masked?.value as unknown as { name: { zh: string } }).name.zh).to.equal('王*');
    }));

    it('counts for each viewer what it pages through: a masked name matches no search', withSetup(async (h) => {
      await h.store.put('customer', { ...structuredClone(person), id: 'C-2', name: { zh: '李雷' }, salespersonId: 'rep-2' }, { by: 'rep-2' });
      await h.store.remove('customer', 'C-2', { by: 'rep-2' });
      // C-1 王芳 (rep-1's; rep-2 sees 王*) and C-2 李雷, removed. Worked out by hand:
      const cases: [StoreViewer | undefined, Record<string, unknown>, number][] = [
        [undefined, {}, 1],
        [undefined, { includeDeleted: true }, 2],
        [viewers.otherRep, {}, 1],
        [viewers.otherRep, { text: '王芳' }, 0],
        [viewers.otherRep, { text: '王' }, 1],
        [viewers.otherRep, { text: '李雷', includeDeleted: true }, 1],
        [viewers.otherRep, { owner: 'rep-1', text: '王芳' }, 0],
        [viewers.owner, { text: '王芳' }, 1],
        [viewers.manager, { text: '王芳', owner: 'rep-1' }, 1],
        [viewers.manager, { owner: 'rep-2' }, 0],
      ];
      for (const [viewer, query, n] of cases) {
        let paged = 0;
        let cursor: string | undefined;
        do {
          const page = await h.store.list('customer', { ...query, viewer, limit: 1, ...(cursor ? { cursor } : {}) });
          paged += page.items.length;
          cursor = page.nextCursor;
        } while (cursor);
        const label = `${viewer?.userId ?? 'trusted'} ${JSON.stringify(query)}`;
        expect(paged, label).to.equal(n);
        expect(await h.store.count('customer', { ...query, viewer }), label).to.equal(n);
      }
      expect(await h.store.count('contact', { customerId: 'C-1', viewer: viewers.otherRep })).to.equal(1);
    }));

    it('gives the owner and the auditor everything, and trusted reads without a viewer too', withSetup(async (h) => {
      for (const viewer of [viewers.owner, viewers.auditor, undefined]) {
        const got = await h.store.get('customer', 'C-1', { viewer });
        expect(got?.value).to.deep.equal(person);
      }
      const contactRead = await h.store.get('contact', 'P-1', { viewer: viewers.owner });
      expect(contactRead?.value).to.deep.equal(contact);
      const history = await h.store.history('customer', 'C-1', { viewer: viewers.auditor });
      const change = history[1]!.changes.find((c) => c.path.join('.') === 'idNumber');
      expect(change?.before).to.equal('11010519491231002X');
      expect(change?.after).to.equal('110105194912310037');
    }));

    it('reveals a field with a reason to a permitted role and writes who, when, which field and why', withSetup(async (h) => {
      const value = await h.store.reveal('customer', 'C-1', 'idNumber', '核对开票信息', viewers.manager);
      expect(value).to.equal('11010519491231002X');
      const entries = await h.audit.query({ action: 'reveal' });
      expect(entries.map((e: AuditEntry) => [e.userId, e.recordId, e.customerId, e.fields, e.reason])).to.deep.equal([['mgr-1', 'C-1', 'C-1', ['idNumber'], '核对开票信息']]);
      expect(typeof entries[0]!.at).to.equal('string');
      for (const [viewer, reason, code] of [
        [viewers.otherRep, '好奇', 'revealNotAllowed'],
        [viewers.manager, '  ', 'reasonRequired'],
      ] as const) {
        let error: unknown;
        try {
          await h.store.reveal('customer', 'C-1', 'idNumber', reason, viewer);
        } catch (caught) {
          error = caught;
        }
        expect(error).to.be.instanceOf(PrivacyError);
        expect((error as PrivacyError).code).to.equal(code);
      }
      expect((await h.audit.query({ action: 'reveal' })).length).to.equal(1);
    }));

    it('logs every change and reads of confidential data, queryable per customer and per user', withSetup(async (h) => {
      await h.store.get('customer', 'C-1', { viewer: viewers.auditor });
      await h.store.get('customer', 'C-1', { viewer: viewers.callCentre });
      const perCustomer = await h.audit.query({ customerId: 'C-1' });
      expect(perCustomer.map((e: AuditEntry) => `${e.action}:${e.kind}:${e.userId}`)).to.deep.equal([
        'create:customer:rep-1',
        'create:contact:rep-1',
        'update:customer:rep-1',
        'update:customer:rep-1',
        'read:customer:aud-1',
      ]);
      const update = perCustomer[2]!;
      expect(update.fields).to.deep.equal(['idNumber']);
      const read = (await h.audit.query({ userId: 'aud-1' }))[0]!;
      expect(read.fields).to.include('idNumber');
      expect(read.fields).to.include('mobile');
      // the call-centre agent received only masks: nothing confidential was read
      expect((await h.audit.query({ userId: 'cc-1' })).length).to.equal(0);
    }));

    it('logs one entry per viewing session: reads made together merge into one, repeated reads add nothing, a field not yet logged still is', withSetup(async (h) => {
      let clock = Date.parse('2025-07-01T09:00:00.000Z');
      const audit = createMemoryAuditLog();
      const store = withPrivacy(h.store.inner, { key: h.key, audit, now: () => new Date(clock).toISOString() });
      const viewer = viewers.manager;
      const reads = () => audit.query({ action: 'read' });
      // A card view: the customer and its contacts, read together.
      await Promise.all([store.get('customer', 'C-1', { viewer }), store.list('contact', { customerId: 'C-1', viewer })]);
      const [session] = await reads();
      expect((await reads()).length, 'one entry for the card view').to.equal(1);
      expect({ ...session, fields: undefined }).to.deep.equal({ seq: 1, at: '2025-07-01T09:00:00.000Z', userId: 'mgr-1', roleId: 'sales-manager', action: 'read', kind: 'customer', recordId: 'C-1', customerId: 'C-1', fields: undefined });
      // the union: the customer's mobile and e-mail, the contact's mobile (named as the contact's); never a secret field
      for (const field of ['mobile', 'email', 'credit.limit', 'contact:mobile']) expect(session!.fields, field).to.include(field);
      expect(session!.fields).to.not.include('idNumber');
      expect([...session!.fields!].sort()).to.deep.equal(session!.fields);
      expect(new Set(session!.fields).size).to.equal(session!.fields!.length);

      // The card again five minutes later, and the history: the same fields, nothing new to log.
      clock += 5 * 60_000;
      await Promise.all([store.get('customer', 'C-1', { viewer }), store.list('contact', { customerId: 'C-1', viewer })]);
      await store.history('customer', 'C-1', { viewer });
      expect((await reads()).length, 'repeated reads add no entry').to.equal(1);

      // The contact gets an e-mail: reading it is still logged, in an entry with that field only.
      await store.put('contact', { ...structuredClone(contact), email: 'wang.fang@example.com' }, { by: 'rep-1' });
      clock += 60_000;
      await store.list('contact', { customerId: 'C-1', viewer });
      const afterNewField = await reads();
      expect(afterNewField.length).to.equal(2);
      const { at, userId, kind, recordId, fields } = afterNewField[1]!;
      expect({ at, userId, kind, recordId, fields }).to.deep.equal({ at: '2025-07-01T09:06:00.000Z', userId: 'mgr-1', kind: 'customer', recordId: 'C-1', fields: ['contact:email'] });

      // Another user in the same minutes has a session of its own.
      await store.get('customer', 'C-1', { viewer: viewers.auditor });
      expect((await audit.query({ action: 'read', userId: 'aud-1' })).length).to.equal(1);

      // After the session (30 minutes from its first read) the next read starts a new one.
      clock = Date.parse('2025-07-01T09:30:01.000Z');
      await store.get('customer', 'C-1', { viewer });
      const later = await audit.query({ action: 'read', userId: 'mgr-1' });
      expect(later.length).to.equal(3);
      expect(later[2]!.at).to.equal('2025-07-01T09:30:01.000Z');
      expect(later[2]!.fields).to.include('mobile');
      expect(later[2]!.fields).to.not.include('contact:mobile');
    }));

    it('logs a grading run once, not once per customer whose grade it stamps', withSetup(async (h) => {
      const audit = createMemoryAuditLog();
      const store = withPrivacy(h.store.inner, { key: h.key, audit, now: () => '2025-07-01T09:00:00.000Z' });
      await store.put('customer', { ...structuredClone(person), id: 'C-2', name: { zh: '李雷' } }, { by: 'rep-1' });
      const run = { id: 'run-2025-06-30', asOf: '2025-06-30', ranBy: 'mgr-1', customers: [{ customerId: 'C-1', grade: 'A' }, { customerId: 'C-2', grade: 'B' }] };
      await store.put('grading-run', run, { by: 'mgr-1' });
      const stamp = async (id: string, grade: string, by: string, extra: object = {}) => {
        const found = (await store.get('customer', id))!;
        const value = { ...found.value, ...extra, grade: { current: grade, provisional: false } };
        const result = await store.batch([{ op: 'put', kind: 'customer', value, baseRev: found.rev }], { by });
        expect(result.ok).to.equal(true);
      };
      await stamp('C-1', 'A', 'mgr-1');
      await stamp('C-2', 'B', 'mgr-1');
      const line = (e: AuditEntry) => `${e.action}:${e.kind}:${e.recordId}:${e.userId}`;
      expect((await audit.query()).map(line)).to.deep.equal(['create:customer:C-2:rep-1', 'create:grading-run:run-2025-06-30:mgr-1']);
      // Each customer's stamp counts once: the manager's next edit of C-1 is logged as any write.
      await stamp('C-1', 'A', 'mgr-1', { territory: '华南' });
      // A write by someone else is logged even when it sets the run's grade.
      await stamp('C-2', 'B', 'rep-1', { territory: '华南' });
      expect((await audit.query()).map(line).slice(2)).to.deep.equal(['update:customer:C-1:mgr-1', 'update:customer:C-2:rep-1']);
    }));

    it('exports everything about a person as JSON, then erases them from every record and revision the storage holds, keeping the transactions', withSetup(async (h) => {
      await h.store.put('transaction', { id: 'T-1', schemaVersion: 1, createdAt: '2025-02-01T00:00:00.000Z', updatedAt: '2025-02-01T00:00:00.000Z', customerId: 'C-1', date: '2025-02-01', amount: 1200 });
      const exported = await h.store.exportSubject('C-1', { by: 'dpo-1' });
      const text = JSON.stringify(exported);
      for (const secret of secrets) expect(text).to.include(secret);
      expect(exported.records.contact?.length).to.equal(1);
      expect(exported.records.transaction?.length).to.equal(1);
      expect(exported.history[0]!.revisions.length).to.equal(3);
      expect(exported.audit.length > 0).to.equal(true);
      await h.store.eraseSubject('C-1', { by: 'dpo-1', reason: '客户要求删除个人信息', name: '已注销客户' });
      const after = JSON.stringify([
        await h.store.get('customer', 'C-1'),
        await h.store.list('customer'),
        await h.store.list('contact'),
        await h.store.get('contact', 'P-1'),
      ]);
      for (const trace of ['王芳', '13812341234', 'wangfang@example.com', '文三路90号', ...secrets]) expect(after, trace).to.not.include(trace);
      // … and from the storage itself: every revision, index and head row, read around the adapter.
      const raw = await h.dump();
      for (const trace of ['王芳', '13812341234', 'wangfang@example.com', '文三路90号', ...secrets]) expect(raw, `raw: ${trace}`).to.not.include(trace);
      const transaction = await h.store.get('transaction', 'T-1');
      expect((transaction?.value as unknown as { amount: number }).amount).to.equal(1200);
      const erase = await h.audit.query({ action: 'erase' });
      expect(erase.map((e: AuditEntry) => [e.userId, e.customerId, e.reason])).to.deep.equal([['dpo-1', 'C-1', '客户要求删除个人信息']]);
    }));

    it('merges a duplicate field by field, re-points its contact, and undoes the merge', withSetup(async (h) => {
      const duplicate = { ...structuredClone(person), id: 'C-2', mobile: '13900001111', tags: ['重点'], intelligence: { decisionMakerRelations: '另一条情报' } };
      await h.store.put('customer', duplicate);
      await h.store.put('contact', { ...structuredClone(contact), id: 'P-2', customerId: 'C-2' });
      const survivor = (await h.store.get('customer', 'C-1'))!.value as unknown as typeof person;
      const absorbed = (await h.store.get('customer', 'C-2'))!.value as unknown as typeof duplicate;
      const related = { contact: (await h.store.list('contact', { customerId: 'C-2' })).items.map((i) => i.value as unknown as typeof contact) };
      const plan = planMerge(survivor, absorbed, { now: '2025-07-01T00:00:00.000Z', choose: ['mobile'], related });
      expect((await h.store.batch(plan.ops as BatchOp[])).ok).to.equal(true);
      const merged = (await h.store.get('customer', 'C-1'))!.value as unknown as typeof duplicate;
      expect(merged.mobile).to.equal('13900001111');
      expect(merged.tags).to.deep.equal(['重点']);
      expect(await h.store.get('customer', 'C-2')).to.equal(undefined);
      expect(((await h.store.get('contact', 'P-2'))!.value as unknown as { customerId: string }).customerId).to.equal('C-1');
      // the value not kept stays in the survivor's history and in the plan
      expect(plan.discarded.map((d) => d.path)).to.include('intelligence.decisionMakerRelations');
      const history = await h.store.history('customer', 'C-1');
      expect((history[history.length - 2]!.value as unknown as typeof person).mobile).to.equal('13812341234');
      expect((await h.store.batch(plan.undo as BatchOp[])).ok).to.equal(true);
      expect((await h.store.get('customer', 'C-1'))!.value).to.deep.equal(person);
      expect((await h.store.get('customer', 'C-2'))!.value).to.deep.equal(duplicate);
      expect(((await h.store.get('contact', 'P-2'))!.value as unknown as { customerId: string }).customerId).to.equal('C-2');
    }));

    it('raises on a wrong key, never returns garbage', withSetup(async (h) => {
      const wrong = withPrivacy(h.store.inner, { key: await importEncryptionKey(new Uint8Array(32).fill(1)), audit: createMemoryAuditLog() });
      let error: unknown;
      try {
        await wrong.get('customer', 'C-1', { viewer: viewers.auditor });
      } catch (caught) {
        error = caught;
      }
      expect(error).to.be.instanceOf(DecryptionError);
      expect(Object.keys(defaultRoles).length).to.equal(5);
    }));
  });
}
