/** Registers `<dossier-annual-plan>` alone: `import '@dossier/components/define/annual-plan';`. */
import { DossierAnnualPlan } from '../annual-plan/annual-plan.js';
import { register } from './register.js';

register('dossier-annual-plan', DossierAnnualPlan);

export type * from '../annual-plan/annual-plan.js';
