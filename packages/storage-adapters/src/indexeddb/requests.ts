// The two promises the IndexedDB adapters need, over the browser's own API (no wrapper library):
// a request's result, and a transaction's end.

/** A request's result (rejects with the request's error). */
export function idbRequest<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** A transaction with the promise of its end (see `withDone`). */
export type Transaction = IDBTransaction & { readonly done: Promise<void> };

/**
 * Gives a transaction its `done`: resolves when it commits, rejects with its error (an
 * `AbortError` when it has none) when it fails or is aborted. Made when the transaction starts,
 * since it may complete before anyone awaits it.
 *
 * @example
 * const tx = withDone(db.transaction(['customer'], 'readwrite'));
 * tx.objectStore('customer').put(row);
 * await tx.done;
 */
export function withDone(tx: IDBTransaction): Transaction {
  const done = new Promise<void>((resolve, reject) => {
    const fail = () => reject(tx.error || new DOMException('AbortError', 'AbortError'));
    tx.addEventListener('complete', () => resolve());
    tx.addEventListener('error', fail);
    tx.addEventListener('abort', fail);
  });
  return Object.assign(tx, { done });
}
