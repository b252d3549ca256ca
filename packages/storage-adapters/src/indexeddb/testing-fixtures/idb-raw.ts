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

export function idbRawReader(name: string): RawReader {
  return {
    revisions: (kind, id) =>
      withDb(name, async (db) => {
        const older = (await db.getAll('history', IDBKeyRange.bound([kind, id, -Infinity], [kind, id, Infinity]))) as RawRevision[];
        const head = (await db.get(kind, id)) as RawRevision | undefined;
        return [...older, ...(head ? [head] : [])]
          .sort((a, b) => a.rev - b.rev)
          .map(({ rev, deleted, data }) => ({ rev, deleted, data }));
      }),
    ids: (kind) => withDb(name, async (db) => (await db.getAllKeys(kind)) as string[]),
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
