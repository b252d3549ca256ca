import { LocalizedError, type Locale } from '@dossier/core';
import { DossierUnauthenticatedEvent, emit, type UnauthenticatedDetail } from './events.js';

/**
 * What to tell the user about an error: in their locale when it is one of Dossier's translated
 * errors (core's `LocalizedError`, which the store's `StoreError` extends: a 401 says "please sign
 * in", a 403 "not allowed") or a store error's JSON form, else its plain message.
 *
 * @example
 * errorMessage(storeError, 'zh-CN') // '找不到客户 C-1：……'
 */
export function errorMessage(error: unknown, locale: Locale): string {
  if (error instanceof LocalizedError) return error.messageIn(locale);
  if (error && typeof error === 'object') {
    // A store error's JSON form (`StoreErrorJson`, e.g. handed over from a worker) carries every locale.
    const localized = (error as { messages?: Partial<Record<string, string>> }).messages?.[locale];
    if (localized) return localized;
    if ('message' in error && typeof error.message === 'string') return error.message;
  }
  return String(error);
}

/** Whether an error is the store's "nobody is signed in" (HTTP 401), across bundles. */
export function isUnauthenticated(error: unknown): error is Error {
  return error instanceof Error && error.name === 'StoreError' && (error as { code?: unknown }).code === 'unauthenticated';
}

/**
 * Tells the page that the server asked for a sign-in: dispatches `dossier-unauthenticated` from
 * the element when a store call failed with `unauthenticated`; other errors are left to the
 * element's own message.
 *
 * @example
 * catch (error) { reportStoreError(this, error, 'write'); this.failure = error; }
 */
export function reportStoreError(host: EventTarget, error: unknown, source: UnauthenticatedDetail['source']): void {
  if (isUnauthenticated(error)) emit(host, new DossierUnauthenticatedEvent({ source, error }));
}
