/**
 * The independent read path into the IndexedDB adapter's database for the conformance suite:
 * raw `idb` reads of the object stores, on a connection of its own, without any adapter code.
 */
import { deleteDB, openDB } from 'idb';
import type { RawReader, RawRevision } from '../../testing/index.js';

async function withDb<T>(name: string, work: (db: Awaited<ReturnType<typeof openDB>>) => Promise<T>): Promise<T> {
  const db = await openDB(name);
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

/** Every row of every object store of a database, as text (what the browser's files hold, decoded). */
export function idbDump(name: string): Promise<string> {
  return withDb(name, async (db) => {
    let text = '';
    for (const storeName of db.objectStoreNames) text += `${storeName}\n${JSON.stringify(await db.getAll(storeName))}\n`;
    return text;
  });
}

export function idbRawReader(name: string): RawReader {
  return {
    revisions: (kind, id) =>
      withDb(name, async (db) => {
        const older = (await db.getAll('history', IDBKeyRange.bound([kind, id, -Infinity], [kind, id, Infinity]))) as RawRevision[];
        const head = (await db.get(kind, id)) as RawRevision | undefined;
        return [...older, ...(head ? [head] : [])]
          .sort((a, b) => a.rev - b.rev)
          .map(({ rev, deleted, data, changes }) => ({ rev, deleted, data, changes }));
      }),
    ids: (kind) => withDb(name, async (db) => (await db.getAllKeys(kind)) as string[]),
    dump: () => idbDump(name),
  };
}

let counter = 0;

/** A database name no other test uses. */
export function freshDatabaseName(prefix = 'dossier-test'): string {
  return `${prefix}-${Date.now().toString(36)}-${++counter}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Deletes a test database (after its connections are closed). */
export async function dropDatabase(name: string): Promise<void> {
  await deleteDB(name);
}
