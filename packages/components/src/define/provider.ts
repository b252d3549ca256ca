/** Registers `<dossier-provider>` alone: `import '@dossier/components/define/provider';`. */
import { DossierProvider } from '../provider/provider.js';
import { register } from './register.js';

register('dossier-provider', DossierProvider);

export type * from '../provider/provider.js';
