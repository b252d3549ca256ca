import { expect } from '@open-wc/testing';
import { dossierKinds, isStoreError } from '../contract/index.js';
import type { StoreError } from '../contract/index.js';
import { createIndexedDbStore } from './indexeddb-store.js';
import { dropDatabase, freshDatabaseName } from './testing-fixtures/idb-raw.js';

// The IndexedDB adapter refuses a record the schemas refuse with the same error as every other
// store (src/http/validation-errors.test.ts has every kind of issue): the field named by its
// label in en and zh-CN, its path on the error. Sentences written out by hand from the catalogues.
describe('indexeddb adapter: a refused write names the field', () => {
  it('in en and zh-CN, with the path of every wrong field', async () => {
    const name = freshDatabaseName();
    const store = await createIndexedDbStore({ name, persist: false, kinds: dossierKinds(), actor: 'rep-7' });
    try {
      const customer = { id: 'C-9', kind: 'organisation', name: '杭州科技', nature: 'alien', territory: '华东' };
      const error = (await store.put('customer', customer as never).catch((e: unknown) => e)) as StoreError;
      expect(isStoreError(error, 'invalid')).to.equal(true);
      expect(error.localized('zh-CN')).to.equal('客户记录“C-9”无效：负责业务员为空，请填写；客户性质：请从给定的选项中选择。请更正这些字段后再保存。');
      expect(error.message).to.equal(
        'The customer record "C-9" is not valid: Owner salesperson is empty: please fill it in; Nature: please choose one of the offered values. Correct these fields and save again.',
      );
      expect(error.issues?.map((issue) => issue.path)).to.deep.equal(['salespersonId', 'nature']);
      const line = { id: 'T-9', customerId: 'C-9', date: '2026-02-03', amount: 12.345, productName: '饮料', quantity: 3 };
      const money = (await store.put('transaction', line as never).catch((e: unknown) => e)) as StoreError;
      expect(money.path).to.equal('amount');
      expect(money.localized('zh-CN')).to.equal('交易记录“T-9”无效：金额最多两位小数（精确到分），例如 1234.50。请更正这些字段后再保存。');
    } finally {
      await store.close();
      await dropDatabase(name);
    }
  });
});
