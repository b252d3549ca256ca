// Vitest settings shared by the packages whose tests run under Node.
import { defineConfig } from 'vitest/config';

// Vite adds `import`/`require`/`default` by itself per import kind. Listing `import` here would
// reach Node's own loader too, and make `pg`'s CommonJS `require('pg-pool')` load pg-pool's
// ES module (`class extends Pool` then fails).
const conditions = ['@dossier/source', 'node'];

export function nodeTestConfig(options: { include?: string[]; exclude?: string[]; globalSetup?: string[] } = {}) {
  return defineConfig({
    resolve: { conditions },
    ssr: { resolve: { conditions } },
    test: {
      include: options.include ?? ['src/**/*.test.ts'],
      exclude: options.exclude ?? [],
      environment: 'node',
      globalSetup: options.globalSetup,
      testTimeout: 30_000,
      passWithNoTests: false,
    },
  });
}
