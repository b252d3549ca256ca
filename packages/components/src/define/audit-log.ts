/** Registers `<dossier-audit-log>` alone: `import '@dossier/components/define/audit-log';`. */
import { DossierAuditLog } from '../audit-log/audit-log.js';
import { register } from './register.js';

register('dossier-audit-log', DossierAuditLog);

export type * from '../audit-log/audit-log.js';
