/**
 * The drop-in bundle (`dist/dossier.bundle.js`): one ES module with everything a plain HTML
 * page needs — every element registered, the browser store adapters, and core's schemas,
 * grading and analytics — for pages without a build step:
 *
 * ```html
 * <script type="module">
 *   import { createIndexedDbStore, dossierKinds } from './dossier.bundle.js';
 *   document.querySelector('dossier-provider').store = await createIndexedDbStore({ kinds: dossierKinds() });
 * </script>
 * ```
 *
 * zod runs jitless in it (see `jitless.ts`), so it works under a strict Content-Security-Policy.
 *
 * @example
 * import { gradeCustomers, createMemoryStore } from '@dossier/components/bundle';
 */
import './jitless.js';
import '../define.js';

export * from '../index.js';
export * from '@dossier/core';
export {
  createHttpStore,
  createIndexedDbStore,
  createMemoryStore,
  dossierKinds,
  isStoreError,
  StoreError,
  storeKinds,
  type DossierRecords,
  type Store,
} from '@dossier/storage-adapters';
