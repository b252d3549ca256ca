/**
 * The demo's encryption key for secret fields. A real embedder supplies its key from outside
 * the browser (a key service, a passphrase); the demo generates an AES-GCM key once and keeps
 * the CryptoKey object — created non-extractable, so no script can read its bytes — in a
 * database of its own, never beside the archive's data.
 */
const keyDatabase = 'dossier-demo-keys';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** The demo's key, generated on first use. */
export async function demoKey(): Promise<CryptoKey> {
  const open = indexedDB.open(keyDatabase, 1);
  open.onupgradeneeded = () => open.result.createObjectStore('keys');
  const db = await request(open);
  try {
    const stored = await request(db.transaction('keys').objectStore('keys').get('archive'));
    if (stored instanceof CryptoKey) return stored;
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    const tx = db.transaction('keys', 'readwrite');
    tx.objectStore('keys').put(key, 'archive');
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('could not keep the key'));
    });
    return key;
  } finally {
    db.close();
  }
}

/** Deletes a database; a tab still holding it lets go later (the delete completes then). */
export function deleteDatabase(name: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error ?? new Error(`could not delete ${name}`));
    req.onblocked = () => resolve();
  });
}

/** Forgets the key (with the archive it protects). */
export const deleteDemoKey = (): Promise<void> => deleteDatabase(keyDatabase);
