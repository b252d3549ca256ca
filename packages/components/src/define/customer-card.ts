/** Registers `<dossier-customer-card>` alone: `import '@dossier/components/define/customer-card';`. */
import { DossierCustomerCard } from '../customer-card/customer-card.js';
import { register } from './register.js';

register('dossier-customer-card', DossierCustomerCard);

export type * from '../customer-card/customer-card.js';
