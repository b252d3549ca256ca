import { auditActions, scrubPersonalText, type AuditEntry, type MessageParams } from '@dossier/core';
import type { StoreError } from '../contract/index.js';
import { privacyStoreError, type AuditLogMessageKey } from './audit-log-messages.js';

/**
 * An instant exactly as `Date#toISOString` writes it (`2026-01-01T08:00:00.000Z`). Every log
 * compares `at` as text (core's `auditMatches`, the IndexedDB index, the SQL column): in this
 * one form text order is time order, so a time range means the same in every log.
 */
const isCanonicalInstant = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value) && Number.isFinite(Date.parse(value)) && new Date(value).toISOString() === value;

const isText = (value: unknown): value is string => typeof value === 'string' && !value.includes('\u0000');
const isName = (value: unknown): value is string => isText(value) && value.length > 0;

/**
 * A StoreError from the audit logs' catalogue, in every locale.
 *
 * @example
 * throw auditLogError('quota', 'auditQuota', { recordId: 'C-1' });
 */
export function auditLogError(
  code: 'invalid' | 'quota',
  key: AuditLogMessageKey,
  params: MessageParams & { recordId?: string | undefined },
  details: { path?: string; cause?: unknown } = {},
): StoreError {
  return privacyStoreError(code, key, { recordId: '?', ...params }, { id: params.recordId, ...details });
}

/**
 * Checks an entry before any log stores it and returns a plain copy holding only the fields
 * of `AuditEntry` (no `seq`: the log assigns it; no undefined members; a reason without
 * mobiles, ID numbers or e-mails, see core's `scrubPersonalText`). Throws a StoreError
 * `invalid` naming the first bad field, so a bad entry is never half-logged.
 *
 * @example
 * const clean = auditEntryToAppend({ at: '2026-01-01T00:00:00.000Z', userId: 'u1', action: 'read', kind: 'customer', recordId: 'C-1' });
 */
export function auditEntryToAppend(entry: AuditEntry): Omit<AuditEntry, 'seq'> {
  const raw = (entry ?? {}) as unknown as Record<string, unknown>;
  const recordId = typeof raw['recordId'] === 'string' ? raw['recordId'] : undefined;
  const bad = (path: string, issue: string): never => {
    throw auditLogError('invalid', 'auditInvalid', { recordId, issues: `${path}: ${issue}` }, { path });
  };
  const at = raw['at'];
  if (!isCanonicalInstant(at)) bad('at', `${JSON.stringify(at)} is not an instant as Date#toISOString writes it (e.g. 2026-01-01T08:00:00.000Z)`);
  for (const key of ['userId', 'kind', 'recordId'] as const) if (!isName(raw[key])) bad(key, 'must be a non-empty text without U+0000');
  if (!(auditActions as readonly unknown[]).includes(raw['action'])) bad('action', `must be one of ${auditActions.join(', ')}`);
  for (const key of ['roleId', 'customerId', 'reason'] as const) if (raw[key] !== undefined && !isText(raw[key])) bad(key, 'must be a text without U+0000');
  const fields = raw['fields'];
  if (fields !== undefined && (!Array.isArray(fields) || !fields.every(isText))) bad('fields', 'must be a list of texts without U+0000');
  const customerIds = raw['customerIds'];
  if (customerIds !== undefined && (!Array.isArray(customerIds) || !customerIds.every(isName))) bad('customerIds', 'must be a list of non-empty texts without U+0000');

  const out: Record<string, unknown> = { at, userId: raw['userId'], action: raw['action'], kind: raw['kind'], recordId };
  for (const key of ['roleId', 'customerId'] as const) if (raw[key] !== undefined) out[key] = raw[key];
  // Entries hold field paths, never values: a reason loses anything shaped like a mobile, an ID
  // number or an e-mail (the privacy store also removes the person's own values first).
  if (raw['reason'] !== undefined) out['reason'] = scrubPersonalText(raw['reason'] as string);
  if (fields !== undefined) out['fields'] = [...(fields as string[])];
  if (customerIds !== undefined) out['customerIds'] = [...(customerIds as string[])];
  return out as unknown as Omit<AuditEntry, 'seq'>;
}
