import { PGlite } from '@electric-sql/pglite';
import type { TransactionLine } from '@dossier/core';
import { afterAll, describe, expect, it } from 'vitest';
import { freshSchemaName } from '../../test-support/postgres-harness.ts';
import { createMemoryStore } from '../memory/index.js';
import { createPostgresStore } from '../postgres/index.js';
import { dossierKinds } from './dossier-kinds.js';
import { isStoreError, type StoreError } from './errors.js';
import type { DossierRecords, Store } from './index.js';

// prepareImport's own checks of a book (before anything is written) give the translated line
// error with the field named by its label, in en and zh-CN, and keep the line, path and id.
// The expected sentences are written out by hand from the store catalogue (messages.ts:
// invalidLine and the issueLine… keys, issueIdEmpty) and core's transaction field labels.

const good: TransactionLine = { customerId: 'C-1', date: '2026-02-03', amount: 1200 };
const tail = { en: ' Correct the line and import again; nothing was imported.', zh: '请更正后重新导入；本次未导入任何数据。' };

const cases: { issue: string; line: TransactionLine; ids?: string[]; path: string; id?: string; en: string; zh: string }[] = [
  {
    issue: 'a date that does not exist',
    line: { ...good, date: '2026-02-30' },
    path: 'date',
    en: 'Transaction line 2 is not valid: Date: "2026-02-30" is not a calendar date: write it as YYYY-MM-DD (e.g. 2025-03-01).',
    zh: '第 2 行交易记录无效：日期：“2026-02-30”不是有效日期，请按 YYYY-MM-DD 填写（如 2025-03-01）。',
  },
  {
    issue: 'a date before the year 1000',
    line: { ...good, date: '0999-12-31' },
    path: 'date',
    id: 'erp:2',
    en: 'Transaction line 2 is not valid: Date is not between the years 1000 and 9999: write a calendar date as YYYY-MM-DD.',
    zh: '第 2 行交易记录无效：日期不在 1000 至 9999 年之间，请按 YYYY-MM-DD 填写有效日期。',
  },
  {
    issue: 'no customer',
    line: { ...good, customerId: '' },
    path: 'customerId',
    id: 'erp:2',
    en: 'Transaction line 2 is not valid: Customer is empty: please fill it in.',
    zh: '第 2 行交易记录无效：客户为空，请填写。',
  },
  {
    issue: 'an amount finer than a fen',
    line: { ...good, amount: 12.345 },
    path: 'amount',
    en: 'Transaction line 2 is not valid: Amount: 12.345 has more than two decimals: write it in whole fen (e.g. 1234.50).',
    zh: '第 2 行交易记录无效：金额：12.345 超过两位小数，请精确到分（如 1234.50）。',
  },
  {
    issue: 'a cost that is not a number',
    line: { ...good, cost: Number.POSITIVE_INFINITY },
    path: 'cost',
    en: 'Transaction line 2 is not valid: Cost: "Infinity" is not a number: write a number.',
    zh: '第 2 行交易记录无效：成本：“Infinity”不是数字，请填写数字。',
  },
  {
    issue: 'a paid amount finer than a fen',
    line: { ...good, paid: 0.001 },
    path: 'paid',
    en: 'Transaction line 2 is not valid: Amount paid: 0.001 has more than two decimals: write it in whole fen (e.g. 1234.50).',
    zh: '第 2 行交易记录无效：已付金额：0.001 超过两位小数，请精确到分（如 1234.50）。',
  },
  {
    issue: 'a quantity that is not a number',
    line: { ...good, quantity: Number.NEGATIVE_INFINITY },
    path: 'quantity',
    id: 'erp:2',
    en: 'Transaction line 2 is not valid: Quantity: "-Infinity" is not a number: write a number.',
    zh: '第 2 行交易记录无效：数量：“-Infinity”不是数字，请填写数字。',
  },
  {
    issue: 'an id given twice',
    line: good,
    ids: ['T-1', 'T-1'],
    path: 'id',
    id: 'T-1',
    en: 'Transaction line 2 is not valid: Id "T-1" is also the id of line 1: give each line its own id.',
    zh: '第 2 行交易记录无效：编号“T-1”与第 1 行重复，请为每一行使用不同的编号。',
  },
  {
    issue: 'an empty id',
    line: good,
    ids: ['T-1', ''],
    path: 'id',
    en: 'Transaction line 2 is not valid: the id is empty: give the record an id.',
    zh: '第 2 行交易记录无效：编号为空，请为记录填写编号。',
  },
  {
    issue: 'fewer ids than lines',
    line: good,
    ids: ['T-1'],
    path: 'id',
    en: 'Transaction line 2 is not valid: the ids given (1) do not match the lines (2): give one id per line.',
    zh: '第 2 行交易记录无效：给出的编号数（1）与行数（2）不符，请每行给出一个编号。',
  },
];

const pglite = new PGlite();
afterAll(() => pglite.close());

const stores: [string, () => Promise<Store<DossierRecords>>][] = [
  ['memory', async () => createMemoryStore({ kinds: dossierKinds(), actor: 'rep-7' })],
  ['postgres (PGlite)', async () => createPostgresStore({ db: pglite, schema: freshSchemaName('lines'), kinds: dossierKinds(), actor: 'rep-7' })],
];

async function refusal(store: Store<DossierRecords>, line: TransactionLine, ids?: string[]): Promise<StoreError> {
  const error = await store.importTransactions([{ ...good }, line], { importId: 'erp', ...(ids ? { ids } : {}) }).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isStoreError(error, 'invalid')) throw new Error(`expected an invalid StoreError, got ${String(error)}`);
  return error;
}

describe.each(stores)('import line errors on %s', (_, open) => {
  it.each(cases)('$issue: the line, the field by its label, en and zh-CN', async ({ line, ids, path, id, en, zh }) => {
    const store = await open();
    const error = await refusal(store, line, ids);
    expect(error.message).toBe(en + tail.en);
    expect(error.localized('en')).toBe(en + tail.en);
    expect(error.localized('zh-CN')).toBe(zh + tail.zh);
    expect(error).toMatchObject({ code: 'invalid', kind: 'transaction', line: 2, path, id });
    expect(error.issues?.map((issue) => issue.path)).toEqual([path]);
    expect(await store.readTransactionColumns?.()).toMatchObject({ length: 0 });
  });
});

describe('import line errors with kinds that have no field labels', () => {
  it('name the field by its path (the default JSON kinds), while dossierKinds in the same process name it by its label', async () => {
    const plain = createMemoryStore({ actor: 'rep-7' });
    const labelled = createMemoryStore({ kinds: dossierKinds(), actor: 'rep-7' });
    const line = { ...good, amount: 12.345 };
    const bare = await refusal(plain as unknown as Store<DossierRecords>, line);
    expect(bare.localized('zh-CN')).toBe(`第 2 行交易记录无效：amount：12.345 超过两位小数，请精确到分（如 1234.50）。${tail.zh}`);
    const named = await refusal(labelled, line);
    expect(named.localized('zh-CN')).toBe(`第 2 行交易记录无效：金额：12.345 超过两位小数，请精确到分（如 1234.50）。${tail.zh}`);
  });
});
