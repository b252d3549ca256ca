/** Registers `<dossier-profile-editor>` alone: `import '@dossier/components/define/profile-editor';`. */
import { DossierProfileEditor } from '../profile-editor/profile-editor.js';
import { register } from './register.js';

register('dossier-profile-editor', DossierProfileEditor);

export type * from '../profile-editor/profile-editor.js';
