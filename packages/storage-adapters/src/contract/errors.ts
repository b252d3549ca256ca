import { LocalizedError, type Locale, type MessageParams } from '@dossier/core';
import { adapterMessages } from './adapter-messages.js';
import { errorParams, messagesIn } from './catalog-messages.js';
import type { StoreKind } from './kinds.js';
import { storeMessages, type StoreMessageKey } from './messages.js';
import type { Conflict } from './records.js';

/**
 * What went wrong, as a code a program can branch on. `unauthenticated`: the server does not
 * know who is asking (HTTP 401, sign in); `forbidden`: it knows, and refuses (HTTP 403).
 */
export type StoreErrorCode = 'conflict' | 'not-found' | 'invalid' | 'unauthenticated' | 'forbidden' | 'quota' | 'unavailable';

/**
 * The error codes, for loops in tests and exhaustive switches.
 *
 * @example
 * for (const code of storeErrorCodes) console.log(code, statusOfErrorCode[code]);
 */
export const storeErrorCodes = ['conflict', 'not-found', 'invalid', 'unauthenticated', 'forbidden', 'quota', 'unavailable'] as const satisfies readonly StoreErrorCode[];

/** Everything a store error may say about where it happened. */
export interface StoreErrorDetails {
  kind?: StoreKind | undefined;
  id?: string | undefined;
  /** Dot path of the offending field. */
  path?: string | undefined;
  /** 1-based line of a bulk import. */
  line?: number | undefined;
  /** Every field a validation found wrong, with its translated sentence (see `StoreErrorIssue`). */
  issues?: readonly StoreErrorIssue[] | undefined;
  cause?: unknown;
}

/**
 * One field a validation found wrong: its dot path (`nature`, `addresses.0.street`; `''` for
 * the record itself), for an element to point at, and what a person should do about it in
 * every locale, naming the field by its label (`客户性质：请从给定的选项中选择`).
 */
export interface StoreErrorIssue {
  path: string;
  messages: Readonly<Record<Locale, string>>;
}

/**
 * The one error class every adapter throws. It carries a `code`, the record `kind`/`id` (and
 * field `path` or import `line`) where they apply, and its message in every locale: `message`
 * is English, `messageIn(locale)` (or `localized(locale)`) any other. It is one of core's
 * `LocalizedError`s, so one `instanceof LocalizedError` shows it like every other translated error.
 * A conflict is normally returned as a value, not thrown; `StoreError.fromConflict` turns one into
 * an error for callers that prefer to throw.
 *
 * @example
 * try { await store.remove('customer', 'nope'); }
 * catch (error) { if (isStoreError(error, 'not-found')) show(error.localized('zh-CN')); }
 */
export class StoreError extends LocalizedError<StoreErrorCode> {
  override readonly name = 'StoreError';
  readonly kind: StoreKind | undefined;
  readonly id: string | undefined;
  readonly path: string | undefined;
  readonly line: number | undefined;
  /** The fields a validation found wrong (`invalid` errors of a record or an import line). */
  readonly issues: readonly StoreErrorIssue[] | undefined;
  readonly messages: Readonly<Record<Locale, string>>;

  constructor(code: StoreErrorCode, messages: Readonly<Record<Locale, string>>, details: StoreErrorDetails = {}) {
    super(code, whereParams(details), (locale) => messages[locale], details.cause === undefined ? undefined : { cause: details.cause });
    this.messages = messages;
    this.kind = details.kind;
    this.id = details.id;
    this.path = details.path;
    this.line = details.line;
    this.issues = details.issues;
  }

  /** The message in `locale` (the same as `messageIn`). */
  localized(locale: Locale): string {
    return this.messageIn(locale);
  }

  /** Plain JSON form (what the HTTP handler sends). */
  toJSON(): StoreErrorJson {
    return {
      code: this.code,
      message: this.message,
      messages: { ...this.messages },
      ...(this.kind === undefined ? {} : { kind: this.kind }),
      ...(this.id === undefined ? {} : { id: this.id }),
      ...(this.path === undefined ? {} : { path: this.path }),
      ...(this.line === undefined ? {} : { line: this.line }),
      ...(this.issues === undefined ? {} : { issues: this.issues.map((issue) => ({ path: issue.path, messages: { ...issue.messages } })) }),
    };
  }

  /** Rebuilds an error from its JSON form (the HTTP client does this). */
  static fromJSON(json: StoreErrorJson): StoreError {
    const { issues, ...where } = json;
    return new StoreError(json.code, json.messages, Array.isArray(issues) ? { ...where, issues } : where);
  }

  /** An error standing for a conflict value, for callers that want to throw it. */
  static fromConflict(conflict: Conflict<unknown>): StoreError {
    return new StoreError('conflict', conflictMessages(conflict), { kind: conflict.kind, id: conflict.id });
  }
}

/** Where the error happened, as the `params` of a `LocalizedError` (only what is known). */
function whereParams(details: StoreErrorDetails): MessageParams {
  const params: MessageParams = {};
  if (details.kind !== undefined) params['kind'] = details.kind;
  if (details.id !== undefined) params['id'] = details.id;
  if (details.path !== undefined) params['path'] = details.path;
  if (details.line !== undefined) params['line'] = details.line;
  return params;
}

/** The JSON form of a `StoreError`. */
export interface StoreErrorJson {
  code: StoreErrorCode;
  message: string;
  messages: Record<Locale, string>;
  kind?: StoreKind;
  id?: string;
  path?: string;
  line?: number;
  issues?: StoreErrorIssue[];
}

/**
 * A message of the store's catalogue in every locale.
 *
 * @example
 * storeMessagesFor('notFound', { kind: 'customer', id: 'c1' })['zh-CN']
 */
export function storeMessagesFor(key: StoreMessageKey, params: MessageParams = {}): Record<Locale, string> {
  return messagesIn(storeMessages, key, params);
}

/**
 * Builds a `StoreError` from the store's catalogue, filling `kind` and `id` into the message.
 *
 * @example
 * throw storeError('not-found', 'notFound', { kind: 'customer', id: 'c1' });
 */
export function storeError(
  code: StoreErrorCode,
  key: StoreMessageKey,
  details: StoreErrorDetails & { params?: MessageParams } = {},
): StoreError {
  return new StoreError(code, storeMessagesFor(key, errorParams(details)), details);
}

/**
 * Whether a value is a `StoreError` (optionally with a given code). Works across bundles and
 * realms, where `instanceof` may not.
 *
 * @example
 * if (isStoreError(error, 'quota')) askForPersistentStorage();
 */
export function isStoreError(value: unknown, code?: StoreErrorCode): value is StoreError {
  if (!(value instanceof Error) || (value as { name?: unknown }).name !== 'StoreError') return false;
  return code === undefined || (value as StoreError).code === code;
}

function conflictMessages(conflict: Conflict<unknown>): Record<Locale, string> {
  return messagesIn(adapterMessages, 'conflict', {
    kind: conflict.kind,
    id: conflict.id,
    baseRev: conflict.baseRev,
    currentRev: conflict.current?.rev ?? 0,
  });
}

/**
 * A conflict's message in a locale.
 *
 * @example
 * const result = await store.put('customer', edited, { baseRev: 3 });
 * if (!result.ok) toast(conflictMessage(result.conflict, 'zh-CN'));
 */
export function conflictMessage(conflict: Conflict<unknown>, locale: Locale): string {
  return conflictMessages(conflict)[locale];
}
