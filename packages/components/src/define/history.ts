/** Registers `<dossier-history>` alone: `import '@dossier/components/define/history';`. */
import { DossierHistory } from '../history/history.js';
import { register } from './register.js';

register('dossier-history', DossierHistory);

export type * from '../history/history.js';
