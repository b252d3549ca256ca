import { nodeTestConfig } from '../../scripts/vitest-node.ts';

export default nodeTestConfig();
