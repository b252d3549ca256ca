/** Registers `<dossier-receivables>` alone: `import '@dossier/components/define/receivables';`. */
import { DossierReceivables } from '../receivables/receivables.js';
import { register } from './register.js';

register('dossier-receivables', DossierReceivables);

export type * from '../receivables/receivables.js';
