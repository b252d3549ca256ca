/** Registers `<dossier-grade-migration>` alone: `import '@dossier/components/define/grade-migration';`. */
import { DossierGradeMigration } from '../grade-migration/grade-migration.js';
import { register } from './register.js';

register('dossier-grade-migration', DossierGradeMigration);

export type * from '../grade-migration/grade-migration.js';
