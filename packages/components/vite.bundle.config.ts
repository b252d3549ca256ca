// The drop-in bundle: `src/bundle/index.ts` with every dependency inlined (lit, zod, core,
// the browser adapters), minified, as one ES module `dist/dossier.bundle.js` for pages without
// a build step. Built after the library by `pnpm build`.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { minifyTemplates } from '../../scripts/minify-templates.ts';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [minifyTemplates(resolve(import.meta.dirname, 'src'))],
  // The workspace packages from source; everything else (lit) in its production build.
  resolve: {
    alias: [
      { find: /^@dossier\/core$/, replacement: resolve(import.meta.dirname, '../core/src/index.ts') },
      { find: /^@dossier\/storage-adapters$/, replacement: resolve(import.meta.dirname, '../storage-adapters/src/index.ts') },
      // No Excel in the one-file bundle (see src/bundle/no-excel.ts).
      { find: /^exceljs(\/.*)?$/, replacement: resolve(import.meta.dirname, 'src/bundle/no-excel.ts') },
    ],
    conditions: ['module', 'browser', 'import', 'default'],
  },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    minify: true,
    // One file: the virtualizer's lazily imported layout is inlined too.
    rolldownOptions: {
      // Minified whitespace too: Vite's library mode leaves it in ES output (for the pure
      // annotations a library's consumers tree-shake with); this file is a page's final code.
      output: { codeSplitting: false, minify: true },
      // papaparse is CommonJS without a `sideEffects` field: kept whole (21 KB) although no
      // element of the bundle parses CSV (the import wizard, which does, has its own entry).
      treeshake: { moduleSideEffects: (id: string) => !/[\\/]node_modules[\\/].*papaparse[\\/]/.test(id) },
    },
    lib: { entry: resolve(import.meta.dirname, 'src/bundle/index.ts'), formats: ['es'], fileName: () => 'dossier.bundle.js' },
  },
});
