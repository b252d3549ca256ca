import { openDB } from "idb";
import type { IDBPDatabase, OpenDBCallbacks } from "idb";
import { adapterError } from "../contract/adapter-errors.js";
import { idbFailure } from "./errors.js";

/**
 * Opens an adapter's IndexedDB database and watches it: when another tab or the developer
 * tools delete or upgrade it, the connection is let go and `vanish` is told why; so it is
 * when the browser closes it (storage cleared, disk gone). `what` names the database in
 * those reasons. No IndexedDB, or a failed open, is an `unavailable` StoreError.
 *
 * @example
 * const db = await openWatched('crm', 3, upgrade, 'archive', (reason) => { vanished = reason; });
 */
export async function openWatched(
  name: string,
  version: number,
  upgrade: OpenDBCallbacks<unknown>["upgrade"],
  what: string,
  vanish: (reason: string) => void
): Promise<IDBPDatabase<unknown>> {
  if (typeof indexedDB === "undefined") {
    throw adapterError("unavailable", "unavailable", {
      params: { reason: "this environment has no IndexedDB" },
    });
  }
  let db: IDBPDatabase<unknown>;
  try {
    db = await openDB(name, version, {
      ...(upgrade ? { upgrade } : {}),
      // Another tab or the developer tools delete or upgrade the database: let them, and stop.
      blocking: () => {
        vanish(
          `the ${what} database was deleted or upgraded in another tab or by the developer tools; reload the page`
        );
        db.close();
      },
      terminated: () =>
        vanish(
          `the browser closed the ${what} database (was its storage cleared?); reload the page`
        ),
    });
  } catch (error) {
    throw idbFailure(error);
  }
  return db;
}
