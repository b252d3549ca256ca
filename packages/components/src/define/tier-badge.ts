/** Registers `<dossier-tier-badge>` alone: `import '@dossier/components/define/tier-badge';`. */
import { DossierTierBadge } from '../tier-badge/tier-badge.js';
import { register } from './register.js';

register('dossier-tier-badge', DossierTierBadge);

export type * from '../tier-badge/tier-badge.js';
