import { defineConfig } from 'vitest/config';

// End-to-end tests: Node drives Debian's Chromium through playwright-core against the built
// Storybook and the demo site served on 127.0.0.1.
export default defineConfig({
  resolve: { conditions: ['@dossier/source', 'module', 'node', 'import', 'default'] },
  ssr: { resolve: { conditions: ['@dossier/source', 'module', 'node', 'import', 'default'] } },
  test: {
    root: import.meta.dirname,
    include: ['**/*.test.ts'],
    // The consumer tests have their own run (consumers/vitest.config.ts).
    exclude: ['**/node_modules/**', 'consumers/**'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    // The demo's dev server, shared by the end-to-end files (see demo-server.global.ts).
    globalSetup: ['./demo-server.global.ts'],
  },
});
