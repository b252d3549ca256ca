/** Registers `<dossier-customer-form>` alone: `import '@dossier/components/define/customer-form';`. */
import { DossierCustomerForm } from '../customer-form/customer-form.js';
import { register } from './register.js';

register('dossier-customer-form', DossierCustomerForm);

export type * from '../customer-form/customer-form.js';
