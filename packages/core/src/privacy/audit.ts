import type { Locale } from '../i18n/locale.js';
import { translate } from '../i18n/translate.js';
import { privacyMessages, type PrivacyErrorCode } from './messages.js';

/**
 * What an audit entry records. `refuse`: a write refused because it touched fields the viewer
 * may not read or write (the entry names the field paths, never the values sent).
 */
export const auditActions = ['read', 'reveal', 'create', 'update', 'remove', 'restore', 'export', 'erase', 'merge', 'refuse'] as const;
/** An action in the audit log. */
export type AuditAction = (typeof auditActions)[number];

/**
 * One line of the audit log: who did what to which record, when, which fields, and why (for a
 * reveal). Entries are only ever appended.
 */
export interface AuditEntry {
  /** Position in the log (assigned by the log). */
  readonly seq?: number;
  /** ISO instant. */
  readonly at: string;
  readonly userId: string;
  readonly roleId?: string;
  readonly action: AuditAction;
  readonly kind: string;
  readonly recordId: string;
  /** The customer the record belongs to, so the log can be read per customer. */
  readonly customerId?: string;
  /**
   * A list view (`recordId` `list`): the customers whose confidential fields it showed, one entry
   * for the whole view instead of one per customer; an import or a bulk write (`recordId` the
   * import's id, or `batch`): the customers whose records it wrote. A query for a customer finds it too.
   */
  readonly customerIds?: readonly string[];
  /** Field paths read, revealed or changed. */
  readonly fields?: readonly string[];
  /** The reason given for a reveal or an erasure. */
  readonly reason?: string;
}

/** A filter over the audit log. */
export interface AuditQuery {
  customerId?: string;
  userId?: string;
  recordId?: string;
  action?: AuditAction;
  /** ISO instants, inclusive. */
  from?: string;
  to?: string;
}

/**
 * Whether an entry matches a query. A customer's query matches the entries of that customer and
 * the list views that showed it (`customerIds`).
 *
 * @example
 * entries.filter((e) => auditMatches(e, { customerId: 'C-1' }))
 */
export function auditMatches(entry: AuditEntry, query: AuditQuery): boolean {
  return (
    (query.customerId === undefined || entry.customerId === query.customerId || (entry.customerIds?.includes(query.customerId) ?? false)) &&
    (query.userId === undefined || entry.userId === query.userId) &&
    (query.recordId === undefined || entry.recordId === query.recordId) &&
    (query.action === undefined || entry.action === query.action) &&
    (query.from === undefined || entry.at >= query.from) &&
    (query.to === undefined || entry.at <= query.to)
  );
}

/** Raised when a viewer may not do what it asked (reveal, write), with a translated message. */
export class PrivacyError extends Error {
  constructor(
    readonly code: PrivacyErrorCode,
    readonly path: string,
    readonly recordId: string,
    locale: Locale = 'en',
  ) {
    super(translate(privacyMessages, locale, code, { path, recordId }));
    this.name = 'PrivacyError';
  }

  /** The message in another locale. */
  messageIn(locale: Locale): string {
    return translate(privacyMessages, locale, this.code, { path: this.path, recordId: this.recordId });
  }
}
