// One browser-side entry of a benchmark bundled with Vite for Chromium: the workspace's sources
// through the `@dossier/source` condition, one ES module file in a fresh temporary folder.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '../..');

/**
 * Bundles `entry` (a path from the repository root) into `<folder>/<fileName>` and returns the
 * folder (the caller removes it). `minify: false` keeps function names for a profile.
 */
export async function bundleForBrowser(entry: string, fileName: string, options: { prefix: string; minify?: boolean }): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), options.prefix));
  await build({
    configFile: false,
    logLevel: 'warn',
    root,
    resolve: { conditions: ['@dossier/source', 'browser', 'module', 'import', 'default'] },
    build: {
      outDir,
      emptyOutDir: true,
      ...(options.minify === false ? { minify: false } : {}),
      target: 'es2022',
      lib: { entry: join(root, entry), formats: ['es'], fileName: () => fileName },
      rollupOptions: { external: [] },
    },
  });
  return outDir;
}
