/** Registers `<dossier-product-report>` alone: `import '@dossier/components/define/product-report';`. */
import { DossierProductReport } from '../product-report/product-report.js';
import { register } from './register.js';

register('dossier-product-report', DossierProductReport);

export type * from '../product-report/product-report.js';
