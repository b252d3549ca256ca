import { describe, expect, it } from 'vitest';
import type { JsonRecords } from '../contract/index.js';
import { createMemoryData, createMemoryStore } from './index.js';

const names = async (store: ReturnType<typeof createMemoryStore<JsonRecords>>) => (await store.list('customer', { sort: 'name', limit: 10 })).items.map((r) => r.value['name']);

describe('memory store name order', () => {
  it('keeps its sorted order until a write, also one made by a store reopened on the same data', async () => {
    const data = createMemoryData();
    const store = createMemoryStore({ data });
    for (const [id, name] of [['c1', 'b'], ['c2', 'd']]) await store.put('customer', { id: id!, name: name! });
    expect(await names(store)).toEqual(['b', 'd']);
    await store.put('customer', { id: 'c3', name: 'c' });
    expect(await names(store)).toEqual(['b', 'c', 'd']);
    const other = createMemoryStore({ data });
    await other.put('customer', { id: 'c4', name: 'a' });
    await other.remove('customer', 'c2');
    expect(await names(store)).toEqual(['a', 'b', 'c']);
    await store.put('customer', { id: 'c1', name: 'z' }, { baseRev: 1 });
    expect(await names(store)).toEqual(['a', 'c', 'z']);
  });
});
