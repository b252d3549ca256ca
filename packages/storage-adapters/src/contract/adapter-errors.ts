import type { Locale, MessageParams } from '@dossier/core';
import { adapterMessages, type AdapterMessageKey } from './adapter-messages.js';
import { errorParams, issueIn, messagesIn } from './catalog-messages.js';
import { StoreError, type StoreErrorCode, type StoreErrorDetails } from './errors.js';
import type { RecordIssue, StoreKind } from './kinds.js';

// `storeError`, `storeMessagesFor` and `storeIssue` over the messages every adapter gives
// (./adapter-messages.ts), for the contract's helpers and the adapters: what they build reaches
// the store's whole catalogue, these only the part a local adapter can show. Internal.

/** `storeMessagesFor` of a message every adapter gives. */
export function adapterMessagesFor(key: AdapterMessageKey, params: MessageParams = {}): Record<Locale, string> {
  return messagesIn(adapterMessages, key, params);
}

/** `storeError` of a message every adapter gives. */
export function adapterError(code: StoreErrorCode, key: AdapterMessageKey, details: StoreErrorDetails & { params?: MessageParams } = {}): StoreError {
  return new StoreError(code, adapterMessagesFor(key, errorParams(details)), details);
}

/**
 * Throws `invalid` (the query is not valid, at path `name`) unless `value` is an integer from
 * `min` to `max`: the one check of a numeric option (a revision, a chunk size, a window).
 */
export function checkInteger(value: unknown, name: string, min: number, max: number, where: { kind?: StoreKind | undefined; id?: string | undefined } = {}): void {
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return;
  throw adapterError('invalid', 'invalidQuery', { ...where, path: name, params: { issues: `${name} must be an integer from ${min} to ${max}, not ${String(value)}` } });
}

/** `storeIssue` of a message every adapter gives. */
export function adapterIssue(path: string, key: AdapterMessageKey, params: MessageParams | ((locale: Locale) => MessageParams) = {}): RecordIssue {
  return issueIn(adapterMessages, path, key, params);
}
