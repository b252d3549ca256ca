// Type tests of @dossier/storage-adapters/node (see public-api.test-d.ts): they run nothing.
import type { RequestListener } from 'node:http';
import { describe, expectTypeOf, it } from 'vitest';
import { createStoreHandler, type DossierRecords, type Store } from './index.js';
import { toNodeListener } from './node.js';

describe('@dossier/storage-adapters/node', () => {
  it("toNodeListener(createStoreHandler(store)) is node:http's request listener (and Express middleware)", () => {
    const listener = toNodeListener(createStoreHandler({} as Store<DossierRecords>));
    expectTypeOf(listener).toExtend<RequestListener>();
    // @ts-expect-error it wraps a fetch handler, not a store
    toNodeListener({} as Store<DossierRecords>);
  });
});
