/** Registers `<dossier-composition-chart>` alone: `import '@dossier/components/define/composition-chart';`. */
import { DossierCompositionChart } from '../composition-chart/composition-chart.js';
import { register } from './register.js';

register('dossier-composition-chart', DossierCompositionChart);

export type * from '../composition-chart/composition-chart.js';
