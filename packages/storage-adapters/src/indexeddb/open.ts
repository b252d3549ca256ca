import { adapterError } from '../contract/adapter-errors.js';
import { idbFailure } from './errors.js';
import { idbRequest } from './requests.js';

/** Creates or upgrades a database's object stores (`onupgradeneeded`): the database, the version it had (0: new), the versionchange transaction. */
export type Upgrade = (db: IDBDatabase, oldVersion: number, tx: IDBTransaction) => void;

/**
 * Opens an adapter's IndexedDB database and watches it: when another tab or the developer
 * tools delete or upgrade it, the connection is let go and `vanish` is told why; so it is
 * when the browser closes it (storage cleared, disk gone). `what` names the database in
 * those reasons. No IndexedDB, or a failed open, is an `unavailable` StoreError.
 *
 * @example
 * const db = await openWatched('crm', 3, upgrade, 'archive', (reason) => { vanished = reason; });
 */
export async function openWatched(name: string, version: number, upgrade: Upgrade, what: string, vanish: (reason: string) => void): Promise<IDBDatabase> {
  if (typeof indexedDB === 'undefined') {
    throw adapterError('unavailable', 'unavailable', { params: { reason: 'this environment has no IndexedDB' } });
  }
  let db: IDBDatabase;
  try {
    const request = indexedDB.open(name, version);
    request.onupgradeneeded = (event) => upgrade(request.result, event.oldVersion, request.transaction!);
    db = await idbRequest(request);
  } catch (error) {
    throw idbFailure(error);
  }
  // Another tab or the developer tools delete or upgrade the database: let them, and stop.
  // (Listeners, not `on…` properties: a reader of `store.database` setting those keeps ours.)
  db.addEventListener('versionchange', () => {
    vanish(`the ${what} database was deleted or upgraded in another tab or by the developer tools; reload the page`);
    db.close();
  });
  db.addEventListener('close', () => vanish(`the browser closed the ${what} database (was its storage cleared?); reload the page`));
  return db;
}
