/** Registers `<dossier-competitor-report>` alone: `import '@dossier/components/define/competitor-report';`. */
import { DossierCompetitorReport } from '../competitor-report/competitor-report.js';
import { register } from './register.js';

register('dossier-competitor-report', DossierCompetitorReport);

export type * from '../competitor-report/competitor-report.js';
