import type { Locale } from '../i18n/locale.js';
import { canRead, canReveal, type AccessContext, type FieldRule } from './access.js';
import { PrivacyError, type AuditEntry } from './audit.js';
import { rulePathMatches } from './rules.js';
import type { Viewer } from './roles.js';

/** Where a reveal happens: the record and the moment (core reads no clock). */
export interface RevealContext extends AccessContext {
  readonly kind: string;
  readonly recordId: string;
  readonly customerId?: string;
  /** ISO instant of the reveal. */
  readonly now: string;
  readonly locale?: Locale;
}

/**
 * "Reveal with reason": the plain value of one field a viewer cannot read outright but whose role
 * may reveal it, with the audit entry to append (who, when, which field, why). Throws a
 * `PrivacyError` when the role may not, the reason is empty, or the field does not exist.
 *
 * @example
 * const { value, entry } = revealField(customer, rules, manager, 'idNumber', '核对开票信息', { kind: 'customer', recordId: customer.id, now });
 * await auditLog.append(entry);
 */
export function revealField(record: unknown, rules: readonly FieldRule[], viewer: Viewer, path: string, reason: string, context: RevealContext): { value: unknown; entry: AuditEntry } {
  const locale = context.locale ?? 'en';
  const rule = rules.find((r) => rulePathMatches(r.path, path));
  let value: unknown = record;
  for (const segment of path.split('.')) value = value === null || typeof value !== 'object' ? undefined : (value as Record<string, unknown>)[segment];
  if (rule === undefined || value === undefined) throw new PrivacyError('unknownField', path, context.recordId, locale);
  if (!canRead(viewer, rule, context) && !canReveal(viewer, rule, context)) throw new PrivacyError('revealNotAllowed', path, context.recordId, locale);
  if (reason.trim() === '') throw new PrivacyError('reasonRequired', path, context.recordId, locale);
  const entry: AuditEntry = {
    at: context.now,
    userId: viewer.userId,
    roleId: viewer.role.id,
    action: 'reveal',
    kind: context.kind,
    recordId: context.recordId,
    ...(context.customerId !== undefined ? { customerId: context.customerId } : {}),
    fields: [path],
    reason: reason.trim(),
  };
  return { value, entry };
}
