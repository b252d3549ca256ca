// Type tests of @dossier/storage-adapters/http (see ../public-api.test-d.ts): they run nothing.
import { describe, expectTypeOf, it } from 'vitest';
import { dossierKinds, type DossierRecords, type Store, type StoreViewer } from '../index.js';
import { createHttpStore, createStoreHandler, type Authenticate } from './index.js';

describe('@dossier/storage-adapters/http', () => {
  it('the client is a Store of the kinds it is given, over a base URL', () => {
    expectTypeOf(createHttpStore({ baseUrl: '/api/dossier', kinds: dossierKinds() })).toEqualTypeOf<Store<DossierRecords>>();
    // @ts-expect-error the base URL is required
    createHttpStore({ kinds: dossierKinds() });
  });

  it('the server side is a fetch handler; authenticate names the viewer or answers itself', () => {
    const handler = createStoreHandler({} as Store<DossierRecords>, { basePath: '/api/dossier', authenticate: () => ({ userId: 'rep-7', role: { id: 'sales-rep' } }) });
    expectTypeOf(handler).toEqualTypeOf<(request: Request) => Promise<Response>>();
    expectTypeOf<Authenticate>().returns.toEqualTypeOf<StoreViewer | Response | Promise<StoreViewer | Response>>();
  });
});
