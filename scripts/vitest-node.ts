// Vitest settings shared by the packages whose tests run under Node.
import { defineConfig } from 'vitest/config';

export function nodeTestConfig(options: { include?: string[]; exclude?: string[]; globalSetup?: string[] } = {}) {
  return defineConfig({
    resolve: { conditions: ['development', 'module', 'node', 'import', 'default'] },
    ssr: { resolve: { conditions: ['development', 'module', 'node', 'import', 'default'] } },
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
