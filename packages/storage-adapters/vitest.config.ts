import { nodeTestConfig } from '../../scripts/vitest-node.ts';

// The IndexedDB adapter is tested in real Chromium by web-test-runner, not here.
export default nodeTestConfig({ exclude: ['src/indexeddb/**'] });
