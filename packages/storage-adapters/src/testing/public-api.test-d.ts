// Type tests of @dossier/storage-adapters/testing (see ../public-api.test-d.ts): they run nothing.
import { describe, expectTypeOf, it } from 'vitest';
import { createMemoryData, createMemoryStore } from '../index.js';
import { memoryRawReader, runStoreConformance, type Harness, type RawReader } from './index.js';

describe('@dossier/storage-adapters/testing', () => {
  it("the README's conformance run: any runner's describe and it, a harness per case", () => {
    expectTypeOf(memoryRawReader(createMemoryData())).toEqualTypeOf<Required<RawReader>>();
    expectTypeOf(runStoreConformance).returns.toEqualTypeOf<void>();
    expectTypeOf(runStoreConformance).parameter(1).toHaveProperty('create').returns.resolves.toEqualTypeOf<Harness>();
    const data = createMemoryData();
    runStoreConformance('memory', {
      describe,
      it,
      create: async (options) => {
        const store = createMemoryStore({ ...options, data });
        return { store, raw: memoryRawReader(data), reopen: async (next) => createMemoryStore({ ...next, data }), cleanup: () => store.close() };
      },
    });
  });
});
