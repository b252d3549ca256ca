import type { Catalog } from '@dossier/core';

/** Keys of the audit logs' own messages (storage failures reuse the store's catalogue). */
export type AuditLogMessageKey = 'auditInvalid' | 'auditQuota';

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
  },
  'zh-CN': {
    auditInvalid: '记录“{recordId}”的审计条目无效：{issues}。未写入任何内容；请更正后重新追加。',
    auditQuota: '存储空间已满，记录“{recordId}”的审计条目未写入。请释放空间（或允许持久存储）后重试。',
  },
};
