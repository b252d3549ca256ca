import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { newCustomer } from '@dossier/core';
import { createMemoryStore } from '../memory/index.js';
import { createPostgresStore } from '../postgres/index.js';
import type { Store } from './store.js';
import { dossierKinds, type DossierRecords } from './dossier-kinds.js';

// Issue 19: a Chinese company's list is in pinyin order in every adapter (the stored sort key),
// not in code-point order (上海一/万/三/中/丹 … 鲁/黄/黎/齐/龙), with Latin names after the Chinese.
const names = ['上海一中', '万科', '三一重工', '中兴通讯', '丹东港', '鲁花集团', '黄河水利', '黎明化工', '齐鲁制药', '龙湖地产', 'Adams - Stiedemann'];
// dan < huang < li < long < lu < qi < san < shang < wan < zhong, then Latin: worked out by hand.
const pinyinOrder = ['丹东港', '黄河水利', '黎明化工', '龙湖地产', '鲁花集团', '齐鲁制药', '三一重工', '上海一中', '万科', '中兴通讯', 'Adams - Stiedemann'];

async function namesInOrder(store: Store<DossierRecords>, direction: 'asc' | 'desc', limit: number): Promise<string[]> {
  const out: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.list('customer', { sort: 'name', direction, limit, ...(cursor ? { cursor } : {}) });
    out.push(...page.items.map((r) => r.value.name.zh ?? r.value.name.en ?? ''));
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

const db = new PGlite();
afterAll(() => db.close());

const adapters: [string, () => Promise<Store<DossierRecords>>][] = [
  ['memory', async () => createMemoryStore<DossierRecords>({ kinds: dossierKinds(), actor: 'test' })],
  ['postgres (PGlite)', async () => createPostgresStore<DossierRecords>({ db, kinds: dossierKinds(), schema: 'chinese_order', actor: 'test' })],
];

describe.each(adapters)('customers by name in Chinese order: %s', (_, open) => {
  it('lists in pinyin order, Latin names last, across pages and in both directions', async () => {
    const store = await open();
    // Written in code-point order, the order the list used to show.
    for (const [i, name] of [...names].sort().entries()) {
      const latin = /^[A-Z]/.test(name);
      await store.put('customer', newCustomer({ id: `C${i}`, kind: 'organisation', name: latin ? { en: name } : { zh: name }, nature: 'manufacturer', salespersonId: 'R1', territory: '华东' }));
    }
    expect(await namesInOrder(store, 'asc', 100)).toEqual(pinyinOrder);
    expect(await namesInOrder(store, 'asc', 3)).toEqual(pinyinOrder);
    expect(await namesInOrder(store, 'desc', 4)).toEqual([...pinyinOrder].reverse());
    await store.close();
  }, 60_000);
});
