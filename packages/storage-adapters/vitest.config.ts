import { nodeTestConfig } from '../../scripts/vitest-node.ts';

// The IndexedDB adapter is tested in real Chromium by web-test-runner, not here.
// The postgres adapter tests get a real server from the global setup (a throwaway cluster
// unless DOSSIER_TEST_DATABASE_URL points at one).
const base = nodeTestConfig({
  exclude: ['src/indexeddb/**', 'src/**/*-browser.test.ts'],
  globalSetup: ['./test-support/postgres-global-setup.ts'],
});

// vitest hands the resolve conditions to Node's own loader too; with `import` among them,
// Node's require(esm) makes `pg`'s CommonJS `require('pg-pool')` load pg-pool's ES module
// and `class extends Pool` fails. Vite adds `import`/`require` by itself per import kind.
const conditions = ['development', 'node'];
const config: typeof base = { ...base, resolve: { ...base.resolve, conditions }, ssr: { ...base.ssr, resolve: { ...base.ssr?.resolve, conditions } } };
export default config;
