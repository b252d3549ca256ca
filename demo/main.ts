// The browser page of the demo: Dossier's widgets on the IndexedDB adapter.
import '@dossier/components/define';
import './src/site.css';
import './src/app.js';
import { indexedDbBackend } from './src/backends.js';

const app = document.createElement('demo-app');
app.backend = indexedDbBackend;
document.querySelector('#app')?.replaceChildren(app);
