import { browserTestConfig } from '../../scripts/wtr-config.mjs';

// One page at a time: a second test page is a hidden tab, where requestAnimationFrame and
// ResizeObserver never fire — and the virtualised list and Lit fixtures wait on both.
export default { ...browserTestConfig({ files: ['src/**/*.test.ts'] }), concurrency: 1 };
