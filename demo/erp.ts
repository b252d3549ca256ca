// The ERP page of the demo: the same widgets on PostgreSQL (or PGlite) through the HTTP handler.
import '@dossier/components/define';
import './src/site.css';
import './src/app.js';
import { httpBackend } from './src/backends.js';

const app = document.createElement('demo-app');
app.backend = httpBackend;
document.querySelector('#app')?.replaceChildren(app);
