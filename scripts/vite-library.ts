// One Vite library build for every package: ESM only, every dependency external, and one
// output module per source module, so that importing one element or one core function pulls
// in only the modules it uses (a single file per entry would bring the whole package).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';

export interface LibraryOptions {
  /** Package directory (pass `import.meta.dirname`). */
  root: string;
  /** Output name → source entry, relative to the package. */
  entries: Record<string, string>;
}

export function libraryConfig({ root, entries }: LibraryOptions): UserConfig {
  const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
    peerDependencies?: Record<string, string>;
  };
  const deps = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
  const isExternal = (id: string) =>
    id.startsWith('node:') || deps.some((dep) => id === dep || id.startsWith(`${dep}/`));
  return defineConfig({
    root,
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: false,
      sourcemap: true,
      minify: false,
      lib: {
        entry: Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, resolve(root, v)])),
        formats: ['es'],
      },
      rollupOptions: {
        external: isExternal,
        output: { preserveModules: true, preserveModulesRoot: resolve(root, 'src'), entryFileNames: '[name].js' },
      },
    },
  });
}
