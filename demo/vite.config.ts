import { resolve } from 'node:path';
import { defineConfig, type Plugin, type ViteDevServer } from 'vite';
import type { ErpApi, createErpApi as CreateErpApi } from './server/erp-api.ts';

const root = import.meta.dirname;
const conditions = ['@dossier/source', 'module', 'browser', 'import', 'default'];

/**
 * Mounts the ERP page's back end (Dossier's HTTP handler on the postgres adapter) under /api/ of
 * the dev server. The module is loaded through Vite's SSR loader so that it reads the packages'
 * source like the pages do; PGlite or pg is only opened on the first request.
 */
function erpApi(): Plugin {
  let api: ErpApi | undefined;
  let loading: Promise<ErpApi> | undefined;
  const load = (server: ViteDevServer) =>
    (loading ??= server.ssrLoadModule(resolve(root, 'server/erp-api.ts')).then((module) => {
      const { createErpApi } = module as { createErpApi: typeof CreateErpApi };
      const dataDir = process.env.DOSSIER_DEMO_PGLITE_DIR ?? resolve(root, '../.tmp/demo-pglite');
      // The key of the secret fields lives in a file of its own, not in the database it protects.
      const keyFile = dataDir.startsWith('memory://') && !process.env.DATABASE_URL ? undefined : resolve(root, '../.tmp/demo-erp.key');
      api = createErpApi({ databaseUrl: process.env.DATABASE_URL, dataDir, keyFile });
      return api;
    }));
  return {
    name: 'dossier-erp-api',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = req.url ?? '';
        if (!url.startsWith('/api') && !url.startsWith('/demo-admin/')) return next();
        load(server).then(
          (loaded) => loaded.middleware(req, res, next),
          (error: unknown) => {
            console.error(error);
            res.statusCode = 500;
            res.end(String(error));
          },
        );
      });
      // `pnpm start` opens the database right away (PGlite needs seconds); test runs only on use.
      if (!process.env['VITEST']) {
        server.httpServer?.once('listening', () => void load(server).then((loaded) => loaded.warm(), (error: unknown) => console.error(error)));
      }
      server.httpServer?.once('close', () => void api?.close());
    },
  };
}

// The demo consumes the packages' source through the workspace-only `@dossier/source` export condition,
// so editing a component shows up on reload without a build.
export default defineConfig({
  root,
  resolve: { conditions },
  ssr: { resolve: { conditions: ['@dossier/source', 'module', 'node', 'import', 'default'], externalConditions: ['node', 'import', 'default'] } },
  plugins: [erpApi()],
  worker: { format: 'es' },
  // Scan every entry (the worker too) up front, so that no dependency is discovered late and
  // forces a page reload in the middle of a session (or of an end-to-end test).
  optimizeDeps: { entries: ['index.html', 'erp.html', 'react.html', 'src/seed-worker.ts'] },
  build: {
    target: 'es2022',
    rollupOptions: { input: { index: resolve(root, 'index.html'), erp: resolve(root, 'erp.html'), react: resolve(root, 'react.html') } },
  },
  server: {
    host: '127.0.0.1',
    port: Number(process.env.PORT ?? 5173),
    strictPort: false,
    // Transform the browser page and its seed worker as the server starts, not on the first
    // request: the first open then waits on the browser, not on hundreds of source transforms.
    warmup: { clientFiles: ['./main.ts', './src/seed-early.ts', './src/seed-worker.ts'] },
  },
  preview: { host: '127.0.0.1', port: Number(process.env.PORT ?? 4173) },
});
