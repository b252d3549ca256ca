/** Registers `<dossier-duplicates>` alone: `import '@dossier/components/define/duplicates';`. */
import { DossierDuplicates } from '../duplicates/duplicates.js';
import { register } from './register.js';

register('dossier-duplicates', DossierDuplicates);

export * from '../duplicates/duplicates.js';
