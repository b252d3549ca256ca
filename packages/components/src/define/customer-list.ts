/** Registers `<dossier-customer-list>` alone: `import '@dossier/components/define/customer-list';`. */
import { DossierCustomerList } from '../customer-list/customer-list.js';
import { register } from './register.js';

register('dossier-customer-list', DossierCustomerList);

export type * from '../customer-list/customer-list.js';
