import { defineConfig } from 'vitest/config';

// Consumer tests: the packed packages in apps outside the workspace (see consumers.test.ts).
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**', 'fixtures/**'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 420_000,
    fileParallelism: false,
  },
});
