import { PGlite } from '@electric-sql/pglite';
import { importEncryptionKey } from '@dossier/core';
import { afterAll, describe, expect, it } from 'vitest';
import { freshSchemaName } from '../../test-support/postgres-harness.ts';
import { dossierKinds, isStoreError } from '../contract/index.js';
import type { DossierRecords, Store, StoreError, StoreKind } from '../contract/index.js';
import { createMemoryStore } from '../memory/index.js';
import { createPostgresStore } from '../postgres/index.js';
import { createMemoryAuditLog } from '../privacy/audit-log.js';
import { withPrivacy } from '../privacy/privacy-store.js';
import { sealableKinds } from '../privacy/sealable-kinds.js';
import { createHttpStore } from './client.js';
import { createStoreHandler } from './handler.js';

// A write the schemas refuse gets the store's `invalid` error: in en and zh-CN each wrong field
// named by its label with what to do (core's validation words), never zod's English or a raw
// key; the path of every field on the error; and the same error through the HTTP store.
// The expected sentences are written out by hand from the catalogues (store messages.ts,
// core schema/messages.ts and the field labels).

const customer = { id: 'C-9', kind: 'organisation', name: '杭州科技', nature: 'manufacturer', salespersonId: 'rep-7', territory: '华东' };
const line = { id: 'T-9', customerId: 'C-9', date: '2026-02-03', amount: 1200, productName: '饮料', quantity: 3 };
const { salespersonId: _, ...withoutOwner } = customer;

const cases: { issue: string; kind: StoreKind; value: object; path: string; en: string; zh: string }[] = [
  {
    issue: 'a required field missing',
    kind: 'customer',
    value: withoutOwner,
    path: 'salespersonId',
    en: 'The customer record "C-9" is not valid: Owner salesperson is empty: please fill it in. Correct these fields and save again.',
    zh: '客户记录“C-9”无效：负责业务员为空，请填写。请更正这些字段后再保存。',
  },
  {
    issue: 'an option that is not in the vocabulary',
    kind: 'customer',
    value: { ...customer, nature: 'alien' },
    path: 'nature',
    en: 'The customer record "C-9" is not valid: Nature: please choose one of the offered values. Correct these fields and save again.',
    zh: '客户记录“C-9”无效：客户性质：请从给定的选项中选择。请更正这些字段后再保存。',
  },
  {
    issue: 'a date that does not exist',
    kind: 'transaction',
    value: { ...line, date: '2026-02-30' },
    path: 'date',
    en: 'The transaction record "T-9" is not valid: Date: Not a calendar date: expected YYYY-MM-DD, a day that exists. Correct these fields and save again.',
    zh: '交易记录“T-9”无效：日期：不是有效日期：应为 YYYY-MM-DD 格式的真实日期。请更正这些字段后再保存。',
  },
  {
    issue: 'an amount finer than a fen',
    kind: 'transaction',
    value: { ...line, amount: 12.345 },
    path: 'amount',
    en: 'The transaction record "T-9" is not valid: Amount: An amount has at most two decimals (whole fen), e.g. 1234.50. Correct these fields and save again.',
    zh: '交易记录“T-9”无效：金额最多两位小数（精确到分），例如 1234.50。请更正这些字段后再保存。',
  },
  {
    issue: 'a value of the wrong type',
    kind: 'customer',
    value: { ...customer, territory: 42 },
    path: 'territory',
    en: 'The customer record "C-9" is not valid: Territory is not in a form Dossier can read: please check it. Correct these fields and save again.',
    zh: '客户记录“C-9”无效：销售区域的格式不对，请检查后重填。请更正这些字段后再保存。',
  },
  {
    issue: 'an empty id',
    kind: 'customer',
    value: { ...customer, id: '' },
    path: 'id',
    en: 'The customer record "?" is not valid: the id is empty: give the record an id. Correct these fields and save again.',
    zh: '客户记录“?”无效：编号为空，请为记录填写编号。请更正这些字段后再保存。',
  },
];

async function refusal(store: Store<DossierRecords>, kind: StoreKind, value: object): Promise<StoreError> {
  const error = await store.put(kind, value as never).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isStoreError(error, 'invalid')) throw new Error(`expected an invalid StoreError, got ${String(error)}`);
  return error;
}

const local = () => createMemoryStore({ kinds: dossierKinds(), actor: 'rep-7' });

async function overHttp(): Promise<Store<DossierRecords>> {
  // The privacy store behind a signed-in handler, as an ERP serves it.
  const key = await importEncryptionKey(new Uint8Array(32).fill(5));
  const backing = withPrivacy(createMemoryStore({ kinds: sealableKinds(dossierKinds()) }), { key, audit: createMemoryAuditLog() });
  const handler = createStoreHandler(backing, { authenticate: () => ({ userId: 'M001', role: { id: 'sales-manager' } }) });
  return createHttpStore({ baseUrl: 'http://archive.test', kinds: dossierKinds(), fetch: async (input, init) => handler(new Request(input, init)) });
}

const pglite = new PGlite();
afterAll(() => pglite.close());

describe.each([
  ['a memory store', async () => local()],
  ['a postgres store (PGlite)', async () => createPostgresStore({ db: pglite, schema: freshSchemaName('errors'), kinds: dossierKinds(), actor: 'rep-7' })],
  ['the HTTP store (privacy store behind a handler)', overHttp],
])('a refused write on %s', (_name, open) => {
  it.each(cases)('names the field of $issue in en and zh-CN, with its path on the error', async ({ kind, value, path, en, zh }) => {
    const error = await refusal(await open(), kind, value);
    expect(error.message).toBe(en);
    expect(error.localized('en')).toBe(en);
    expect(error.localized('zh-CN')).toBe(zh);
    expect(error.path).toBe(path);
    expect(error.issues?.map((issue) => issue.path)).toEqual([path]);
  });

  it('lists every wrong field, each with its own sentence in both locales', async () => {
    const error = await refusal(await open(), 'customer', { ...withoutOwner, nature: 'alien', territory: 42 });
    expect(error.issues).toEqual([
      { path: 'salespersonId', messages: { en: 'Owner salesperson is empty: please fill it in', 'zh-CN': '负责业务员为空，请填写' } },
      { path: 'territory', messages: { en: 'Territory is not in a form Dossier can read: please check it', 'zh-CN': '销售区域的格式不对，请检查后重填' } },
      { path: 'nature', messages: { en: 'Nature: please choose one of the offered values', 'zh-CN': '客户性质：请从给定的选项中选择' } },
    ]);
    expect(error.localized('zh-CN')).toBe('客户记录“C-9”无效：负责业务员为空，请填写；销售区域的格式不对，请检查后重填；客户性质：请从给定的选项中选择。请更正这些字段后再保存。');
  });
});

describe('the HTTP wire carries the error, not a dump of it', () => {
  it('answers 400 with the code, the path, every issue and the message in the request’s locale', async () => {
    const handler = createStoreHandler(local(), { trusted: true });
    const response = await handler(
      new Request('http://archive.test/records/customer/C-9', {
        method: 'PUT',
        headers: { 'content-type': 'application/json', 'accept-language': 'zh-CN' },
        body: JSON.stringify({ value: { ...customer, nature: 'alien' } }),
      }),
    );
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: Record<string, unknown> };
    expect(error).toMatchObject({
      code: 'invalid',
      kind: 'customer',
      id: 'C-9',
      path: 'nature',
      message: '客户记录“C-9”无效：客户性质：请从给定的选项中选择。请更正这些字段后再保存。',
      issues: [{ path: 'nature', messages: { en: 'Nature: please choose one of the offered values', 'zh-CN': '客户性质：请从给定的选项中选择' } }],
    });
  });
});
