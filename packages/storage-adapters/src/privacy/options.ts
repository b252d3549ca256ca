import type { Locale, RolePolicy } from '@dossier/core';
import type { AuditLog } from './audit-log.js';

/** Options of `withPrivacy` (./privacy-store.ts). */
export interface PrivacyStoreOptions {
  /** The embedder's AES-GCM key for secret fields (`importEncryptionKey`); never stored with the data. */
  key: CryptoKey;
  /** Where reads of confidential data, reveals and every change are logged. */
  audit: AuditLog;
  /** Role policies by id, for viewers that carry only a role id (default: `defaultRoles`). */
  roles?: Readonly<Record<string, RolePolicy>>;
  /** Clock for audit entries (ISO instants). */
  now?: () => string;
  /** The user written to the audit log for writes without `by`. */
  actor?: string;
  locale?: Locale;
}
