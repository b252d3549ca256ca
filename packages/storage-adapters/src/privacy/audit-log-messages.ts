import { locales, translate, type Catalog, type MessageParams, type Locale } from '@dossier/core';
import { StoreError, type StoreErrorCode, type StoreErrorDetails } from '../contract/index.js';

/** Keys of the audit logs' and the privacy store's own messages (storage failures reuse the store's catalogue). */
export type AuditLogMessageKey = 'auditInvalid' | 'auditQuota' | 'noRole' | 'auditNotAllowed';

/**
 * The audit logs' messages in every locale. Each says what happened and what to do next.
 *
 * @example
 * translate(auditLogMessages, 'zh-CN', 'auditQuota', {})
 */
export const auditLogMessages: Catalog<AuditLogMessageKey> = {
  en: {
    auditInvalid: 'The audit entry for record "{recordId}" is not valid: {issues}. Nothing was logged; correct the entry and append it again.',
    auditQuota: 'The storage is full, so the audit entry for record "{recordId}" was not logged. Free some space (or allow persistent storage) and try again.',
    noRole: 'Your account has no role in the archive (role "{role}" is not one the archive knows), so it may not read or change anything. Ask an administrator to give you a role.',
    auditNotAllowed: 'Your role {role} may not read the audit log: it names what every user read and changed. Ask a manager or an auditor.',
  },
  'zh-CN': {
    auditInvalid: '记录“{recordId}”的审计条目无效：{issues}。未写入任何内容；请更正后重新追加。',
    auditQuota: '存储空间已满，记录“{recordId}”的审计条目未写入。请释放空间（或允许持久存储）后重试。',
    noRole: '你的账号在档案中没有角色（档案不认识角色“{role}”），因此不能查看或修改任何内容。请联系管理员为你分配角色。',
    auditNotAllowed: '你的角色 {role} 无权查看审计日志：其中记录了每个用户查看和修改的内容。请联系经理或审计人员。',
  },
};

/**
 * A StoreError of the privacy store (a viewer without a known role, an audit read refused), in
 * every locale.
 *
 * @example
 * throw privacyStoreError('forbidden', 'noRole', { role: '__proto__' });
 */
export function privacyStoreError(code: StoreErrorCode, key: AuditLogMessageKey, params: MessageParams, details: StoreErrorDetails = {}): StoreError {
  const messages = {} as Record<Locale, string>;
  for (const locale of locales) messages[locale] = translate(auditLogMessages, locale, key, params);
  return new StoreError(code, messages, details);
}
