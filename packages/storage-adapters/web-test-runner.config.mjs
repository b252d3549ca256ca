import { browserTestConfig } from '../../scripts/wtr-config.mjs';

export default browserTestConfig({ files: ['src/indexeddb/**/*.test.ts'] });
