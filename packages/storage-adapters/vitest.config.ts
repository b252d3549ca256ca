import { nodeTestConfig } from '../../scripts/vitest-node.ts';

// The IndexedDB adapter and the `*-browser.test.ts` files run in real Chromium under
// web-test-runner, not here. The postgres adapter tests get a real server from the global
// setup (a throwaway cluster unless DOSSIER_TEST_DATABASE_URL points at one).
export default nodeTestConfig({
  exclude: ['src/indexeddb/**', 'src/**/*-browser.test.ts'],
  globalSetup: ['./test-support/postgres-global-setup.ts'],
});
