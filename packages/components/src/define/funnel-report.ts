/** Registers `<dossier-funnel-report>` alone: `import '@dossier/components/define/funnel-report';`. */
import { DossierFunnelReport } from '../funnel-report/funnel-report.js';
import { register } from './register.js';

register('dossier-funnel-report', DossierFunnelReport);

export type * from '../funnel-report/funnel-report.js';
