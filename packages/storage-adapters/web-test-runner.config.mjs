import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { browserTestConfig } from '../../scripts/wtr-config.mjs';

// Real Chromium: the IndexedDB adapter, the postgres adapter on PGlite in the page, and the
// privacy store over IndexedDB.
const config = browserTestConfig({ files: ['src/indexeddb/**/*.test.ts', 'src/**/*-browser.test.ts'], timeout: 120_000 });

// PGlite's browser build still contains `await import('fs')` & co. behind `if (IN_NODE)`:
// never executed in a page, but the dev server must resolve them. Serve an empty module.
const nodeBuiltins = new Set(['fs', 'fs/promises', 'util', 'zlib', 'stream', 'stream/promises', 'path', 'url', 'crypto', 'module', 'os', 'child_process', 'worker_threads']);
const emptyModule = '/__node-builtin-stub.js';
const nodeBuiltinStub = {
  name: 'node-builtin-stub',
  resolveImport({ source }) {
    const bare = source.startsWith('node:') ? source.slice(5) : source;
    return nodeBuiltins.has(bare) ? emptyModule : undefined;
  },
  serve(context) {
    return context.path === emptyModule ? { body: 'export default {};', type: 'js' } : undefined;
  },
};

// PGlite fetches its file-system image (`pglite.data`) and WebAssembly binary, but the dev
// server's transform step reads responses as text and mangles binary files. The browser test
// gets them base64-encoded from `/__pglite/<file>.b64` and hands them to PGlite itself.
const pgliteDist = fileURLToPath(new URL('./node_modules/@electric-sql/pglite/dist/', import.meta.url));
const pgliteFiles = {
  name: 'pglite-files-as-base64',
  async serve(context) {
    const match = /^\/__pglite\/(pglite\.(?:data|wasm))\.b64$/.exec(context.path);
    if (!match) return undefined;
    return { body: (await readFile(pgliteDist + match[1])).toString('base64'), type: 'text/plain' };
  },
};

export default { ...config, plugins: [pgliteFiles, nodeBuiltinStub, ...config.plugins] };
