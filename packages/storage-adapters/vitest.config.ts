import { nodeTestConfig } from '../../scripts/vitest-node.ts';

// The IndexedDB adapter is tested in real Chromium by web-test-runner, not here.
// The postgres adapter tests get a real server from the global setup (a throwaway cluster
// unless DOSSIER_TEST_DATABASE_URL points at one).
export default nodeTestConfig({
  exclude: ['src/indexeddb/**'],
  globalSetup: ['./test-support/postgres-global-setup.ts'],
});
