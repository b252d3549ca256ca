import type { Locale } from '@dossier/core';
import { DossierUnauthenticatedEvent, emit, type UnauthenticatedDetail } from './events.js';

/**
 * What to tell the user about an error, in their locale when the error carries translations:
 * the store's errors (`messages`: a 401 says "please sign in", a 403 "not allowed"), core's
 * (`messageIn`), else its plain message.
 *
 * @example
 * errorMessage(storeError, 'zh-CN') // '找不到客户 C-1：……'
 */
export function errorMessage(error: unknown, locale: Locale): string {
  if (error && typeof error === 'object') {
    const translated = error as { messages?: Partial<Record<string, string>>; messageIn?: (locale: Locale) => string };
    const localized = translated.messages?.[locale] ?? translated.messageIn?.(locale);
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
