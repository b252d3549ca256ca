/** Registers `<dossier-pareto-chart>` alone: `import '@dossier/components/define/pareto-chart';`. */
import { DossierParetoChart } from '../pareto-chart/pareto-chart.js';
import { register } from './register.js';

register('dossier-pareto-chart', DossierParetoChart);

export type * from '../pareto-chart/pareto-chart.js';
