import { describe, expect, it } from 'vitest';
import { runStoreConformance, memoryRawReader, type ConformanceOptions } from '../testing/index.js';
import { createMemoryData, createMemoryStore } from './memory-store.js';

const memoryHarness: ConformanceOptions = {
  describe,
  it,
  create: async (options) => {
    const data = createMemoryData();
    const store = createMemoryStore({ ...options, data });
    return {
      store,
      raw: memoryRawReader(data),
      reopen: async (next) => createMemoryStore({ ...next, data }),
      cleanup: () => store.close(),
    };
  },
};
runStoreConformance('memory', memoryHarness);

describe('memory store', () => {
  it('refuses to work after close, with an unavailable error', async () => {
    const store = createMemoryStore();
    await store.close();
    await expect(store.get('customer', 'x')).rejects.toMatchObject({ code: 'unavailable' });
  });
});
