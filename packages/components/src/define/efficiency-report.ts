/** Registers `<dossier-efficiency-report>` alone: `import '@dossier/components/define/efficiency-report';`. */
import { DossierEfficiencyReport } from '../efficiency-report/efficiency-report.js';
import { register } from './register.js';

register('dossier-efficiency-report', DossierEfficiencyReport);

export type * from '../efficiency-report/efficiency-report.js';
