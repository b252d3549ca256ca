/** Registers `<dossier-rfm-grid>` alone: `import '@dossier/components/define/rfm-grid';`. */
import { DossierRfmGrid } from '../rfm-grid/rfm-grid.js';
import { register } from './register.js';

register('dossier-rfm-grid', DossierRfmGrid);

export type * from '../rfm-grid/rfm-grid.js';
