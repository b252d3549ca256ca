/**
 * Registers `<dossier-import>`, the spreadsheet import wizard. It has its own entry because it
 * brings the spreadsheet readers (papaparse; exceljs, loaded when an .xlsx is opened) that the
 * other elements never need: `import '@dossier/components/define-import';`.
 */
import { DossierImportWizard } from './import-wizard/import-wizard.js';

if (!customElements.get('dossier-import')) customElements.define('dossier-import', DossierImportWizard);

export { DossierImportWizard };
export type * from './import-wizard/import-wizard.js';
