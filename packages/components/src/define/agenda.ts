/** Registers `<dossier-agenda>` alone: `import '@dossier/components/define/agenda';`. */
import { DossierAgenda } from '../agenda/agenda.js';
import { register } from './register.js';

register('dossier-agenda', DossierAgenda);

export type * from '../agenda/agenda.js';
