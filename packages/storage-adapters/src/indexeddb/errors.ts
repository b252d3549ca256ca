import { adapterError } from '../contract/adapter-errors.js';
import { isStoreError } from '../contract/index.js';
import type { StoreKind } from '../contract/index.js';

/** Where an IndexedDB failure happened, for the error's record id. */
export interface FailureContext {
  kind?: StoreKind | undefined;
  id?: string | undefined;
}

function domName(error: unknown): string | undefined {
  const name = (error as { name?: unknown } | null)?.name;
  return typeof name === 'string' ? name : undefined;
}

/**
 * Whether an IndexedDB failure is the storage being full. Chromium reports it as a
 * `QuotaExceededError` on the request or transaction — or wrapped: an `AbortError` whose
 * transaction's `error` is the quota error, or an `UnknownError` mentioning the quota.
 *
 * @example
 * isQuotaError(new DOMException('full', 'QuotaExceededError')) // true
 */
export function isQuotaError(error: unknown, transaction?: IDBTransaction): boolean {
  const names = [domName(error), domName((error as { cause?: unknown } | null)?.cause), domName(transaction?.error)];
  if (names.includes('QuotaExceededError')) return true;
  const message = String((error as { message?: unknown } | null)?.message ?? '');
  return domName(error) === 'UnknownError' && /quota|disk|space/i.test(message);
}

/**
 * Turns what IndexedDB threw into a `StoreError`: `quota` when the storage is full,
 * `unavailable` when the database is closed, deleted or missing a store, and `unavailable`
 * (with the browser's reason) for anything else — never a raw `DOMException`.
 *
 * @example
 * try { await tx.done; } catch (error) { throw idbFailure(error, { kind: 'customer', id: 'c1' }); }
 */
export function idbFailure(error: unknown, where: FailureContext = {}, transaction?: IDBTransaction): Error {
  if (isStoreError(error)) return error;
  const reason = String((error as { message?: unknown } | null)?.message ?? error);
  if (isQuotaError(error, transaction)) {
    return adapterError('quota', 'quota', { kind: where.kind, id: where.id ?? '?', cause: error, params: { kind: where.kind ?? 'transaction' } });
  }
  const name = domName(error);
  if (name === 'InvalidStateError' || name === 'NotFoundError' || name === 'AbortError' || name === 'UnknownError') {
    return adapterError('unavailable', 'unavailable', { ...where, cause: error, params: { reason: `${name}: ${reason}` } });
  }
  return adapterError('unavailable', 'failed', { ...where, cause: error, params: { reason } });
}
